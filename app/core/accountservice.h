#pragma once

#include "profilerequest.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QObject>

class TokenCache;
class CarrierCatalog;
class Clock;

// The outcome of an account operation, for people.
struct AccountResult
{
    ErrorCategory category = ErrorCategory::None; // InvalidInput (file, name) or Keychain
    QString message;
    bool ok() const { return category == ErrorCategory::None; }
};

// Account operations that keep the file and the keychain in step. Each call
// answers exactly once (at once for a refusal before any keychain work),
// unless its context object is destroyed first:
// - create writes the secrets first and removes them if the file cannot be saved;
// - update writes a new secret before touching the file; the old one stays if that fails;
// - remove clears the keychain first and keeps the account if the keychain refuses.
class AccountService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const AccountResult&)>;
    using SecretsDone = std::function<void(const ProfileSecrets&, const SecretResult&)>;

    AccountService(ProfileStore* store, SecretStore* secrets, TokenCache* cache,
                   const CarrierCatalog* catalog = nullptr, QObject* parent = nullptr);

    ProfileStore* store() const { return m_store; }
    SecretStore* secretStore() const { return m_secrets; }
    TokenCache* tokenCache() const { return m_cache; }
    const CarrierCatalog& catalog() const { return *m_catalog; }
    // The time stamped on created and updated accounts (the system clock by default).
    void setClock(const Clock* clock);

    void create(Profile profile, const ProfileSecrets& secrets, QObject* context, Done done);
    // Empty secrets in `changes` leave the stored ones as they are.
    void update(Profile profile, const ProfileSecrets& changes, QObject* context, Done done);
    void remove(const QUuid& id, QObject* context, Done done);
    // Reads the client secret and the secret fields that apply to the account.
    void readSecrets(const QUuid& id, QObject* context, SecretsDone done);

private:
    struct Step
    {
        QString key;
        SecretBytes data;
        bool remove = false;
    };
    // Runs keychain writes/removals one after another; stops at the first failure.
    void runSteps(QList<Step> steps, std::function<void(const SecretResult&, int done)> finished);
    QList<Step> writeSteps(const QUuid& id, const ProfileSecrets& secrets) const;
    static AccountResult keychainFailure(const SecretResult& r);

    ProfileStore* m_store;
    SecretStore* m_secrets;
    TokenCache* m_cache;
    const CarrierCatalog* m_catalog;
    const Clock* m_clock;
};
