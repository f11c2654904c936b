// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretstore.h"
#include "waitforcallback.h"

#include <QTest>

#include <functional>

// One keychain call, waited for; "no answer" when none came in time.
inline SecretResult keychainCall(const std::function<void(SecretStore::Callback)>& call)
{
    SecretResult result;
    result.status = SecretResult::Failed;
    result.message = Message::plain(QStringLiteral("no answer"));
    waitForCallback([&](auto quit) {
        call([&result, quit](const SecretResult& r) {
            result = r;
            quit();
        });
    });
    return result;
}

inline SecretResult readKeychain(SecretStore& store, const QString& key)
{
    return keychainCall([&](auto cb) { store.read(key, nullptr, cb); });
}

// Keychain tests run against a real Secret Service (packaging/dev.sh keyring
// starts one). Without it they fail loudly instead of passing vacuously.
inline bool secretServiceWorks(QString* why)
{
    SecretStore store(QStringLiteral("TokenDock probe"));
    const SecretResult w = keychainCall([&](auto cb) {
        store.write(QStringLiteral("probe"), SecretBytes(QByteArray("probe-value")), nullptr, cb);
    });
    if (!w.ok()) {
        *why = QStringLiteral("No working Secret Service (%1). Run the tests through "
                              "packaging/dev.sh keyring, which starts a throwaway gnome-keyring.")
                   .arg(w.message.text());
        return false;
    }
    keychainCall([&](auto cb) { store.remove(QStringLiteral("probe"), nullptr, cb); });
    return true;
}

// For initTestCase(): stops the test, saying why, without a working Secret Service.
#define REQUIRE_SECRET_SERVICE()                                                                   \
    do {                                                                                           \
        QString whyNot;                                                                            \
        if (!secretServiceWorks(&whyNot))                                                          \
            QFAIL(qPrintable(whyNot));                                                             \
    } while (false)
