// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountexchange.h"
#include "accountrequest.h"
#include "accountstore.h"
#include "secretstore.h"

#include <QObject>

#include <memory>

class TokenCache;
class CarrierCatalog;
class Clock;

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
    // A refusal is InvalidInput (the file, a name) or Keychain.
    using Done = std::function<void(const Failure&)>;
    using SecretsDone = std::function<void(const AccountSecrets&, const SecretResult&)>;

    // `clock` gives the time stamped on created and updated accounts.
    AccountService(AccountStore* store, SecretStore* secrets, TokenCache* cache,
                   const CarrierCatalog& catalog, const Clock& clock, QObject* parent = nullptr);

    void create(Account account, const AccountSecrets& secrets, QObject* context, Done done);
    // Empty secrets in `changes` leave the stored ones as they are.
    // With `base` (the account as the form first showed it), only the settings
    // changed from it are saved over the file's account.
    void update(Account account, const AccountSecrets& changes, QObject* context, Done done,
                const std::optional<Account>& base = std::nullopt);
    // Removes the account and every keychain item under its id, whatever
    // carriers and grant types it had over time.
    void remove(const QUuid& id, QObject* context, Done done);
    // Removes every keychain item of accounts that are no longer in the file
    // (the accounts of an unreadable file, once the user starts fresh).
    void forgetSecrets(const QList<QUuid>& ids, QObject* context, Done done);
    // Applies an import: the file first, so an account marked as needing its
    // secret is never sent anywhere, then the presets the file carries
    // (written to the carriers folder and put into the live catalog, see
    // setPresetTarget), then the keychain items of replaced accounts whose
    // secrets no longer fit.
    using ImportDone = std::function<void(const Failure&, const AccountExchange::Applied&)>;
    void importAccounts(const AccountExchange::Plan& plan, bool overwrite, QObject* context,
                        ImportDone done);
    // Reads the client secret and the secret fields that apply to the account.
    void readSecrets(const QUuid& id, QObject* context, SecretsDone done);
    // Reads the secrets of many accounts in one go where the keychain allows
    // it, for the readSecrets() about to come (SecretStore::readAhead).
    void readSecretsAhead(const QList<QUuid>& ids, QObject* context, std::function<void()> done);
    void forgetSecretsAhead();
    // Where an import installs the presets it carries: the catalog in use
    // (the one this service was made with) and the user's carriers folder.
    // Without it, an import that carries presets is refused.
    void setPresetTarget(CarrierCatalog* live, const QString& folder);

signals:
    // An import installed or replaced these presets (ids): the carrier
    // picker lists them from now on.
    void presetsInstalled(const QStringList& ids);

private:
    struct Step
    {
        QString key;
        SecretBytes data;
        bool remove = false;
        QString label;
    };
    // Runs keychain writes/removals one after another; stops at the first failure.
    void runSteps(QList<Step> steps, std::function<void(const SecretResult&, int done)> finished);
    struct Run
    {
        QList<Step> remaining;
        int done = 0;
        std::function<void(const SecretResult&, int done)> finished;
    };
    void runNext(const std::shared_ptr<Run>& run);
    QList<Step> writeSteps(const Account& account, const AccountSecrets& secrets) const;
    void relabel(const Account& account);
    // Removal of every item that can exist under the id.
    QList<Step> removeSteps(const QUuid& id, const QStringList& knownFields) const;
    static Failure keychainFailure(const SecretResult& r);
    // Writes and loads the plan's presets once its accounts are saved.
    Failure installPresets(const AccountExchange::Plan& plan, AccountExchange::Applied* applied);

    AccountStore* m_store;
    SecretStore* m_secrets;
    TokenCache* m_cache;
    const CarrierCatalog& m_catalog;
    const Clock& m_clock;
    CarrierCatalog* m_live = nullptr;
    QString m_presetFolder;
};
