// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct BudgetStanding;
struct CarrierPreset;

// The account page's words for what is left of a carrier's token budget:
// "4 of 5 token requests left this minute", "Next token request allowed at
// 14:03" once it is spent.
class BudgetNote
{
    Q_DECLARE_TR_FUNCTIONS(BudgetNote)

public:
    static QString text(const BudgetStanding& standing, const QDateTime& now);
    // The rule behind it, for the note's tooltip.
    static QString explanation(const CarrierPreset& preset);
    // True when no request may go now (spent, or the ledger cannot be read).
    static bool spent(const BudgetStanding& standing, const QDateTime& now);
};
