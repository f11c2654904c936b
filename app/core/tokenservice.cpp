// SPDX-License-Identifier: Apache-2.0
#include "tokenservice.h"

#include "accountservice.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "clock.h"
#include "logging.h"
#include "tokenbudget.h"
#include "tokencache.h"
#include "tokenclient.h"

#include <optional>

TokenService::TokenService(AccountService* accounts, AccountStore* store, TokenCache* cache,
                           TokenClient* client, const CarrierCatalog& catalog, const Clock& clock,
                           QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_store(store)
    , m_cache(cache)
    , m_client(client)
    , m_catalog(catalog)
    , m_clock(clock)
{}

TokenResult TokenService::fromCache(const IssuedToken& token)
{
    TokenResult result;
    result.token = token;
    result.inspection = TokenInspector::inspect(&result.token);
    return result;
}

void TokenService::requestToken(const QUuid& id, QObject* context, Done done)
{
    const bool joining = m_inFlight.contains(id);
    InFlight& flight = m_inFlight[id];
    flight.waiters.append({context, context != nullptr, std::move(done)});
    if (joining)
        return;
    emit requestStarted(id);
    send(id);
}

void TokenService::refuse(const QUuid& id, const Failure& failure)
{
    TokenResult r;
    r.error = failure;
    finish(id, r);
}

void TokenService::send(const QUuid& id)
{
    const Account* account = m_store->find(id);
    std::optional<Failure> refusal;
    if (!account) {
        refusal =
            Failure::make(ErrorCategory::InvalidInput,
                          Message::translate("TokenService", "The account no longer exists."));
    } else if (account->secretMissing) {
        // imported, or its token URL, carrier, environment or placement changed:
        // nothing is sent until a person enters the secret for these settings
        refusal = Failure::make(
            ErrorCategory::InvalidInput,
            Message::translate("TokenService",
                               "\u201c%1\u201d has no secret for its current settings, so "
                               "nothing was sent.")
                .arg(account->name),
            Message::translate("TokenService",
                               "Check the account's token URL, then enter its client secret."));
    } else if (const CarrierPreset* preset = m_catalog.find(account->carrierId)) {
        // every caller, the window's Test as much as keep-fresh, keeps to the budget
        const QDateTime freeAt = TokenBudget::nextAllowed(*account, preset, m_clock.now());
        if (freeAt > m_clock.now())
            refusal = TokenBudget::refusal(*preset, freeAt);
    }
    if (refusal) {
        // callers hear of it after request() returns, as of any other outcome
        QMetaObject::invokeMethod(
            this, [this, id, failure = *refusal] { refuse(id, failure); }, Qt::QueuedConnection);
        return;
    }
    m_accounts->readSecrets(id, this,
                            [this, id](const AccountSecrets& secrets, const SecretResult& sr) {
                                sendWithSecrets(id, secrets, sr);
                            });
}

void TokenService::sendWithSecrets(const QUuid& id, const AccountSecrets& secrets,
                                   const SecretResult& sr)
{
    if (!m_inFlight.contains(id))
        return;
    if (m_inFlight[id].cancelled)
        return refuse(
            id, Failure::make(ErrorCategory::Cancelled,
                              Message::translate("TokenService", "The request was cancelled.")));
    const Account* current = m_store->find(id);
    if (!current)
        return refuse(
            id, Failure::make(ErrorCategory::InvalidInput,
                              Message::translate("TokenService", "The account no longer exists.")));
    if (!sr.ok())
        return refuse(id, Failure::make(ErrorCategory::Keychain, sr.message));
    if (current->secretMissing)
        return refuse(
            id, Failure::make(ErrorCategory::InvalidInput,
                              Message::translate("TokenService",
                                                 "The account needs its secret entered again.")));
    const CarrierPreset* preset = m_catalog.find(current->carrierId);
    Failure error;
    const auto spec = AccountRequest::build(*current, preset, secrets, &error);
    if (!spec)
        return refuse(id, error);
    TokenReply* reply = m_client->fetch(*spec);
    m_inFlight[id].reply = reply;
    const QByteArray issuedFor = AccountRequest::issuedFor(*current, preset);
    const QList<ApiHeader> apiHeaders = spec->apiHeaders;
    connect(reply, &TokenReply::finished, this,
            [this, id, issuedFor, apiHeaders](const TokenResult& result) {
                if (!m_inFlight.contains(id))
                    return;
                TokenResult r = result;
                r.token.issuedFor = issuedFor;
                // kept with the token, so every copy of it carries what API calls need
                if (r.ok())
                    r.token.apiHeaders = apiHeaders;
                // finish() ends the reply and this lambda with it
                const QUuid accountId = id;
                finish(accountId, r);
                // written behind: everyone above has the token from the result
                if (r.ok())
                    cacheToken(accountId, r.token);
            });
}

void TokenService::cacheToken(const QUuid& id, const IssuedToken& token)
{
    m_cache->store(id, token, this, [id](const SecretResult& r) {
        if (!r.ok())
            qCWarning(lcKeychain) << "token for" << id << "not cached:" << r.status;
    });
}

void TokenService::finish(const QUuid& id, const TokenResult& result)
{
    const InFlight flight = m_inFlight.take(id);
    // the history notes real attempts only, not our own refusals before sending
    const bool attempted = result.httpStatus > 0 || result.latencyMs >= 0;
    if (attempted) {
        TestRecord record;
        record.at = m_clock.now();
        record.category = Failure::categoryId(result.error.category);
        record.httpStatus = result.httpStatus;
        record.latencyMs = result.latencyMs;
        // kept so the failure shows again after a restart and in the window
        // while a script tests (the message and hint hold no secret)
        if (result.error.isError() && result.error.category != ErrorCategory::Cancelled &&
            result.error.category != ErrorCategory::HeldBack)
            record.failure = result.error;
        if (!m_store->recordTest(id, record))
            qCWarning(lcAccounts) << "test result not saved";
    }
    emit requestFinished(id, result);
    for (const Waiter& w : flight.waiters) {
        if (w.done && (!w.hasContext || w.context))
            w.done(result);
    }
}

void TokenService::cancel(const QUuid& id)
{
    auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    it->cancelled = true;
    if (it->reply)
        it->reply->cancel();
}

void TokenService::token(const QUuid& id, qint64 minValidSeconds, bool fresh, QObject* context,
                         TokenDone done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const auto request = [this, id, guard, hasContext, done] {
        if (hasContext && !guard)
            return;
        requestToken(id, guard, [done](const TokenResult& r) { done(r, false); });
    };
    if (fresh) {
        request();
        return;
    }
    m_cache->load(id, this,
                  [this, minValidSeconds, guard, hasContext, done,
                   request](std::optional<IssuedToken> token, const SecretResult&) {
                      if (hasContext && !guard)
                          return;
                      if (token && token->validFor(minValidSeconds, m_clock.now())) {
                          done(fromCache(*token), true);
                          return;
                      }
                      request();
                  });
}
