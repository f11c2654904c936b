#pragma once

#include "accountservice.h"
#include "appservices.h"
#include "icons.h"
#include "secretstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEventLoop>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

// Runs an asynchronous call and waits for its callback (or 20 s).
template <typename Start> void waitFor(Start&& start)
{
    QEventLoop loop;
    bool done = false;
    start([&loop, &done] {
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

inline SecretResult readKeychain(SecretStore& store, const QString& key)
{
    SecretResult result;
    result.status = SecretResult::Failed;
    waitFor([&](auto quit) {
        store.read(key, nullptr, [&result, quit](const SecretResult& r) {
            result = r;
            quit();
        });
    });
    return result;
}

inline AccountResult createAccount(AppServices& services, const Profile& profile,
                                   const ProfileSecrets& secrets)
{
    AccountResult result{ErrorCategory::Internal, QStringLiteral("no answer")};
    QObject context; // the service answers only while its context lives
    waitFor([&](auto quit) {
        services.accounts()->create(profile, secrets, &context,
                                    [&result, quit](const AccountResult& r) {
                                        result = r;
                                        quit();
                                    });
    });
    return result;
}

// Keychain tests need a working Secret Service (packaging/dev.sh keyring
// starts one); without it they fail loudly instead of passing vacuously.
inline bool keychainWorks(QString* why)
{
    SecretStore store(QStringLiteral("TokenDock GUI probe"));
    SecretResult w;
    waitFor([&](auto quit) {
        store.write(QStringLiteral("probe"), SecretBytes(QByteArray("probe")), nullptr,
                    [&w, quit](const SecretResult& r) {
                        w = r;
                        quit();
                    });
    });
    if (!w.ok()) {
        *why = QStringLiteral("No working Secret Service (%1). Run the GUI tests through "
                              "packaging/dev.sh keyring.")
                   .arg(w.message);
        return false;
    }
    return true;
}

// Clicks a button of the next modal message box as soon as it opens.
inline void answerNextMessageBox(const QString& buttonObjectName,
                                 QMessageBox::StandardButton standard = QMessageBox::NoButton,
                                 int attempts = 500)
{
    QTimer::singleShot(10, [buttonObjectName, standard, attempts] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (attempts > 0) // not open yet
                answerNextMessageBox(buttonObjectName, standard, attempts - 1);
            return;
        }
        QAbstractButton* button = standard != QMessageBox::NoButton
                                      ? box->button(standard)
                                      : box->findChild<QAbstractButton*>(buttonObjectName);
        if (button)
            button->click();
        else
            box->reject();
    });
}
