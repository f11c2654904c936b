// SPDX-License-Identifier: Apache-2.0
#include "clitest.h"
#include "sandboxserver.h"
#include "secretstore.h"

#include <QUuid>

// `tokendock rotate`: a new secret replaces the old one only once it works,
// also with two rotations at once; the secret's dates in `list`, the report
// and `add`/`edit --secret-expires`. The keychain is read in-process, as the
// other keychain tests do.
class TestCliRotate : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;
    CarrierEmulator::Credentials m_banyan; // the sandbox's own, restored before each test
    CarrierEmulator::Credentials m_fedex;

    static QUuid accountId(CliHome& home, const QString& name)
    {
        return QUuid::fromString(storedAccount(home, name).value("id").toString());
    }
    static QJsonObject storedAccount(CliHome& home, const QString& name)
    {
        const QJsonObject root = QJsonDocument::fromJson(home.accountsBytes()).object();
        for (const QJsonValue v : root.value("accounts").toArray()) {
            if (v.toObject().value("name").toString() == name)
                return v.toObject();
        }
        return {};
    }
    // Changes one stored account as an earlier day would have left it.
    static void editStored(CliHome& home, const QString& name,
                           const std::function<void(QJsonObject&)>& edit)
    {
        QJsonObject root = QJsonDocument::fromJson(home.accountsBytes()).object();
        QJsonArray list = root.value("accounts").toArray();
        for (int i = 0; i < list.size(); ++i) {
            QJsonObject a = list.at(i).toObject();
            if (a.value("name").toString() == name)
                edit(a);
            list[i] = a;
        }
        root.insert("accounts", list);
        QFile f(home.accountsPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
    }
    static QByteArray keychainValue(const QString& key)
    {
        SecretStore store;
        const SecretResult r =
            keychainCall([&](SecretStore::Callback done) { store.read(key, &store, done); });
        return r.ok() ? r.data.expose() : QByteArray("<" + QByteArray::number(r.status) + ">");
    }
    static QByteArray canary(const char* what)
    {
        return "canary-" + QByteArray(what) + "-" +
               QUuid::createUuid().toString(QUuid::Id128).left(12).toLatin1();
    }
    // The candidate shows nowhere: not in the output, not in the account file.
    static void verifyNowhere(CliHome& home, const CliRun& run, const QByteArray& secret)
    {
        QVERIFY2(!run.out.contains(secret), run.describe().constData());
        QVERIFY2(!run.err.contains(secret), run.describe().constData());
        QVERIFY(!home.accountsBytes().contains(secret));
    }
    static QString today(int plusDays = 0)
    {
        return QDate::currentDate().addDays(plusDays).toString(Qt::ISODate);
    }
    void addBanyan(CliHome& home, const QString& name)
    {
        addSandboxAccount(home, sandbox, name, "banyan");
    }
    void acceptOnly(const QByteArray& secret)
    {
        sandbox.setCredentials("banyan", m_banyan.clientId, secret);
    }
    // A rotation started, not waited for: its standard input already closed.
    std::unique_ptr<QProcess> startRotate(CliHome& home, const QString& name,
                                          const QByteArray& secret)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(home.environment());
        p->start(tokendockPath(), {"rotate", name, "--secret-stdin"});
        p->waitForStarted();
        p->write(line(secret));
        p->closeWriteChannel();
        return p;
    }
    static CliRun collect(QProcess& p)
    {
        CliRun r;
        r.exitCode = p.exitCode();
        r.exitStatus = p.exitStatus();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
        m_banyan = sandbox.credentials("banyan");
        m_fedex = sandbox.credentials("fedex");
    }
    void init()
    {
        acceptOnly(m_banyan.clientSecret);
        sandbox.setCredentialField("fedex", "child_secret", m_fedex.fields.value("child_secret"));
    }

    void aBadCandidateChangesNothing()
    {
        CliHome home;
        addBanyan(home, "acme");
        const QUuid id = accountId(home, "acme");
        const QString setBefore = storedAccount(home, "acme").value("secret_set").toString();
        QVERIFY(!setBefore.isEmpty());
        const QByteArray bad = canary("bad");

        RUN_CLI(rotate, home, {"rotate", "acme", "--secret-stdin"}, line(bad));
        QCOMPARE_EXIT(rotate, 3);
        QVERIFY2(rotate.stdErr().contains("FAILED  acme: Credentials rejected"),
                 rotate.describe().constData());
        QVERIFY2(
            rotate.stdErr().contains("Nothing changed: the old secret stays and keeps working."),
            rotate.describe().constData());
        verifyNowhere(home, rotate, bad);
        QCOMPARE(keychainValue(SecretStore::secretKey(id)), m_banyan.clientSecret);
        QCOMPARE(storedAccount(home, "acme").value("secret_set").toString(), setBefore);

        // the sandbox still issues tokens for the old secret
        RUN_CLI(test, home, {"test", "acme"});
        QCOMPARE_EXIT(test, 0);

        RUN_CLI(json, home, {"rotate", "acme", "--secret-stdin", "--json"}, line(bad));
        QCOMPARE_EXIT(json, 3);
        const QJsonObject doc = json.object();
        QCOMPARE(doc.value("account").toString(), QString("acme"));
        QCOMPARE(doc.value("replaced").toBool(true), false);
        QVERIFY(doc.value("field").isNull());
        QCOMPARE(doc.value("trial").toObject().value("ok").toBool(true), false);
        QCOMPARE(doc.value("error").toObject().value("category").toString(),
                 QString("credentials_rejected"));
        QCOMPARE(doc.value("error").toObject().value("exit_code").toInt(), 3);
        verifyNowhere(home, json, bad);
    }

    void aGoodCandidateReplacesTheOldSecret()
    {
        CliHome home;
        addBanyan(home, "acme");
        const QUuid id = accountId(home, "acme");
        // the secret was set long ago
        editStored(home, "acme", [](QJsonObject& a) {
            a.insert("secret_set",
                     QDateTime::currentDateTimeUtc().addDays(-400).toString(Qt::ISODate));
        });
        RUN_CLI(old, home, {"list", "--json"});
        QCOMPARE(old.array().at(0).toObject().value("secret_age_days").toInt(), 400);

        const QByteArray fresh = canary("good");
        sandbox.acceptAlso("banyan", fresh);
        RUN_CLI(rotate, home, {"rotate", "acme", "--secret-stdin", "--expires", today(33)},
                line(fresh));
        QCOMPARE_EXIT(rotate, 0);
        QVERIFY2(rotate.stdOut().startsWith("The new secret works (token HTTP 200"),
                 rotate.describe().constData());
        QVERIFY2(rotate.stdOut().contains("and replaced the old one in the keychain; the old "
                                          "secret is gone."),
                 rotate.describe().constData());
        QVERIFY2(rotate.stdOut().contains(today(33) + " (in 33 days)"),
                 rotate.describe().constData());
        verifyNowhere(home, rotate, fresh);

        // the keychain holds the new secret, not the old one
        QCOMPARE(keychainValue(SecretStore::secretKey(id)), fresh);
        // only the new secret is accepted now, and the account works
        acceptOnly(fresh);
        RUN_CLI(test, home, {"test", "acme"});
        QCOMPARE_EXIT(test, 0);
        verifyNowhere(home, test, fresh);

        const QJsonObject stored = storedAccount(home, "acme");
        QCOMPARE(stored.value("secret_expires").toString(), today(33));
        RUN_CLI(list, home, {"list", "--json"});
        const QJsonObject a = list.array().at(0).toObject();
        QCOMPARE(a.value("secret_age_days").toInt(-1), 0);
        QCOMPARE(a.value("secret_expires").toString(), today(33));
        QCOMPARE(a.value("secret_expires_in_days").toInt(), 33);
        QVERIFY(!a.value("last_worked").isNull());
    }

    void rotateJsonOnSuccess()
    {
        CliHome home;
        addBanyan(home, "acme");
        const QByteArray fresh = canary("json");
        sandbox.acceptAlso("banyan", fresh);
        RUN_CLI(rotate, home, {"rotate", "acme", "--secret-stdin", "--json"}, line(fresh));
        QCOMPARE_EXIT(rotate, 0);
        const QJsonObject doc = rotate.object();
        QCOMPARE(doc.value("replaced").toBool(), true);
        QVERIFY(doc.value("error").isNull());
        // no --expires: no date, and an earlier one is not carried over
        QVERIFY(doc.value("secret_expires").isNull());
        const QJsonObject trial = doc.value("trial").toObject();
        QCOMPARE(trial.value("ok").toBool(), true);
        QCOMPARE(trial.value("http_status").toInt(), 200);
        // the same object `test --json` prints
        RUN_CLI(test, home, {"test", "acme", "--json"});
        QStringList testKeys = test.object().keys();
        QCOMPARE(trial.keys(), testKeys);
        verifyNowhere(home, rotate, fresh);
        for (const QByteArray& token : sandbox.issuedTokens())
            QVERIFY(!rotate.out.contains(token));
    }

    void twoRotationsAtOnceEndWithOneWorkingSecret()
    {
        CliHome home;
        addBanyan(home, "acme");
        const QUuid id = accountId(home, "acme");
        const QByteArray first = canary("first");
        const QByteArray second = canary("second");
        sandbox.acceptAlso("banyan", first);
        sandbox.acceptAlso("banyan", second);
        sandbox.clearRequests();
        auto a = startRotate(home, "acme", first);
        auto b = startRotate(home, "acme", second);
        QTRY_VERIFY_WITH_TIMEOUT(
            a->state() == QProcess::NotRunning && b->state() == QProcess::NotRunning, 150000);
        const CliRun ra = collect(*a);
        const CliRun rb = collect(*b);
        // the later one waited for the lock, then tried its own
        QCOMPARE_EXIT(ra, 0);
        QCOMPARE_EXIT(rb, 0);
        // each candidate was tried once, one after the other
        QCOMPARE(sandbox.tokenRequestCount("banyan"), 2);
        for (const CliRun* r : {&ra, &rb}) {
            verifyNowhere(home, *r, first);
            verifyNowhere(home, *r, second);
        }
        const QByteArray kept = keychainValue(SecretStore::secretKey(id));
        QVERIFY2(kept == first || kept == second, kept.constData());
        acceptOnly(kept);
        RUN_CLI(test, home, {"test", "acme"});
        QCOMPARE_EXIT(test, 0);
    }

    void aGoodAndABadCandidateAtOnceEndWithTheGoodOne()
    {
        CliHome home;
        addBanyan(home, "acme");
        const QUuid id = accountId(home, "acme");
        const QByteArray good = canary("good");
        const QByteArray bad = canary("bad");
        sandbox.acceptAlso("banyan", good);
        auto a = startRotate(home, "acme", bad);
        auto b = startRotate(home, "acme", good);
        QTRY_VERIFY_WITH_TIMEOUT(
            a->state() == QProcess::NotRunning && b->state() == QProcess::NotRunning, 150000);
        const CliRun ra = collect(*a);
        const CliRun rb = collect(*b);
        QCOMPARE_EXIT(ra, 3);
        QCOMPARE_EXIT(rb, 0);
        for (const CliRun* r : {&ra, &rb}) {
            verifyNowhere(home, *r, good);
            verifyNowhere(home, *r, bad);
        }
        QCOMPARE(keychainValue(SecretStore::secretKey(id)), good);
        acceptOnly(good);
        RUN_CLI(test, home, {"test", "acme"});
        QCOMPARE_EXIT(test, 0);
    }

    // A preset's secret field (FedEx's child secret) is replaced on its own.
    void aSecretFieldIsReplaced()
    {
        CliHome home;
        RUN_CLI(add, home,
                {"add", "acme-fedex", "--carrier", "fedex", "--token-url",
                 sandbox.tokenUrl("fedex").toString(), "--client-id",
                 QString::fromUtf8(m_fedex.clientId), "--grant-type", "csp_credentials", "--param",
                 "child_Key=" + QString::fromUtf8(m_fedex.fields.value("child_Key")),
                 "--secret-stdin"},
                line(m_fedex.clientSecret) + line(m_fedex.fields.value("child_secret")));
        QCOMPARE_EXIT(add, 0);
        const QUuid id = accountId(home, "acme-fedex");

        RUN_CLI(unknown, home, {"rotate", "acme-fedex", "--field", "password", "--secret-stdin"},
                "x\n");
        QCOMPARE_EXIT(unknown, 2);
        QVERIFY2(unknown.stdErr().contains("child_secret"), unknown.describe().constData());

        // the carrier's portal issued a new child secret; the old one stops working
        const QByteArray child = canary("child");
        sandbox.setCredentialField("fedex", "child_secret", child);
        RUN_CLI(stale, home, {"test", "acme-fedex"});
        QCOMPARE_EXIT(stale, 3);
        RUN_CLI(rotate, home, {"rotate", "acme-fedex", "--field", "child_secret", "--secret-stdin"},
                line(child));
        QCOMPARE_EXIT(rotate, 0);
        verifyNowhere(home, rotate, child);
        QCOMPARE(keychainValue(SecretStore::fieldKey(id, "child_secret")), child);
        QCOMPARE(keychainValue(SecretStore::secretKey(id)), m_fedex.clientSecret);
        RUN_CLI(test, home, {"test", "acme-fedex"});
        QCOMPARE_EXIT(test, 0);
    }

    void badInputIsAUsageError()
    {
        CliHome home;
        addBanyan(home, "acme");
        const QString setBefore = storedAccount(home, "acme").value("secret_set").toString();
        sandbox.clearRequests();
        RUN_CLI(noStdin, home, {"rotate", "acme"}, "something\n");
        QCOMPARE_EXIT(noStdin, 2);
        QVERIFY2(noStdin.stdErr().contains("--secret-stdin"), noStdin.describe().constData());
        RUN_CLI(empty, home, {"rotate", "acme", "--secret-stdin"}, "\n");
        QCOMPARE_EXIT(empty, 2);
        RUN_CLI(nothing, home, {"rotate", "acme", "--secret-stdin"});
        QCOMPARE_EXIT(nothing, 2);
        RUN_CLI(past, home, {"rotate", "acme", "--secret-stdin", "--expires", today(-1)}, "x\n");
        QCOMPARE_EXIT(past, 2);
        QVERIFY2(past.stdErr().contains("has passed") && past.stdErr().contains("--expires"),
                 past.describe().constData());
        for (const QString& wrong :
             {QString("2027-02-30"), QString("next year"), QString("1/5/27")}) {
            RUN_CLI(bad, home, {"rotate", "acme", "--secret-stdin", "--expires", wrong}, "x\n");
            QCOMPARE_EXIT(bad, 2);
            QVERIFY2(bad.stdErr().contains("YYYY-MM-DD"), bad.describe().constData());
        }
        RUN_CLI(nobody, home, {"rotate", "nobody", "--secret-stdin"}, "x\n");
        QCOMPARE_EXIT(nobody, 2);
        // nothing was sent and nothing changed
        QCOMPARE(sandbox.tokenRequestCount("banyan"), 0);
        QCOMPARE(storedAccount(home, "acme").value("secret_set").toString(), setBefore);
    }

    void listShowsTheSecretsDates()
    {
        CliHome home;
        addBanyan(home, "acme");
        RUN_CLI(fresh, home, {"list"});
        QCOMPARE_EXIT(fresh, 0);
        const QStringList rows = fresh.stdOut().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2), QString("  secret set today, not seen working yet"));
        RUN_CLI(freshJson, home, {"list", "--json"});
        const QJsonObject before = freshJson.array().at(0).toObject();
        QCOMPARE(before.value("secret_age_days").toInt(-1), 0);
        QVERIFY(!before.value("secret_set").isNull());
        QVERIFY(before.value("secret_expires").isNull());
        QVERIFY(before.value("secret_expires_in_days").isNull());
        QVERIFY(before.value("last_worked").isNull());

        RUN_CLI(test, home, {"test", "acme"});
        QCOMPARE_EXIT(test, 0);
        RUN_CLI(expires, home, {"edit", "acme", "--secret-expires", today(33)});
        QCOMPARE_EXIT(expires, 0);
        editStored(home, "acme", [](QJsonObject& a) {
            a.insert("secret_set",
                     QDateTime::currentDateTimeUtc().addDays(-45).toString(Qt::ISODate));
        });
        RUN_CLI(list, home, {"list"});
        const QString details = list.stdOut().split('\n').value(2);
        QVERIFY2(details.startsWith("  secret 45 days old, expires " + today(33) +
                                    ", in 33 days, last worked " + today()),
                 list.describe().constData());
        RUN_CLI(json, home, {"list", "--json"});
        const QJsonObject a = json.array().at(0).toObject();
        QCOMPARE(a.value("secret_age_days").toInt(), 45);
        QCOMPARE(a.value("secret_expires").toString(), today(33));
        QCOMPARE(a.value("secret_expires_in_days").toInt(), 33);
        const QDateTime worked =
            QDateTime::fromString(a.value("last_worked").toString(), Qt::ISODate);
        QVERIFY(qAbs(worked.secsTo(QDateTime::currentDateTimeUtc())) < 300);

        RUN_CLI(expired, home, {"edit", "acme", "--secret-expires", today(-3)});
        QCOMPARE_EXIT(expired, 0);
        RUN_CLI(late, home, {"list"});
        QVERIFY2(late.stdOut().contains("expired 3 days ago (" + today(-3) + ")"),
                 late.describe().constData());

        // the support report says the same, never the secret
        RUN_CLI(report, home, {"test", "acme", "--report"});
        QVERIFY2(report.stdOut().contains("Secret: secret 45 days old, expired 3 days ago (" +
                                          today(-3) + "), last worked "),
                 report.describe().constData());
        QVERIFY(!report.out.contains(m_banyan.clientSecret));

        // a new secret typed in by hand: the old one's date goes with it
        RUN_CLI(again, home, {"edit", "acme", "--secret-expires", today(20)});
        QCOMPARE_EXIT(again, 0);
        RUN_CLI(newSecret, home, {"edit", "acme", "--secret-stdin"}, line(m_banyan.clientSecret));
        QCOMPARE_EXIT(newSecret, 0);
        QVERIFY(!storedAccount(home, "acme").contains("secret_expires"));
        RUN_CLI(withDate, home, {"edit", "acme", "--secret-stdin", "--secret-expires", today(20)},
                line(m_banyan.clientSecret));
        QCOMPARE_EXIT(withDate, 0);
        QCOMPARE(storedAccount(home, "acme").value("secret_expires").toString(), today(20));

        RUN_CLI(cleared, home, {"edit", "acme", "--secret-expires", "none"});
        QCOMPARE_EXIT(cleared, 0);
        QVERIFY(!storedAccount(home, "acme").contains("secret_expires"));
        RUN_CLI(wrong, home, {"edit", "acme", "--secret-expires", "2027-13-01"});
        QCOMPARE_EXIT(wrong, 2);
    }

    void addTakesTheExpiryAndAnUnknownAgeIsSaid()
    {
        CliHome home;
        RUN_CLI(add, home,
                {"add", "acme", "--carrier", "banyan", "--token-url",
                 sandbox.tokenUrl("banyan").toString(), "--client-id",
                 QString::fromUtf8(m_banyan.clientId), "--secret-expires", today(400),
                 "--secret-stdin"},
                line(m_banyan.clientSecret));
        QCOMPARE_EXIT(add, 0);
        QCOMPARE(storedAccount(home, "acme").value("secret_expires").toString(), today(400));
        // an account file from before secrets had dates: no age is made up
        editStored(home, "acme", [](QJsonObject& a) {
            a.remove("secret_set");
            a.remove("created");
        });
        RUN_CLI(list, home, {"list"});
        QVERIFY2(list.stdOut().contains("  secret age unknown, expires " + today(400)),
                 list.describe().constData());
    }

    void carriersShowsTheSecretLifetime()
    {
        CliHome home;
        RUN_CLI(tforce, home, {"carriers", "tforce"});
        QCOMPARE_EXIT(tforce, 0);
        QVERIFY2(tforce.stdOut().contains("Secret lifetime:") &&
                     tforce.stdOut().contains("at most 730 days: Microsoft identity platform"),
                 tforce.describe().constData());
        RUN_CLI(banyan, home, {"carriers", "banyan"});
        QVERIFY(!banyan.stdOut().contains("Secret lifetime"));
        RUN_CLI(json, home, {"carriers", "tforce", "--json"});
        QCOMPARE(json.array()
                     .at(0)
                     .toObject()
                     .value("secret_lifetime")
                     .toObject()
                     .value("max_days")
                     .toInt(),
                 730);
    }
};

QTEST_GUILESS_MAIN(TestCliRotate)
#include "tst_cli_rotate.moc"
