// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "accountstatus.h"
#include "tokenledger.h"
#include "tokenresult.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUuid>

#include <optional>

class AccountStore;
class AppSettings;
class TokenCache;
class TokenService;

// What happened to each account: the last result, whether a request is on its
// way, and the token the cache holds. The list, the header and the token view
// read it; it listens to the core services. A test another process recorded
// in the account list (a script, the command line) or one from before a
// restart shows here too, with the token it left in the cache.
class AccountActivity : public QObject
{
    Q_OBJECT

public:
    AccountActivity(const AccountStore* store, TokenCache* cache, TokenService* tokens,
                    const AppSettings& settings, QObject* parent = nullptr);

    // The last result, success or failure: this session's, or the newest
    // test in the account list when that is newer.
    std::optional<TokenResult> lastResult(const QUuid& id) const;
    // The account's current token, with what was decoded from it: the one the
    // last request returned, else the one the keychain cache held.
    std::optional<TokenResult> heldToken(const QUuid& id) const;
    std::optional<IssuedToken> token(const QUuid& id) const;
    // Changes whenever the account's token or last result does, so a view
    // draws once per outcome however many signals announce it.
    quint64 revision(const QUuid& id) const { return m_revisions.value(id); }
    bool isBusy(const QUuid& id) const;
    // What is left of the carrier's token budget, counted over every
    // TokenDock process; nothing when the preset has no budget.
    std::optional<BudgetStanding> budget(const QUuid& id) const;
    AccountStatus status(const QUuid& id, const QDateTime& now) const;

    // Reads every account's cached token from the keychain, so countdowns
    // continue after a restart: a batch at a time from the event loop, so a
    // window with thousands of accounts paints and answers meanwhile.
    void loadCachedTokens();
    bool loadingCachedTokens() const { return !m_toLoad.isEmpty() || m_loading > 0; }
    // While held, the keychain is not asked for the cached tokens yet (they
    // count as loading): the window's first frame comes first. Thousands of
    // tokens keep the keychain, and a small computer, busy for a second.
    void holdCachedTokens(bool hold);
    bool holdingCachedTokens() const { return m_holdingPreload; }

signals:
    void changed(const QUuid& id);
    void requestStarted(const QUuid& id);
    void requestFinished(const QUuid& id, const TokenResult& result);
    // loadCachedTokens() is done: every account's cached token read, or the
    // rest left for when their account is used (the keychain was missing,
    // locked or not answering).
    void cachedTokensLoaded();

private:
    // how often, and how far apart, the cache is read again for a token
    // another process's test has not finished writing yet
    static constexpr int kCacheReadTries = 8;
    static constexpr int kCacheRetryMs = 400;

    static constexpr int kCacheLoadBatch = 32;
    static constexpr qsizetype kDigestBatch = 256; // under a millisecond

    void preload();
    void loadCachedBatch();
    void cachedBatchLoaded();
    void takeFromCache(const QUuid& id);
    // the held token while it fits the account's settings
    const IssuedToken* fittingToken(const QUuid& id) const;
    // accountactivityrecords.cpp: the account list's records and what
    // another process left in the cache
    void onStoreChanged();
    void followAccount(const Account& account);
    // The digests of the list the window opened with, `count` more of them;
    // the rest a batch a turn of the event loop, once the start is over.
    void digestOpenedWith(qsizetype count);
    void digestOpenedWithLater();
    static size_t settingsDigest(const Account& account);
    void readCache(const QUuid& id, const std::optional<TestRecord>& test, int tries);
    static TokenResult failedTest(const TestRecord& record);
    void bump(const QUuid& id) { m_revisions.insert(id, ++m_lastRevision); }

    const AccountStore* m_store;
    TokenCache* m_cache;
    TokenService* m_tokens;
    const AppSettings& m_settings;
    QHash<QUuid, TokenResult> m_results;
    // each account's token, its JWT expiry and scopes settled: the one the
    // last request returned, else the one the cache holds
    QHash<QUuid, IssuedToken> m_held;
    // the whole result of this session's request for the token in m_held
    // (warnings, signature, probe); a token from the cache is decoded when
    // shown, so thousands of them stay small
    QHash<QUuid, TokenResult> m_heldResults;
    QHash<QUuid, quint64> m_revisions;
    QHash<QUuid, QDateTime> m_resultAt; // when the test behind m_results ran
    // each account's settings as last seen, as a digest: thousands of JSON
    // copies took megabytes
    QHash<QUuid, size_t> m_seenSettings;
    // the list as the window opened, shared with the store's until its
    // digests are taken (after the start's cached-token reads, or at the
    // list's first change if that comes first): none taken before the window
    // is on screen (15 ms at 5,000 accounts)
    QList<Account> m_openedWith;
    qsizetype m_digested = 0; // of m_openedWith
    QList<QUuid> m_toLoad;    // accounts whose cached token is still to be read
    int m_loading = 0;        // reads asked and not yet answered (the preload, or a batch)
    std::optional<QList<QUuid>> m_preload; // the accounts of a preload not yet asked
    bool m_holdingPreload = false;
    bool m_askingBatch = false;
    bool m_started = false;
    quint64 m_lastRevision = 0;
};
