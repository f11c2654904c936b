// SPDX-License-Identifier: Apache-2.0
// Hot paths of the core, measured with QBENCHMARK. Run with
// `bench_core -tickcounter` or `-callgrind` for steadier numbers.
#include "headerformat.h"
#include "issuedtoken.h"
#include "tokeninspector.h"
#include "tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QByteArray b64(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A realistic carrier JWT of about 1 KB.
QByteArray kilobyteJwt()
{
    QJsonObject claims{
        {"iss", "https://ws.integration.banyantechnology.com"},
        {"sub", "acme-integration-client"},
        {"aud", "https://ws.integration.banyantechnology.com/api"},
        {"scope", "shipments.view shipments.edit quotes.view tracking.view documents.view"},
        {"client_id", "acme-integration-client"},
        {"clientrefnum", "REF-100042"},
        {"iat", 1790000000},
        {"nbf", 1790000000},
        {"exp", 1790003599},
        {"jti", "c8b0a2a4-5f0e-4c71-9d5a-0e1f2a3b4c5d"}};
    while (b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)).size() < 640)
        claims.insert(QStringLiteral("x_%1").arg(claims.size()),
                      QStringLiteral("carrier-specific-value"));
    return b64(R"({"alg":"RS256","typ":"JWT","kid":"k-2026-11"})") + '.' +
           b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
           b64(QByteArray(256, 's'));
}
} // namespace

class BenchCore : public QObject
{
    Q_OBJECT

private slots:
    void inspectKilobyteJwt()
    {
        const QByteArray token = kilobyteJwt();
        QVERIFY(token.size() >= 1000);
        TokenInspection result;
        QBENCHMARK
        {
            result = TokenInspector::inspect(token);
        }
        QCOMPARE(result.format, TokenFormat::Jwt);
    }

    void parseTokenResponse()
    {
        const QByteArray body = "{\"access_token\":\"" + kilobyteJwt() +
                                "\",\"token_type\":\"Bearer\",\"expires_in\":3599,\"scope\":"
                                "\"shipments.view shipments.edit\"}";
        ResponseContext ctx;
        ctx.carrierName = QStringLiteral("Banyan LIVE Connect");
        ctx.receivedAt = QDateTime::currentDateTimeUtc();
        ctx.secrets = {QByteArrayLiteral("client-secret-value")};
        TokenResult result;
        QBENCHMARK
        {
            result = TokenResponseParser::parse(200, "application/json", body, ctx);
        }
        QVERIFY(result.ok());
    }

    void formatHeaders_data()
    {
        QTest::addColumn<int>("format");
        for (HeaderFormat::Format f : HeaderFormat::all())
            QTest::newRow(qPrintable(HeaderFormat::id(f))) << int(f);
    }
    void formatHeaders()
    {
        QFETCH(int, format);
        IssuedToken token;
        token.accessToken = SecretBytes(kilobyteJwt());
        token.tokenType = QStringLiteral("Bearer");
        token.obtainedAt = QDateTime::currentDateTimeUtc();
        token.expiresAtFromResponse = token.obtainedAt.addSecs(3599);
        const QUrl api(
            QStringLiteral("https://ws.integration.banyantechnology.com/auth/connect/token"));
        QString out;
        QBENCHMARK
        {
            out = HeaderFormat::render(HeaderFormat::Format(format), token, api,
                                       QStringLiteral("acme-banyan"));
        }
        QVERIFY(!out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
