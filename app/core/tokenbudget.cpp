// SPDX-License-Identifier: Apache-2.0
#include "tokenbudget.h"

#include "account.h"
#include "accountrequest.h"
#include "carrierpreset.h"

#include <QCryptographicHash>
#include <QUrl>

#include <algorithm>

QByteArray TokenBudget::destination(const Account& account, const CarrierPreset& preset)
{
    // the origin, not the path: one carrier client at one host shares one budget
    const QUrl url(AccountRequest::resolvedUrl(account, &preset));
    const QString origin = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                        QUrl::RemoveQuery | QUrl::RemoveFragment)
                               .toString(QUrl::FullyEncoded)
                               .toLower();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& part : {preset.id, origin, account.clientId.trimmed()}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    return hash.result().toHex();
}

int TokenBudget::used(const QList<QDateTime>& requests, const TokenBudgetRule& rule,
                      const QDateTime& now)
{
    if (!rule.isSet())
        return 0;
    const QDateTime windowStart = now.addSecs(-rule.seconds);
    return int(std::count_if(requests.begin(), requests.end(),
                             [&windowStart](const QDateTime& at) { return at > windowStart; }));
}

QDateTime TokenBudget::freeAt(QList<QDateTime> requests, const TokenBudgetRule& rule,
                              const QDateTime& now)
{
    if (!rule.isSet())
        return now;
    const QDateTime windowStart = now.addSecs(-rule.seconds);
    requests.removeIf([&windowStart](const QDateTime& at) { return at <= windowStart; });
    if (requests.size() < rule.max)
        return now;
    std::sort(requests.begin(), requests.end());
    // the request that has to leave the window before another may start
    const QDateTime leaving = requests.at(requests.size() - rule.max);
    return qMax(now, leaving.addSecs(rule.seconds));
}

Message TokenBudget::period(const TokenBudgetRule& rule)
{
    const int s = rule.seconds;
    if (s == 1)
        return Message::translate("TokenBudget", "a second");
    if (s == 60)
        return Message::translate("TokenBudget", "a minute");
    if (s == 3600)
        return Message::translate("TokenBudget", "an hour");
    if (s == 86400)
        return Message::translate("TokenBudget", "a day");
    if (s % 86400 == 0) {
        const int days = s / 86400;
        return Message::translate("TokenBudget", "every %n days", nullptr, days);
    }
    if (s % 3600 == 0) {
        const int hours = s / 3600;
        return Message::translate("TokenBudget", "every %n hours", nullptr, hours);
    }
    if (s % 60 == 0) {
        const int minutes = s / 60;
        return Message::translate("TokenBudget", "every %n minutes", nullptr, minutes);
    }
    return Message::translate("TokenBudget", "every %n seconds", nullptr, s);
}

Message TokenBudget::allowance(const TokenBudgetRule& rule)
{
    const int max = rule.max;
    return Message::translate("TokenBudget", "%n token requests %1",
                              "%1 is a period: a minute, every 15 minutes", max)
        .arg(period(rule));
}

Failure TokenBudget::refusal(const CarrierPreset& preset, const QDateTime& freeAt,
                             const QDateTime& now)
{
    // a day's budget may free up tomorrow: then the date says which day
    const QDateTime local = freeAt.toLocalTime();
    const bool today = local.date() == now.toLocalTime().date();
    const QString at = today ? local.toString(QStringLiteral("HH:mm:ss"))
                             : local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return Failure::make(
        ErrorCategory::HeldBack,
        Message::translate("TokenBudget", "Not sent: %1 allows %2. The next one can be sent at %3.")
            .arg(preset.name)
            .arg(allowance(preset.budget))
            .arg(at),
        Message::translate("TokenBudget", "Use the token you have, or test again at %1.").arg(at));
}

Failure TokenBudget::unavailable(const CarrierPreset& preset, const Message& why)
{
    return Failure::make(
        ErrorCategory::HeldBack,
        Message::translate("TokenBudget",
                           "Not sent: TokenDock could not check %1's token budget (%2), so it "
                           "does not know whether another request would exceed %3.")
            .arg(preset.name)
            .arg(why)
            .arg(allowance(preset.budget)),
        Message::translate("TokenBudget",
                           "Try again in a moment; if this persists, check that the folder "
                           "holding TokenDock's settings can be written."));
}
