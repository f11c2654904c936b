// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUuid>

#include <memory>

class AccountService;
class AppSettings;
class Clock;
class AccountStore;
class SecretStore;
class TokenCache;
class TokenClient;
class TokenService;

// Everything the GUI and the command line share, wired the same way for
// both, so they behave alike. The demo gets its own folder and keychain
// service, so the user's real accounts are never touched.
class AppServices : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString configDir;       // holds accounts.json and settings.ini
        QString keychainService; // "TokenDock" or "TokenDock Demo"
        const Clock* clock = nullptr;
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
    const Clock& clock() const;

    // Re-reads timeout and cache settings into the services.
    void applySettings();

private:
    Options m_options;
    std::unique_ptr<AppSettings> m_settings;
    AccountStore* m_store;
    SecretStore* m_secrets;
    TokenCache* m_cache;
    AccountService* m_accounts;
    TokenClient* m_client;
    TokenService* m_tokens;
    QHash<QUuid, QByteArray> m_issuedFor; // AccountRequest::issuedFor per account, until a change
};
