// Keychain trouble through the desktop window: with no backend, a locked
// keyring, a keyring that refuses access and one that never answers, Test
// shows the keychain category in the outcome banner with each case's own
// sentence, and the account stays listed and on disk. The window runs in
// tokendock_guiprobe, each case in a private D-Bus session (the CLI side is
// tst_keychainfaults).
#include "clitest.h"
#include "keychainfaults.h"
#include "tokenerror.h"

#include <QElapsedTimer>

namespace {
constexpr int kWatchdogSeconds = 2;
} // namespace

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
        QFile settings(home.configDir() + "/settings.ini");
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[keychain]\ntimeoutSeconds=" + QByteArray::number(kWatchdogSeconds) +
                       "\n"); // the watchdog, shortened for the hung case
        settings.close();
        if (mode != "locked") {
            QFile profiles(home.profilesPath());
            QVERIFY(profiles.open(QIODevice::WriteOnly));
            profiles.write(KeychainFaults::kAccountFile);
        }
        const QString probe = QStringLiteral(GUI_PROBE) + " acct";
        QString script;
        if (mode == "locked")
            script = "eval \"$(printf pw | gnome-keyring-daemon --unlock --components=secrets)\"; "
                     "printf 'secret-of-acct\\n' | " +
                     tokendockPath() +
                     " add acct --carrier oauth2 --environment custom "
                     "--token-url https://auth.example.com/token --client-id client-1 "
                     "--secret-stdin >/dev/null && " +
                     QStringLiteral(STORAGE_HELPER) + " lock && " + probe;
        else if (mode == "denied" || mode == "hung")
            script = QStringLiteral(BAD_SECRETS) + (mode == "denied" ? " deny" : " silent") +
                     " >/dev/null 2>&1 & bs=$!; " + KeychainFaults::kWaitForService + probe +
                     "; status=$?; kill $bs; exit $status";

        QProcessEnvironment env = home.environment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        // a runtime folder of its own, so a private keyring never meets the session's
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        env.insert("XDG_RUNTIME_DIR", runtime.path());
        QProcess p;
        if (mode == "no-backend") {
            env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
            p.setProcessEnvironment(env);
            p.start(GUI_PROBE, {"acct"});
        } else {
            p.setProcessEnvironment(env);
            p.start("dbus-run-session", {"--", "sh", "-c", script});
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY(p.waitForFinished(90000));
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        const QByteArray describe = "exit " + QByteArray::number(p.exitCode()) + "\n--- stdout:\n" +
                                    out + "\n--- stderr:\n" + err.right(3000);
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, describe.constData());
        const QStringList lines = QString::fromUtf8(out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), "title: " + TokenError::categoryLabel(ErrorCategory::Keychain));
        QCOMPARE(lines.value(1), "message: " + message);
        QCOMPARE(lines.value(2), QString("listed: yes"));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(timer.elapsed() < kWatchdogSeconds * 1000 + 15000,
                 "the watchdog answers, not the hung keyring");
        // the account is still there, untouched
        const QJsonArray accounts =
            QJsonDocument::fromJson(home.profilesBytes()).object().value("profiles").toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.at(0).toObject().value("name").toString(), QString("acct"));
        QCOMPARE(accounts.at(0).toObject().value("client_id").toString(), QString("client-1"));
        QVERIFY(!out.contains("secret-of-acct") && !err.contains("secret-of-acct"));
    }
};

QTEST_GUILESS_MAIN(TestGuiKeychainFaults)
#include "tst_guikeychainfaults.moc"
