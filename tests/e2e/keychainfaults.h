#pragma once

// What the command-line and the desktop keychain-fault suites share: the
// account they start from, the wait for a Secret Service, and the cases with
// the sentence each must show.
#include <QTest>

namespace KeychainFaults {

inline const char* const kAccountFile =
    "{\"schema\":1,\"profiles\":[{\"id\":\"5f1c1c56-2b0a-4d0c-9a3e-"
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
        << "No keychain service is running. On Linux, start gnome-keyring or KWallet.";
    QTest::newRow("locked") << "locked"
                            << "The keychain is locked or refused access; unlock it and retry.";
    QTest::newRow("denied") << "denied"
                            << "The keychain refused TokenDock access; allow it in your "
                               "keyring or password manager, then retry.";
    QTest::newRow("hung") << "hung"
                          << "The keychain did not answer in time; check that it is not "
                             "waiting for a password prompt, then retry.";
}

} // namespace KeychainFaults
