// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretreminders.h"
#include "statusstyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

struct Account;

// The words for a secret's life (set, expiry, last worked) and the mark a
// reminder puts on an account, one place for the list and the page.
struct SecretLife
{
    Q_DECLARE_TR_FUNCTIONS(SecretLife)

public:
    struct Mark
    {
        QString text; // "expires in 5 days", "secret expired", "not working for 9 days"
        StatusStyle::Tone tone = StatusStyle::Tone::Warning;
        SecretReminder reminder;
    };

    // "Secret: set 45 days ago · expires 2027-01-05 · last worked today";
    // empty when nothing is known (a new account, a missing secret).
    static QString line(const Account& account, const QDateTime& now);
    // One fact a line, for the list's tooltip.
    static QString toolTip(const Account& account, const QDateTime& now);
    // The most pressing reminder due for the account, if any.
    static std::optional<Mark> mark(const Account& account, const QDateTime& now,
                                    const ReminderRules& rules);
    static QString markText(const SecretReminder& reminder);

private:
    static QString setText(const Account& account, const QDateTime& now);
    static QString expiresText(const Account& account, const QDateTime& now);
    static QString workedText(const Account& account, const QDateTime& now);
};
