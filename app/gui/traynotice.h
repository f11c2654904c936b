// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tokenresult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// A desktop notification the tray shows for something the window did.
struct TrayNotice
{
    Q_DECLARE_TR_FUNCTIONS(TrayNotice)

public:
    QString title;   // the account's name and the failure's category
    QString message; // the failure's sentence, never a secret (the core scrubbed it)

    // A test started in the window that failed while the window is hidden in
    // the tray: nobody would see its banner. Nothing for a success, a
    // cancelled test, or while the window shows.
    static std::optional<TrayNotice> forWindowTest(const QString& accountName,
                                                   const TokenResult& result, bool windowVisible);
};
