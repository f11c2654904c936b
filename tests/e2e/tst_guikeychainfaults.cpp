// SPDX-License-Identifier: Apache-2.0
// Keychain trouble through the desktop window: with no backend, a locked
// keyring, a keyring that refuses access and one that never answers, Test
// shows the keychain category in the outcome banner with each case's own
// sentence, and the account stays listed and on disk. The window runs in
// tokendock_guiprobe, each case in a private D-Bus session (the CLI side is
// tst_keychainfaults).
#include "clitest.h"
#include "failure.h"
#include "keychainfaults.h"

#include <QElapsedTimer>

class TestGuiKeychainFaults : public QObject
{
    Q_OBJECT

private slots:
    void banner_data() { KeychainFaults::addRows(); }
    void banner()
    {
        QFETCH(QString, mode);
        QFETCH(QString, message);
        CliHome home;
        KeychainFaults::prepareHome(home, mode);
        if (QTest::currentTestFailed())
            return;
        QProcessEnvironment env = home.environment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        // a runtime folder of its own, so a private keyring never meets the session's
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        env.insert("XDG_RUNTIME_DIR", runtime.path());
        QProcess p;
        KeychainFaults::start(p, env, mode, {QStringLiteral(GUI_PROBE), "acct"});
        QElapsedTimer timer;
        timer.start();
        QVERIFY(p.waitForFinished(90000));
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        const QByteArray describe = "exit " + QByteArray::number(p.exitCode()) + "\n--- stdout:\n" +
                                    out + "\n--- stderr:\n" + err.right(3000);
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, describe.constData());
        const QStringList lines = QString::fromUtf8(out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), "title: " + Failure::categoryLabel(ErrorCategory::Keychain));
        QCOMPARE(lines.value(1), "message: " + message);
        QCOMPARE(lines.value(2), QString("listed: yes"));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(timer.elapsed() < KeychainFaults::kWatchdogSeconds * 1000 + 15000,
                 "the watchdog answers, not the hung keyring");
        KeychainFaults::verifyAccountKept(home, out, err);
    }
};

QTEST_GUILESS_MAIN(TestGuiKeychainFaults)
#include "tst_guikeychainfaults.moc"
