// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountservice.h"
#include "appservices.h"
#include "icons.h"
#include "keychaintest.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

inline Failure createAccount(AppServices& services, const Account& account,
                             const AccountSecrets& secrets)
{
    Failure result =
        Failure::make(ErrorCategory::Internal, Message::plain(QStringLiteral("no answer")));
    QObject context; // the service answers only while its context lives
    waitForCallback([&](auto quit) {
        services.accounts()->create(account, secrets, &context, [&result, quit](const Failure& r) {
            result = r;
            quit();
        });
    });
    return result;
}

// The account's secrets as the keychain holds them now.
inline AccountSecrets readSecrets(AppServices& services, const QUuid& id)
{
    AccountSecrets result;
    QObject context;
    waitForCallback([&](auto quit) {
        services.accounts()->readSecrets(
            id, &context, [&result, quit](const AccountSecrets& secrets, const SecretResult&) {
                result = secrets;
                quit();
            });
    });
    return result;
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
