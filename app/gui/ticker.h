#pragma once

#include <QDateTime>
#include <QObject>

class Clock;
class QTimer;

// The one 1 Hz heartbeat behind every countdown on screen: the account list,
// the token view and the clipboard. Time comes from the injectable Clock, so a
// test moves a ManualClock and calls tickNow() instead of waiting.
class Ticker : public QObject
{
    Q_OBJECT

public:
    explicit Ticker(const Clock* clock = nullptr, QObject* parent = nullptr);

    const Clock& clock() const { return *m_clock; }
    QDateTime now() const;

    void start();
    void stop();
    bool isRunning() const;
    // Emits tick(now) at once, whether or not the timer runs.
    void tickNow();

signals:
    void tick(const QDateTime& now);

private:
    const Clock* m_clock;
    QTimer* m_timer;
};
