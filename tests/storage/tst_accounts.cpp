// SPDX-License-Identifier: Apache-2.0
#include "accountservice.h"
#include "carriercatalog.h"
#include "clock.h"
#include "sandboxserver.h"
#include "storagetest.h"
#include "tokencache.h"
#include "tokenclient.h"
#include "tokenservice.h"

#include <QTemporaryDir>

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    std::unique_ptr<AccountStore> store;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<TokenCache> cache;
    std::unique_ptr<AccountService> accounts;

    static AccountSecrets withSecret(const QByteArray& s)
    {
        AccountSecrets out;
        out.clientSecret = SecretBytes(s);
        return out;
    }
    Failure call(const std::function<void(AccountService::Done)>& op)
    {
        Failure result = Failure::make(ErrorCategory::Internal, Message::plain("no answer"));
        waitForCallback([&](auto quit) {
            op([&result, quit](const Failure& r) {
                result = r;
                quit();
            });
        });
        return result;
    }
    SecretResult readKey(const QString& key)
    {
        return keychainCall([&](auto cb) { secrets->read(key, nullptr, cb); });
    }
    QByteArray fileBytes()
    {
        QFile f(store->filePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { REQUIRE_SECRET_SERVICE(); }
    void init()
    {
        QFile::remove(dir.filePath("accounts.json"));
        store = std::make_unique<AccountStore>(dir.filePath("accounts.json"));
        store->load();
        secrets = std::make_unique<SecretStore>("TokenDock");
        cache = std::make_unique<TokenCache>(secrets.get(), nullptr);
        accounts = std::make_unique<AccountService>(store.get(), secrets.get(), cache.get(),
                                                    CarrierCatalog::builtin(), Clock::system());
    }

    void createWritesSecretThenMetadata()
    {
        const Account p = banyanAccount("acme-banyan");
        QVERIFY(call([&](auto done) {
                    accounts->create(p, withSecret("canary-create-8812"), this, done);
                }).ok());
        QVERIFY(store->find(p.id));
        QVERIFY(!store->find(p.id)->secretMissing);
        QCOMPARE(readKey(SecretStore::secretKey(p.id)).data.expose(),
                 QByteArray("canary-create-8812"));
        QVERIFY(!fileBytes().contains("canary-create-8812"));
    }

    void answersWithoutAContextObject()
    {
        const Account p = banyanAccount("no-context");
        const Failure r =
            call([&](auto done) { accounts->create(p, withSecret("x-secret"), nullptr, done); });
        QVERIFY2(r.ok(), qPrintable(r.message.text()));
        QVERIFY(call([&](auto done) { accounts->remove(p.id, nullptr, done); }).ok());
    }

    void duplicateNameTouchesNothing()
    {
        QVERIFY(call([&](auto done) {
                    accounts->create(banyanAccount("dup"), withSecret("one"), this, done);
                }).ok());
        const Account second = banyanAccount("DUP");
        const Failure r =
            call([&](auto done) { accounts->create(second, withSecret("two"), this, done); });
        QCOMPARE(r.category, ErrorCategory::InvalidInput);
        QVERIFY(r.message.text().contains("already exists"));
        QCOMPARE(readKey(SecretStore::secretKey(second.id)).status, SecretResult::NotFound);
    }

    void createRemovesTheSecretWhenTheFileCannotBeSaved()
    {
        QFile blocker(dir.filePath("blocked"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AccountStore blockedStore(dir.filePath("blocked/accounts.json"));
        blockedStore.load();
        AccountService blockedAccounts(&blockedStore, secrets.get(), cache.get(),
                                       CarrierCatalog::builtin(), Clock::system());
        const Account p = banyanAccount("nowhere");
        const Failure r = call(
            [&](auto done) { blockedAccounts.create(p, withSecret("orphan-secret"), this, done); });
        QCOMPARE(r.category, ErrorCategory::InvalidInput);
        QCOMPARE(readKey(SecretStore::secretKey(p.id)).status, SecretResult::NotFound);
    }

    void renameKeepsTheSecret()
    {
        Account p = banyanAccount("before");
        QVERIFY(call([&](auto done) {
                    accounts->create(p, withSecret("kept-secret"), this, done);
                }).ok());
        p = *store->find(p.id);
        p.name = "after";
        QVERIFY(call([&](auto done) { accounts->update(p, {}, this, done); }).ok());
        QCOMPARE(store->find(p.id)->name, QString("after"));
        QCOMPARE(readKey(SecretStore::secretKey(p.id)).data.expose(), QByteArray("kept-secret"));
    }

    void changeSecretReplacesItAndDropsTheToken()
    {
        Account p = banyanAccount("rotate");
        QVERIFY(call([&](auto done) {
                    accounts->create(p, withSecret("old-secret"), this, done);
                }).ok());
        IssuedToken t;
        t.accessToken = SecretBytes(QByteArray("token-from-old-secret"));
        t.obtainedAt = QDateTime::currentDateTimeUtc();
        t.expiresAtFromResponse = t.obtainedAt.addSecs(3600);
        QVERIFY(keychainCall([&](auto cb) { cache->store(p.id, t, nullptr, cb); }).ok());
        p = *store->find(p.id);
        QVERIFY(call([&](auto done) {
                    accounts->update(p, withSecret("new-secret"), this, done);
                }).ok());
        QCOMPARE(readKey(SecretStore::secretKey(p.id)).data.expose(), QByteArray("new-secret"));
        QTRY_COMPARE(readKey(SecretStore::tokenKey(p.id)).status, SecretResult::NotFound);
        QVERIFY(!cache->peek(p.id));
    }

    void readSecretsReturnsWhatWasStored()
    {
        const Account p = banyanAccount("reader");
        QVERIFY(
            call([&](auto done) { accounts->create(p, withSecret("read-me"), this, done); }).ok());
        AccountSecrets got;
        SecretResult status;
        waitForCallback([&](auto quit) {
            accounts->readSecrets(p.id, this,
                                  [&, quit](const AccountSecrets& s, const SecretResult& r) {
                                      got = s;
                                      status = r;
                                      quit();
                                  });
        });
        QVERIFY(status.ok());
        QCOMPARE(got.clientSecret.expose(), QByteArray("read-me"));
    }

    void deleteRemovesMetadataSecretAndToken()
    {
        const Account p = banyanAccount("doomed");
        QVERIFY(call([&](auto done) {
                    accounts->create(p, withSecret("doomed-secret"), this, done);
                }).ok());
        IssuedToken t;
        t.accessToken = SecretBytes(QByteArray("doomed-token"));
        t.obtainedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(keychainCall([&](auto cb) { cache->store(p.id, t, nullptr, cb); }).ok());
        QVERIFY(call([&](auto done) { accounts->remove(p.id, this, done); }).ok());
        QVERIFY(!store->find(p.id));
        QCOMPARE(readKey(SecretStore::secretKey(p.id)).status, SecretResult::NotFound);
        QCOMPARE(readKey(SecretStore::tokenKey(p.id)).status, SecretResult::NotFound);
    }

    void fedexChildSecretLivesInTheKeychainOnly()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        const QByteArray childSecret =
            "child-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        sandbox.setCredentialField("fedex", "child_secret", childSecret);
        Account p = banyanAccount("acme-fedex-reseller");
        p.carrierId = "fedex";
        p.environmentId = "sandbox";
        p.tokenUrl = sandbox.tokenUrl("fedex").toString();
        p.grantType = "csp_credentials";
        p.clientId = QString::fromUtf8(sandbox.credentials("fedex").clientId);
        p.fields.insert("child_Key",
                        QString::fromUtf8(sandbox.credentials("fedex").fields.value("child_Key")));
        AccountSecrets s = withSecret(sandbox.credentials("fedex").clientSecret);
        s.fields.insert("child_secret", SecretBytes(childSecret));
        QVERIFY(call([&](auto done) { accounts->create(p, s, this, done); }).ok());

        QCOMPARE(readKey(SecretStore::fieldKey(p.id, "child_secret")).data.expose(), childSecret);
        QVERIFY(!fileBytes().contains(childSecret));

        // and it reaches FedEx in the request body, read back from the keychain
        TokenClient client;
        TokenService tokens(accounts.get(), store.get(), cache.get(), &client,
                            CarrierCatalog::builtin(), Clock::system(),
                            TokenLedger(dir.filePath(TokenLedger::fileName())));
        TokenResult result;
        waitForCallback([&](auto quit) {
            tokens.requestToken(p.id, this, [&, quit](const TokenResult& r) {
                result = r;
                quit();
            });
        });
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QCOMPARE(sandbox.requests().value(0).formValue("child_secret"), childSecret);
        QVERIFY(!fileBytes().contains(childSecret));

        // deleting the account takes the child secret with it
        QVERIFY(call([&](auto done) { accounts->remove(p.id, this, done); }).ok());
        QCOMPARE(readKey(SecretStore::fieldKey(p.id, "child_secret")).status,
                 SecretResult::NotFound);
    }

    void noBackendKeepsMetadataAndWritesNoPlaintext()
    {
        QTemporaryDir config;
        // an existing account, so we can see it survive
        AccountStore existing(config.filePath("accounts.json"));
        existing.load();
        QVERIFY(existing.add(banyanAccount("already-here")));
        QFile before(config.filePath("accounts.json"));
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        before.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        const HelperRun run =
            runHelper({"create-account", config.path(), "new-account"}, "canary-plain-5530\n", env);
        QCOMPARE(run.exitCode, 5);
        QCOMPARE(run.lines().value(0), QString("keychain"));
        QVERIFY(run.lines().value(1).contains("No keychain service is running"));
        QFile after(config.filePath("accounts.json"));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
        for (const auto& file : filesUnder(config.path()))
            QVERIFY2(!file.second.contains("canary-plain-5530"), qPrintable(file.first));
        for (const auto& file : filesUnder(QDir::homePath()))
            QVERIFY2(!file.second.contains("canary-plain-5530"), qPrintable(file.first));
    }

    void lockedKeychainKeepsTheAccountOnDelete()
    {
        QTemporaryDir home;
        const QStringList lines = runLockedKeyring(home, "remove");
        QCOMPARE(lines.value(0), QString("keychain"));
        QVERIFY2(lines.value(1).contains("The account was kept"), qPrintable(lines.join(" | ")));
        QVERIFY(lines.value(1).contains("GNOME Keyring is locked"));
        AccountStore after(home.filePath("config/accounts.json"));
        QCOMPARE(after.load(), AccountStore::State::Ready);
        QVERIFY(after.findByName("locked-account"));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
