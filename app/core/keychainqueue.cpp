// SPDX-License-Identifier: Apache-2.0
#include "keychainqueue.h"

void KeychainQueue::run(const QString& key, Call call)
{
    const auto busy = m_table->find(key);
    if (busy != m_table->end() && busy->since.elapsed() < kStuckMs) {
        busy->waiting.append(std::move(call));
        return;
    }
    // free, or the call ahead never answered: this one goes now
    go(m_table, key, std::move(call));
}

int KeychainQueue::waiting(const QString& key) const
{
    const auto slot = m_table->constFind(key);
    return slot == m_table->constEnd() ? 0 : int(slot->waiting.size());
}

void KeychainQueue::go(const std::shared_ptr<Table>& table, const QString& key, Call call)
{
    Slot& slot = (*table)[key];
    const quint64 turn = ++slot.turn;
    slot.since.start();
    call([table, key, turn] { next(table, key, turn); });
}

void KeychainQueue::next(const std::shared_ptr<Table>& table, const QString& key, quint64 turn)
{
    const auto slot = table->find(key);
    // a late answer from a call that was passed by
    if (slot == table->end() || slot->turn != turn)
        return;
    if (slot->waiting.isEmpty()) {
        table->erase(slot);
        return;
    }
    go(table, key, slot->waiting.takeFirst());
}
