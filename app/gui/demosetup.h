// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountrequest.h"

#include <QObject>

class AccountService;
class AccountStore;
class CarrierCatalog;
class SandboxServer;

// Fills the demo's own folder and keychain service with one account per
// carrier preset, all answered by the built-in sandbox, plus one DHL account
// with a wrong secret so a refusal can be seen. Earlier demo accounts are
// removed first (their token URLs point at an old port).
class DemoSetup : public QObject
{
    Q_OBJECT

public:
    struct Sample
    {
        Account account;
        AccountSecrets secrets;
        // What the sample is there to show going wrong; None for one that works.
        enum class Fault
        {
            None,
            Credentials, // the carrier refuses the secret
            Probe,       // the token comes, the API refuses the account
            Signature    // the token comes, signed with a key the issuer does not publish
        } fault = Fault::None;
    };

    DemoSetup(AccountStore* store, AccountService* accounts, SandboxServer* sandbox,
              const CarrierCatalog& catalog, QObject* parent = nullptr);

    // The demo accounts for this sandbox (fresh ids each call).
    static QList<Sample> accounts(const SandboxServer& sandbox, const CarrierCatalog& catalog);
    // The name of the account that is meant to fail.
    static QString failingAccountName();

    void populate();

signals:
    void finished(bool ok, const QString& error);

private:
    void removeNext();
    void createNext();

    AccountStore* m_store;
    AccountService* m_accounts;
    SandboxServer* m_sandbox;
    const CarrierCatalog& m_catalog;
    QList<QUuid> m_toRemove;
    QList<Sample> m_toCreate;
};
