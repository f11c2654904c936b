// SPDX-License-Identifier: Apache-2.0
#include "accountactivity.h"

#include "accountstore.h"
#include "appsettings.h"
#include "tokencache.h"
#include "tokeninspector.h"
#include "tokenservice.h"

#include <QTimer>

AccountActivity::AccountActivity(const AccountStore* store, TokenCache* cache, TokenService* tokens,
                                 const AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_cache(cache)
    , m_tokens(tokens)
    , m_settings(settings)
{
    connect(tokens, &TokenService::requestStarted, this, [this](const QUuid& id) {
        emit requestStarted(id);
        emit changed(id);
    });
    connect(tokens, &TokenService::requestFinished, this,
            [this](const QUuid& id, const TokenResult& result) {
                m_results.insert(id, result);
                // the test is in the history already: a reload of the list brings it back
                if (const Account* p = m_store->find(id); p && p->lastTest())
                    m_resultAt.insert(id, p->lastTest()->at);
                if (result.ok()) {
                    // the cache gets it behind, never read back
                    m_held.insert(id, result.token);
                    m_heldResults.insert(id, result);
                }
                bump(id);
                emit requestFinished(id, result);
                emit changed(id);
            });
    connect(cache, &TokenCache::tokenChanged, this, &AccountActivity::takeFromCache);
    connect(store, &AccountStore::changed, this, &AccountActivity::onStoreChanged);
    onStoreChanged(); // the tests recorded before this window opened
    // its digests once the start is over (digestOpenedWith)
    m_openedWith = m_store->accounts();
    m_started = true;
}

std::optional<TokenResult> AccountActivity::lastResult(const QUuid& id) const
{
    const auto it = m_results.constFind(id);
    if (it == m_results.constEnd())
        return std::nullopt;
    return *it;
}

const IssuedToken* AccountActivity::fittingToken(const QUuid& id) const
{
    const auto it = m_held.constFind(id);
    // a token issued for settings the account no longer has is not its token
    if (it == m_held.constEnd() || !m_cache->fits(id, *it))
        return nullptr;
    return &*it;
}

std::optional<TokenResult> AccountActivity::heldToken(const QUuid& id) const
{
    const IssuedToken* held = fittingToken(id);
    if (!held)
        return std::nullopt;
    const auto full = m_heldResults.constFind(id);
    if (full != m_heldResults.constEnd())
        return *full;
    return TokenService::fromCache(*held);
}

std::optional<IssuedToken> AccountActivity::token(const QUuid& id) const
{
    const IssuedToken* held = fittingToken(id);
    return held ? std::optional<IssuedToken>(*held) : std::nullopt;
}

void AccountActivity::takeFromCache(const QUuid& id)
{
    const auto cached = m_cache->peek(id);
    const auto held = m_held.constFind(id);
    const bool holding = held != m_held.constEnd();
    // the cache storing the token a result brought changes nothing on show
    if (cached && holding && cached->accessToken == held->accessToken &&
        cached->obtainedAt == held->obtainedAt)
        return;
    if (!cached && !holding)
        return;
    m_heldResults.remove(id);
    if (cached) {
        IssuedToken token = *cached;
        TokenInspector::inspect(&token); // its JWT expiry and scopes, as a request settles them
        m_held.insert(id, token);
    } else {
        m_held.remove(id);
    }
    bump(id);
    emit changed(id);
}

bool AccountActivity::isBusy(const QUuid& id) const
{
    return m_tokens->isBusy(id);
}

std::optional<BudgetStanding> AccountActivity::budget(const QUuid& id) const
{
    return m_tokens->budget(id);
}

AccountStatus AccountActivity::status(const QUuid& id, const QDateTime& now) const
{
    const Account* account = m_store->find(id);
    if (!account)
        return {};
    return AccountStatus::evaluate(*account, token(id), isBusy(id), now,
                                   m_settings.refreshMarginSeconds());
}

void AccountActivity::loadCachedTokens()
{
    const bool idle = !loadingCachedTokens();
    QList<QUuid> accounts;
    for (const Account& p : m_store->accounts())
        accounts.append(p.id);
    m_toLoad += accounts;
    if (!idle)
        return;
    // all at once where the keychain allows it; the batches then answer from
    // memory, and read one by one only what that left unsettled
    ++m_loading;
    m_preload = accounts;
    if (!m_holdingPreload)
        preload();
}

void AccountActivity::holdCachedTokens(bool hold)
{
    m_holdingPreload = hold;
    if (!hold && m_preload)
        preload();
}

void AccountActivity::preload()
{
    // from the event loop: what asked returns first
    QTimer::singleShot(0, this, [this, accounts = *std::exchange(m_preload, std::nullopt)] {
        m_cache->preload(accounts, this, [this](const SecretResult& trouble) {
            --m_loading;
            // the rest are read when their account is used, not each after a wait
            if (trouble.keychainUnavailable())
                m_toLoad.clear();
            loadCachedBatch(); // says when none are left
        });
    });
}

void AccountActivity::loadCachedBatch()
{
    // the next batch is asked once this one is answered, so a person's own
    // request waits behind one batch at most, not behind every account
    m_askingBatch = true;
    for (int n = 0; n < kCacheLoadBatch && !m_toLoad.isEmpty(); ++n) {
        const QUuid id = m_toLoad.takeFirst();
        if (!m_store->find(id))
            continue; // removed meanwhile
        ++m_loading;
        m_cache->load(id, this,
                      [this, id](const std::optional<IssuedToken>&, const SecretResult& r) {
                          // the rest are read when their account is used, not each after a wait
                          if (r.keychainUnavailable())
                              m_toLoad.clear();
                          takeFromCache(id);
                          if (--m_loading == 0 && !m_askingBatch)
                              cachedBatchLoaded();
                      });
    }
    m_askingBatch = false;
    if (m_loading == 0)
        cachedBatchLoaded();
}

void AccountActivity::cachedBatchLoaded()
{
    if (!m_toLoad.isEmpty()) {
        QTimer::singleShot(0, this, &AccountActivity::loadCachedBatch);
        return;
    }
    digestOpenedWithLater();
    emit cachedTokensLoaded();
}
