// SPDX-License-Identifier: Apache-2.0
#include "secretservicecipher.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/dh.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/param_build.h>

namespace {

constexpr int kPrimeBytes = 128;
constexpr int kPrivateBits = 256; // of the private exponent (generateKeyPair)

struct Deleters
{
    void operator()(BIGNUM* n) const { BN_free(n); }
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
    void operator()(OSSL_PARAM_BLD* b) const { OSSL_PARAM_BLD_free(b); }
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
template <typename T> using Owned = std::unique_ptr<T, Deleters>;

// The group's prime and generator, with the public key when one is given.
Owned<EVP_PKEY> groupKey(const BIGNUM* publicKey)
{
    Owned<BIGNUM> prime(BN_get_rfc2409_prime_1024(nullptr));
    Owned<BIGNUM> generator(BN_new());
    Owned<OSSL_PARAM_BLD> build(OSSL_PARAM_BLD_new());
    if (!prime || !generator || !build || !BN_set_word(generator.get(), 2) ||
        !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_FFC_P, prime.get()) ||
        !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_FFC_G, generator.get()) ||
        (publicKey && !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_PUB_KEY, publicKey)))
        return nullptr;
    Owned<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(build.get()));
    Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr));
    EVP_PKEY* key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &key,
                          publicKey ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEY_PARAMETERS,
                          params.get()) <= 0)
        return nullptr;
    return Owned<EVP_PKEY>(key);
}

Owned<EVP_PKEY> generateKeyPair()
{
    const Owned<EVP_PKEY> group = groupKey(nullptr);
    if (!group)
        return nullptr;
    Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, group.get(), nullptr));
    // A 256-bit private exponent: the 1024-bit group holds about 80 bits of
    // strength, and each of the two exponentiations takes a quarter of the
    // time of a full-length one (a millisecond of each command).
    int privateBits = kPrivateBits;
    const std::array<OSSL_PARAM, 2> length{
        OSSL_PARAM_construct_int(OSSL_PKEY_PARAM_DH_PRIV_LEN, &privateBits), OSSL_PARAM_END};
    EVP_PKEY* pair = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_params(ctx.get(), length.data()) <= 0 ||
        EVP_PKEY_keygen(ctx.get(), &pair) <= 0)
        return nullptr;
    return Owned<EVP_PKEY>(pair);
}

bool hkdfSha256(const unsigned char* input, size_t inputSize, unsigned char* out, size_t outSize)
{
    Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    return ctx && EVP_PKEY_derive_init(ctx.get()) > 0 &&
           EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) > 0 &&
           EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), input, int(inputSize)) > 0 &&
           EVP_PKEY_derive(ctx.get(), out, &outSize) > 0 && outSize == 16;
}

} // namespace

void SecretServiceCipher::KeyPairDeleter::operator()(void* key) const
{
    EVP_PKEY_free(static_cast<EVP_PKEY*>(key));
}

SecretServiceCipher::SecretServiceCipher()
    : m_keyPair(generateKeyPair().release())
{}

SecretServiceCipher::~SecretServiceCipher()
{
    OPENSSL_cleanse(m_aesKey.data(), m_aesKey.size());
}

QByteArray SecretServiceCipher::publicKey() const
{
    if (!m_keyPair)
        return {};
    BIGNUM* raw = nullptr;
    if (!EVP_PKEY_get_bn_param(static_cast<EVP_PKEY*>(m_keyPair.get()), OSSL_PKEY_PARAM_PUB_KEY,
                               &raw))
        return {};
    const Owned<BIGNUM> key(raw);
    QByteArray bytes(kPrimeBytes, Qt::Uninitialized);
    if (BN_bn2binpad(key.get(), reinterpret_cast<unsigned char*>(bytes.data()), kPrimeBytes) !=
        kPrimeBytes)
        return {};
    return bytes;
}

bool SecretServiceCipher::agree(const QByteArray& servicePublicKey)
{
    m_agreed = false;
    if (!m_keyPair || servicePublicKey.isEmpty() || servicePublicKey.size() > kPrimeBytes)
        return false;
    const Owned<BIGNUM> theirs(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(servicePublicKey.constData()),
                  int(servicePublicKey.size()), nullptr));
    const Owned<EVP_PKEY> peer = theirs ? groupKey(theirs.get()) : nullptr;
    Owned<EVP_PKEY_CTX> ctx(
        EVP_PKEY_CTX_new_from_pkey(nullptr, static_cast<EVP_PKEY*>(m_keyPair.get()), nullptr));
    // the shared secret keeps its leading zeros: both sides hash all 128 bytes
    std::array<unsigned char, kPrimeBytes> shared{};
    size_t sharedSize = shared.size();
    const bool derived = peer && ctx && EVP_PKEY_derive_init(ctx.get()) > 0 &&
                         EVP_PKEY_CTX_set_dh_pad(ctx.get(), 1) > 0 &&
                         EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) > 0 &&
                         EVP_PKEY_derive(ctx.get(), shared.data(), &sharedSize) > 0 &&
                         sharedSize == shared.size();
    m_agreed =
        derived && hkdfSha256(shared.data(), shared.size(), m_aesKey.data(), m_aesKey.size());
    OPENSSL_cleanse(shared.data(), shared.size());
    return m_agreed;
}

std::optional<SecretBytes> SecretServiceCipher::decrypt(const QByteArray& iv,
                                                        const QByteArray& ciphertext) const
{
    if (ciphertext.isEmpty() || ciphertext.size() % 16 != 0)
        return std::nullopt;
    QByteArray plain;
    if (!crypt(false, iv, ciphertext, &plain)) {
        wipe(plain);
        return std::nullopt;
    }
    return SecretBytes(std::move(plain));
}

std::optional<QByteArray> SecretServiceCipher::encrypt(const QByteArray& iv,
                                                       const SecretBytes& plain) const
{
    QByteArray out;
    if (!crypt(true, iv, plain.expose(), &out))
        return std::nullopt;
    return out;
}

// AES-128-CBC with PKCS#7 padding, one way or the other.
bool SecretServiceCipher::crypt(bool encrypt, const QByteArray& iv, const QByteArray& in,
                                QByteArray* out) const
{
    if (!m_agreed || iv.size() != 16)
        return false;
    Owned<EVP_CIPHER_CTX> ctx(EVP_CIPHER_CTX_new());
    *out = QByteArray(in.size() + 16, Qt::Uninitialized);
    auto* to = reinterpret_cast<unsigned char*>(out->data());
    int written = 0;
    int last = 0;
    const bool ok =
        ctx &&
        EVP_CipherInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, m_aesKey.data(),
                          reinterpret_cast<const unsigned char*>(iv.constData()), encrypt) > 0 &&
        EVP_CipherUpdate(ctx.get(), to, &written,
                         reinterpret_cast<const unsigned char*>(in.constData()),
                         int(in.size())) > 0 &&
        EVP_CipherFinal_ex(ctx.get(), to + written, &last) > 0;
    if (ok)
        out->truncate(written + last); // in place: no copy of the bytes is left behind
    return ok;
}
