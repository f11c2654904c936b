// SPDX-License-Identifier: Apache-2.0
#include "jwtsignature.h"

#include "tokeninspector.h"

#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace {
struct Algorithm
{
    const char* name;
    PublicKey::Type type;
    const char* digest; // nullptr for EdDSA, which hashes itself
    bool pss;
    int ecBits; // the curve an ES* algorithm requires; 0 otherwise
};
constexpr Algorithm kAlgorithms[] = {
    {"RS256", PublicKey::Type::Rsa, "SHA256", false, 0},
    {"RS384", PublicKey::Type::Rsa, "SHA384", false, 0},
    {"RS512", PublicKey::Type::Rsa, "SHA512", false, 0},
    {"PS256", PublicKey::Type::Rsa, "SHA256", true, 0},
    {"PS384", PublicKey::Type::Rsa, "SHA384", true, 0},
    {"PS512", PublicKey::Type::Rsa, "SHA512", true, 0},
    {"ES256", PublicKey::Type::Ec, "SHA256", false, 256},
    {"ES384", PublicKey::Type::Ec, "SHA384", false, 384},
    {"ES512", PublicKey::Type::Ec, "SHA512", false, 521},
    {"EdDSA", PublicKey::Type::Ed25519, nullptr, false, 0},
};

const Algorithm* find(const QString& alg)
{
    for (const Algorithm& a : kAlgorithms) {
        if (alg == QLatin1String(a.name))
            return &a;
    }
    return nullptr;
}

// JWS carries ECDSA signatures as R || S of fixed width; libcrypto takes DER.
QByteArray ecdsaDer(const QByteArray& raw, int ecBits)
{
    const int half = (ecBits + 7) / 8;
    if (raw.size() != 2 * half)
        return {};
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.constData());
    BIGNUM* r = BN_bin2bn(bytes, half, nullptr);
    BIGNUM* s = BN_bin2bn(bytes + half, half, nullptr);
    ECDSA_SIG* sig = ECDSA_SIG_new();
    QByteArray der;
    if (r && s && sig && ECDSA_SIG_set0(sig, r, s) == 1) {
        r = s = nullptr; // owned by sig now
        unsigned char* out = nullptr;
        const int length = i2d_ECDSA_SIG(sig, &out);
        if (length > 0)
            der = QByteArray(reinterpret_cast<const char*>(out), length);
        OPENSSL_free(out);
    }
    ECDSA_SIG_free(sig);
    BN_free(r);
    BN_free(s);
    return der;
}

bool digestVerify(const Algorithm& a, EVP_PKEY* key, const QByteArray& input,
                  const QByteArray& signature)
{
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;
    bool ok =
        md && EVP_DigestVerifyInit_ex(md, &pctx, a.digest, nullptr, nullptr, key, nullptr) == 1;
    if (ok && a.pss) {
        // RFC 7518 section 3.5: MGF1 with the same hash, salt as long as the hash
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) > 0 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) > 0;
    }
    ok = ok && EVP_DigestVerify(md, reinterpret_cast<const unsigned char*>(signature.constData()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char*>(input.constData()),
                                size_t(input.size())) == 1;
    EVP_MD_CTX_free(md);
    ERR_clear_error();
    return ok;
}
} // namespace

std::optional<JwtParts> JwtParts::split(const QByteArray& token)
{
    if (token.size() > TokenInspector::kMaxDecodedLength * 2 || token.count('.') != 2)
        return std::nullopt;
    const int first = token.indexOf('.');
    const int second = token.indexOf('.', first + 1);
    QByteArray header, payload;
    JwtParts parts;
    if (!TokenInspector::decodeBase64Url(token.left(first), &header) ||
        !TokenInspector::decodeBase64Url(token.mid(first + 1, second - first - 1), &payload) ||
        !TokenInspector::decodeBase64Url(token.mid(second + 1), &parts.signature))
        return std::nullopt;
    const QJsonDocument h = QJsonDocument::fromJson(header);
    const QJsonDocument p = QJsonDocument::fromJson(payload);
    if (!h.isObject())
        return std::nullopt;
    parts.header = h.object();
    parts.claims = p.object();
    parts.signingInput = token.left(second);
    return parts;
}

bool JwtSignature::isSupported(const QString& alg)
{
    return find(alg) != nullptr;
}

bool JwtSignature::fits(const PublicKey& key, const QString& alg)
{
    const Algorithm* a = find(alg);
    if (!a || a->type != key.type || (a->ecBits && a->ecBits != key.bits))
        return false;
    return key.alg.isEmpty() || key.alg == alg;
}

JwtSignature::Result JwtSignature::verify(const QByteArray& signingInput,
                                          const QByteArray& signature, const QString& alg,
                                          const PublicKey& key)
{
    const Algorithm* a = find(alg);
    if (!a)
        return Result::Unsupported;
    if (!fits(key, alg) || !key.key)
        return Result::KeyMismatch;
    QByteArray wire = signature;
    if (a->type == PublicKey::Type::Ec) {
        wire = ecdsaDer(signature, a->ecBits);
        if (wire.isEmpty())
            return Result::Malformed;
    }
    if (a->type == PublicKey::Type::Ed25519 && signature.size() != 64)
        return Result::Malformed;
    return digestVerify(*a, key.key.get(), signingInput, wire) ? Result::Verified
                                                               : Result::Mismatch;
}
