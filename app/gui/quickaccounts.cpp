// SPDX-License-Identifier: Apache-2.0
#include "quickaccounts.h"

#include "accountstore.h"
#include "appsettings.h"

#include <QStringList>

namespace {
const QString kPinnedKey = QStringLiteral("tray/pinned");
const QString kRecentKey = QStringLiteral("tray/recent");

QList<QUuid> idsOf(const QStringList& texts)
{
    QList<QUuid> out;
    for (const QString& text : texts) {
        const QUuid id(text);
        if (!id.isNull() && !out.contains(id))
            out.append(id);
    }
    return out;
}
} // namespace

QuickAccounts::QuickAccounts(const AccountStore* store, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
{
    // an account removed or added changes what the lists show
    connect(store, &AccountStore::changed, this, &QuickAccounts::changed);
}

QList<QUuid> QuickAccounts::existing(const QString& key) const
{
    QList<QUuid> out;
    for (const QUuid& id : idsOf(m_settings->value(key).toStringList())) {
        if (m_store->find(id))
            out.append(id);
    }
    return out;
}

void QuickAccounts::write(const QString& key, const QList<QUuid>& ids)
{
    QStringList texts;
    for (const QUuid& id : ids)
        texts << id.toString(QUuid::WithoutBraces);
    m_settings->setValue(key, texts);
    m_settings->sync();
    emit changed();
}

QList<QUuid> QuickAccounts::pinned() const
{
    return existing(kPinnedKey);
}

bool QuickAccounts::isPinned(const QUuid& id) const
{
    return pinned().contains(id);
}

void QuickAccounts::setPinned(const QUuid& id, bool on)
{
    QList<QUuid> pins = existing(kPinnedKey); // a removed account's pin goes here
    if (pins.contains(id) == on || (on && !m_store->find(id)))
        return;
    if (on)
        pins.append(id);
    else
        pins.removeAll(id);
    write(kPinnedKey, pins);
}

QList<QUuid> QuickAccounts::recent() const
{
    const QList<QUuid> pins = pinned();
    QList<QUuid> out;
    for (const QUuid& id : existing(kRecentKey)) {
        if (!pins.contains(id) && out.size() < kRecentShown)
            out.append(id);
    }
    return out;
}

void QuickAccounts::recordUse(const QUuid& id)
{
    if (!m_store->find(id))
        return;
    QList<QUuid> ids = existing(kRecentKey); // a removed account takes no place
    if (!ids.isEmpty() && ids.first() == id)
        return; // the same account again: nothing moves
    ids.removeAll(id);
    ids.prepend(id);
    // enough kept that ten show however many of them are pinned
    const int keep = kRecentShown + int(pinned().size());
    while (ids.size() > keep)
        ids.removeLast();
    write(kRecentKey, ids);
}
