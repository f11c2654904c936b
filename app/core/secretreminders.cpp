// SPDX-License-Identifier: Apache-2.0
#include "secretreminders.h"

#include "account.h"
#include "appsettings.h"

QString SecretReminder::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Expired:
        return QStringLiteral("expired");
    case Kind::ExpiresSoon:
        return QStringLiteral("expires_soon");
    case Kind::NotWorking:
        return QStringLiteral("not_working");
    }
    return {};
}

QString SecretReminder::key() const
{
    return account.toString(QUuid::WithoutBraces) + QLatin1Char('/') + kindId(kind);
}

Message SecretReminder::text() const
{
    const QString date = expires.toString(Qt::ISODate);
    const int n = int(days);
    const int worked = int(workedDaysAgo);
    switch (kind) {
    case Kind::Expired:
        return Message::translate("SecretReminder",
                                  "The secret of \u201c%1\u201d expired on %2: rotate it with the "
                                  "new one from the carrier's portal.")
            .arg(name)
            .arg(date);
    case Kind::ExpiresSoon:
        if (n == 0)
            return Message::translate("SecretReminder",
                                      "The secret of \u201c%1\u201d expires today (%2): rotate "
                                      "it now.")
                .arg(name)
                .arg(date);
        return Message::translate("SecretReminder",
                                  "The secret of \u201c%1\u201d expires in %n day(s), on %2: "
                                  "rotate it before then.",
                                  nullptr, n)
            .arg(name)
            .arg(date);
    case Kind::NotWorking:
        if (!everWorked)
            return Message::translate("SecretReminder",
                                      "\u201c%1\u201d has not worked in %n day(s) of tests: check "
                                      "its secret and settings.",
                                      nullptr, n)
                .arg(name);
        return Message::translate("SecretReminder",
                                  "\u201c%1\u201d last worked %n day(s) ago: check its secret, or "
                                  "rotate it if the carrier issued a new one.",
                                  nullptr, worked)
            .arg(name);
    }
    return {};
}

ReminderRules ReminderRules::from(const AppSettings& settings)
{
    return {settings.secretWarnDays(), settings.notWorkingDays()};
}

namespace SecretReminders {

QList<SecretReminder> forAccount(const Account& account, const QDateTime& now,
                                 const ReminderRules& rules)
{
    QList<SecretReminder> out;
    if (account.secretMissing)
        return out;
    SecretReminder base;
    base.account = account.id;
    base.name = account.name;
    base.expires = account.secretExpires;
    if (const auto left = account.daysUntilSecretExpires(now)) {
        if (*left < 0) {
            SecretReminder r = base;
            r.kind = SecretReminder::Kind::Expired;
            r.days = -*left;
            out << r;
        } else if (*left <= rules.warnDays) {
            SecretReminder r = base;
            r.kind = SecretReminder::Kind::ExpiresSoon;
            r.days = *left;
            out << r;
        }
    }
    // failing now, and for long enough: since the first failure after the
    // last test that worked
    const QDateTime since = account.failingStart();
    if (!since.isValid())
        return out;
    const QDate today = now.toLocalTime().date();
    const qint64 days = since.toLocalTime().date().daysTo(today);
    if (days >= rules.notWorkingDays) {
        SecretReminder r = base;
        r.kind = SecretReminder::Kind::NotWorking;
        r.days = days;
        const QDateTime worked = account.lastWorked();
        r.everWorked = worked.isValid();
        r.workedDaysAgo = r.everWorked ? worked.toLocalTime().date().daysTo(today) : 0;
        out << r;
    }
    return out;
}

QList<SecretReminder> due(const QList<Account>& accounts, const QDateTime& now,
                          const ReminderRules& rules)
{
    QList<SecretReminder> out;
    for (const Account& a : accounts)
        out << forAccount(a, now, rules);
    return out;
}

QList<SecretReminder> takeUnshown(const QList<SecretReminder>& due, const QDateTime& now,
                                  AppSettings& settings)
{
    const QDate today = now.toLocalTime().date();
    QStringList shown = settings.remindersShown(today);
    QList<SecretReminder> fresh;
    for (const SecretReminder& r : due) {
        if (shown.contains(r.key()))
            continue;
        fresh << r;
        shown << r.key();
    }
    if (!fresh.isEmpty())
        settings.setRemindersShown(today, shown);
    return fresh;
}

} // namespace SecretReminders
