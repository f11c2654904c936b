// SPDX-License-Identifier: Apache-2.0
#include "tokenservice.h"

#include "accountservice.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "clock.h"
#include "logging.h"
#include "probeclient.h"
#include "signatureverifier.h"
#include "supportreport.h"
#include "tokenbudget.h"
#include "tokencache.h"
#include "tokenclient.h"

#include <optional>

namespace {
// RFC 6749 section 6, where the carrier documents it (ExchangeShape::refreshGrant):
// the refresh token it handed out for these very settings, in place of the
// credentials' grant and its fields; the client still authenticates.
std::optional<TokenRequestSpec> refreshRequest(const TokenRequestSpec& full,
                                               const std::optional<IssuedToken>& cached,
                                               const QByteArray& issuedFor)
{
    const ExchangeShape& shape = full.shape;
    if (!shape.refreshGrant || shape.grantTypeName.isEmpty() || shape.body == BodyEncoding::None ||
        !cached || cached->refreshToken.isEmpty() || cached->issuedFor != issuedFor)
        return std::nullopt;
    TokenRequestSpec spec = full;
    spec.grantType = QStringLiteral("refresh_token");
    spec.bodyFields.clear();
    spec.secretBodyFields = {{QStringLiteral("refresh_token"), cached->refreshToken}};
    return spec;
}
// The carrier turned the refresh token down (RFC 6749 section 5.2: invalid_grant,
// or a refusal of the client); not a network fault, a busy carrier or a limit.
bool refreshRefused(const TokenResult& result)
{
    if (result.ok())
        return false;
    const ErrorCategory c = result.error.category;
    return c == ErrorCategory::CredentialsRejected ||
           (c == ErrorCategory::CarrierError && result.httpStatus == 400);
}
// The stored secrets with a candidate's over them.
AccountSecrets withCandidate(AccountSecrets stored, const AccountSecrets& candidate)
{
    if (!candidate.clientSecret.isEmpty())
        stored.clientSecret = candidate.clientSecret;
    for (auto it = candidate.fields.cbegin(); it != candidate.fields.cend(); ++it) {
        if (!it.value().isEmpty())
            stored.fields.insert(it.key(), it.value());
    }
    return stored;
}
} // namespace

TokenService::TokenService(AccountService* accounts, AccountStore* store, TokenCache* cache,
                           TokenClient* client, const CarrierCatalog& catalog, const Clock& clock,
                           TokenLedger ledger, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_store(store)
    , m_cache(cache)
    , m_client(client)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_ledger(std::move(ledger))
{
    m_ledgerWorker.setMaxThreadCount(1);
}

TokenService::~TokenService()
{
    // a reservation under way posts back to this object: let it end first
    m_ledgerWorker.waitForDone();
}

TokenResult TokenService::fromCache(const IssuedToken& token)
{
    TokenResult result;
    result.token = token;
    result.inspection = TokenInspector::inspect(&result.token);
    return result;
}

void TokenService::readSecretsAhead(const QList<QUuid>& ids, QObject* context,
                                    std::function<void()> done)
{
    m_accounts->readSecretsAhead(ids, context, std::move(done));
}

void TokenService::forgetSecretsAhead()
{
    m_accounts->forgetSecretsAhead();
}

void TokenService::requestToken(const QUuid& id, QObject* context, Done done, Budget budget,
                                ProbeWish probe)
{
    const bool joining = m_inFlight.contains(id);
    InFlight& flight = m_inFlight[id];
    flight.waiters.append({context, context != nullptr, std::move(done)});
    // a test joining a plain request still gets its probe
    if (probe != ProbeWish::No)
        flight.probe = probe;
    if (joining)
        return;
    flight.account = id;
    flight.budget = budget;
    emit requestStarted(id);
    send(id);
}

void TokenService::tryCandidate(const QUuid& id, const AccountSecrets& candidate, QObject* context,
                                Done done)
{
    const QUuid flightId = QUuid::createUuid();
    InFlight& flight = m_inFlight[flightId];
    flight.account = id;
    flight.candidate = std::make_shared<AccountSecrets>(candidate);
    flight.probe = ProbeWish::AsAccount;
    flight.waiters.append({context, context != nullptr, std::move(done)});
    send(flightId);
}

QUuid TokenService::accountOf(const QUuid& flight) const
{
    const auto it = m_inFlight.constFind(flight);
    return it == m_inFlight.constEnd() || it->account.isNull() ? flight : it->account;
}

bool TokenService::isTrial(const QUuid& flight) const
{
    const auto it = m_inFlight.constFind(flight);
    return it != m_inFlight.constEnd() && it->candidate;
}

void TokenService::refuse(const QUuid& id, const Failure& failure)
{
    TokenResult r;
    r.error = failure;
    finish(id, r);
}

void TokenService::send(const QUuid& id)
{
    const Account* account = m_store->find(accountOf(id));
    std::optional<Failure> refusal;
    if (!account) {
        refusal =
            Failure::make(ErrorCategory::InvalidInput,
                          Message::translate("TokenService", "The account no longer exists."));
    } else if (account->secretMissing && !isTrial(id)) {
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
    } else if (const CarrierPreset* preset = budgeted(*account); preset && !forced(id)) {
        // every caller, the window's Test as much as keep-fresh, keeps to the
        // budget; a first look before the keychain is asked for anything
        const QDateTime now = m_clock.now();
        refusal = budgetRefusal(
            *preset,
            m_ledger.peek(TokenBudget::destination(*account, *preset), preset->budget, now), false,
            now);
    }
    if (refusal) {
        // callers hear of it after request() returns, as of any other outcome
        QMetaObject::invokeMethod(
            this, [this, id, failure = *refusal] { refuse(id, failure); }, Qt::QueuedConnection);
        return;
    }
    m_accounts->readSecrets(accountOf(id), this,
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
    const Account* current = m_store->find(accountOf(id));
    if (!current)
        return refuse(
            id, Failure::make(ErrorCategory::InvalidInput,
                              Message::translate("TokenService", "The account no longer exists.")));
    // a candidate needs only the secrets it does not replace
    const std::shared_ptr<AccountSecrets> candidate = m_inFlight[id].candidate;
    if (!sr.ok() && !(candidate && sr.status == SecretResult::NotFound))
        return refuse(id, Failure::make(ErrorCategory::Keychain, sr.message));
    if (current->secretMissing && !candidate)
        return refuse(
            id, Failure::make(ErrorCategory::InvalidInput,
                              Message::translate("TokenService",
                                                 "The account needs its secret entered again.")));
    const CarrierPreset* preset = m_catalog.find(current->carrierId);
    Failure error;
    auto spec = AccountRequest::build(
        *current, preset, candidate ? withCandidate(secrets, *candidate) : secrets, &error);
    if (!spec)
        return refuse(id, error);
    InFlight& flight = m_inFlight[id];
    flight.apiHeaders = spec->apiHeaders;
    flight.issuedFor = AccountRequest::issuedFor(*current, preset);
    // a trial proves the candidate itself, never a refresh token
    const std::optional<IssuedToken> cached =
        candidate ? std::nullopt : m_cache->peek(accountOf(id));
    if (auto refresh = refreshRequest(*spec, cached, flight.issuedFor)) {
        flight.refreshToken = cached->refreshToken;
        flight.fallback = std::move(spec);
        flight.spec = std::move(refresh);
    } else {
        flight.spec = std::move(spec);
    }
    reserveAndFetch(id, *current, preset);
}

void TokenService::reserveAndFetch(const QUuid& id, const Account& account,
                                   const CarrierPreset* preset)
{
    if (!budgeted(account))
        return fetch(id);
    // the place in the budget is taken just before the request goes, off this
    // thread: another TokenDock may hold the ledger's lock for a moment
    const QByteArray destination = TokenBudget::destination(account, *preset);
    const TokenBudgetRule rule = preset->budget;
    const QDateTime now = m_clock.now();
    const bool force = forced(id);
    m_ledgerWorker.start([this, ledger = m_ledger, id, destination, rule, now, force] {
        const BudgetStanding standing = ledger.reserve(destination, rule, now, force);
        QMetaObject::invokeMethod(
            this, [this, id, standing, now] { afterReservation(id, standing, now); },
            Qt::QueuedConnection);
    });
}

void TokenService::afterReservation(const QUuid& id, const BudgetStanding& standing,
                                    const QDateTime& now)
{
    const auto it = m_inFlight.constFind(id);
    if (it == m_inFlight.constEnd())
        return;
    if (it->cancelled)
        return refuse(
            id, Failure::make(ErrorCategory::Cancelled,
                              Message::translate("TokenService", "The request was cancelled.")));
    const Account* current = m_store->find(accountOf(id));
    const CarrierPreset* preset = current ? budgeted(*current) : nullptr;
    if (preset) {
        if (const auto refusal = budgetRefusal(*preset, standing, forced(id), now))
            return refuse(id, *refusal);
    }
    fetch(id);
}

void TokenService::fetch(const QUuid& id)
{
    InFlight& flight = m_inFlight[id];
    TokenReply* reply = m_client->fetch(*flight.spec);
    // the reply holds what it sends; the secrets here go at once
    flight.spec.reset();
    flight.reply = reply;
    const QByteArray issuedFor = flight.issuedFor;
    const QList<ApiHeader> apiHeaders = flight.apiHeaders;
    connect(reply, &TokenReply::finished, this,
            [this, id, issuedFor, apiHeaders](const TokenResult& result) {
                if (!m_inFlight.contains(id))
                    return;
                // a refused refresh token: ask again with the credentials
                if (refreshRefused(result) && fallBack(id))
                    return;
                TokenResult r = result;
                r.token.issuedFor = issuedFor;
                // the carrier may keep the refresh token it gave before
                const InFlight& done = m_inFlight[id];
                if (r.ok() && r.token.refreshToken.isEmpty())
                    r.token.refreshToken = done.refreshToken;
                // kept with the token, so every copy of it carries what API calls need
                if (r.ok())
                    r.token.apiHeaders = apiHeaders;
                // finish() ends the reply and this lambda with it: its id must outlive it
                const QUuid accountId = id;
                received(accountId, r);
            });
}

void TokenService::received(const QUuid& id, TokenResult result)
{
    const Account* account = m_store->find(accountOf(id));
    if (!m_verifier || !result.ok() || !result.inspection.isJwt() || !account) {
        afterToken(id, result);
        return;
    }
    SignatureSources sources =
        SignatureSources::forAccount(*account, m_catalog.find(account->carrierId));
    sources.serverClockAhead = result.token.serverClockAhead;
    m_verifier->verify(result.token.accessToken.expose(), sources, this,
                       [this, id, result](const SignatureCheck& check) mutable {
                           if (!m_inFlight.contains(id))
                               return;
                           result.signature = check;
                           afterToken(id, result);
                       });
}

bool TokenService::fallBack(const QUuid& id)
{
    InFlight& flight = m_inFlight[id];
    const Account* account = m_store->find(accountOf(id));
    if (!flight.fallback || flight.cancelled || !account)
        return false;
    qCDebug(lcNetwork) << "refresh token refused for" << id << "; asking with the credentials";
    flight.spec = std::move(flight.fallback);
    flight.fallback.reset();
    flight.refreshToken = SecretBytes();
    reserveAndFetch(id, *account, m_catalog.find(account->carrierId));
    return true;
}

std::optional<BudgetStanding> TokenService::budget(const QUuid& id) const
{
    const Account* account = m_store->find(id);
    const CarrierPreset* preset = account ? budgeted(*account) : nullptr;
    if (!preset)
        return std::nullopt;
    return m_ledger.peek(TokenBudget::destination(*account, *preset), preset->budget,
                         m_clock.now());
}

const CarrierPreset* TokenService::budgeted(const Account& account) const
{
    const CarrierPreset* preset = m_catalog.find(account.carrierId);
    return preset && preset->budget.isSet() ? preset : nullptr;
}

bool TokenService::forced(const QUuid& id) const
{
    const auto it = m_inFlight.constFind(id);
    return it != m_inFlight.constEnd() && it->budget == Budget::Exceed;
}

std::optional<Failure> TokenService::budgetRefusal(const CarrierPreset& preset,
                                                   const BudgetStanding& standing, bool force,
                                                   const QDateTime& now)
{
    if (standing.problem && force)
        qCWarning(lcAccounts) << "sent over the token budget unchecked:"
                              << standing.problem->text();
    if (force || standing.granted)
        return std::nullopt;
    if (standing.problem)
        return TokenBudget::unavailable(preset, *standing.problem);
    if (standing.freeAt > now)
        return TokenBudget::refusal(preset, standing.freeAt, now);
    return std::nullopt;
}

void TokenService::cacheToken(const QUuid& id, const IssuedToken& token)
{
    const bool caching = m_cache->isEnabled();
    m_cache->store(id, token, this, [this, id, caching](const SecretResult& r) {
        if (r.ok() || !caching)
            return;
        qCWarning(lcKeychain) << "token for" << id << "not cached:" << r.status;
        emit tokenNotCached(
            id, Message::translate("TokenService", "The token works but was not cached: %1")
                    .arg(r.message));
    });
}

void TokenService::finish(const QUuid& id, const TokenResult& result)
{
    const InFlight flight = m_inFlight.take(id);
    if (!flight.candidate) {
        record(id, result);
        emit requestFinished(id, result);
    }
    for (const Waiter& w : flight.waiters) {
        if (w.done && (!w.hasContext || w.context))
            w.done(result);
    }
}

void TokenService::record(const QUuid& account, const TokenResult& result)
{
    // the history notes real attempts only, not our own refusals before sending
    const bool attempted = result.httpStatus > 0 || result.latencyMs >= 0;
    if (!attempted)
        return;
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
    if (result.probe.ran())
        record.probe = result.probe;
    if (!m_store->recordTest(account, record))
        qCWarning(lcAccounts) << "test result not saved";
}

void TokenService::adopt(const QUuid& id, const TokenResult& result)
{
    record(id, result);
    if (result.ok())
        cacheToken(id, result.token);
    emit requestFinished(id, result);
}

void TokenService::cancel(const QUuid& id)
{
    auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    it->cancelled = true;
    if (it->reply)
        it->reply->cancel();
    if (it->probeReply)
        it->probeReply->cancel();
}

void TokenService::token(const QUuid& id, qint64 minValidSeconds, bool fresh, QObject* context,
                         TokenDone done, Budget budget)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const auto request = [this, id, guard, hasContext, done,
                          budget](const std::optional<IssuedToken>& fallback) {
        if (hasContext && !guard)
            return;
        requestToken(
            id, guard,
            [this, done, fallback](const TokenResult& r) {
                if (r.error.category != ErrorCategory::HeldBack || !fallback ||
                    !fallback->validFor(0, m_clock.now()))
                    return done(r, false);
                // better a short token than none: the budget is the carrier's rule
                TokenResult cached = fromCache(*fallback);
                const qint64 left = fallback->secondsLeft(m_clock.now()).value_or(0);
                cached.warnings.append(
                    Message::translate("TokenService",
                                       "The cached token was handed out although it stays valid "
                                       "for only %1 more: %2")
                        .arg(SupportReport::duration(left))
                        .arg(r.error.message));
                done(cached, true);
            },
            budget);
    };
    if (fresh) {
        request(std::nullopt);
        return;
    }
    m_cache->load(id, this,
                  [this, minValidSeconds, guard, hasContext, done,
                   request](std::optional<IssuedToken> token, const SecretResult& read) {
                      if (hasContext && !guard)
                          return;
                      // the secret is in the same keychain: one wait for a keychain that
                      // is missing, locked or not answering is enough
                      if (read.keychainUnavailable()) {
                          TokenResult failed;
                          failed.error = Failure::make(ErrorCategory::Keychain, read.message);
                          return done(failed, false);
                      }
                      if (token && token->validFor(minValidSeconds, m_clock.now())) {
                          done(fromCache(*token), true);
                          return;
                      }
                      request(token);
                  });
}

void TokenService::afterToken(const QUuid& id, const TokenResult& result)
{
    const InFlight& flight = m_inFlight[id];
    const Account* account = m_store->find(flight.account);
    // a candidate's token is not the account's until the candidate is adopted
    const bool keep = result.ok() && !flight.candidate;
    const bool wanted = result.ok() && account && !flight.cancelled &&
                        (flight.probe == ProbeWish::Yes ||
                         (flight.probe == ProbeWish::AsAccount && account->probeOn));
    const CarrierPreset* preset = account ? m_catalog.find(account->carrierId) : nullptr;
    const std::optional<ProbeSpec> spec =
        account ? Probe::specFor(*account, preset) : std::optional<ProbeSpec>();
    const QUuid accountId = flight.account;
    if (!wanted || !spec) {
        finish(id, result);
        // written behind: everyone above has the token from the result
        if (keep)
            cacheToken(accountId, result.token);
        return;
    }
    // the token is good whatever the probe finds
    if (keep)
        cacheToken(accountId, result.token);
    m_inFlight[id].probeReply = runProbe(Probe::plan(*account, preset), result, this,
                                         [this, id](const TokenResult& probed) {
                                             if (m_inFlight.contains(id))
                                                 finish(id, probed);
                                         });
}

ProbeReply* TokenService::runProbe(const ProbePlan& plan, const TokenResult& result,
                                   QObject* context,
                                   const std::function<void(const TokenResult&)>& done)
{
    ProbeReply* reply = ProbeReply::send(m_client, plan, result.token);
    QPointer<QObject> guard(context);
    connect(reply, &ProbeReply::finished, this, [result, done, guard](const ProbeOutcome& o) {
        if (!guard)
            return;
        TokenResult r = result;
        r.probe = o;
        done(r);
    });
    return reply;
}

void TokenService::probe(const QUuid& id, const QString& overrideUrl, QObject* context,
                         TokenDone done)
{
    QPointer<QObject> guard(context);
    token(id, 60, false, this,
          [this, id, overrideUrl, guard, done](const TokenResult& r, bool fromCache) {
              const Account* account = m_store->find(id);
              if (!guard)
                  return;
              if (!r.ok() || !account)
                  return done(r, fromCache);
              const ProbePlan plan =
                  Probe::plan(*account, m_catalog.find(account->carrierId), overrideUrl);
              runProbe(plan, r, guard,
                       [done, fromCache](const TokenResult& probed) { done(probed, fromCache); });
          });
}
