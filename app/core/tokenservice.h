// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "probe.h"
#include "tokenledger.h"
#include "tokenrequest.h"
#include "tokenresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUuid>

#include <memory>

struct Account;
struct AccountSecrets;
struct SecretResult;
class AccountService;
class AccountStore;
class CarrierCatalog;
class Clock;
class TokenCache;
class TokenClient;
class TokenReply;
class SignatureVerifier;
class ProbeReply;

// Gets tokens for accounts, the same way for the GUI, the tray and the
// command line: reads the secrets, builds the request the carrier expects,
// caches a good token and records the outcome in the account's history.
// One request per account at a time: callers asking meanwhile share it.
// A preset's token budget (TokenBudget) holds for every caller in every
// TokenDock process: a request reserves its place in the TokenLedger before
// it is sent, and one over the budget is refused with the time the next one
// may go (HeldBack), with nothing sent, unless the caller overrides it.
class TokenService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const TokenResult& result)>;
    using TokenDone = std::function<void(const TokenResult& result, bool fromCache)>;
    // Exceed: a person asked to send over the carrier's budget (--force); it still counts.
    enum class Budget
    {
        Keep,
        Exceed
    };
    // Whether a test makes the account's probe after the token arrives:
    // never (keep-fresh, `token`), as the account's switch says, or always.
    enum class ProbeWish
    {
        No,
        AsAccount,
        Yes
    };

    // Secrets are read through `accounts`; accounts are looked up and their
    // history recorded in `store`; good tokens go into `cache`; requests
    // counted against a budget in `ledger`.
    TokenService(AccountService* accounts, AccountStore* store, TokenCache* cache,
                 TokenClient* client, const CarrierCatalog& catalog, const Clock& clock,
                 TokenLedger ledger, QObject* parent = nullptr);
    ~TokenService() override;
    // Checks the signature of every JWT a request brings before the result is
    // handed out (nullptr: none is checked).
    void setSignatureVerifier(SignatureVerifier* verifier) { m_verifier = verifier; }

    // Reads the secrets of the accounts about to be asked for a token in one
    // go where the keychain allows it (Test All); forgetSecretsAhead() once
    // they were asked.
    void readSecretsAhead(const QList<QUuid>& ids, QObject* context, std::function<void()> done);
    void forgetSecretsAhead();
    // Always asks the carrier for a new token.
    void requestToken(const QUuid& id, QObject* context, Done done, Budget budget = Budget::Keep,
                      ProbeWish probe = ProbeWish::No);
    // Tries `candidate` in place of the stored secrets (what it leaves empty
    // stays as stored): a new token, its signature and the account's probe,
    // within the budget. Nothing is cached, recorded or signalled, and the
    // account's own requests go on meanwhile.
    void tryCandidate(const QUuid& id, const AccountSecrets& candidate, QObject* context,
                      Done done);
    // A tried candidate became the account's secret: its result counts as the
    // account's test (history, cache, requestFinished).
    void adopt(const QUuid& id, const TokenResult& result);
    // A token (a cached one still valid for a minute, else a new one), then
    // the account's probe, or one to `overrideUrl` (a path or a full URL).
    // Nothing is recorded in the history.
    void probe(const QUuid& id, const QString& overrideUrl, QObject* context, TokenDone done);
    // A token that stays valid at least minValidSeconds: the cached one when it
    // provably does, else a new one (a token of unknown expiry is not reused).
    // When the budget holds a new one back, the cached token while it is still
    // valid at all, with a warning that says why it is shorter than asked.
    void token(const QUuid& id, qint64 minValidSeconds, bool fresh, QObject* context,
               TokenDone done, Budget budget = Budget::Keep);
    // What is left of the account's token budget now; nothing when its
    // preset has none.
    std::optional<BudgetStanding> budget(const QUuid& id) const;
    void cancel(const QUuid& id);
    bool isBusy(const QUuid& id) const { return m_inFlight.contains(id); }
    int busyCount() const { return int(m_inFlight.size()); }

    // A result describing a token taken from the cache (no request made),
    // decoded by the same rule as a token just received.
    static TokenResult fromCache(const IssuedToken& token);

signals:
    void requestStarted(const QUuid& id);
    void requestFinished(const QUuid& id, const TokenResult& result);
    // Keeping a good token in the keychain failed: the next run asks the carrier again.
    void tokenNotCached(const QUuid& account, const Message& why);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };
    // Keyed by the account's id, or for a candidate's trial by an id of its own.
    struct InFlight
    {
        QUuid account;
        // a trial's secrets, over the stored ones; its result stays its own
        std::shared_ptr<AccountSecrets> candidate;
        QList<Waiter> waiters;
        QPointer<TokenReply> reply;
        bool cancelled = false;
        Budget budget = Budget::Keep;
        std::optional<TokenRequestSpec> spec; // built, waiting for its place in the budget
        // the full request, kept while a refresh token is tried first
        std::optional<TokenRequestSpec> fallback;
        SecretBytes refreshToken; // the one tried, kept when the carrier hands out no new one
        QByteArray issuedFor;
        QList<ApiHeader> apiHeaders; // what API calls send besides the token
        ProbeWish probe = ProbeWish::No;
        QPointer<ProbeReply> probeReply;
    };
    void finish(const QUuid& id, const TokenResult& result);
    // The account a flight is for.
    QUuid accountOf(const QUuid& flight) const;
    bool isTrial(const QUuid& flight) const;
    void record(const QUuid& account, const TokenResult& result);
    // The steps between a token's arrival and finish(): its signature check,
    // then afterToken().
    void received(const QUuid& id, TokenResult result);
    // A token arrived (or did not): caches it and finishes, after the probe
    // when one is wanted.
    void afterToken(const QUuid& id, const TokenResult& result);
    // Sends the probe `plan` with the result's token; `done` gets the result with it.
    ProbeReply* runProbe(const ProbePlan& plan, const TokenResult& result, QObject* context,
                         const std::function<void(const TokenResult&)>& done);
    void cacheToken(const QUuid& id, const IssuedToken& token);
    void send(const QUuid& id);
    void sendWithSecrets(const QUuid& id, const AccountSecrets& secrets, const SecretResult& sr);
    // Ends the request for `id` with `failure`.
    void refuse(const QUuid& id, const Failure& failure);
    void afterReservation(const QUuid& id, const BudgetStanding& standing, const QDateTime& now);
    // Takes the request's place in the budget (when the preset has one), then fetches.
    void reserveAndFetch(const QUuid& id, const Account& account, const CarrierPreset* preset);
    // After a refresh token was refused: the full request, once. False when there is none.
    bool fallBack(const QUuid& id);
    // Sends the request built for `id`.
    void fetch(const QUuid& id);
    // The account's preset when it has a token budget.
    const CarrierPreset* budgeted(const Account& account) const;
    bool forced(const QUuid& id) const;
    // Why the budget keeps a request from going now, if it does.
    static std::optional<Failure> budgetRefusal(const CarrierPreset& preset,
                                                const BudgetStanding& standing, bool force,
                                                const QDateTime& now);

    AccountService* m_accounts;
    AccountStore* m_store;
    TokenCache* m_cache;
    TokenClient* m_client;
    SignatureVerifier* m_verifier = nullptr;
    const CarrierCatalog& m_catalog;
    const Clock& m_clock;
    TokenLedger m_ledger;
    QThreadPool m_ledgerWorker;
    QHash<QUuid, InFlight> m_inFlight;
};
