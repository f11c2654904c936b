// SPDX-License-Identifier: Apache-2.0
// Anything a token endpoint could answer: the first byte picks the HTTP
// status and the carrier (whose exchange shape says where the token, its
// expiry and a refresh token are: paths, a response header, a stated time),
// the second the Content-Type, the rest is the body; the body's first line
// is also what a token header would hold.
#include "carriercatalog.h"
#include "tokenresponse.h"

#include <QJsonObject>

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
    static const char* carriers[] = {"banyan", "project44", "dhl-ecs",  "ups",      "",
                                     "dpd",    "odfl",      "eshipper", "royalmail"};
    constexpr size_t kCarriers = sizeof carriers / sizeof carriers[0];
    const int status = statuses[data[0] % (sizeof statuses / sizeof statuses[0])];
    const QByteArray contentType(types[data[1] % (sizeof types / sizeof types[0])]);
    const QByteArray body(reinterpret_cast<const char*>(data + 2),
                          static_cast<qsizetype>(size - 2));
    ResponseContext ctx;
    ctx.preset = CarrierCatalog::builtin().find(QString::fromLatin1(carriers[data[0] % kCarriers]));
    if (ctx.preset)
        ctx.shape = ctx.preset->shape;
    // one more shape of our own: nested paths and an absolute expiry time
    if (data[1] % 7 == 6)
        (void)ctx.shape.apply(QJsonObject{
            {QStringLiteral("response"),
             QJsonObject{{QStringLiteral("token"), QStringLiteral("data.auth.token")},
                         {QStringLiteral("expiresAt"), QStringLiteral("data.auth.expiry")},
                         {QStringLiteral("refreshToken"), QStringLiteral("data.auth.renew")}}}});
    ctx.tokenHeaderValue = body.left(body.indexOf('\n'));
    ctx.carrierName = QStringLiteral("Fuzz Carrier");
    ctx.receivedAt = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);
    ctx.secrets = {QByteArrayLiteral("fuzz-secret")};
    const TokenResult r = TokenResponseParser::parse(status, contentType, body, ctx);
    (void)r.error.fullText();
    (void)r.token.expiresAt();
    (void)r.redactedBody.size();
    return 0;
}
