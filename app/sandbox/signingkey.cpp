// SPDX-License-Identifier: Apache-2.0
#include "signingkey.h"

#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace {
QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bnParam(EVP_PKEY* key, const char* name, int width = 0)
{
    BIGNUM* bn = nullptr;
    QByteArray out;
    if (EVP_PKEY_get_bn_param(key, name, &bn) == 1) {
        out.resize(width ? width : BN_num_bytes(bn));
        BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), int(out.size()));
    }
    BN_free(bn);
    return out;
}

QByteArray rawEcdsa(const QByteArray& der, int half)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
    QByteArray out;
    if (sig) {
        out.resize(2 * half);
        auto* o = reinterpret_cast<unsigned char*>(out.data());
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), o, half);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), o + half, half);
        ECDSA_SIG_free(sig);
    }
    return out;
}
} // namespace

SigningKey SigningKey::rsa(int bits)
{
    SigningKey k;
    k.m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)), EVP_PKEY_free);
    return k;
}

SigningKey SigningKey::ec(const char* curve)
{
    SigningKey k;
    k.m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve), EVP_PKEY_free);
    k.m_ecBytes = (EVP_PKEY_get_bits(k.m_key.get()) + 7) / 8;
    return k;
}

SigningKey SigningKey::ed25519()
{
    SigningKey k;
    k.m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), EVP_PKEY_free);
    return k;
}

QByteArray SigningKey::sign(const QString& alg, const QByteArray& input) const
{
    const char* digest = alg.endsWith(QLatin1String("256"))   ? "SHA256"
                         : alg.endsWith(QLatin1String("384")) ? "SHA384"
                         : alg.endsWith(QLatin1String("512")) ? "SHA512"
                                                              : nullptr;
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;
    QByteArray out;
    size_t length = 0;
    bool ok = m_key &&
              EVP_DigestSignInit_ex(md, &pctx, digest, nullptr, nullptr, m_key.get(), nullptr) == 1;
    if (ok && alg.startsWith(QLatin1String("PS")))
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) > 0 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) > 0;
    const auto* in = reinterpret_cast<const unsigned char*>(input.constData());
    if (ok && EVP_DigestSign(md, nullptr, &length, in, size_t(input.size())) == 1) {
        out.resize(qsizetype(length));
        if (EVP_DigestSign(md, reinterpret_cast<unsigned char*>(out.data()), &length, in,
                           size_t(input.size())) == 1)
            out.resize(qsizetype(length));
        else
            out.clear();
    }
    EVP_MD_CTX_free(md);
    ERR_clear_error();
    return m_ecBytes && !out.isEmpty() ? rawEcdsa(out, m_ecBytes) : out;
}

QByteArray SigningKey::jwt(const QJsonObject& claims, const QString& alg, const QString& kid) const
{
    QJsonObject header{{QStringLiteral("alg"), alg},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!kid.isEmpty())
        header.insert(QStringLiteral("kid"), kid);
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + base64Url(sign(alg, input));
}

QJsonObject SigningKey::jwk(const QString& kid) const
{
    QJsonObject jwk;
    if (!kid.isEmpty())
        jwk.insert(QStringLiteral("kid"), kid);
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    EVP_PKEY* key = m_key.get();
    const auto text = [](const QByteArray& b) {
        return QString::fromLatin1(base64Url(b));
    };
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA) {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"), text(bnParam(key, OSSL_PKEY_PARAM_RSA_N)));
        jwk.insert(QStringLiteral("e"), text(bnParam(key, OSSL_PKEY_PARAM_RSA_E)));
    } else if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC) {
        const int bits = EVP_PKEY_get_bits(key);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("P-%1").arg(bits));
        jwk.insert(QStringLiteral("x"), text(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X, m_ecBytes)));
        jwk.insert(QStringLiteral("y"), text(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, m_ecBytes)));
    } else {
        QByteArray raw(32, '\0');
        size_t length = 32;
        EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &length);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QStringLiteral("x"), text(raw));
    }
    return jwk;
}

QByteArray SigningKey::pem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (bio && PEM_write_bio_PUBKEY(bio, m_key.get()) == 1) {
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, int(length));
    }
    BIO_free(bio);
    return out;
}
