// SPDX-License-Identifier: Apache-2.0
#include "appservices.h"

#include "accountrequest.h"
#include "accountservice.h"
#include "accountstore.h"
#include "appsettings.h"
#include "carriercatalog.h"
#include "clock.h"
#include "privatefiles.h"
#include "secretrotation.h"
#include "secretservicepaths.h"
#include "secretstore.h"
#include "signatureverifier.h"
#include "tokencache.h"
#include "tokenclient.h"
#include "tokenledger.h"
#include "tokenservice.h"

#include <QDir>
#include <QStandardPaths>

AppServices::Options AppServices::standard()
{
    Options o;
    o.configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    o.cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    o.keychainService = QStringLiteral("TokenDock");
    return o;
}

AppServices::Options AppServices::demo()
{
    Options o;
    o.configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                  QStringLiteral("/demo");
    o.cacheDir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/demo");
    o.keychainService = QStringLiteral(
        "TokenDock Demo"); // untranslated: a keychain service name, not shown as text
    return o;
}

QString AppServices::Options::accountsFile() const
{
    return configDir + QStringLiteral("/accounts.json");
}

QString AppServices::Options::settingsFile() const
{
    return configDir + QStringLiteral("/settings.ini");
}

QString AppServices::Options::presetFolder() const
{
    return configDir + QStringLiteral("/carriers");
}

QString AppServices::Options::ledgerFile() const
{
    return configDir + QLatin1Char('/') + TokenLedger::fileName();
}

QString AppServices::Options::cacheFolder() const
{
    return cacheDir.isEmpty() ? configDir + QStringLiteral("/cache") : cacheDir;
}

QString AppServices::Options::cachedTokenIndexFile() const
{
    // not beside the account list: the window watches that folder, and
    // would read the list again for every change of this file
    return cacheFolder() + QLatin1Char('/') + CachedTokenIndex::fileName();
}

QString AppServices::Options::keychainPathsFile() const
{
    return cacheFolder() + QStringLiteral("/keychain-paths");
}

AppServices::AppServices(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.clock ? *options.clock : Clock::system())
    , m_catalog(options.catalog ? *options.catalog : CarrierCatalog::installed())
    , m_settings(std::make_unique<AppSettings>(options.settingsFile()))
    , m_store(new AccountStore(options.accountsFile(), this))
    , m_secrets(new SecretStore(options.keychainService, this))
    , m_cache(new TokenCache(m_secrets, options.clock, this))
    , m_accounts(new AccountService(m_store, m_secrets, m_cache, m_catalog, m_clock, this))
    , m_client(new TokenClient(this))
    , m_tokens(new TokenService(m_accounts, m_store, m_cache, m_client, m_catalog, m_clock,
                                TokenLedger(options.ledgerFile()), this))
{
    PrivateFiles::makeOwnFolder(options.configDir);
    m_accounts->setPresetTarget(&m_catalog, options.presetFolder());
    m_cache->setIndex(CachedTokenIndex(options.cachedTokenIndexFile()));
    SecretServicePaths::setFile(options.keychainPathsFile());
    m_client->setClock(options.clock);
    // JWTs' signatures are checked over the token requests' network and clock
    m_verifier = new SignatureVerifier(m_client->network(), m_clock, this);
    m_tokens->setSignatureVerifier(m_verifier);
    m_rotation = new SecretRotation(m_store, m_accounts, m_tokens, m_catalog, m_clock, this);
    // asked at every look at a cached token (each row of the list, each
    // tick): worked out once per account until the list changes
    connect(m_store, &AccountStore::changed, this, [this] { m_issuedFor.clear(); });
    // an imported preset changes what the accounts using it are issued for
    connect(m_accounts, &AccountService::presetsInstalled, this, [this] { m_issuedFor.clear(); });
    m_cache->setLabel([this](const QUuid& id) {
        const Account* account = m_store->find(id);
        return SecretStore::itemLabel(account ? account->name : QString(),
                                      SecretStore::tokenKey(id));
    });
    m_cache->setIssuedFor([this](const QUuid& id) {
        const auto known = m_issuedFor.constFind(id);
        if (known != m_issuedFor.constEnd())
            return *known;
        const Account* account = m_store->find(id);
        const QByteArray issuedFor =
            account ? AccountRequest::issuedFor(*account, m_catalog.find(account->carrierId))
                    : QByteArray();
        m_issuedFor.insert(id, issuedFor);
        return issuedFor;
    });
    if (options.onlyAccount.isEmpty())
        m_store->load(options.prefetched);
    else
        m_store->loadOne(options.onlyAccount);
    applySettings();
}

AppServices::~AppServices()
{
    // written while its folder is surely there (a test's goes with it)
    SecretServicePaths::flush();
}

bool AppServices::isDemo() const
{
    return m_options.keychainService != QLatin1String("TokenDock");
}

void AppServices::applySettings()
{
    m_client->setTimeout(m_settings->requestTimeoutSeconds() * 1000);
    m_verifier->setTimeout(m_settings->requestTimeoutSeconds() * 1000);
    m_cache->setEnabled(m_settings->cacheTokens());
    m_secrets->setWatchdog(m_settings->keychainTimeoutSeconds() * 1000);
}
