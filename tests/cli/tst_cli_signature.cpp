// SPDX-License-Identifier: Apache-2.0
#include "clitest.h"
#include "signingkey.h"

#include <QTemporaryDir>

// `tokendock test` checks a JWT's signature: the verdict for people, the
// signature object for scripts, exit status 8 for one that does not hold,
// and the account options that say where the keys come from.
class TestCliSignature : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

    QString fault(SandboxServer::Fault f) const { return sandbox.faultUrl(f).toString(); }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }

    void verifiedForPeopleAndScripts()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acct", "banyan");
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(r, home, {"test", "acct", "--json"});
        QCOMPARE_EXIT(r, 0);
        const QJsonObject signature = r.object()["signature"].toObject();
        QCOMPARE(signature["verdict"].toString(), QString("verified"));
        QCOMPARE(signature["alg"].toString(), QString("RS256"));
        QCOMPARE(signature["kid"].toString(), QString("sandbox-banyan-rs256-1"));
        QCOMPARE(signature["source"].toString(), sandbox.baseUrl().toString() + "/banyan/jwks");
        QVERIFY(signature["detail"].isNull());
        QCOMPARE(signature["claim_problems"].toArray().size(), 0);

        RUN_CLI(human, home, {"test", "acct"});
        QCOMPARE_EXIT(human, 0);
        QVERIFY2(human.stdOut().contains("  Signature:     Signature verified (RS256, key "
                                         "sandbox-banyan-rs256-1 from " +
                                         sandbox.baseUrl().toString() + "/banyan/jwks)\n"),
                 human.describe().constData());
        RUN_CLI(report, home, {"test", "acct", "--report"});
        QVERIFY2(report.stdOut().contains("Signature: Signature verified (RS256"),
                 report.describe().constData());
    }

    void wrongKeyExitsEight()
    {
        CliHome home;
        addGenericAccount(home, "acct", fault(SandboxServer::Fault::WrongKey));
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(r, home, {"test", "acct", "--json"});
        QCOMPARE_EXIT(r, 8);
        const QJsonObject signature = r.object()["signature"].toObject();
        QCOMPARE(signature["verdict"].toString(), QString("invalid"));
        QVERIFY(signature["detail"].toString().contains("does not match"));
        RUN_CLI(human, home, {"test", "acct"});
        QCOMPARE_EXIT(human, 8);
        QVERIFY2(human.stdOut().contains("  Signature:     Signature invalid: "),
                 human.describe().constData());
    }

    void noKeyFoundIsStillZero()
    {
        CliHome home;
        addGenericAccount(home, "acct", fault(SandboxServer::Fault::ForeignIssuer));
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(r, home, {"test", "acct", "--json"});
        QCOMPARE_EXIT(r, 0);
        const QJsonObject signature = r.object()["signature"].toObject();
        QCOMPARE(signature["verdict"].toString(), QString("cannot_verify"));
        QVERIFY(signature["detail"].toString().contains(sandbox.otherOriginUrl().toString()));
        // the person trusts that issuer: its keys are then fetched
        RUN_CLI(edit, home,
                {"edit", "acct", "--issuer", sandbox.otherOriginUrl().toString() + "/issuer"});
        QCOMPARE_EXIT(edit, 0);
    }

    void keyOptions()
    {
        CliHome home;
        addGenericAccount(home, "acct", fault(SandboxServer::Fault::WrongKey));
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(plain, home, {"edit", "acct", "--jwks-url", "http://keys.example.com/jwks"});
        QCOMPARE_EXIT(plain, 2);
        QVERIFY2(plain.stdErr().contains("--jwks-url"), plain.describe().constData());

        QTemporaryDir dir;
        const QString junk = dir.filePath("junk.pem");
        QFile(junk).open(QIODevice::WriteOnly);
        RUN_CLI(bad, home, {"edit", "acct", "--signing-key-file", junk});
        QCOMPARE_EXIT(bad, 2);

        // a key pasted into the account wins over the issuer's: here it is the wrong one
        const QString pem = dir.filePath("key.pem");
        QFile file(pem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SigningKey::ec().pem());
        file.close();
        RUN_CLI(good, home, {"edit", "acct", "--signing-key-file", pem});
        QCOMPARE_EXIT(good, 0);
        RUN_CLI(r, home, {"test", "acct", "--json"});
        QCOMPARE_EXIT(r, 8);
        const QJsonObject signature = r.object()["signature"].toObject();
        QCOMPARE(signature["source"].toString(), QString("account key"));
        QVERIFY2(signature["detail"].toString().contains("does not fit"),
                 qPrintable(signature["detail"].toString()));
        RUN_CLI(removed, home, {"edit", "acct", "--signing-key-file", ""});
        QCOMPARE_EXIT(removed, 0);
        RUN_CLI(again, home, {"test", "acct", "--json"});
        QCOMPARE(again.object()["signature"].toObject()["source"].toString(),
                 fault(SandboxServer::Fault::WrongKey) + "/jwks");
    }
};

QTEST_MAIN(TestCliSignature)
#include "tst_cli_signature.moc"
