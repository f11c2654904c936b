// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDate>

#include <optional>

// The day a carrier says a secret expires, as given on the command line
// (--expires, --secret-expires): YYYY-MM-DD, a day that exists.
class SecretDate
{
    Q_DECLARE_TR_FUNCTIONS(SecretDate)

public:
    // The date, or nothing with *problem saying what is wrong (`option` names it).
    static std::optional<QDate> parse(const QString& text, const QString& option, QString* problem);
};
