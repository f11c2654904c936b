// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "issuedtoken.h"
#include "statusstyle.h"

#include <QCoreApplication>

#include <optional>

// Where an account stands right now, as the list and the header show it.
enum class AccountState
{
    Untested, // no live token and no failed test
    Busy,     // a request is on its way
    Valid,
    Expiring, // inside the warning window before expiry
    Expired,
    Failed,      // the latest test failed
    NeedsSecret, // imported, or its settings moved: nothing is sent until a secret is entered
};

struct AccountStatus
{
    Q_DECLARE_TR_FUNCTIONS(AccountStatus)

public:
    AccountState state = AccountState::Untested;
    std::optional<qint64> secondsLeft; // of the live token
    std::optional<qint64> lifetime;
    QString countdown; // "52:13", "11 h 58 min", "Expired", or empty

    // token: the account's current token, if any; margin: the refresh margin.
    static AccountStatus evaluate(const Account& account, const std::optional<IssuedToken>& token,
                                  bool busy, const QDateTime& now, qint64 margin);
    // The share of the lifetime in which a token counts as expiring: at least
    // the refresh margin, at least a tenth of the lifetime.
    static qint64 warningWindow(std::optional<qint64> lifetime, qint64 margin);

    static QString label(AccountState state);
    static StatusStyle::Tone tone(AccountState state);
    static QString stateId(AccountState state); // "valid", "expiring", ... for tests and styles

    // "52:13" under an hour, "11 h 58 min" above, "Expired" at or below zero.
    static QString shortCountdown(qint64 secondsLeft);
    // "52:13 left", "Expires in 11 h 58 min", "Expired 3 min ago".
    static QString longCountdown(qint64 secondsLeft);
    // A sentence about a span of time, each use with sentences of its own.
    enum class Span
    {
        ExpiredAgo,     // "Expired 3 days ago"
        ExpiresIn,      // "Expires in 2 h 5 min"
        ExpiresInLower, // "expires in 3 days", inside a longer line
        ValidFor,       // "A new token, valid for 3 days."
    };
    static QString span(Span use, qint64 seconds);
};
