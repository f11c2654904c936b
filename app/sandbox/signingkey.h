// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

// A key pair made with libcrypto that signs JWS the way a carrier would (RS*,
// PS*, ES*, EdDSA) and publishes its public half as a JWK or PEM. The
// sandbox signs its tokens with these; tests make their own.
class SigningKey
{
public:
    static SigningKey rsa(int bits = 2048);
    static SigningKey ec(const char* curve = "P-256"); // "P-256", "P-384", "P-521"
    static SigningKey ed25519();

    bool isNull() const { return !m_key; }
    // The JWS signature of `input` (ECDSA as R || S); empty when `alg` does not fit.
    QByteArray sign(const QString& alg, const QByteArray& input) const;
    // A whole compact JWS of `claims`, with "alg", "typ" and "kid" in its header.
    QByteArray jwt(const QJsonObject& claims, const QString& alg, const QString& kid) const;
    QJsonObject jwk(const QString& kid) const;
    QByteArray pem() const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
    int m_ecBytes = 0; // the size of R and S; 0 for RSA and Ed25519
};
