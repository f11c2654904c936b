// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "failure.h"

#include <QDateTime>
#include <QList>

struct Account;
struct CarrierPreset;
struct TokenBudgetRule;

// A carrier's documented token budget ("budget" in the catalog): what counts
// against it, what is left, and how a refusal reads. The requests themselves
// are kept in the TokenLedger every TokenDock process of the user shares.
namespace TokenBudget {
// Where a request counts: the preset, the token URL's origin and the client
// id, as a digest (the ledger never holds the client id in clear).
QByteArray destination(const Account& account, const CarrierPreset& preset);
// How many of `requests` fall within the rule's window ending at `now`.
int used(const QList<QDateTime>& requests, const TokenBudgetRule& rule, const QDateTime& now);
// The earliest moment another request stays within `rule`: `now` when it
// may go at once or the rule sets no limit.
QDateTime freeAt(QList<QDateTime> requests, const TokenBudgetRule& rule, const QDateTime& now);
// The window in words: "a minute", "an hour", "every 15 minutes".
Message period(const TokenBudgetRule& rule);
// The whole rule in words: "5 token requests a minute".
Message allowance(const TokenBudgetRule& rule);
// Why a request was not sent before `freeAt`, saying when the next may go
// (with the date when that is not the day of `now`).
Failure refusal(const CarrierPreset& preset, const QDateTime& freeAt, const QDateTime& now);
// Why a request was not sent when the ledger could not be read or written.
Failure unavailable(const CarrierPreset& preset, const Message& why);
} // namespace TokenBudget
