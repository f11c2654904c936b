// SPDX-License-Identifier: Apache-2.0
// Keychain trouble through the command line: no backend, a locked keyring, a
// keyring that refuses access and one that never answers each end in exit 5
// with their own sentence, and the account survives. Each case gets a private
// D-Bus session so nothing disturbs the shared test keyring.
#include "clitest.h"
#include "keychainfaults.h"

#include <QElapsedTimer>

class TestKeychainFaults : public QObject
{
    Q_OBJECT

private slots:
    void commandLine_data() { KeychainFaults::addRows(); }
    void commandLine()
    {
        QFETCH(QString, mode);
        QFETCH(QString, message);
        CliHome home;
        KeychainFaults::prepareHome(home, mode);
        if (QTest::currentTestFailed())
            return;
        QProcess p;
        KeychainFaults::start(p, home.environment(), mode,
                              {tokendockPath(), "test", "acct", "--json"});
        QElapsedTimer timer;
        timer.start();
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        const QByteArray describe =
            "exit " + QByteArray::number(p.exitCode()) + "\n" + out + "\n" + err;
        QVERIFY2(p.exitCode() == 5, describe.constData());
        const QJsonObject error = QJsonDocument::fromJson(out).object().value("error").toObject();
        QCOMPARE(error.value("category").toString(), QString("keychain"));
        QCOMPARE(error.value("message").toString(), message);
        QVERIFY2(timer.elapsed() < KeychainFaults::kWatchdogSeconds * 1000 + 10000,
                 "the watchdog answers, not the hung keyring");
        KeychainFaults::verifyAccountKept(home, out, err);
    }
};

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "tst_keychainfaults.moc"
