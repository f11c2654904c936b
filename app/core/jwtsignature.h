// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jwks.h"
#include "message.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The parts of a compact JWS: what was signed, the signature, and the header
// and claims as JSON. Nothing here is trusted until a signature check says so.
struct JwtParts
{
    QByteArray signingInput; // base64url(header) '.' base64url(payload)
    QByteArray signature;    // decoded
    QJsonObject header;
    QJsonObject claims;
    QString alg() const { return header.value(QLatin1String("alg")).toString(); }
    QString kid() const { return header.value(QLatin1String("kid")).toString(); }

    // nullopt when the token is not a JWS in compact form (an opaque token).
    static std::optional<JwtParts> split(const QByteArray& token);
};

// JWS signature checks with libcrypto (RFC 7518 section 3, RFC 8037): RS*,
// PS*, ES* and EdDSA (Ed25519). HMAC and "none" are never checked here.
class JwtSignature
{
public:
    enum class Result
    {
        Verified,
        Mismatch,    // the key does not check the signature
        KeyMismatch, // the key's type, curve or "alg" does not fit the algorithm
        Unsupported, // an algorithm TokenDock does not check
        Malformed    // the signature has the wrong shape for the algorithm
    };

    static bool isSupported(const QString& alg);
    static bool isHmac(const QString& alg) { return alg.startsWith(QLatin1String("HS")); }
    // Whether `key` may check `alg`: its type, its curve and its JWK "alg".
    static bool fits(const PublicKey& key, const QString& alg);
    static Result verify(const QByteArray& signingInput, const QByteArray& signature,
                         const QString& alg, const PublicKey& key);
};
