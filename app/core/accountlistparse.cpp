// SPDX-License-Identifier: Apache-2.0
#include "accountlistparse.h"

#include "accountlistscan.h"
#include "accountquickread.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

AccountListParse::AccountListParse(QByteArray text, int schema)
    : m_text(std::move(text))
{
    auto pieces = AccountListScan::pieces(QByteArrayView(m_text));
    if (!pieces || pieces->schema != schema)
        return;
    m_scanned = true;
    m_pieces = std::move(pieces->accounts);
    m_count = m_pieces.size();
    m_slots.resize(size_t(m_count));
}

void AccountListParse::work()
{
    for (;;) {
        const qsizetype i = m_next.fetch_add(1, std::memory_order_relaxed);
        if (i >= m_count)
            return;
        const auto [begin, end] = m_pieces.at(i);
        const QByteArrayView text(m_text.constData() + begin, end - begin);
        Slot& slot = m_slots[size_t(i)];
        slot.account = AccountQuickRead::read(text);
        if (!slot.account) {
            const QJsonDocument doc =
                QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()));
            slot.account = Account::fromJson(doc.object(), nullptr);
        }
        if (slot.account)
            slot.nameKey = Account::nameKey(slot.account->name);
        m_parsed.fetch_add(1, std::memory_order_release);
    }
}

bool AccountListParse::parsed() const
{
    return m_parsed.load(std::memory_order_acquire) == m_count;
}

std::optional<AccountListParse::Parsed> AccountListParse::finish()
{
    if (!m_scanned || m_finished || !parsed())
        return std::nullopt;
    m_finished = true;
    Parsed out;
    out.accounts.reserve(m_count);
    out.byId.reserve(m_count);
    out.byName.reserve(m_count);
    for (Slot& slot : m_slots) {
        if (!slot.account)
            return std::nullopt;
        const qsizetype at = out.accounts.size();
        if (out.byId.contains(slot.account->id) || out.byName.contains(slot.nameKey))
            return std::nullopt;
        out.byId.insert(slot.account->id, at);
        out.byName.insert(std::move(slot.nameKey), at);
        out.accounts.append(std::move(*slot.account));
    }
    return out;
}

AccountListParse::Parsed AccountListParse::indexed(QList<Account> accounts)
{
    Parsed out;
    out.accounts = std::move(accounts);
    out.byId.reserve(out.accounts.size());
    out.byName.reserve(out.accounts.size());
    for (qsizetype i = 0; i < out.accounts.size(); ++i) {
        const Account& account = out.accounts.at(i);
        out.byId.insert(account.id, i);
        const QString name = Account::nameKey(account.name);
        if (!out.byName.contains(name)) // the first of two alike keeps it, as a search would
            out.byName.insert(name, i);
    }
    return out;
}
