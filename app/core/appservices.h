// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUuid>

#include <memory>

class AccountListPrefetch;
class AccountService;
class AppSettings;
class CarrierCatalog;
class Clock;
class AccountStore;
class SecretStore;
class TokenCache;
class TokenClient;
class TokenService;
class SignatureVerifier;
class SecretRotation;

// The wiring both sides share: creates the store, keychain, cache and
// services once and connects them, so the GUI and the command line behave
// alike. Only the composition roots (the command session, the desktop
// session and guiapp, tests) hold it; every class below gets exactly the
// objects it uses in its constructor. The demo gets its own folder and
// keychain service, so the user's real accounts are never touched.
class AppServices : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString configDir; // holds accounts.json, settings.ini and token-budget.json
        // holds cached-tokens.json, which can always be rebuilt; configDir/cache when empty
        QString cacheDir;
        QString keychainService;      // "TokenDock" or "TokenDock Demo"
        const Clock* clock = nullptr; // the system clock when null
        // the installed catalog when null; an import adds the presets it carries to it
        CarrierCatalog* catalog = nullptr;
        // a command about this one account: the store reads only it where it
        // can (AccountStore::loadOne); every account when empty
        QString onlyAccount;
        // the account list already being read (the window's start): the
        // store takes what it read where that is this list, unchanged
        AccountListPrefetch* prefetched = nullptr;

        QString accountsFile() const; // accounts.json in configDir
        QString settingsFile() const; // settings.ini in configDir
        // carriers in configDir: where an import installs presets; for the
        // standard options, PresetFiles::userFolder()
        QString presetFolder() const;
        QString ledgerFile() const;           // token-budget.json in configDir (TokenLedger)
        QString cacheFolder() const;          // cacheDir, or configDir/cache
        QString cachedTokenIndexFile() const; // cached-tokens.json in it (CachedTokenIndex)
        QString keychainPathsFile() const;    // keychain-paths in it (SecretServicePaths)
    };
    static Options standard();
    static Options demo();

    explicit AppServices(const Options& options, QObject* parent = nullptr);
    ~AppServices() override;

    const Options& options() const { return m_options; }
    bool isDemo() const;
    AppSettings& settings() const { return *m_settings; }
    AccountStore* store() const { return m_store; }
    SecretStore* secrets() const { return m_secrets; }
    TokenCache* tokenCache() const { return m_cache; }
    AccountService* accounts() const { return m_accounts; }
    TokenClient* tokenClient() const { return m_client; }
    TokenService* tokens() const { return m_tokens; }
    SignatureVerifier* signatures() const { return m_verifier; }
    SecretRotation* rotation() const { return m_rotation; }
    const Clock& clock() const { return m_clock; }
    const CarrierCatalog& catalog() const { return m_catalog; }

    // Re-reads timeout and cache settings into the services.
    void applySettings();

private:
    Options m_options;
    const Clock& m_clock;
    CarrierCatalog& m_catalog;
    std::unique_ptr<AppSettings> m_settings;
    AccountStore* m_store;
    SecretStore* m_secrets;
    TokenCache* m_cache;
    AccountService* m_accounts;
    TokenClient* m_client;
    TokenService* m_tokens;
    SignatureVerifier* m_verifier = nullptr;
    SecretRotation* m_rotation = nullptr;
    QHash<QUuid, QByteArray> m_issuedFor; // AccountRequest::issuedFor per account, until a change
};
