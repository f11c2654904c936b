// SPDX-License-Identifier: Apache-2.0
#include "headerformat.h"

#include "issuedtoken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
struct FormatInfo
{
    HeaderFormat::Format format;
    const char* id;
};
constexpr FormatInfo kFormats[] = {
    {HeaderFormat::Header, "header"},
    {HeaderFormat::Token, "token"},
    {HeaderFormat::Curl, "curl"},
    {HeaderFormat::Httpie, "httpie"},
    {HeaderFormat::PowerShell, "powershell"},
    {HeaderFormat::Env, "env"},
    {HeaderFormat::Json, "json"},
};

QString apiTarget(const QUrl& apiUrl)
{
    if (!apiUrl.isValid() || apiUrl.host().isEmpty())
        return QStringLiteral("https://api.example.com/");
    QUrl origin;
    origin.setScheme(apiUrl.scheme());
    origin.setHost(apiUrl.host());
    origin.setPort(apiUrl.port());
    origin.setPath(QStringLiteral("/"));
    return origin.toString();
}
} // namespace

QList<HeaderFormat::Format> HeaderFormat::all()
{
    QList<Format> out;
    for (const auto& f : kFormats)
        out << f.format;
    return out;
}

QString HeaderFormat::id(Format format)
{
    for (const auto& f : kFormats) {
        if (f.format == format)
            return QString::fromLatin1(f.id);
    }
    return {};
}

std::optional<HeaderFormat::Format> HeaderFormat::fromId(const QString& text)
{
    for (const auto& f : kFormats) {
        if (text.compare(QLatin1String(f.id), Qt::CaseInsensitive) == 0)
            return f.format;
    }
    return std::nullopt;
}

QStringList HeaderFormat::ids()
{
    QStringList out;
    for (const auto& f : kFormats)
        out << QString::fromLatin1(f.id);
    return out;
}

QString HeaderFormat::label(Format format)
{
    switch (format) {
    case Header:
        return tr("Authorization header");
    case Token:
        return tr("Bare token");
    case Curl:
        return tr("curl command");
    case Httpie:
        return tr("HTTPie command");
    case PowerShell:
        return tr("PowerShell command");
    case Env:
        return tr(".env line");
    case Json:
        return tr("JSON");
    }
    return {};
}

QString HeaderFormat::envVariableName(const QString& accountName)
{
    QString name;
    for (const QChar c : accountName.toUpper()) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            name.append(c);
        else if (!name.endsWith(QLatin1Char('_')))
            name.append(QLatin1Char('_'));
    }
    while (name.endsWith(QLatin1Char('_')))
        name.chop(1);
    while (name.startsWith(QLatin1Char('_')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("TOKEN");
    else if (name.front().isDigit())
        name.prepend(QStringLiteral("TOKEN_"));
    return name + QStringLiteral("_ACCESS_TOKEN");
}

QString HeaderFormat::shellQuote(const QString& text)
{
    // inside '...' every character is literal but ' itself: close, escape, reopen
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString HeaderFormat::powerShellQuote(const QString& text)
{
    // PowerShell ends a verbatim string at any single quote, the typographic
    // ones too (U+2018, U+2019, U+201A, U+201B); a doubled one stands for itself
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted.append(QLatin1Char('\''));
    for (const QChar c : text) {
        if (isPowerShellQuote(c))
            quoted.append(c);
        quoted.append(c);
    }
    quoted.append(QLatin1Char('\''));
    return quoted;
}

bool HeaderFormat::isPowerShellQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) ||
           c == QChar(0x201A) || c == QChar(0x201B);
}

QString HeaderFormat::httpieItem(const QString& name, const QString& value)
{
    // HTTPie reads a backslash as an escape in request items, and a value that
    // starts with '=' or '@' as another kind of item (':=' JSON, ':@' a file)
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    if (escaped.startsWith(QLatin1Char('=')) || escaped.startsWith(QLatin1Char('@')))
        escaped.prepend(QLatin1Char('\\'));
    return name + QLatin1Char(':') + escaped;
}

namespace {
// A PowerShell hashtable key: bare when it is a plain identifier, else quoted.
QString powerShellKey(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return plain.match(name).hasMatch() ? name : HeaderFormat::powerShellQuote(name);
}

QString renderCommand(HeaderFormat::Format format, const QList<QPair<QString, QString>>& headers,
                      const QUrl& apiUrl)
{
    QStringList parts;
    const QString target = apiTarget(apiUrl);
    switch (format) {
    case HeaderFormat::Curl:
        parts << QStringLiteral("curl");
        for (const auto& h : headers)
            parts << QStringLiteral("-H")
                  << HeaderFormat::shellQuote(h.first + QStringLiteral(": ") + h.second);
        parts << HeaderFormat::shellQuote(target);
        return parts.join(QLatin1Char(' '));
    case HeaderFormat::Httpie:
        parts << QStringLiteral("http GET") // untranslated: the httpie command line
              << HeaderFormat::shellQuote(target);
        for (const auto& h : headers)
            parts << HeaderFormat::shellQuote(HeaderFormat::httpieItem(h.first, h.second));
        return parts.join(QLatin1Char(' '));
    case HeaderFormat::PowerShell:
        for (const auto& h : headers)
            parts << powerShellKey(h.first) + QStringLiteral(" = ") +
                         HeaderFormat::powerShellQuote(h.second);
        return QStringLiteral("Invoke-RestMethod -Uri %1 -Headers @{ %2 }")
            .arg(HeaderFormat::powerShellQuote(target), parts.join(QStringLiteral("; ")));
    default:
        return {};
    }
}

QString renderJson(const IssuedToken& token, const QList<QPair<QString, QString>>& headers)
{
    QJsonObject obj;
    obj.insert(QStringLiteral("access_token"), QString::fromUtf8(token.accessToken.expose()));
    obj.insert(QStringLiteral("token_type"),
               token.tokenType.isEmpty() ? QStringLiteral("Bearer") : token.tokenType);
    if (token.useHeader.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
        obj.insert(QStringLiteral("authorization"), token.headerValue());
    QJsonObject all;
    for (const auto& h : headers)
        all.insert(h.first, h.second);
    obj.insert(QStringLiteral("headers"), all);
    const QDateTime expires = token.expiresAt();
    obj.insert(QStringLiteral("expires_at"), expires.isValid()
                                                 ? QJsonValue(expires.toUTC().toString(Qt::ISODate))
                                                 : QJsonValue());
    obj.insert(QStringLiteral("expires_from"), expirySourceId(token.expirySource()));
    obj.insert(QStringLiteral("scopes"), QJsonValue::fromVariant(token.scopes));
    return QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact));
}

// .env lines: the token, then one variable per further header (NAME_CONSUMER_KEY).
QString renderEnv(const IssuedToken& token, const QString& accountName)
{
    const QString tokenVariable = HeaderFormat::envVariableName(
        accountName.isEmpty() ? QStringLiteral("tokendock") : accountName);
    QStringList lines{tokenVariable + QLatin1Char('=') +
                      HeaderFormat::shellQuote(QString::fromUtf8(token.accessToken.expose()))};
    const QString prefix = tokenVariable.chopped(int(qstrlen("ACCESS_TOKEN")));
    for (const ApiHeader& h : token.apiHeaders) {
        QString name = prefix;
        for (const QChar c : QString::fromLatin1(h.name).toUpper())
            name.append(c.isLetterOrNumber() ? c : QLatin1Char('_'));
        // a header that would take the token's own variable keeps out of it
        if (name == tokenVariable)
            continue;
        lines << name + QLatin1Char('=') +
                     HeaderFormat::shellQuote(QString::fromUtf8(h.value.expose()));
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString HeaderFormat::render(Format format, const IssuedToken& token, const QUrl& apiUrl,
                             const QString& accountName)
{
    const QList<QPair<QString, QString>> headers = token.headers();
    switch (format) {
    case Header: {
        // one header a line, the token's first
        QStringList lines;
        for (const auto& h : headers)
            lines << h.first + QStringLiteral(": ") + h.second;
        return lines.join(QLatin1Char('\n'));
    }
    case Token:
        return QString::fromUtf8(token.accessToken.expose());
    case Curl:
    case Httpie:
    case PowerShell:
        return renderCommand(format, headers, apiUrl);
    case Env:
        // a POSIX shell assignment (set -a; . ./.env); dotenv loaders read the
        // same value while the token holds no quote or backslash
        return renderEnv(token, accountName);
    case Json:
        return renderJson(token, headers);
    }
    return {};
}
