// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <atomic>
#include <optional>
#include <vector>

// An account list parsed one account at a time, by as many threads as call
// work() at once: the thread that reads the list at start-up parses, and the
// UI thread, once it needs the accounts, parses the rest with it instead of
// waiting (at 5,000 accounts the parse is 20 ms of CPU). The lookups the
// store keeps come out of it too, made where the duplicate check needs them.
class AccountListParse
{
public:
    // The accounts in the list's order, each found by id and by
    // Account::nameKey(): ids and keys are unique.
    struct Parsed
    {
        QList<Account> accounts;
        QHash<QUuid, qsizetype> byId;
        QHash<QString, qsizetype> byName;
    };

    // Finds where each account lies (AccountListScan::pieces). Nothing is
    // left to parse when the text is not a list of format `schema` that can
    // be read an account at a time.
    AccountListParse(QByteArray text, int schema);
    AccountListParse(const AccountListParse&) = delete;
    AccountListParse& operator=(const AccountListParse&) = delete;

    // Parses accounts no other thread has taken until none is left.
    void work();
    // Every account parsed: no work() call has one in hand any more.
    bool parsed() const;
    // Once parsed(): the accounts, or nothing when the text is not such a
    // list, an account does not read or two share an id or a name (the
    // whole parse says what is wrong).
    std::optional<Parsed> finish();
    // The lookups of accounts read some other way.
    static Parsed indexed(QList<Account> accounts);

private:
    struct Slot
    {
        std::optional<Account> account;
        QString nameKey;
    };

    const QByteArray m_text;
    QList<std::pair<qint64, qint64>> m_pieces;
    bool m_scanned = false; // split into accounts: else only the whole parse reads it
    bool m_finished = false;
    std::vector<Slot> m_slots; // sized once: threads write their own slots at once
    qsizetype m_count = 0;
    std::atomic<qsizetype> m_next{0};   // the next account no thread has taken
    std::atomic<qsizetype> m_parsed{0}; // accounts done, each written before it counts
};
