// SPDX-License-Identifier: Apache-2.0
#include "tokenbudget.h"

#include "account.h"
#include "carrierpreset.h"
#include "refreshplanner.h"

QDateTime TokenBudget::nextAllowed(const Account& account, const CarrierPreset* preset,
                                   const QDateTime& now)
{
    const int budget = preset ? preset->refresh.maxTokensPerMinute : 0;
    QList<QDateTime> requests;
    for (const TestRecord& record : account.history)
        requests.append(record.at);
    return RefreshPlanner::rateLimitFreeAt(requests, budget, now);
}

Failure TokenBudget::refusal(const CarrierPreset& preset, const QDateTime& freeAt)
{
    const QString at = freeAt.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
    return Failure::make(
        ErrorCategory::HeldBack,
        Message::translate("TokenBudget",
                           "Not sent: %1 allows %2 token requests a minute. The next one can be "
                           "sent at %3.")
            .arg(preset.name)
            .arg(qint64(preset.refresh.maxTokensPerMinute))
            .arg(at),
        Message::translate("TokenBudget", "Use the token you have, or test again at %1.").arg(at));
}
