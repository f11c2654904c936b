// SPDX-License-Identifier: Apache-2.0
// Anything a token endpoint could answer: the first byte picks the HTTP
// status, the second the Content-Type, the rest is the body.
#include "carriercatalog.h"
#include "tokenresponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    static const int statuses[] = {200, 201, 204, 301, 400, 401, 403, 404, 429, 500, 502, 503};
    static const char* types[] = {"application/json",
                                  "application/problem+json",
                                  "text/html",
                                  "text/plain",
                                  "",
                                  "application/json; charset=utf-8"};
    static const char* carriers[] = {"banyan", "project44", "dhl-ecs", "ups", ""};
    const int status = statuses[data[0] % (sizeof statuses / sizeof statuses[0])];
    const QByteArray contentType(types[data[1] % (sizeof types / sizeof types[0])]);
    const QByteArray body(reinterpret_cast<const char*>(data + 2),
                          static_cast<qsizetype>(size - 2));
    ResponseContext ctx;
    ctx.preset = CarrierCatalog::builtin().find(QString::fromLatin1(carriers[data[0] % 5]));
    ctx.carrierName = QStringLiteral("Fuzz Carrier");
    ctx.receivedAt = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);
    ctx.secrets = {QByteArrayLiteral("fuzz-secret")};
    const TokenResult r = TokenResponseParser::parse(status, contentType, body, ctx);
    (void)r.error.fullText();
    (void)r.token.expiresAt();
    (void)r.redactedBody.size();
    return 0;
}
