// SPDX-License-Identifier: Apache-2.0
#include "sandboxserver.h"
#include "storagetest.h"

#include <QTemporaryDir>

// A canary secret goes through save, a test against the sandbox, token
// caching, export and import, in a child process with every debug log on.
// Afterwards neither the canary nor any issued token may appear in its output
// or in any file under HOME (the keyring's own encrypted file aside).
class TestSecretHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { REQUIRE_SECRET_SERVICE(); }

    void canaryAndTokensNeverLeak()
    {
        const QByteArray canary =
            "canary-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "-s3cr3t";
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        const QStringList carriers{"banyan", "project44", "dhl-ecs", "oauth2"};
        QStringList args{"flow"};
        QTemporaryDir config(QDir::homePath() + "/hygiene-XXXXXX");
        args << config.path();
        for (const QString& c : carriers) {
            sandbox.setCredentials(c, (c + "-demo-client").toUtf8(), canary);
            args << c + "=" + sandbox.tokenUrl(c).toString();
        }

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_LOGGING_RULES", "*.debug=true");
        child.setProcessEnvironment(env);
        child.start(helperPath(), args);
        QVERIFY(child.waitForStarted());
        child.write(canary + "\n");
        child.closeWriteChannel();
        // the sandbox lives in this process: keep the event loop running while we wait
        QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 60000);
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        QCOMPARE(child.exitCode(), 0);
        for (const QString& c : carriers)
            QVERIFY2(out.contains((c + " none cached").toUtf8()), out.constData());
        QVERIFY(out.contains("imported 4"));
        // the logs really were on, so their silence about secrets means something
        QVERIFY(err.contains("tokendock.network"));
        QVERIFY(err.contains("tokendock.keychain"));

        const QList<QByteArray> tokens = sandbox.issuedTokens();
        QCOMPARE(tokens.size(), carriers.size());
        QList<QByteArray> needles = tokens;
        needles << canary;
        for (const QByteArray& needle : needles) {
            QVERIFY2(!out.contains(needle), "a secret or token reached stdout");
            QVERIFY2(!err.contains(needle), "a secret or token reached stderr");
        }
        const auto files = filesUnder(QDir::homePath());
        QVERIFY(files.size() >= 3); // accounts, export, imported accounts at least
        const QString holding = fileHoldingAny(files, needles);
        QVERIFY2(holding.isEmpty(), qPrintable("found in " + holding));
        // and the keyring holds them encrypted, not in clear text
        const auto keyrings = keyringFiles();
        QVERIFY(!keyrings.isEmpty());
        QVERIFY2(fileHoldingAny(keyrings, {canary}).isEmpty(),
                 "the canary is in the keyring in clear");
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
