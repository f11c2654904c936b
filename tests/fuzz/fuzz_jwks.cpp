// SPDX-License-Identifier: Apache-2.0
// Hostile key text: JWK sets, single JWKs and PEM blocks, as a carrier's
// JWKS URL, a preset or a person's paste could hand them over.
#include "jwks.h"
#include "jwtsignature.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const KeySet set = Jwks::parse(text);
    (void)set.problem.text();
    for (const RefusedKey& refused : set.refused)
        (void)refused.why.text();
    // every key that was read can be asked to check a signature
    for (const PublicKey& key : set.keys) {
        for (const char* alg : {"RS256", "PS384", "ES256", "ES512", "EdDSA"}) {
            const QString name = QString::fromLatin1(alg);
            if (JwtSignature::fits(key, name))
                (void)JwtSignature::verify("a.b", QByteArray(64, '\x01'), name, key);
        }
    }
    return 0;
}
