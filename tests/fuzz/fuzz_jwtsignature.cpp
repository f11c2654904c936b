// SPDX-License-Identifier: Apache-2.0
// Hostile signed tokens (header, payload, signature) checked against a fixed
// key set: RSA 2048, EC P-256 and Ed25519 public keys. The seeds hold real
// RS256 and EdDSA tokens of these keys.
#include "jwks.h"
#include "jwtsignature.h"
#include "signaturecheck.h"
#include "signatureverifier.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

namespace {
const char kPublicKeys[] = "-----BEGIN PUBLIC KEY-----\n"
                           "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAt28pejmO2L5XobLU/Dgx\n"
                           "gYOnitrQaNrLRaE0hTJwGNa7v21iM73LL3423lV6mNfkqwh77sCUiWfv1fgRAJLj\n"
                           "JZL94z5VxMbkF63+jNaVl7KsM4hxI+wV+6lp3efa4tsAMaOXazpdsVfHFzBr2j9W\n"
                           "Gx2m3+zMEqQuNQtdIUOtlDSpSR3mTEOr+HopVaXPDkBhjCWDPBvYpmh/4N+MUW1L\n"
                           "hTvb4P8k6ttrKe7cf+vWUg/YdiVXwSdtVKMIuvhwxJATtM14yXH8GWQcddd82Q/F\n"
                           "Bq1SmdXPeMqkffDIUxasVkRntTQsugPQnWVu097h9eyTud3wHLuRTgynhDEcQ0pc\n"
                           "8QIDAQAB\n"
                           "-----END PUBLIC KEY-----\n"
                           "-----BEGIN PUBLIC KEY-----\n"
                           "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEdA7NiD/RZC/3F2Y/iF12PKWhq/44\n"
                           "yDE5mGxFW+b/a6xOOoffMCrNowBHJDyxz4Dlo/Y64jmi+DapUQw/nuxBNg==\n"
                           "-----END PUBLIC KEY-----\n"
                           "-----BEGIN PUBLIC KEY-----\n"
                           "MCowBQYDK2VwAyEAHMdYSr42w6ZplYeuDEx60KZIcPuwyNxkrBwc/8BA/RE=\n"
                           "-----END PUBLIC KEY-----\n";
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const KeySet keys = Jwks::parse(QByteArray(kPublicKeys));
    const QByteArray token(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parts = JwtParts::split(token);
    if (!parts)
        return 0;
    const SignatureCheck check =
        SignatureVerifier::check(*parts, keys, Message::plain(QStringLiteral("fuzz keys")));
    (void)check.verdictId();
    (void)check.detail.text();
    const QList<Message> problems = SignatureCheck::checkClaims(
        parts->claims, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC), QStringLiteral("a"),
        QStringLiteral("https://id.example.com"));
    (void)Message::texts(problems);
    return 0;
}
