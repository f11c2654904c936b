// SPDX-License-Identifier: Apache-2.0
#include "tokenminter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {
// Made once per process: a test suite starts many sandboxes, and RSA key
// generation takes a noticeable moment. rotate() makes an instance its own.
struct ProcessKeys
{
    SigningKey rsa = SigningKey::rsa();
    SigningKey ec = SigningKey::ec();
    SigningKey otherRsa = SigningKey::rsa();
    SigningKey otherEc = SigningKey::ec();
};
const ProcessKeys& processKeys()
{
    static const ProcessKeys keys;
    return keys;
}
} // namespace

TokenMinter::TokenMinter()
    : m_rsa(processKeys().rsa)
    , m_ec(processKeys().ec)
    , m_otherRsa(processKeys().otherRsa)
    , m_otherEc(processKeys().otherEc)
{}

QString TokenMinter::kid(const QByteArray& keyId, const QString& alg) const
{
    return QString::fromLatin1(keyId) + QLatin1Char('-') + alg.toLower() + QLatin1Char('-') +
           QString::number(m_generation);
}

QByteArray TokenMinter::jwt(const QJsonObject& claims, const QByteArray& keyId,
                            const QString& alg) const
{
    const SigningKey& key = alg.startsWith(QLatin1String("ES")) ? m_ec : m_rsa;
    return key.jwt(claims, alg, kid(keyId, alg));
}

QByteArray TokenMinter::jwks(const QByteArray& keyId, const SigningKey& rsa,
                             const SigningKey& ec) const
{
    QJsonObject rsaJwk = rsa.jwk(kid(keyId, QStringLiteral("RS256")));
    rsaJwk.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    QJsonObject ecJwk = ec.jwk(kid(keyId, QStringLiteral("ES256")));
    ecJwk.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
    const QJsonObject set{{QStringLiteral("keys"), QJsonArray{rsaJwk, ecJwk}}};
    return QJsonDocument(set).toJson(QJsonDocument::Compact);
}

QByteArray TokenMinter::jwks(const QByteArray& keyId) const
{
    return jwks(keyId, m_rsa, m_ec);
}

QByteArray TokenMinter::wrongJwks(const QByteArray& keyId) const
{
    return jwks(keyId, m_otherRsa, m_otherEc);
}

void TokenMinter::rotate()
{
    m_rsa = SigningKey::rsa();
    m_ec = SigningKey::ec();
    ++m_generation;
}

QByteArray TokenMinter::opaque(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = alphabet[QRandomGenerator::system()->bounded(62)];
    return out;
}

QByteArray TokenMinter::randomId()
{
    return opaque(16);
}
