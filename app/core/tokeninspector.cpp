// SPDX-License-Identifier: Apache-2.0
#include "tokeninspector.h"

#include "issuedtoken.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
// NumericDate bounds: the epoch to the end of year 9999
constexpr double kMaxNumericDate = 253402300799.0;

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

bool decodeJsonObject(const QByteArray& part, QJsonObject* out)
{
    QByteArray json;
    if (!TokenInspector::decodeBase64Url(part, &json))
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}
} // namespace

QString TokenInspection::algorithm() const
{
    return header.value(QStringLiteral("alg")).toString();
}

QString TokenInspection::formatId() const
{
    return format == TokenFormat::Jwt ? QStringLiteral("jwt") : QStringLiteral("opaque");
}

bool TokenInspector::decodeBase64Url(const QByteArray& in, QByteArray* out)
{
    if (in.isEmpty() || in.size() % 4 == 1)
        return false;
    for (char c : in) {
        if (!isBase64UrlChar(c))
            return false;
    }
    auto result = QByteArray::fromBase64Encoding(in, QByteArray::Base64UrlEncoding |
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = std::move(*result);
    return true;
}

QStringList TokenInspector::scopesFrom(const QJsonValue& scope, const QJsonValue& scp)
{
    QStringList out;
    const auto addWords = [&out](const QString& text) {
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!out.contains(word))
                out.append(word);
        }
    };
    if (scope.isString())
        addWords(scope.toString());
    else if (scope.isArray())
        for (const QJsonValue v : scope.toArray())
            addWords(v.toString());
    if (scp.isString())
        addWords(scp.toString());
    else if (scp.isArray())
        for (const QJsonValue v : scp.toArray())
            addWords(v.toString());
    return out;
}

QDateTime TokenInspector::numericDate(const QJsonValue& value)
{
    if (!value.isDouble())
        return {};
    const double seconds = value.toDouble();
    if (!(seconds >= 0.0 && seconds <= kMaxNumericDate))
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
}

TokenInspection TokenInspector::inspect(const QByteArray& token)
{
    TokenInspection result;
    if (token.count('.') != 2)
        return result;
    if (token.size() > kMaxDecodedLength) {
        const int bytes = static_cast<int>(token.size()); // lupdate reads no expression there
        result.note = Message::translate(
            "TokenInspector", "The token looks like a JWT but is too long to decode (%n bytes).",
            nullptr, bytes);
        return result;
    }
    const QList<QByteArray> parts = token.split('.');
    QJsonObject header;
    QJsonObject claims;
    if (!decodeJsonObject(parts.at(0), &header) || !decodeJsonObject(parts.at(1), &claims)) {
        result.note = Message::translate(
            "TokenInspector", "The token has three dot-separated parts, but they are not valid "
                              "base64url-encoded JSON, so it is treated as opaque.");
        return result;
    }
    // the signature must at least be base64url (it may be empty only for alg "none")
    QByteArray signature;
    const bool unsigned_ = parts.at(2).isEmpty();
    if (!unsigned_ && !decodeBase64Url(parts.at(2), &signature)) {
        result.note = Message::translate(
            "TokenInspector",
            "The token's signature part is not valid base64url, so it is treated as opaque.");
        return result;
    }
    result.format = TokenFormat::Jwt;
    result.header = header;
    result.claims = claims;
    result.algNone = header.value(QStringLiteral("alg"))
                             .toString()
                             .compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ||
                     unsigned_;
    result.scopes =
        scopesFrom(claims.value(QStringLiteral("scope")), claims.value(QStringLiteral("scp")));
    result.expiresAt = numericDate(claims.value(QStringLiteral("exp")));
    result.issuedAt = numericDate(claims.value(QStringLiteral("iat")));
    result.notBefore = numericDate(claims.value(QStringLiteral("nbf")));
    if (claims.contains(QStringLiteral("exp")) && !result.expiresAt.isValid())
        result.note = Message::translate(
            "TokenInspector", "The token's \"exp\" claim is not a valid time and was ignored.");
    return result;
}

TokenInspection TokenInspector::inspect(IssuedToken* token)
{
    TokenInspection inspection = inspect(token->accessToken.expose());
    token->expiresAtFromJwt = inspection.expiresAt;
    token->scopes = grantedScopes(token->scopes, inspection);
    return inspection;
}

QStringList TokenInspector::grantedScopes(const QStringList& fromResponse,
                                          const TokenInspection& inspection)
{
    QStringList out;
    for (const QStringList* list : {&fromResponse, &inspection.scopes}) {
        for (const QString& scope : *list) {
            if (!scope.isEmpty() && !out.contains(scope))
                out << scope;
        }
    }
    return out;
}
