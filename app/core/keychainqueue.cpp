// SPDX-License-Identifier: Apache-2.0
#include "keychainqueue.h"

#include <QTimer>

void KeychainQueue::run(const QString& key, Call call)
{
    const auto busy = m_table->byKey.find(key);
    if (busy != m_table->byKey.end()) {
        busy->waiting.append(std::move(call));
        return;
    }
    go(m_table, key, std::move(call));
}

int KeychainQueue::waiting(const QString& key) const
{
    const auto slot = m_table->byKey.constFind(key);
    return slot == m_table->byKey.constEnd() ? 0 : int(slot->waiting.size());
}

void KeychainQueue::go(const std::shared_ptr<Table>& table, const QString& key, Call call)
{
    const quint64 turn = ++table->lastTurn;
    table->byKey[key].turn = turn;
    // the next call goes when this one is done, or once it is stuck
    QTimer::singleShot(kStuckMs, [table, key, turn] { advance(table, key, turn); });
    call([table, key, turn] { advance(table, key, turn); });
}

void KeychainQueue::advance(const std::shared_ptr<Table>& table, const QString& key, quint64 turn)
{
    const auto slot = table->byKey.find(key);
    // done after it was passed by, or its timer after it was done
    if (slot == table->byKey.end() || slot->turn != turn)
        return;
    if (slot->waiting.isEmpty()) {
        table->byKey.erase(slot);
        return;
    }
    const Call next = slot->waiting.takeFirst();
    go(table, key, next);
}
