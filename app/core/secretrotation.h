// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretbytes.h"
#include "tokenresult.h"

#include <QDate>
#include <QObject>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class AccountService;
class AccountStore;
class CarrierCatalog;
class Clock;
class QLockFile;
class TokenService;

// A new secret for an account, and the day the carrier says it expires.
struct RotationRequest
{
    QString field; // a secret field's key; empty: the client secret
    SecretBytes secret;
    QDate expires; // invalid: not known (the old secret's date goes with it)
};

// What a rotation did. `replaced` only when the candidate worked and is now
// in the keychain; otherwise the old one stays as it was. `failure` says
// why nothing was replaced (lock, keychain, an account changed meanwhile),
// or, with `replaced`, why the account list could not note it.
struct RotationOutcome
{
    std::optional<TokenResult> trial; // what the candidate brought, when it was tried
    Failure failure;
    bool replaced = false;
};

// Replaces a secret without breaking a working account: the candidate is
// tried against the carrier first (token, signature, the account's probe)
// and written over the old one only when that whole test passes. One
// rotation per account at a time across processes (a lock file next to the
// account list): a second one waits, then tries its own candidate.
class SecretRotation : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const RotationOutcome&)>;
    static constexpr int kDefaultLockWaitMs = 120 * 1000;

    SecretRotation(AccountStore* store, AccountService* accounts, TokenService* tokens,
                   const CarrierCatalog& catalog, const Clock& clock, QObject* parent = nullptr);
    ~SecretRotation() override;

    // Answers exactly once, unless `context` is destroyed first.
    void rotate(const QUuid& id, const RotationRequest& request, QObject* context, Done done);
    void setLockWait(int milliseconds) { m_lockWaitMs = milliseconds; }
    // Why `request` cannot be tried for the account at all, if it cannot.
    std::optional<Failure> refusal(const QUuid& id, const RotationRequest& request) const;
    // Where the lock of an account's rotation lives.
    QString lockPath(const QUuid& id) const;

private:
    struct Run;
    void waitForLock(const std::shared_ptr<Run>& run);
    void tryCandidate(const std::shared_ptr<Run>& run);
    void replace(const std::shared_ptr<Run>& run, const TokenResult& trial);
    // After a refused write: whether the keychain holds the candidate now.
    void settle(const std::shared_ptr<Run>& run, const TokenResult& trial, const Failure& failure);
    void end(const std::shared_ptr<Run>& run, const RotationOutcome& outcome);

    AccountStore* m_store;
    AccountService* m_accounts;
    TokenService* m_tokens;
    const CarrierCatalog& m_catalog;
    const Clock& m_clock;
    int m_lockWaitMs = kDefaultLockWaitMs;
};
