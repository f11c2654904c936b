// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "failure.h"

#include <QDateTime>

struct Account;
struct CarrierPreset;

// A carrier's documented token budget (maxPerMinute in the catalog) for one
// account. The requests are counted from the account's history, which every
// process reads from the same account list, so the window, the tray and the
// command line all keep to one budget.
namespace TokenBudget {
// The earliest moment another request for the account stays within the
// budget: `now` when it may go at once or the preset documents no limit.
QDateTime nextAllowed(const Account& account, const CarrierPreset* preset, const QDateTime& now);
// Why a request was not sent before `freeAt`, saying when the next may go.
Failure refusal(const CarrierPreset& preset, const QDateTime& freeAt);
} // namespace TokenBudget
