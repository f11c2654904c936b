// SPDX-License-Identifier: Apache-2.0
#include "secretreminderwatch.h"

#include "accountstore.h"
#include "appsettings.h"
#include "clock.h"

#include <QTimer>

SecretReminderWatch::SecretReminderWatch(const AccountStore* store, AppSettings* settings,
                                         const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    // a coarse timer: an hour early or late is all the same to a date
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &SecretReminderWatch::check);
    // a burst of changes (Test All saving a result per account) is one check
    auto* soon = new QTimer(this);
    soon->setSingleShot(true);
    soon->setInterval(kSettleMs);
    connect(soon, &QTimer::timeout, this, &SecretReminderWatch::check);
    connect(store, &AccountStore::changed, soon, qOverload<>(&QTimer::start));
    m_timer->start();
}

void SecretReminderWatch::check()
{
    const QDateTime now = m_clock.now();
    const QList<SecretReminder> due =
        SecretReminders::due(m_store->accounts(), now, ReminderRules::from(*m_settings));
    if (!m_known || due != m_due) {
        m_known = true;
        m_due = due;
        emit dueChanged(m_due);
    }
    notify();
}

void SecretReminderWatch::setNotifying(bool on)
{
    m_notifying = on;
    if (m_known)
        notify();
}

void SecretReminderWatch::notify()
{
    if (!m_notifying || m_due.isEmpty())
        return;
    const QList<SecretReminder> fresh =
        SecretReminders::takeUnshown(m_due, m_clock.now(), *m_settings);
    if (fresh.isEmpty())
        return;
    m_settings->sync();
    emit remind(fresh);
}
