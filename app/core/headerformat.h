// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

struct IssuedToken;

// Ready-to-paste renderings of a token.
class HeaderFormat
{
    Q_DECLARE_TR_FUNCTIONS(HeaderFormat)

public:
    enum Format
    {
        Header,
        Token,
        Curl,
        Httpie,
        PowerShell,
        Env,
        Json
    };

    static QList<Format> all();
    static QString id(Format format); // "header", "token", "curl", ...
    static std::optional<Format> fromId(const QString& id);
    static QString label(Format format); // translated menu text
    static QStringList ids();

    // apiUrl is used by the command-shaped formats; accountName names the .env variable.
    static QString render(Format format, const IssuedToken& token, const QUrl& apiUrl = {},
                          const QString& accountName = {});
    // "ACME_BANYAN_ACCESS_TOKEN" from "acme-banyan"
    static QString envVariableName(const QString& accountName);
    // Quoting for POSIX shells and PowerShell, each correct on its own for any
    // text: a POSIX single-quoted word, a PowerShell verbatim string.
    static QString shellQuote(const QString& text);
    static QString powerShellQuote(const QString& text);
    // ' and the typographic single quotes, which all end a PowerShell verbatim string.
    static bool isPowerShellQuote(QChar c);
    // An HTTPie header item, "Name:value", its value escaped so HTTPie sends it as is.
    static QString httpieItem(const QString& name, const QString& value);
};
