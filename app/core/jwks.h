// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

// One public key that may check a JWT signature, read from a JWK or a PEM
// block. Public keys are not secrets: they may be shown and kept in files.
struct PublicKey
{
    enum class Type
    {
        Rsa,
        Ec,
        Ed25519
    };
    QString kid; // empty when the source names none (a PEM block)
    QString alg; // the JWK's "alg"; empty = any that fits the key type
    Type type = Type::Rsa;
    int bits = 0; // RSA modulus size, EC field size (256, 384, 521), 256 for Ed25519
    std::shared_ptr<EVP_PKEY> key;
};

// A key a source published but TokenDock refused to use, and why; a token
// naming its kid is then told why instead of "no such key".
struct RefusedKey
{
    QString kid;
    Message why;
};

struct KeySet
{
    QList<PublicKey> keys;
    QList<RefusedKey> refused;
    Message problem; // the text as a whole could not be read

    bool isEmpty() const { return keys.isEmpty(); }
};

// Reads a JWK set ({"keys": [...]}), one JWK, or PEM public keys ("BEGIN
// PUBLIC KEY"). Everything comes from outside (a carrier, a file, a paste),
// so it is bounded: the text's size, the number of keys, each member's size,
// the RSA key size; nothing in it can make it crash.
class Jwks
{
public:
    static constexpr qsizetype kMaxTextBytes = 256 * 1024;
    static constexpr int kMaxKeys = 32;
    static constexpr int kMinRsaBits = 2048;
    static constexpr int kMaxRsaBits = 8192;

    static KeySet parse(const QByteArray& text);
    static KeySet parsePem(const QByteArray& text);
    static std::optional<PublicKey> fromJwk(const QJsonObject& jwk, Message* why);
    static QString typeName(PublicKey::Type type);
};
