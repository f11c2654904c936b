// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// A secret's life in words (never the secret): how old it is, when the
// carrier says it expires, when the account last worked. `tokendock list`
// and the support report say it the same way.
class SecretLifeText
{
    Q_DECLARE_TR_FUNCTIONS(SecretLifeText)

public:
    // "secret 45 days old", "secret set today", "secret age unknown";
    // empty while no secret is stored.
    static QString age(const Account& account, const QDateTime& now);
    // "expires 2027-01-05, in 33 days", "expires today (2026-12-03)",
    // "expired 3 days ago (2026-11-30)"; empty when no date is known.
    static QString expiry(const Account& account, const QDateTime& now);
    // "last worked <when>" with `when` made by the caller, or "not seen working yet".
    static QString lastWorked(const Account& account, const QString& when);
    // The three joined, e.g. for one line of a report.
    static QString summary(const Account& account, const QDateTime& now, const QString& when);
};
