// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cachedtokenindex.h"
#include "issuedtoken.h"
#include "secretstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <optional>

class Clock;

// The last token of each account, kept in the keychain so a valid token
// survives a restart. Expired entries are dropped when read.
//
// Writes go to the keychain one at a time, newest token per account only:
// gnome-keyring rewrites its whole file for every write, and a burst of them
// (Test all) would otherwise queue ahead of the secret reads the next
// requests wait for. The token is in memory at once, so nothing waits on it.
class TokenCache : public QObject
{
    Q_OBJECT

public:
    using LoadCallback = std::function<void(std::optional<IssuedToken>, const SecretResult&)>;

    TokenCache(SecretStore* store, const Clock* clock, QObject* parent = nullptr);
    // Writes what the index has not been told yet.
    ~TokenCache() override;

    // Keeps `index` told of every token written to the keychain and every
    // one dropped or kept off it. Tokens dropped on reading (expired, or
    // issued for other settings) need no telling: a list drops them too.
    // Unset, no index is kept.
    void setIndex(const CachedTokenIndex& index) { m_index = index; }
    const CachedTokenIndex* index() const { return m_index ? &*m_index : nullptr; }

    // When disabled nothing is stored, stored entries are removed as they are
    // touched, and load() finds nothing.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // What the account's current settings would request (AccountRequest::issuedFor);
    // a token issued for anything else is never handed out, and is dropped
    // when loaded. Unset, every token fits.
    // What a person sees for the account's token item in their keychain app.
    using Label = std::function<QString(const QUuid& account)>;
    void setLabel(Label label) { m_label = std::move(label); }

    using IssuedFor = std::function<QByteArray(const QUuid& account)>;
    void setIssuedFor(IssuedFor issuedFor) { m_issuedFor = std::move(issuedFor); }

    // The token held in memory, if any (no keychain access).
    std::optional<IssuedToken> peek(const QUuid& account) const;
    // Whether the token was issued for the account's current settings.
    bool fits(const QUuid& account, const IssuedToken& token) const;
    // Reads the keychain (once per account and process), then answers from memory.
    void load(const QUuid& account, QObject* context, LoadCallback done);
    // Reads the tokens of many accounts in one go where the keychain allows
    // it, so the load() of each answers from memory; accounts it could not
    // settle are read by their load(). Calls done once, later, with Timeout
    // when the keychain did not answer in time (SecretStore::readMany).
    void preload(const QList<QUuid>& accounts, QObject* context,
                 std::function<void(const SecretResult& trouble)> done);
    // Another process may have cached a newer token or dropped this one: the
    // next load() reads the keychain again. A token this process is still
    // writing is newer than what the keychain holds, so it stays.
    void reread(const QUuid& account);
    void store(const QUuid& account, const IssuedToken& token, QObject* context,
               SecretStore::Callback done);
    void drop(const QUuid& account, QObject* context, SecretStore::Callback done);

    static SecretBytes serialize(const IssuedToken& token);
    static std::optional<IssuedToken> deserialize(const SecretBytes& bytes);

signals:
    void tokenChanged(const QUuid& account);

private:
    struct QueuedWrite
    {
        IssuedToken token;
        QList<std::pair<QPointer<QObject>, SecretStore::Callback>> waiters;
    };
    void writeNext();
    bool isWriting(const QUuid& account) const;
    void removeFromKeychain(const QUuid& account, QObject* context, SecretStore::Callback done);
    void tellIndex(const QUuid& account, std::optional<CachedTokenEntry> entry);
    enum class Wait
    {
        No,  // new tokens alone go to the worker; a removal is written here
        Done // here and now
    };
    void writeIndex(Wait wait);

    SecretStore* m_store;
    const Clock* m_clock;
    bool m_enabled = true;
    IssuedFor m_issuedFor;
    Label m_label;
    QHash<QUuid, IssuedToken> m_memory;
    QHash<QUuid, bool> m_loaded;
    QList<QUuid> m_writeOrder;
    QHash<QUuid, QueuedWrite> m_writes;
    bool m_writing = false;
    QUuid m_writingAccount;
    QSet<QUuid> m_removeAfterWrite;
    std::optional<CachedTokenIndex> m_index;
    CachedTokenIndex::Changes m_indexChanges;
    // new tokens are written a second later together (Test all caches one
    // after another), removals at the next turn of the event loop
    QTimer m_indexTimer;
    QThreadPool m_indexWorker;
};
