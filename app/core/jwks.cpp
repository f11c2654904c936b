// SPDX-License-Identifier: Apache-2.0
#include "jwks.h"

#include "tokeninspector.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

namespace {
constexpr qsizetype kMaxMemberBytes = 2048; // base64url of an 8192-bit modulus is 1366

std::shared_ptr<EVP_PKEY> owned(EVP_PKEY* key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

bool member(const QJsonObject& jwk, const char* name, QByteArray* out)
{
    const QJsonValue v = jwk.value(QLatin1String(name));
    if (!v.isString() || v.toString().size() > kMaxMemberBytes)
        return false;
    return TokenInspector::decodeBase64Url(v.toString().toLatin1(), out) && !out->isEmpty();
}

// Builds a key of `type` ("RSA", "EC") from OSSL_PARAMs.
EVP_PKEY* fromData(const char* type, OSSL_PARAM_BLD* bld)
{
    EVP_PKEY* key = nullptr;
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    if (params && ctx && EVP_PKEY_fromdata_init(ctx) > 0)
        EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    return key;
}

EVP_PKEY* rsaKey(const QByteArray& n, const QByteArray& e)
{
    BIGNUM* bn =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(n.constData()), int(n.size()), nullptr);
    BIGNUM* be =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    EVP_PKEY* key = nullptr;
    if (bn && be && bld && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn) &&
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be))
        key = fromData("RSA", bld);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bn);
    BN_free(be);
    return key;
}

struct Curve
{
    const char* jwkName;
    const char* groupName;
    int bytes;
    int bits;
};
constexpr Curve kCurves[] = {{"P-256", "prime256v1", 32, 256},
                             {"P-384", "secp384r1", 48, 384},
                             {"P-521", "secp521r1", 66, 521}};

EVP_PKEY* ecKey(const Curve& curve, const QByteArray& x, const QByteArray& y)
{
    // an uncompressed point: 0x04 || X || Y; OpenSSL checks it lies on the curve
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    EVP_PKEY* key = nullptr;
    if (bld &&
        OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, curve.groupName, 0) &&
        OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size())))
        key = fromData("EC", bld);
    OSSL_PARAM_BLD_free(bld);
    return key;
}

std::optional<PublicKey> rsaFromJwk(const QJsonObject& jwk, PublicKey k, Message* why)
{
    QByteArray n, e;
    if (!member(jwk, "n", &n) || !member(jwk, "e", &e) || e.size() > 8) {
        *why = Message::translate("Jwks", "The RSA key's “n” or “e” is missing or unreadable.");
        return std::nullopt;
    }
    k.type = PublicKey::Type::Rsa;
    k.key = owned(rsaKey(n, e));
    if (!k.key) {
        *why = Message::translate("Jwks", "The RSA key could not be read.");
        return std::nullopt;
    }
    k.bits = EVP_PKEY_get_bits(k.key.get());
    return k;
}

std::optional<PublicKey> ecFromJwk(const QJsonObject& jwk, PublicKey k, Message* why)
{
    const QString crv = jwk.value(QLatin1String("crv")).toString();
    for (const Curve& curve : kCurves) {
        if (crv != QLatin1String(curve.jwkName))
            continue;
        QByteArray x, y;
        if (!member(jwk, "x", &x) || !member(jwk, "y", &y) || x.size() != curve.bytes ||
            y.size() != curve.bytes)
            break;
        k.type = PublicKey::Type::Ec;
        k.bits = curve.bits;
        k.key = owned(ecKey(curve, x, y));
        if (k.key)
            return k;
        break;
    }
    *why =
        Message::translate("Jwks", "The EC key on curve “%1” could not be read.").arg(crv.left(20));
    return std::nullopt;
}

std::optional<PublicKey> okpFromJwk(const QJsonObject& jwk, PublicKey k, Message* why)
{
    QByteArray x;
    if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("Ed25519") ||
        !member(jwk, "x", &x) || x.size() != 32) {
        *why = Message::translate("Jwks", "Only Ed25519 keys of the OKP type are used.");
        return std::nullopt;
    }
    k.type = PublicKey::Type::Ed25519;
    k.bits = 256;
    k.key = owned(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(x.constData()), 32));
    if (!k.key) {
        *why = Message::translate("Jwks", "The Ed25519 key could not be read.");
        return std::nullopt;
    }
    return k;
}

// A key's size in bounds: no weak RSA, no modulus big enough to stall the check.
bool strongEnough(const PublicKey& k, Message* why)
{
    if (k.type != PublicKey::Type::Rsa)
        return true;
    if (k.bits < Jwks::kMinRsaBits) {
        *why = Message::translate("Jwks", "The RSA key has only %1 bits; at least 2048 are "
                                          "needed for a signature to mean anything.")
                   .arg(k.bits);
        return false;
    }
    if (k.bits > Jwks::kMaxRsaBits) {
        *why = Message::translate("Jwks", "The RSA key has %1 bits, more than TokenDock reads.")
                   .arg(k.bits);
        return false;
    }
    return true;
}

PublicKey::Type typeOf(EVP_PKEY* key, bool* known)
{
    *known = true;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return PublicKey::Type::Rsa;
    case EVP_PKEY_EC:
        return PublicKey::Type::Ec;
    case EVP_PKEY_ED25519:
        return PublicKey::Type::Ed25519;
    default:
        *known = false;
        return PublicKey::Type::Rsa;
    }
}

// The EC curves JWS names (RFC 7518 §3.4); another 256-bit curve
// (secp256k1, brainpool) must not pass for ES256.
bool jwsCurve(EVP_PKEY* key, QString* name)
{
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &length) != 1)
        return false;
    *name = QString::fromLatin1(group, qsizetype(length)).left(40);
    return *name == QLatin1String("prime256v1") || *name == QLatin1String("P-256") ||
           *name == QLatin1String("secp384r1") || *name == QLatin1String("P-384") ||
           *name == QLatin1String("secp521r1") || *name == QLatin1String("P-521");
}

// PEM readers would ask on the terminal for a passphrase; public keys have none.
int noPassphrase(char*, int, int, void*)
{
    return 0;
}
} // namespace

QString Jwks::typeName(PublicKey::Type type)
{
    switch (type) {
    case PublicKey::Type::Rsa:
        return QStringLiteral("RSA");
    case PublicKey::Type::Ec:
        return QStringLiteral("EC");
    case PublicKey::Type::Ed25519:
        return QStringLiteral("Ed25519");
    }
    return {};
}

std::optional<PublicKey> Jwks::fromJwk(const QJsonObject& jwk, Message* why)
{
    PublicKey k;
    k.kid = jwk.value(QLatin1String("kid")).toString().left(200);
    k.alg = jwk.value(QLatin1String("alg")).toString().left(20);
    const QJsonValue use = jwk.value(QLatin1String("use"));
    if (!use.isUndefined() && use.toString() != QLatin1String("sig")) {
        *why = Message::translate(
            "Jwks", "The key is published for encryption, not for signatures (“use”).");
        return std::nullopt;
    }
    const QJsonValue ops = jwk.value(QLatin1String("key_ops"));
    if (ops.isArray() && !ops.toArray().contains(QStringLiteral("verify"))) {
        *why =
            Message::translate("Jwks", "The key's “key_ops” do not include verifying signatures.");
        return std::nullopt;
    }
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    std::optional<PublicKey> key;
    if (kty == QLatin1String("RSA"))
        key = rsaFromJwk(jwk, k, why);
    else if (kty == QLatin1String("EC"))
        key = ecFromJwk(jwk, k, why);
    else if (kty == QLatin1String("OKP"))
        key = okpFromJwk(jwk, k, why);
    else
        *why = Message::translate("Jwks", "The key type “%1” is not one TokenDock "
                                          "checks signatures with.")
                   .arg(kty.left(20));
    ERR_clear_error();
    if (key && !strongEnough(*key, why))
        return std::nullopt;
    return key;
}

KeySet Jwks::parsePem(const QByteArray& text)
{
    KeySet set;
    BIO* bio = BIO_new_mem_buf(text.constData(), int(text.size()));
    while (bio && set.keys.size() + set.refused.size() < kMaxKeys) {
        EVP_PKEY* raw = PEM_read_bio_PUBKEY(bio, nullptr, noPassphrase, nullptr);
        if (!raw)
            break;
        PublicKey k;
        bool known = false;
        k.type = typeOf(raw, &known);
        k.bits = EVP_PKEY_get_bits(raw);
        k.key = owned(raw);
        Message why = Message::translate("Jwks", "The PEM key is neither RSA, EC nor Ed25519.");
        QString curve;
        if (known && k.type == PublicKey::Type::Ec && !jwsCurve(raw, &curve)) {
            known = false;
            why = Message::translate("Jwks", "The EC key is on the curve “%1”; JWT signatures "
                                             "use P-256, P-384 or P-521.")
                      .arg(curve);
        }
        if (known && strongEnough(k, &why))
            set.keys << k;
        else
            set.refused << RefusedKey{QString(), why};
    }
    BIO_free(bio);
    ERR_clear_error();
    if (set.keys.isEmpty() && set.refused.isEmpty())
        set.problem =
            Message::translate("Jwks", "The text holds no PEM public key (“BEGIN PUBLIC KEY”).");
    return set;
}

KeySet Jwks::parse(const QByteArray& text)
{
    KeySet set;
    if (text.size() > kMaxTextBytes) {
        set.problem = Message::translate("Jwks", "The key text is larger than TokenDock reads.");
        return set;
    }
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith("-----BEGIN"))
        return parsePem(trimmed);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (!doc.isObject()) {
        set.problem = Message::translate(
            "Jwks", "The text is neither a JWK, a JWK set nor a PEM public key.");
        return set;
    }
    const QJsonObject obj = doc.object();
    QJsonArray keys;
    if (obj.contains(QLatin1String("keys"))) {
        keys = obj.value(QLatin1String("keys")).toArray();
    } else {
        keys.append(obj);
    }
    for (const QJsonValue& v : keys) {
        if (set.keys.size() + set.refused.size() >= kMaxKeys)
            break;
        Message why = Message::translate("Jwks", "A key in the set is not a JSON object.");
        const auto key = v.isObject() ? fromJwk(v.toObject(), &why) : std::nullopt;
        if (key)
            set.keys << *key;
        else
            set.refused << RefusedKey{v.toObject().value(QLatin1String("kid")).toString().left(200),
                                      why};
    }
    if (set.keys.isEmpty() && set.refused.isEmpty())
        set.problem = Message::translate("Jwks", "The JWK set holds no keys.");
    return set;
}
