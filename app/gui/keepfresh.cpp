// SPDX-License-Identifier: Apache-2.0
#include "keepfresh.h"

#include "accountactivity.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "ticker.h"
#include "tokencache.h"
#include "tokenservice.h"

#include <QLocale>

#include <memory>

KeepFresh::KeepFresh(AccountStore* store, TokenCache* cache, TokenService* tokens,
                     const CarrierCatalog& catalog, const Clock& clock, AccountActivity* activity,
                     Ticker* ticker, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_cache(cache)
    , m_tokens(tokens)
    , m_catalog(catalog)
    , m_activity(activity)
    , m_ticker(ticker)
    , m_planner(&clock)
{
    connect(tokens, &TokenService::requestStarted, this, [this](const QUuid& id) {
        m_planner.noteRequest(id);
        reschedule();
    });
    connect(tokens, &TokenService::requestFinished, this,
            [this](const QUuid& id, const TokenResult& result) {
                // a request the budget held back was never sent: no failure to back off from
                if (result.error.category != ErrorCategory::HeldBack)
                    m_planner.noteOutcome(id, result.ok());
                reschedule();
            });
    connect(cache, &TokenCache::tokenChanged, this, &KeepFresh::reschedule);
    connect(store, &AccountStore::changed, this, [this] {
        for (const QUuid& id : QSet<QUuid>(m_loaded)) {
            if (!m_store->find(id)) {
                m_loaded.remove(id);
                m_planner.forget(id);
            }
        }
        reschedule();
        checkSoon(); // an account just switched on may be due now
    });
    connect(ticker, &Ticker::tick, this, &KeepFresh::onTick);
    // after the event loop starts, like the window's own cache reads
    QMetaObject::invokeMethod(this, &KeepFresh::reschedule, Qt::QueuedConnection);
}

RefreshAdvice KeepFresh::adviceFor(const Account& account) const
{
    const CarrierPreset* preset = m_catalog.find(account.carrierId);
    return preset ? preset->refresh : RefreshAdvice();
}

TokenBudgetRule KeepFresh::budgetFor(const Account& account) const
{
    const CarrierPreset* preset = m_catalog.find(account.carrierId);
    return preset ? preset->budget : TokenBudgetRule();
}

bool KeepFresh::setEnabled(const QUuid& id, bool on, QString* error)
{
    const Account* p = m_store->find(id);
    if (!p)
        return false;
    if (p->keepFresh == on)
        return true;
    // only this switch: the rest of the account may have changed in another process
    struct Answer
    {
        bool returned = false;
        bool failed = false;
        QString error;
    };
    auto answer = std::make_shared<Answer>();
    m_store->submit(AccountStore::modifying(id, [on](Account& stored) { stored.keepFresh = on; }),
                    this, [this, id, answer](bool ok, const QString& why) {
                        if (ok)
                            return;
                        if (answer->returned) {
                            emit notSaved(id, why);
                            return;
                        }
                        answer->failed = true;
                        answer->error = why;
                    });
    answer->returned = true;
    if (answer->failed && error)
        *error = answer->error;
    return !answer->failed;
}

bool KeepFresh::isEnabled(const QUuid& id) const
{
    const Account* p = m_store->find(id);
    return p && p->keepFresh;
}

QDateTime KeepFresh::nextRenewal(const QUuid& id) const
{
    const Account* p = m_store->find(id);
    if (!p || !p->keepFresh || !m_loaded.contains(id) || m_tokens->isBusy(id))
        return {};
    const QDateTime planned =
        m_planner.nextRenewal(id, adviceFor(*p), m_activity->token(id), budgetFor(*p));
    // the ledger counts every process's requests (the command line's too); a
    // ledger that cannot be read holds nothing back here: the request itself
    // is refused then, and says why
    const auto budget = m_tokens->budget(id);
    const QDateTime allowed = budget ? budget->freeAt : QDateTime();
    return planned.isValid() && allowed > planned ? allowed : planned;
}

QString KeepFresh::describe(const QUuid& id) const
{
    if (!isEnabled(id))
        return {};
    if (m_tokens->isBusy(id))
        return tr("Renewing now");
    const QDateTime at = nextRenewal(id);
    if (!at.isValid())
        return m_loaded.contains(id) ? tr("No renewal planned: the token's lifetime is unknown")
                                     : QString();
    const QString time = QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
    const int failures = m_planner.failures(id);
    if (failures > 0)
        return tr("Retrying at %1 (failures in a row: %n)", nullptr, failures).arg(time);
    return tr("Renews at %1").arg(time);
}

void KeepFresh::loadCachedToken(const QUuid& id)
{
    // a token kept from the last run decides the first renewal, so read it first
    m_cache->load(id, this, [this, id](const std::optional<IssuedToken>&, const SecretResult&) {
        m_loading.remove(id);
        m_loaded.insert(id);
        reschedule();
        checkSoon();
    });
}

void KeepFresh::checkSoon()
{
    // Not at once: the store reports a finished request before TokenService
    // announces its outcome, and the backoff must hear of a failure first.
    if (m_checkQueued)
        return;
    m_checkQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_checkQueued = false;
            onTick();
        },
        Qt::QueuedConnection);
}

void KeepFresh::onTick()
{
    const QList<Account> accounts = m_store->accounts();
    for (const Account& p : accounts) {
        if (!p.keepFresh || !m_loaded.contains(p.id) || m_tokens->isBusy(p.id))
            continue;
        // due by the plan and by the ledger every process shares
        const QDateTime at = nextRenewal(p.id);
        if (at.isValid() && at <= m_ticker->now())
            m_tokens->requestToken(p.id, this, [](const TokenResult&) {});
    }
}

void KeepFresh::reschedule()
{
    QDateTime soonest;
    for (const Account& p : m_store->accounts()) {
        if (!p.keepFresh)
            continue;
        if (!m_loaded.contains(p.id)) {
            if (!m_loading.contains(p.id)) {
                m_loading.insert(p.id);
                loadCachedToken(p.id);
            }
            continue;
        }
        const QDateTime at = nextRenewal(p.id);
        if (at.isValid() && (!soonest.isValid() || at < soonest))
            soonest = at;
    }
    m_ticker->wakeAt(this, soonest);
    if (soonest != m_scheduled) {
        m_scheduled = soonest;
        emit scheduleChanged();
    }
}
