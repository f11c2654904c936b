// SPDX-License-Identifier: Apache-2.0
// AccountActivity and the account list: tests recorded by another process
// (or before a restart) and the tokens another process left in the cache.
#include "accountactivity.h"
#include "accountstore.h"
#include "tokencache.h"
#include "tokenservice.h"

#include <QTimer>

void AccountActivity::onStoreChanged()
{
    // a change before every digest of the opened list is taken: the rest
    // now, to compare with
    if (m_started)
        digestOpenedWith(m_openedWith.size());
    // forget what belongs to accounts that are gone
    const auto forgetGone = [this](auto& hash) {
        for (auto it = hash.begin(); it != hash.end();)
            it = m_store->find(it.key()) ? std::next(it) : hash.erase(it);
    };
    forgetGone(m_results);
    forgetGone(m_held);
    forgetGone(m_heldResults);
    forgetGone(m_resultAt);
    forgetGone(m_seenSettings);
    for (const Account& p : m_store->accounts())
        followAccount(p);
}

void AccountActivity::followAccount(const Account& account)
{
    const QUuid id = account.id;
    bool edited = false;
    // the list the window opens with gets its digests later (digestOpenedWith)
    if (m_started) {
        const size_t settings = settingsDigest(account);
        const auto seen = m_seenSettings.constFind(id);
        // changed elsewhere: another process may have dropped or replaced the token
        edited = seen != m_seenSettings.constEnd() && *seen != settings;
        m_seenSettings.insert(id, settings);
    }
    const std::optional<TestRecord> last = account.lastTest();
    const auto shown = m_resultAt.constFind(id);
    const bool newer = last && (shown == m_resultAt.constEnd() || last->at > *shown);
    if (newer) {
        m_resultAt.insert(id, last->at);
        if (!last->ok() && last->category != QLatin1String("cancelled")) {
            m_results.insert(id, failedTest(*last));
            bump(id);
            emit changed(id);
        }
    }
    // at the start loadCachedTokens() reads every account's cached token
    const bool tokenArrived = m_started && newer && last->ok();
    if (m_started && (edited || tokenArrived))
        readCache(id, tokenArrived ? last : std::nullopt, kCacheReadTries);
}

void AccountActivity::digestOpenedWith(qsizetype count)
{
    const qsizetype end = qMin(m_openedWith.size(), m_digested + count);
    for (; m_digested < end; ++m_digested) {
        const Account& p = std::as_const(m_openedWith).at(m_digested);
        m_seenSettings.insert(p.id, settingsDigest(p));
    }
    if (m_digested == m_openedWith.size()) {
        m_openedWith = {}; // the store's list is its own again: edits in place copy nothing
        m_digested = 0;
    }
}

void AccountActivity::digestOpenedWithLater()
{
    if (m_openedWith.isEmpty())
        return;
    digestOpenedWith(kDigestBatch);
    QTimer::singleShot(0, this, &AccountActivity::digestOpenedWithLater);
}

size_t AccountActivity::settingsDigest(const Account& account)
{
    // a 64-bit digest: an edit it misses (odds of 1 in 2^64) shows at the next
    return qHash(account.toJson(false));
}

void AccountActivity::readCache(const QUuid& id, const std::optional<TestRecord>& test, int tries)
{
    m_cache->reread(id);
    m_cache->load(
        id, this, [this, id, test, tries](const std::optional<IssuedToken>&, const SecretResult&) {
            takeFromCache(id);
            if (!test || m_resultAt.value(id) != test->at)
                return; // nothing to wait for, or a newer outcome came
            // the token that test brought: obtained just before it was recorded
            const auto held = heldToken(id);
            if (held && qAbs(held->token.obtainedAt.msecsTo(test->at)) <= 60000) {
                TokenResult result = *held;
                result.httpStatus = test->httpStatus;
                result.latencyMs = test->latencyMs;
                m_results.insert(id, result);
                bump(id);
                emit changed(id);
            } else if (tries > 1) {
                // the other process writes the keychain behind the file
                QTimer::singleShot(kCacheRetryMs, this,
                                   [this, id, test, tries] { readCache(id, test, tries - 1); });
            }
        });
}

TokenResult AccountActivity::failedTest(const TestRecord& record)
{
    TokenResult result;
    const ErrorCategory category =
        Failure::categoryFromId(record.category).value_or(ErrorCategory::Internal);
    // a record from an earlier version keeps only its category: the general hint
    result.error = record.failure ? *record.failure : Failure::make(category, Message());
    result.error.category = category;
    result.httpStatus = record.httpStatus;
    result.latencyMs = record.latencyMs;
    return result;
}
