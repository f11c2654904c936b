// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretreminders.h"

#include <QObject>

class AccountStore;
class AppSettings;
class Clock;
class QTimer;

// Keeps the secret reminders due: at start, when the accounts change and
// every hour (a test moves its clock and calls check()). Says which are due
// (the tray marks itself while any is), and hands out those not yet shown
// today (SecretReminders::takeUnshown), so nothing nags more than once a day,
// across restarts.
class SecretReminderWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 60 * 60 * 1000;
    static constexpr int kSettleMs = 300; // after the last change of a burst

    SecretReminderWatch(const AccountStore* store, AppSettings* settings, const Clock& clock,
                        QObject* parent = nullptr);

    const QList<SecretReminder>& due() const { return m_due; }
    // Looks again now; remind() carries what is new today.
    void check();
    // Whether remind() may say anything (a tray to say it in). Turned on, it
    // says what is due and not yet shown, without looking again.
    void setNotifying(bool on);

signals:
    void dueChanged(const QList<SecretReminder>& due);
    void remind(const QList<SecretReminder>& fresh);

private:
    void notify();

    const AccountStore* m_store;
    AppSettings* m_settings;
    const Clock& m_clock;
    QTimer* m_timer;
    QList<SecretReminder> m_due;
    bool m_known = false;
    bool m_notifying = true;
};
