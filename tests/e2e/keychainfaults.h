// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the command-line and the desktop keychain-fault suites share: the
// account they start from, the wait for a Secret Service, and the cases with
// the sentence each must show.
#include "clitest.h"

#include <QTest>

namespace KeychainFaults {

inline const char* const kAccountFile =
    "{\"schema\":2,\"accounts\":[{\"id\":\"5f1c1c56-2b0a-4d0c-9a3e-"
    "2b7d8a1f0c11\",\"name\":\"acct\","
    "\"carrier\":\"oauth2\",\"environment\":\"custom\",\"token_url\":"
    "\"https://auth.example.com/token\","
    "\"client_id\":\"client-1\"}]}";

// waits until something owns the Secret Service name, without sleeping blind
inline const char* const kWaitForService =
    "until dbus-send --session --print-reply --dest=org.freedesktop.DBus / "
    "org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; "
    "do :; done; ";

// Columns mode (for tokendock_badsecrets and the session set-up) and message.
inline void addRows()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no backend")
        << "no-backend"
        << "No keychain service is running. Start GNOME Keyring, KWallet, or KeePassXC with "
           "Secret Service Integration on, then retry.";
    // a locked GNOME Keyring is named, with what to do in it
    QTest::newRow("locked") << "locked"
                            << "GNOME Keyring is locked. Unlock it (answer its password prompt, "
                               "or use Passwords and Keys), then retry.";
    QTest::newRow("denied") << "denied"
                            << "The keychain refused TokenDock access; allow it in your "
                               "keyring or password manager, then retry.";
    QTest::newRow("hung") << "hung"
                          << "The keychain did not answer in time; check that it is not "
                             "waiting for a password prompt, then retry.";
}

constexpr int kWatchdogSeconds = 2;

// A HOME whose keychain watchdog is short (for the hung case) and, except for
// the locked case (whose script adds it), holds the account.
inline void prepareHome(const CliHome& home, const QString& mode)
{
    QFile settings(home.configDir() + QStringLiteral("/settings.ini"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[keychain]\ntimeoutSeconds=" + QByteArray::number(kWatchdogSeconds) + "\n");
    settings.close();
    if (mode != QLatin1String("locked")) {
        QFile accounts(home.accountsPath());
        QVERIFY(accounts.open(QIODevice::WriteOnly));
        accounts.write(kAccountFile);
    }
}

// Starts `command` (program and arguments, one shell word each) in the keychain
// trouble `mode` asks for: no session bus at all, or a private D-Bus session
// with a keyring that is locked, refuses access or never answers.
inline void start(QProcess& process, QProcessEnvironment env, const QString& mode,
                  const QStringList& command)
{
    if (mode == QLatin1String("no-backend")) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        process.setProcessEnvironment(env);
        process.start(command.first(), command.mid(1));
        return;
    }
    const QString line = command.join(QLatin1Char(' '));
    QString script;
    if (mode == QLatin1String("locked"))
        script = "eval \"$(printf pw | gnome-keyring-daemon --unlock --components=secrets)\"; "
                 "printf 'secret-of-acct\\n' | " +
                 tokendockPath() +
                 " add acct --carrier oauth2 --environment custom "
                 "--token-url https://auth.example.com/token --client-id client-1 "
                 "--secret-stdin >/dev/null && " +
                 QStringLiteral(STORAGE_HELPER) + " lock && " + line;
    else
        script = QStringLiteral(BAD_SECRETS) +
                 (mode == QLatin1String("denied") ? " deny" : " silent") +
                 " >/dev/null 2>&1 & bs=$!; " + kWaitForService + line +
                 "; status=$?; kill $bs; exit $status";
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("dbus-run-session"),
                  {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
}

// The account is still there, untouched, and its secret was never shown.
inline void verifyAccountKept(const CliHome& home, const QByteArray& out, const QByteArray& err)
{
    const QJsonArray accounts =
        QJsonDocument::fromJson(home.accountsBytes()).object().value("accounts").toArray();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.at(0).toObject().value("name").toString(), QString("acct"));
    QCOMPARE(accounts.at(0).toObject().value("client_id").toString(), QString("client-1"));
    QVERIFY(!out.contains("secret-of-acct") && !err.contains("secret-of-acct"));
}

} // namespace KeychainFaults
