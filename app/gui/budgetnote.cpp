// SPDX-License-Identifier: Apache-2.0
#include "budgetnote.h"

#include "carrierpreset.h"
#include "tokenbudget.h"
#include "tokenledger.h"

#include <QLocale>

namespace {
// "left this minute" reads well only for the windows people name
QString leftThisPeriod(int left, int max, int seconds)
{
    switch (seconds) {
    case 1:
        return BudgetNote::tr("%1 of %n token requests left this second", nullptr, max).arg(left);
    case 60:
        return BudgetNote::tr("%1 of %n token requests left this minute", nullptr, max).arg(left);
    case 3600:
        return BudgetNote::tr("%1 of %n token requests left this hour", nullptr, max).arg(left);
    case 86400:
        return BudgetNote::tr("%1 of %n token requests left today", nullptr, max).arg(left);
    default:
        return {};
    }
}
} // namespace

bool BudgetNote::spent(const BudgetStanding& standing, const QDateTime& now)
{
    return standing.problem || standing.freeAt > now;
}

QString BudgetNote::text(const BudgetStanding& standing, const QDateTime& now)
{
    if (standing.problem)
        return tr("The token budget cannot be checked");
    if (standing.freeAt > now) {
        const QDateTime local = standing.freeAt.toLocalTime();
        const QLocale locale;
        // a day's budget frees up tomorrow, perhaps: then the date too
        const QString at = local.date() == now.toLocalTime().date()
                               ? locale.toString(local.time(), QLocale::ShortFormat)
                               : locale.toString(local, QLocale::ShortFormat);
        return tr("Next token request allowed at %1").arg(at);
    }
    const TokenBudgetRule& rule = standing.rule;
    const QString named = leftThisPeriod(standing.left(), rule.max, rule.seconds);
    if (!named.isEmpty())
        return named;
    return tr("%1 left of %2", "%2: e.g. 10 token requests every 15 minutes")
        .arg(standing.left())
        .arg(TokenBudget::allowance(rule).text());
}

QString BudgetNote::explanation(const CarrierPreset& preset)
{
    QString text = tr("%1 allows %2. Every TokenDock of yours on this computer, window and "
                      "command line alike, counts against it; Test sends nothing while it is "
                      "spent.")
                       .arg(preset.name, TokenBudget::allowance(preset.budget).text());
    if (!preset.budget.note.isEmpty())
        text += QLatin1Char('\n') + carrierText(preset.budget.note);
    return text;
}
