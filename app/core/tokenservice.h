// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tokenresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

struct AccountSecrets;
struct SecretResult;
class AccountService;
class AccountStore;
class CarrierCatalog;
class Clock;
class TokenCache;
class TokenClient;
class TokenReply;

// Gets tokens for accounts, the same way for the GUI, the tray and the
// command line: reads the secrets, builds the request the carrier expects,
// caches a good token and records the outcome in the account's history.
// One request per account at a time: callers asking meanwhile share it.
// A preset's token budget (TokenBudget) holds for every caller: a request
// over it is refused with the time the next one may go, and nothing is sent.
class TokenService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const TokenResult& result)>;
    using TokenDone = std::function<void(const TokenResult& result, bool fromCache)>;

    // Secrets are read through `accounts`; accounts are looked up and their
    // history recorded in `store`; good tokens go into `cache`.
    TokenService(AccountService* accounts, AccountStore* store, TokenCache* cache,
                 TokenClient* client, const CarrierCatalog& catalog, const Clock& clock,
                 QObject* parent = nullptr);

    // Always asks the carrier for a new token.
    void requestToken(const QUuid& id, QObject* context, Done done);
    // A token that stays valid at least minValidSeconds: the cached one when it
    // provably does, else a new one (a token of unknown expiry is not reused).
    void token(const QUuid& id, qint64 minValidSeconds, bool fresh, QObject* context,
               TokenDone done);
    void cancel(const QUuid& id);
    bool isBusy(const QUuid& id) const { return m_inFlight.contains(id); }
    int busyCount() const { return int(m_inFlight.size()); }

    // A result describing a token taken from the cache (no request made),
    // decoded by the same rule as a token just received.
    static TokenResult fromCache(const IssuedToken& token);

signals:
    void requestStarted(const QUuid& id);
    void requestFinished(const QUuid& id, const TokenResult& result);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };
    struct InFlight
    {
        QList<Waiter> waiters;
        QPointer<TokenReply> reply;
        bool cancelled = false;
    };
    void finish(const QUuid& id, const TokenResult& result);
    void cacheToken(const QUuid& id, const IssuedToken& token);
    void send(const QUuid& id);
    void sendWithSecrets(const QUuid& id, const AccountSecrets& secrets, const SecretResult& sr);
    // Ends the request for `id` with `failure`.
    void refuse(const QUuid& id, const Failure& failure);

    AccountService* m_accounts;
    AccountStore* m_store;
    TokenCache* m_cache;
    TokenClient* m_client;
    const CarrierCatalog& m_catalog;
    const Clock& m_clock;
    QHash<QUuid, InFlight> m_inFlight;
};
