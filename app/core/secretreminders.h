// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUuid>

struct Account;
class AppSettings;

// Something about an account's secret a person should act on before
// customers notice.
struct SecretReminder
{
    enum class Kind
    {
        Expired,     // the carrier's expiry date has passed
        ExpiresSoon, // within the warning days (0 = today)
        NotWorking,  // its tests have failed for the set days
    };
    QUuid account;
    QString name;
    Kind kind = Kind::ExpiresSoon;
    // ExpiresSoon: days left; Expired: days since; NotWorking: days it has failed
    qint64 days = 0;
    QDate expires; // the carrier's date, for Expired and ExpiresSoon
    bool everWorked = true;
    qint64 workedDaysAgo = 0; // NotWorking: since the last test that worked

    // "<account id>/<kind>": what "shown today" remembers.
    QString key() const;
    static QString kindId(Kind kind); // "expired", "expires_soon", "not_working"
    // One sentence with the account's name and what to do.
    Message text() const;
    bool operator==(const SecretReminder& o) const
    {
        return account == o.account && kind == o.kind && days == o.days && expires == o.expires;
    }
};

// When reminders are due: the settings' days.
struct ReminderRules
{
    int warnDays = 14;
    int notWorkingDays = 7;
    static ReminderRules from(const AppSettings& settings);
    bool operator==(const ReminderRules& o) const
    {
        return warnDays == o.warnDays && notWorkingDays == o.notWorkingDays;
    }
    bool operator!=(const ReminderRules& o) const { return !(*this == o); }
};

namespace SecretReminders {
// The reminders due now for one account (none for an account without a secret).
QList<SecretReminder> forAccount(const Account& account, const QDateTime& now,
                                 const ReminderRules& rules);
// For every account, in the accounts' order.
QList<SecretReminder> due(const QList<Account>& accounts, const QDateTime& now,
                          const ReminderRules& rules);
// Of `due`, those not yet shown on this computer's calendar day of `now`;
// marks them shown, so nothing nags more than once a day.
QList<SecretReminder> takeUnshown(const QList<SecretReminder>& due, const QDateTime& now,
                                  AppSettings& settings);
} // namespace SecretReminders
