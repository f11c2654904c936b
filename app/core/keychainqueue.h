// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

// Keychain calls for one key, one after another: a write made of several
// steps is found whole by a read or removal asked for meanwhile. A call that
// has not answered after a while no longer holds the others back: a keychain
// stuck behind a dialog must not block its key for the rest of the run.
class KeychainQueue
{
public:
    static constexpr int kStuckMs = 3000;
    // A call; it calls `finished` once, when it is done.
    using Call = std::function<void(std::function<void()> finished)>;

    void run(const QString& key, Call call);
    int waiting(const QString& key) const;

private:
    struct Slot
    {
        quint64 turn = 0;
        QList<Call> waiting;
    };
    struct Table
    {
        QHash<QString, Slot> byKey;
        quint64 lastTurn = 0; // never reused: a late answer is never taken for a newer call's
    };
    static void go(const std::shared_ptr<Table>& table, const QString& key, Call call);
    static void advance(const std::shared_ptr<Table>& table, const QString& key, quint64 turn);

    // shared with calls under way, which may end after this queue
    std::shared_ptr<Table> m_table = std::make_shared<Table>();
};
