// SPDX-License-Identifier: Apache-2.0
// Rotation never breaks a working account: a candidate is tried against the
// carrier (the sandbox) before it replaces the secret in the real keychain.
#include "accountservice.h"
#include "carriercatalog.h"
#include "clock.h"
#include "sandboxserver.h"
#include "secretrotation.h"
#include "storagetest.h"
#include "tokencache.h"
#include "tokenclient.h"
#include "tokenservice.h"

#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

class TestSecretRotation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    SandboxServer sandbox;
    ManualClock clock{QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AccountStore> store;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<TokenCache> cache;
    std::unique_ptr<AccountService> accounts;
    std::unique_ptr<TokenClient> client;
    std::unique_ptr<TokenService> tokens;
    std::unique_ptr<SecretRotation> rotation;
    Account account;

    static QByteArray canary(const char* what)
    {
        return QByteArray(what) + "-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    }
    QByteArray stored(const QString& key)
    {
        return keychainCall([&](auto cb) { secrets->read(key, nullptr, cb); }).data.expose();
    }
    QByteArray fileBytes() const
    {
        QFile f(store->filePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    RotationOutcome rotate(const RotationRequest& request)
    {
        RotationOutcome outcome;
        waitForCallback([&](auto quit) {
            rotation->rotate(account.id, request, this, [&, quit](const RotationOutcome& o) {
                outcome = o;
                quit();
            });
        });
        return outcome;
    }
    TokenResult test()
    {
        TokenResult result;
        waitForCallback([&](auto quit) {
            tokens->requestToken(account.id, this, [&, quit](const TokenResult& r) {
                result = r;
                quit();
            });
        });
        return result;
    }
    static RotationRequest request(const QByteArray& secret, const QDate& expires = {})
    {
        RotationRequest r;
        r.secret = SecretBytes(secret);
        r.expires = expires;
        return r;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }

    void init()
    {
        sandbox.setCredentials("banyan", "banyan-demo-client", "banyan-demo-secret");
        QFile::remove(dir.filePath("accounts.json"));
        store = std::make_unique<AccountStore>(dir.filePath("accounts.json"));
        store->load();
        secrets = std::make_unique<SecretStore>("TokenDock");
        cache = std::make_unique<TokenCache>(secrets.get(), nullptr);
        accounts = std::make_unique<AccountService>(store.get(), secrets.get(), cache.get(),
                                                    CarrierCatalog::builtin(), clock);
        client = std::make_unique<TokenClient>();
        tokens = std::make_unique<TokenService>(accounts.get(), store.get(), cache.get(),
                                                client.get(), CarrierCatalog::builtin(), clock,
                                                TokenLedger(dir.filePath("ledger.json")));
        rotation = std::make_unique<SecretRotation>(store.get(), accounts.get(), tokens.get(),
                                                    CarrierCatalog::builtin(), clock);
        account = banyanAccount("acme-banyan");
        account.clientId = "banyan-demo-client";
        account.tokenUrl = sandbox.tokenUrl("banyan").toString();
        account.probeOn = false;
        AccountSecrets s;
        s.clientSecret = SecretBytes(QByteArray("banyan-demo-secret"));
        Failure created = Failure::make(ErrorCategory::Internal, Message::plain("no answer"));
        waitForCallback([&](auto quit) {
            accounts->create(account, s, this, [&, quit](const Failure& f) {
                created = f;
                quit();
            });
        });
        QVERIFY(created.ok());
        QCOMPARE(store->find(account.id)->secretSetAt, clock.now());
    }

    void cleanup()
    {
        waitForCallback([&](auto quit) {
            accounts->remove(account.id, nullptr, [quit](const Failure&) { quit(); });
        });
    }

    void aRefusedCandidateChangesNothing()
    {
        const QByteArray candidate = canary("wrong");
        clock.advance(86400);
        QSignalSpy finished(tokens.get(), &TokenService::requestFinished);
        const RotationOutcome outcome = rotate(request(candidate, QDate(2027, 6, 1)));
        QVERIFY(!outcome.replaced);
        QVERIFY(outcome.trial);
        QCOMPARE(outcome.trial->error.category, ErrorCategory::CredentialsRejected);
        // the candidate is the account's business only once it works
        QCOMPARE(finished.count(), 0);
        QVERIFY(store->find(account.id)->history.isEmpty());
        QCOMPARE(store->find(account.id)->secretSetAt, clock.now().addSecs(-86400));
        QVERIFY(!store->find(account.id)->secretExpires.isValid());
        QCOMPARE(stored(SecretStore::secretKey(account.id)), QByteArray("banyan-demo-secret"));
        // and the old secret still gets tokens from the carrier
        const TokenResult after = test();
        QVERIFY2(after.ok(), qPrintable(after.error.fullText()));
        QVERIFY(!fileBytes().contains(candidate));
    }

    void aWorkingCandidateReplacesTheOldSecret()
    {
        const QByteArray candidate = canary("next");
        sandbox.acceptAlso("banyan", candidate); // the portal's second secret
        clock.advance(3 * 86400);
        QSignalSpy finished(tokens.get(), &TokenService::requestFinished);
        const RotationOutcome outcome = rotate(request(candidate, QDate(2028, 12, 1)));
        QVERIFY2(outcome.replaced, qPrintable(outcome.failure.fullText()));
        QVERIFY(outcome.trial && outcome.trial->passed());
        QCOMPARE(stored(SecretStore::secretKey(account.id)), candidate);
        const Account* now = store->find(account.id);
        QCOMPARE(now->secretSetAt, clock.now());
        QCOMPARE(now->secretExpires, QDate(2028, 12, 1));
        QCOMPARE(now->lastWorked(), clock.now());
        QCOMPARE(now->history.size(), 1);
        QCOMPARE(finished.count(), 1);
        // the carrier retires the old secret: the account goes on working
        sandbox.setCredentials("banyan", "banyan-demo-client", candidate);
        const TokenResult after = test();
        QVERIFY2(after.ok(), qPrintable(after.error.fullText()));
        QVERIFY(!fileBytes().contains(candidate));
    }

    void aNewSecretWithoutADateDropsTheOldDate()
    {
        const QByteArray first = canary("first");
        sandbox.acceptAlso("banyan", first);
        QVERIFY(rotate(request(first, QDate(2027, 1, 1))).replaced);
        QCOMPARE(store->find(account.id)->secretExpires, QDate(2027, 1, 1));
        const QByteArray second = canary("second");
        sandbox.acceptAlso("banyan", second);
        QVERIFY(rotate(request(second)).replaced);
        QVERIFY(!store->find(account.id)->secretExpires.isValid());
    }

    void aCandidateIsNotHandedOutAsTheAccountsToken()
    {
        // a token a failed probe or candidate brought never lands in the cache
        const QByteArray candidate = canary("probe-fails");
        sandbox.acceptAlso("banyan", candidate);
        sandbox.setProbeEntitled("banyan", false);
        Account withProbe = *store->find(account.id);
        withProbe.probeOn = true;
        QVERIFY(store->update(withProbe));
        const RotationOutcome outcome = rotate(request(candidate));
        sandbox.setProbeEntitled("banyan", true);
        QVERIFY(!outcome.replaced);
        QVERIFY(outcome.trial && outcome.trial->ok() && !outcome.trial->passed());
        QCOMPARE(stored(SecretStore::secretKey(account.id)), QByteArray("banyan-demo-secret"));
        QCOMPARE(stored(SecretStore::tokenKey(account.id)), QByteArray());
    }

    void aRotationUnderWayElsewhereIsWaitedFor()
    {
        // another process holds the account's rotation lock
        QLockFile other(rotation->lockPath(account.id));
        QVERIFY(other.tryLock(0));
        const QByteArray candidate = canary("after-wait");
        sandbox.acceptAlso("banyan", candidate);
        // every request the carrier gets comes after the other rotation let go
        int sentWhileLocked = 0;
        connect(&sandbox, &SandboxServer::requestReceived, this, [&](const RecordedRequest&) {
            if (other.isLocked())
                ++sentWhileLocked;
        });
        RotationOutcome outcome;
        bool answered = false;
        rotation->rotate(account.id, request(candidate), this, [&](const RotationOutcome& o) {
            outcome = o;
            answered = true;
        });
        QTimer::singleShot(500, this, [&] { other.unlock(); });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(outcome.replaced, qPrintable(outcome.failure.fullText()));
        QCOMPARE(sentWhileLocked, 0);
        QVERIFY(!other.isLocked());
        QCOMPARE(stored(SecretStore::secretKey(account.id)), candidate);
        sandbox.disconnect(this);
    }

    void aLockNeverReleasedEndsWithNothingChanged()
    {
        QLockFile other(rotation->lockPath(account.id));
        QVERIFY(other.tryLock(0));
        rotation->setLockWait(300);
        const QByteArray candidate = canary("locked-out");
        sandbox.acceptAlso("banyan", candidate);
        const RotationOutcome outcome = rotate(request(candidate));
        QVERIFY(!outcome.replaced);
        QVERIFY(!outcome.trial);
        QVERIFY(outcome.failure.message.text().contains("Another rotation"));
        QVERIFY(!outcome.failure.fullText().contains(candidate));
        QCOMPARE(stored(SecretStore::secretKey(account.id)), QByteArray("banyan-demo-secret"));
    }

    void anAccountMovedDuringTheTrialKeepsItsOldSecret()
    {
        const QByteArray candidate = canary("moved");
        sandbox.acceptAlso("banyan", candidate);
        // another process points the account elsewhere while the carrier answers
        connect(&sandbox, &SandboxServer::requestReceived, this, [&](const RecordedRequest&) {
            AccountStore other(store->filePath());
            other.load();
            Account moved = *other.find(account.id);
            moved.tokenUrl =
                sandbox.tokenUrl("banyan").toString().replace("127.0.0.1", "localhost");
            QVERIFY(other.update(moved));
        });
        const RotationOutcome outcome = rotate(request(candidate));
        sandbox.disconnect(this);
        QVERIFY(!outcome.replaced);
        QVERIFY(outcome.trial && outcome.trial->passed());
        QVERIFY(outcome.failure.message.text().contains("changed or removed elsewhere"));
        QCOMPARE(stored(SecretStore::secretKey(account.id)), QByteArray("banyan-demo-secret"));
        QVERIFY(!outcome.failure.fullText().contains(candidate));
    }

    void aSecretFieldRotationLeavesTheClientSecretsDates()
    {
        // FedEx's child secret is a field of its own; the dates are the client secret's
        Account fedex = banyanAccount("acme-fedex");
        fedex.carrierId = "fedex";
        fedex.environmentId = "sandbox";
        fedex.tokenUrl = sandbox.tokenUrl("fedex").toString();
        fedex.grantType = "csp_credentials";
        fedex.probeOn = false;
        AccountSecrets s;
        sandbox.fillAccount(CarrierCatalog::builtin().find("fedex"), &fedex, &s);
        Failure created = Failure::make(ErrorCategory::Internal, Message::plain("no answer"));
        waitForCallback([&](auto quit) {
            accounts->create(fedex, s, this, [&, quit](const Failure& f) {
                created = f;
                quit();
            });
        });
        QVERIFY2(created.ok(), qPrintable(created.message.text()));
        Account dated = *store->find(fedex.id);
        dated.secretExpires = QDate(2027, 5, 1);
        QVERIFY(store->update(dated));
        const QDateTime setAt = store->find(fedex.id)->secretSetAt;
        clock.advance(86400);
        const QByteArray child = canary("child");
        sandbox.setCredentialField("fedex", "child_secret", child);
        RotationRequest r = request(child);
        r.field = "child_secret";
        RotationOutcome outcome;
        waitForCallback([&](auto quit) {
            rotation->rotate(fedex.id, r, this, [&, quit](const RotationOutcome& o) {
                outcome = o;
                quit();
            });
        });
        QVERIFY2(outcome.replaced, qPrintable(outcome.failure.fullText()));
        QCOMPARE(stored(SecretStore::fieldKey(fedex.id, "child_secret")), child);
        QCOMPARE(store->find(fedex.id)->secretSetAt, setAt);
        QCOMPARE(store->find(fedex.id)->secretExpires, QDate(2027, 5, 1));
        waitForCallback([&](auto quit) {
            accounts->remove(fedex.id, nullptr, [quit](const Failure&) { quit(); });
        });
    }

    void aSecretFieldNobodyHasIsRefused()
    {
        RotationRequest r = request(canary("field"));
        r.field = "child_secret"; // FedEx's, not Banyan's
        const RotationOutcome outcome = rotate(r);
        QVERIFY(!outcome.replaced);
        QCOMPARE(outcome.failure.category, ErrorCategory::InvalidInput);
        QVERIFY(outcome.failure.message.text().contains("child_secret"));
        QCOMPARE(rotate(request({})).failure.category, ErrorCategory::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestSecretRotation)
#include "tst_secretrotation.moc"
