// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QUuid>

class AccountStore;
class AppSettings;

// The accounts a person keeps at hand in the tray: the ones pinned, in the
// order they were pinned, and the ones used last (a copy or a test through
// the window, the tray or `tokendock --copy`), most recent first. Both are
// per-user state kept in AppSettings by account uuid; a removed account's
// entry is ignored until it ages out.
class QuickAccounts : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRecentShown = 10;

    QuickAccounts(const AccountStore* store, AppSettings* settings, QObject* parent = nullptr);

    QList<QUuid> pinned() const;
    bool isPinned(const QUuid& id) const;
    void setPinned(const QUuid& id, bool on);
    // Up to kRecentShown accounts used last, the pinned ones left out.
    QList<QUuid> recent() const;
    void recordUse(const QUuid& id);

signals:
    void changed();

private:
    QList<QUuid> existing(const QString& key) const;
    void write(const QString& key, const QList<QUuid>& ids);

    const AccountStore* m_store;
    AppSettings* m_settings;
};
