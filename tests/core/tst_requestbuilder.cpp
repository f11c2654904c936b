// SPDX-License-Identifier: Apache-2.0
#include "formencoding.h"
#include "tokenrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
TokenRequestSpec baseSpec()
{
    TokenRequestSpec spec;
    spec.url = QUrl("https://auth.example.com/token");
    spec.clientId = "my client";
    spec.clientSecret = SecretBytes(QString::fromUtf8(" %&+\xC2\xA3\xE2\x82\xAC").toUtf8());
    return spec;
}

QList<QPair<QByteArray, QByteArray>> form(const QByteArray& body)
{
    QList<QPair<QByteArray, QByteArray>> out;
    FormEncoding::parse(body, &out);
    return out;
}
} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private slots:
    void formBodyCarriesCredentials()
    {
        TokenRequestSpec spec = baseSpec();
        spec.bodyFields = {{"clientrefnum", "REF 42"}, {"empty", ""}};
        const BuiltRequest built = buildTokenRequest(spec);
        QCOMPARE(built.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(!built.request.hasRawHeader("Authorization"));
        QCOMPARE(built.body,
                 QByteArray("grant_type=client_credentials&client_id=my+client&"
                            "client_secret=+%25%26%2B%C2%A3%E2%82%AC&clientrefnum=REF+42"));
    }

    void basicKeepsCredentialsOutOfTheBody()
    {
        TokenRequestSpec spec = baseSpec();
        spec.placement = CredentialPlacement::Basic;
        const BuiltRequest built = buildTokenRequest(spec);
        QCOMPARE(built.request.rawHeader("Authorization"),
                 "Basic " + QByteArray("my+client:+%25%26%2B%C2%A3%E2%82%AC").toBase64());
        const auto fields = form(built.body);
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.at(0),
                 qMakePair(QByteArray("grant_type"), QByteArray("client_credentials")));
    }

    void neverBothPlacements_data()
    {
        QTest::addColumn<int>("placement");
        QTest::addColumn<int>("encoding");
        QTest::newRow("basic form") << int(CredentialPlacement::Basic) << int(BodyEncoding::Form);
        QTest::newRow("body form") << int(CredentialPlacement::Body) << int(BodyEncoding::Form);
        QTest::newRow("basic json") << int(CredentialPlacement::Basic) << int(BodyEncoding::Json);
        QTest::newRow("body json") << int(CredentialPlacement::Body) << int(BodyEncoding::Json);
    }
    void neverBothPlacements()
    {
        QFETCH(int, placement);
        QFETCH(int, encoding);
        TokenRequestSpec spec = baseSpec();
        spec.placement = CredentialPlacement(placement);
        spec.shape.body = BodyEncoding(encoding);
        const BuiltRequest built = buildTokenRequest(spec);
        const bool inHeader = built.request.hasRawHeader("Authorization");
        const bool inBody = built.body.contains("client_secret");
        QVERIFY(inHeader != inBody);
        QCOMPARE(inHeader, spec.placement == CredentialPlacement::Basic);
    }

    void jsonBody()
    {
        TokenRequestSpec spec = baseSpec();
        spec.shape.body = BodyEncoding::Json;
        spec.bodyFields = {{"scope", "a b"}};
        const BuiltRequest built = buildTokenRequest(spec);
        QCOMPARE(built.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));
        const QJsonObject obj = QJsonDocument::fromJson(built.body).object();
        QCOMPARE(obj.value("grant_type").toString(), QString("client_credentials"));
        QCOMPARE(obj.value("client_id").toString(), QString("my client"));
        QCOMPARE(obj.value("client_secret").toString(),
                 QString::fromUtf8(" %&+\xC2\xA3\xE2\x82\xAC"));
        QCOMPARE(obj.value("scope").toString(), QString("a b"));
    }

    void headersAndSecretFields()
    {
        TokenRequestSpec spec = baseSpec();
        spec.grantType = "csp_credentials";
        spec.headers = {{"x-merchant-id", "A1B2C3"},
                        {"Authorization", "Bearer hijack"},
                        {"Content-Type", "text/plain"}};
        spec.secretBodyFields = {{"child_secret", SecretBytes(QByteArray("child s3cret"))}};
        const BuiltRequest built = buildTokenRequest(spec);
        QCOMPARE(built.request.rawHeader("x-merchant-id"), QByteArray("A1B2C3"));
        QVERIFY(!built.request.hasRawHeader("Authorization"));
        QCOMPARE(built.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(built.body.startsWith("grant_type=csp_credentials&"));
        QVERIFY(built.body.endsWith("&child_secret=child+s3cret"));
        QCOMPARE(spec.secrets().size(), 2);
    }

    void alwaysAsksForJsonWithoutCompression()
    {
        const BuiltRequest built = buildTokenRequest(baseSpec());
        QCOMPARE(built.request.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(built.request.rawHeader("Accept-Encoding"), QByteArray("identity"));
    }

    void reservedHeaders()
    {
        QVERIFY(isReservedHeader("authorization"));
        QVERIFY(isReservedHeader(" Content-Type "));
        QVERIFY(!isReservedHeader("x-merchant-id"));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
