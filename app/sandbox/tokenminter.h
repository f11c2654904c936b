// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "signingkey.h"

#include <QByteArray>
#include <QJsonObject>

// Makes the sandbox's tokens: JWTs signed with RS256 or ES256 keys made when
// the sandbox starts (published as a JWK set, like a carrier's), or random
// opaque strings. Every token is new and unguessable, so tests can search for
// them afterwards.
class TokenMinter
{
public:
    TokenMinter();
    // Signed with `alg` ("RS256" or "ES256"); the kid names the key and its generation.
    QByteArray jwt(const QJsonObject& claims, const QByteArray& keyId,
                   const QString& alg = QStringLiteral("RS256")) const;
    // The public keys of the current generation, as kids `keyId`-rs256-N and -es256-N.
    QByteArray jwks(const QByteArray& keyId) const;
    // The same kids with other keys: a carrier publishing the wrong keys.
    QByteArray wrongJwks(const QByteArray& keyId) const;
    // New keys under new kids, as a carrier rotating its keys.
    void rotate();
    static QByteArray opaque(int length);
    static QByteArray randomId();

private:
    QString kid(const QByteArray& keyId, const QString& alg) const;
    QByteArray jwks(const QByteArray& keyId, const SigningKey& rsa, const SigningKey& ec) const;

    SigningKey m_rsa;
    SigningKey m_ec;
    SigningKey m_otherRsa;
    SigningKey m_otherEc;
    int m_generation = 1;
};
