// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretreminders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class AccountActivity;
struct Account;

// What the tray icon and its tooltip say about all accounts at once. Each
// account's state comes from AccountStatus, as in the list; this only sums up.
struct TrayStatus
{
    Q_DECLARE_TR_FUNCTIONS(TrayStatus)

public:
    enum class Overall
    {
        Fine,      // nothing expired, no failed test
        Expired,   // a token ran out
        Failed,    // an account's latest test failed
        Attention, // tokens fine, but a secret expires soon or has not worked for days
    };

    Overall overall = Overall::Fine;
    int accounts = 0;
    int expired = 0;
    int failed = 0;
    QString soonestName; // the account whose live token expires first
    QDateTime soonestExpiry;
    QDateTime nextChange;            // the next moment the summary changes by itself
    QList<SecretReminder> reminders; // due now (SecretReminderWatch)

    static TrayStatus evaluate(const QList<Account>& accounts, const AccountActivity& activity,
                               const QDateTime& now);
    // Adds the secret reminders due: the icon asks for attention while any is.
    void addReminders(const QList<SecretReminder>& due);

    // "TokenDock", then the soonest expiry and what needs attention.
    QString toolTip(const QString& appName) const;
    static QString iconName(Overall overall);  // a resources/icons name
    static QString overallId(Overall overall); // "fine", "expired", "failed", "attention"
};
