// SPDX-License-Identifier: Apache-2.0
#include "secretlife.h"

#include "account.h"

namespace {
qint64 daysSince(const QDateTime& then, const QDateTime& now)
{
    return then.toLocalTime().date().daysTo(now.toLocalTime().date());
}

int severity(SecretReminder::Kind kind)
{
    switch (kind) {
    case SecretReminder::Kind::Expired:
        return 3;
    case SecretReminder::Kind::NotWorking:
        return 2;
    case SecretReminder::Kind::ExpiresSoon:
        return 1;
    }
    return 0;
}
} // namespace

QString SecretLife::setText(const Account& account, const QDateTime& now)
{
    const auto age = account.secretAgeDays(now);
    if (!age)
        return {};
    return *age == 0 ? tr("set today") : tr("set %n day(s) ago", nullptr, int(*age));
}

QString SecretLife::expiresText(const Account& account, const QDateTime& now)
{
    const auto left = account.daysUntilSecretExpires(now);
    if (!left)
        return {};
    const QString date = account.secretExpires.toString(Qt::ISODate);
    return *left < 0 ? tr("expired %1").arg(date) : tr("expires %1").arg(date);
}

QString SecretLife::workedText(const Account& account, const QDateTime& now)
{
    if (!account.lastWorked().isValid())
        return account.history.isEmpty() ? QString() : tr("has not worked yet");
    const qint64 days = daysSince(account.lastWorked(), now);
    return days <= 0 ? tr("last worked today")
                     : tr("last worked %n day(s) ago", nullptr, int(days));
}

QString SecretLife::line(const Account& account, const QDateTime& now)
{
    if (account.secretMissing)
        return {};
    QStringList parts;
    for (const QString& part :
         {setText(account, now), expiresText(account, now), workedText(account, now)})
        if (!part.isEmpty())
            parts << part;
    if (parts.isEmpty())
        return {};
    return tr("Secret: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString SecretLife::toolTip(const Account& account, const QDateTime& now)
{
    if (account.secretMissing)
        return tr("No secret entered yet");
    QStringList lines;
    if (const auto age = account.secretAgeDays(now))
        lines << tr("Secret set %1 (%n day(s) ago)", nullptr, int(*age))
                     .arg(account.secretSet().toLocalTime().date().toString(Qt::ISODate));
    lines << (account.secretExpires.isValid()
                  ? tr("Secret expires %1").arg(account.secretExpires.toString(Qt::ISODate))
                  : tr("Secret expiry: not entered"));
    if (account.lastWorked().isValid())
        lines << tr("Last worked %1")
                     .arg(account.lastWorked().toLocalTime().date().toString(Qt::ISODate));
    else
        lines << tr("Not seen working yet");
    return lines.join(QLatin1Char('\n'));
}

QString SecretLife::markText(const SecretReminder& reminder)
{
    const int days = int(reminder.days);
    switch (reminder.kind) {
    case SecretReminder::Kind::Expired:
        return tr("secret expired");
    case SecretReminder::Kind::ExpiresSoon:
        return days == 0 ? tr("secret expires today") : tr("expires in %n day(s)", nullptr, days);
    case SecretReminder::Kind::NotWorking:
        return tr("not working for %n day(s)", nullptr, days);
    }
    return {};
}

std::optional<SecretLife::Mark> SecretLife::mark(const Account& account, const QDateTime& now,
                                                 const ReminderRules& rules)
{
    const QList<SecretReminder> due = SecretReminders::forAccount(account, now, rules);
    if (due.isEmpty())
        return std::nullopt;
    SecretReminder worst = due.first();
    for (const SecretReminder& r : due)
        if (severity(r.kind) > severity(worst.kind))
            worst = r;
    Mark m;
    m.reminder = worst;
    m.text = markText(worst);
    m.tone = worst.kind == SecretReminder::Kind::ExpiresSoon ? StatusStyle::Tone::Warning
                                                             : StatusStyle::Tone::Danger;
    return m;
}
