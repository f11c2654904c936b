// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

struct IssuedToken;

enum class TokenFormat
{
    Opaque,
    Jwt
};

// What can be read from an access token without trusting it. Claims are
// information for a person (RFC 9068 §6): the signature is never verified.
struct TokenInspection
{
    TokenFormat format = TokenFormat::Opaque;
    QJsonObject header;
    QJsonObject claims;
    QStringList scopes;   // from "scope" (space separated) or "scp" (array or string)
    QDateTime expiresAt;  // "exp", invalid when absent or unusable
    QDateTime issuedAt;   // "iat"
    QDateTime notBefore;  // "nbf"
    bool algNone = false; // header says "alg": "none": an unsigned token
    Message note;         // why a JWT-shaped token could not be decoded, or a claim was ignored

    bool isJwt() const { return format == TokenFormat::Jwt; }
    QString algorithm() const;
    QString formatId() const; // "jwt" or "opaque"
};

class TokenInspector
{
    Q_DECLARE_TR_FUNCTIONS(TokenInspector)

public:
    static constexpr qsizetype kMaxDecodedLength = 64 * 1024;

    static TokenInspection inspect(const QByteArray& token);
    // Decodes an issued token once and settles what the views read from it,
    // whether it just arrived or came from the cache: the JWT expiry, and in
    // token->scopes (the response's scopes on the way in) the final scope list.
    static TokenInspection inspect(IssuedToken* token);
    // The one scope rule: the response's scopes first, then the JWT's "scope"
    // and "scp" claims it did not name; order kept, no duplicates.
    static QStringList grantedScopes(const QStringList& fromResponse,
                                     const TokenInspection& inspection);
    // Strict base64url: only A-Z a-z 0-9 - _, no padding, no whitespace.
    static bool decodeBase64Url(const QByteArray& in, QByteArray* out);
    static QStringList scopesFrom(const QJsonValue& scope, const QJsonValue& scp);
    // A NumericDate claim as a time; invalid for anything that is not a sane number.
    static QDateTime numericDate(const QJsonValue& value);
};
