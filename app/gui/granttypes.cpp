// SPDX-License-Identifier: Apache-2.0
#include "granttypes.h"

#include <QCoreApplication>

QString GrantTypes::label(const QString& id)
{
    if (id == QLatin1String("client_credentials"))
        return QCoreApplication::translate("GrantTypes", "Client credentials");
    if (id == QLatin1String("password"))
        return QCoreApplication::translate("GrantTypes", "Password");
    if (id == QLatin1String("refresh_token"))
        return QCoreApplication::translate("GrantTypes", "Refresh token");
    if (id == QLatin1String("authorization_code"))
        return QCoreApplication::translate("GrantTypes", "Authorization code");
    // FedEx: Compatible Provider (integrator) and Proprietary Parent Child
    if (id == QLatin1String("csp_credentials"))
        return QCoreApplication::translate("GrantTypes", "CSP (integrator)");
    if (id == QLatin1String("client_pc_credentials"))
        return QCoreApplication::translate("GrantTypes", "Parent/child (integrator)");
    QString words = id;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}
