// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "carrierpreset.h"
#include "message.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

// What the ledger says of one destination: the requests within the rule's
// window and when the next may go. When the ledger could not be read or
// written, `problem` says why and nothing is known of the requests.
struct BudgetStanding
{
    TokenBudgetRule rule;
    int used = 0;                   // requests in the window (this one included once granted)
    QDateTime freeAt;               // when another may go: now when it may at once
    std::optional<Message> problem; // the ledger could not be checked
    bool granted = false;           // reserve(): this request is recorded and may go

    int left() const { return qMax(0, rule.max - used); }
};

// The token requests every TokenDock process of the user made, per carrier
// destination (TokenBudget::destination), in one small 0600 file next to the
// account list. A request reserves its place under a lock file before it is
// sent, so two processes can never both take the last one. Presets without
// a budget never come here.
class TokenLedger
{
public:
    static constexpr int kLockWaitMs = 2000;
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    explicit TokenLedger(QString path);
    static QString fileName(); // "token-budget.json"
    QString path() const { return m_path; }

    // Checks the destination's requests within the rule's window and records
    // this one when it fits, or whatever the count when `force` is set; check
    // and record happen under the lock. Entries that left their window go.
    BudgetStanding reserve(const QByteArray& destination, const TokenBudgetRule& rule,
                           const QDateTime& now, bool force) const;
    // The same check without recording, for showing what is left and for an
    // early refusal. No lock: the file is only ever replaced whole.
    BudgetStanding peek(const QByteArray& destination, const TokenBudgetRule& rule,
                        const QDateTime& now) const;

private:
    struct Destination
    {
        int seconds = 0;
        QList<QDateTime> requests;
    };
    using Entries = QHash<QByteArray, Destination>;

    std::optional<Message> read(Entries* entries) const;
    std::optional<Message> write(const Entries& entries) const;
    static void prune(Entries* entries, const QDateTime& now);
    static BudgetStanding standing(const Destination& d, const TokenBudgetRule& rule,
                                   const QDateTime& now);

    QString m_path;
};
