// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class Clock;
class QTimer;
class QWidget;

// The one heartbeat behind every countdown: the account list, the token view,
// the tray menu and the clipboard. Time comes from the injectable Clock, so a
// test moves a ManualClock and calls tickNow() instead of waiting.
//
// It beats once a second only while a watched widget is on screen. Otherwise
// it sleeps until the next moment anything changes state (the soonest expiry,
// a keep-fresh renewal, a clipboard clear), which its users announce with
// wakeAt(), so an idle app in the tray costs next to nothing.
class Ticker : public QObject
{
    Q_OBJECT

public:
    explicit Ticker(const Clock* clock = nullptr, QObject* parent = nullptr);

    const Clock& clock() const { return *m_clock; }
    QDateTime now() const;

    // Lets the ticker beat (start) or silences it (stop); a test ticker is never started.
    void start();
    void stop();
    bool isStarted() const { return m_started; }
    // True while the 1 Hz beat runs.
    bool isRunning() const;
    // Emits tick(now) at once, whether or not the timer runs.
    void tickNow();

    // The ticker beats each second while one of these is visible and not minimized.
    void watch(QWidget* widget);
    // owner needs a tick at `at` (replacing what it asked before); invalid = nothing.
    void wakeAt(const QObject* owner, const QDateTime& at);
    // The soonest wake-up asked for; invalid when none.
    QDateTime nextWake() const;
    // True while a single wake-up is armed (the 1 Hz beat is off).
    bool isWakeArmed() const;

signals:
    void tick(const QDateTime& now);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool anyWatchedVisible() const;
    void reschedule();
    void onWake();

    const Clock* m_clock;
    QTimer* m_timer;
    QTimer* m_wake;
    bool m_started = false;
    QList<QPointer<QWidget>> m_watched;
    QHash<const QObject*, QDateTime> m_wakes;
    QSet<const QObject*> m_owners; // told us when they go
};
