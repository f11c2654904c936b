// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountcheck.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// What `tokendock check` prints and exits with: one line per account for
// people, one JSON document for monitoring, and the desktop notification.
class CheckOutput
{
    Q_DECLARE_TR_FUNCTIONS(CheckOutput)

public:
    // Documented exit codes; when several apply, failed wins over could not
    // check, which wins over expiring.
    static constexpr int kExpiringExit = 9;
    static constexpr int kFailedExit = 10;
    static constexpr int kCouldNotCheckExit = 11;

    static int exitCode(const QList<CheckOutcome>& outcomes);
    // One aligned line per account: name, verdict, reason, secret age,
    // expiry, last success.
    static QString text(const QList<CheckOutcome>& outcomes, const QDateTime& now);
    static QJsonObject json(const QList<CheckOutcome>& outcomes, int warnDays,
                            const QDateTime& now);
    // The notification: counts in the summary, the accounts by name in the body.
    static QString notificationSummary(const QList<CheckOutcome>& outcomes);
    static QString notificationBody(const QList<CheckOutcome>& outcomes);

private:
    static QStringList row(const CheckOutcome& o, const QDateTime& now);
    static QString verdictWord(const CheckOutcome& o);
    static QString reason(const CheckOutcome& o, const QDateTime& now);
    static QString secretAge(const CheckOutcome& o, const QDateTime& now);
    static QString secretExpiry(const CheckOutcome& o, const QDateTime& now);
    static QJsonObject accountJson(const CheckOutcome& o, const QDateTime& now);
};
