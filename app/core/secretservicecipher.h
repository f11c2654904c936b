// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretbytes.h"

#include <QByteArray>

#include <array>
#include <memory>
#include <optional>

// The Secret Service's encrypted session, "dh-ietf1024-sha256-aes128-cbc-pkcs7":
// a Diffie-Hellman agreement in the 1024-bit MODP group of RFC 2409 (group 2),
// HKDF-SHA256 without salt or info to a 128-bit key, then AES-128-CBC with
// PKCS#7 padding for each secret. The same as libsecret's, so no secret
// crosses the session bus in the clear. All of it is libcrypto's.
class SecretServiceCipher
{
public:
    static constexpr const char* kAlgorithm = "dh-ietf1024-sha256-aes128-cbc-pkcs7";

    SecretServiceCipher();
    ~SecretServiceCipher();
    SecretServiceCipher(const SecretServiceCipher&) = delete;
    SecretServiceCipher& operator=(const SecretServiceCipher&) = delete;

    // Whether a key pair was made; without one nothing below works.
    bool isValid() const { return m_keyPair != nullptr; }
    // Ours, big-endian, for OpenSession's input.
    QByteArray publicKey() const;
    // Derives the session key from the service's public key (OpenSession's
    // output); false for a key outside the group.
    bool agree(const QByteArray& servicePublicKey);
    // One secret's value from its parameters (the IV) and its ciphertext;
    // nothing when it does not decrypt to well-padded bytes.
    std::optional<SecretBytes> decrypt(const QByteArray& iv, const QByteArray& ciphertext) const;
    // The other way, for a secret written to the service.
    std::optional<QByteArray> encrypt(const QByteArray& iv, const SecretBytes& plain) const;

private:
    bool crypt(bool encrypt, const QByteArray& iv, const QByteArray& in, QByteArray* out) const;

    struct KeyPairDeleter
    {
        void operator()(void* key) const;
    };
    std::unique_ptr<void, KeyPairDeleter> m_keyPair; // an EVP_PKEY
    std::array<unsigned char, 16> m_aesKey{};
    bool m_agreed = false;
};
