// SPDX-License-Identifier: Apache-2.0
#include "traystatus.h"

#include "accountactivity.h"
#include "accountstatus.h"
#include "accountstore.h"
#include "secretlife.h"

#include <QLocale>

TrayStatus TrayStatus::evaluate(const QList<Account>& accounts, const AccountActivity& activity,
                                const QDateTime& now)
{
    TrayStatus s;
    for (const Account& p : accounts) {
        ++s.accounts;
        const AccountStatus status = activity.status(p.id, now);
        if (status.state == AccountState::Failed)
            ++s.failed;
        else if (status.state == AccountState::Expired)
            ++s.expired;
        if (!status.secondsLeft || *status.secondsLeft <= 0)
            continue;
        // a live token: its expiry is when this summary changes next
        const QDateTime expiry = now.addSecs(*status.secondsLeft);
        if (!s.soonestExpiry.isValid() || expiry < s.soonestExpiry) {
            s.soonestExpiry = expiry;
            s.soonestName = p.name;
        }
    }
    s.nextChange = s.soonestExpiry;
    s.overall = s.failed > 0 ? Overall::Failed : s.expired > 0 ? Overall::Expired : Overall::Fine;
    return s;
}

void TrayStatus::addReminders(const QList<SecretReminder>& due)
{
    reminders = due;
    if (!due.isEmpty() && overall == Overall::Fine)
        overall = Overall::Attention;
}

QString TrayStatus::toolTip(const QString& appName) const
{
    QStringList lines{appName};
    if (accounts == 0) {
        lines << tr("No accounts yet");
        return lines.join(QLatin1Char('\n'));
    }
    if (soonestExpiry.isValid()) {
        // a clock time, not a countdown: it stays true while nothing repaints it
        const QDateTime local = soonestExpiry.toLocalTime();
        const QLocale locale;
        const QString when = local.date() == QDateTime::currentDateTime().date()
                                 ? locale.toString(local.time(), QLocale::ShortFormat)
                                 : locale.toString(local, QLocale::ShortFormat);
        lines << tr("Next expiry: %1, %2").arg(soonestName, when);
    } else {
        lines << tr("No live token");
    }
    if (failed > 0)
        lines << tr("Accounts whose last test failed: %n", nullptr, failed);
    if (expired > 0)
        lines << tr("Expired tokens: %n", nullptr, expired);
    constexpr int kShown = 3; // a tooltip, not a report: the window lists them all
    for (int i = 0; i < reminders.size() && i < kShown; ++i)
        lines << tr("Secret of %1: %2")
                     .arg(reminders.at(i).name, SecretLife::markText(reminders.at(i)));
    if (reminders.size() > kShown)
        lines << tr("%n more secret reminder(s)", nullptr, int(reminders.size() - kShown));
    return lines.join(QLatin1Char('\n'));
}

QString TrayStatus::iconName(Overall overall)
{
    switch (overall) {
    case Overall::Fine:
        return QStringLiteral("tokendock");
    case Overall::Expired:
        return QStringLiteral("tray-expired");
    case Overall::Failed:
        return QStringLiteral("tray-failed");
    case Overall::Attention:
        return QStringLiteral("tray-expired"); // the amber mark
    }
    return {};
}

QString TrayStatus::overallId(Overall overall)
{
    switch (overall) {
    case Overall::Fine:
        return QStringLiteral("fine");
    case Overall::Expired:
        return QStringLiteral("expired");
    case Overall::Failed:
        return QStringLiteral("failed");
    case Overall::Attention:
        return QStringLiteral("attention");
    }
    return {};
}
