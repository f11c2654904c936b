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
        QFile settings(home.configDir() + "/settings.ini");
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(
            "[keychain]\ntimeoutSeconds=2\n"); // the watchdog, shortened for the hung case
        settings.close();
        if (mode != "locked") {
            QFile profiles(home.profilesPath());
            QVERIFY(profiles.open(QIODevice::WriteOnly));
            profiles.write(KeychainFaults::kAccountFile);
        }
        const QString td = tokendockPath();
        const QString test = td + " test acct --json";
        QString script;
        if (mode == "locked")
            script = "eval \"$(printf pw | gnome-keyring-daemon --unlock --components=secrets)\"; "
                     "printf 'secret-of-acct\\n' | " +
                     td +
                     " add acct --carrier oauth2 --environment custom "
                     "--token-url https://auth.example.com/token --client-id client-1 "
                     "--secret-stdin >/dev/null && " +
                     QStringLiteral(STORAGE_HELPER) + " lock && " + test;
        else if (mode == "denied" || mode == "hung")
            script = QStringLiteral(BAD_SECRETS) + (mode == "denied" ? " deny" : " silent") +
                     " >/dev/null 2>&1 & bs=$!; " + KeychainFaults::kWaitForService + test +
                     "; status=$?; kill $bs; exit $status";

        QProcess p;
        QProcessEnvironment env = home.environment();
        if (mode == "no-backend") {
            env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
            p.setProcessEnvironment(env);
            p.start(td, {"test", "acct", "--json"});
        } else {
            p.setProcessEnvironment(env);
            p.start("dbus-run-session", {"--", "sh", "-c", script});
        }
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
        QVERIFY2(timer.elapsed() < 2000 + 10000, "the watchdog answers, not the hung keyring");
        // the account is still there, untouched
        const QJsonArray accounts =
            QJsonDocument::fromJson(home.profilesBytes()).object().value("profiles").toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.at(0).toObject().value("name").toString(), QString("acct"));
        QCOMPARE(accounts.at(0).toObject().value("client_id").toString(), QString("client-1"));
        QVERIFY(!out.contains("secret-of-acct") && !err.contains("secret-of-acct"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "tst_keychainfaults.moc"
