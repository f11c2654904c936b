// SPDX-License-Identifier: Apache-2.0
#include "account.h"
#include "carriercatalog.h"
#include "supportreport.h"
#include "tokencache.h"
#include "tokenresponse.h"
#include "tokenservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(ErrorCategory)

namespace {
ResponseContext context(const QString& carrierId = QString())
{
    ResponseContext ctx;
    ctx.preset = carrierId.isEmpty() ? nullptr : CarrierCatalog::builtin().find(carrierId);
    ctx.carrierName = ctx.preset ? ctx.preset->name : QString("api.example.com");
    ctx.receivedAt = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    ctx.secrets = {"s3cr3t-canary-value"};
    return ctx;
}
} // namespace

class TestTokenResponse : public QObject
{
    Q_OBJECT

private slots:
    void success_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("tokenType");
        QTest::addColumn<qint64>("expiresIn");
        QTest::addColumn<QStringList>("scopes");
        QTest::newRow("banyan")
            << "banyan"
            << QByteArray(
                   R"({"access_token":"abc.def.ghi","token_type":"Bearer","expires_in":3599,"scope":"shipments.view shipments.edit"})")
            << "Bearer" << qint64(3599) << QStringList{"shipments.view", "shipments.edit"};
        QTest::newRow("project44 upper-case BEARER")
            << "project44"
            << QByteArray(
                   R"({"access_token":"tok-5f3c9a1e77","expires_in":43199,"token_type":"BEARER"})")
            << "Bearer" << qint64(43199) << QStringList{};
        QTest::newRow("dhl echoes client_id")
            << "dhl-ecs"
            << QByteArray(
                   R"({"access_token":"OGH0T5hPVJ2oL0DYhRfYJgJMJYhC","client_id":"G8Pa","token_type":"Bearer","expires_in":3600})")
            << "Bearer" << qint64(3600) << QStringList{};
        QTest::newRow("expires_in as string")
            << ""
            << QByteArray(
                   R"({"access_token":"tok-5f3c9a1e77","token_type":"bearer","expires_in":"14399"})")
            << "Bearer" << qint64(14399) << QStringList{};
        QTest::newRow("no expires_in is unknown")
            << "" << QByteArray(R"({"access_token":"tok-5f3c9a1e77","token_type":"Bearer"})")
            << "Bearer" << qint64(-1) << QStringList{};
        QTest::newRow("missing token_type")
            << "" << QByteArray(R"({"access_token":"tok-5f3c9a1e77","expires_in":60})") << "Bearer"
            << qint64(60) << QStringList{};
        QTest::newRow("other type kept")
            << ""
            << QByteArray(R"({"access_token":"tok-5f3c9a1e77","token_type":"MAC","expires_in":60})")
            << "MAC" << qint64(60) << QStringList{};
        QTest::newRow("unknown fields ignored")
            << ""
            << QByteArray(
                   R"({"access_token":"tok-5f3c9a1e77","token_type":"Bearer","expires_in":60,"x":{"y":[1]}})")
            << "Bearer" << qint64(60) << QStringList{};
    }
    void success()
    {
        QFETCH(QString, carrier);
        QFETCH(QByteArray, body);
        QFETCH(QString, tokenType);
        QFETCH(qint64, expiresIn);
        QFETCH(QStringList, scopes);
        const ResponseContext ctx = context(carrier);
        const TokenResult r = TokenResponseParser::parse(200, "application/json", body, ctx);
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        QCOMPARE(r.token.tokenType, tokenType);
        QCOMPARE(r.token.expiresIn, expiresIn);
        QCOMPARE(r.token.scopes, scopes);
        QCOMPARE(r.token.obtainedAt, ctx.receivedAt);
        if (expiresIn >= 0)
            QCOMPARE(r.token.expiresAt(), ctx.receivedAt.addSecs(expiresIn));
        else
            QVERIFY(!r.token.expiresAt().isValid());
        QVERIFY(!r.token.otherFields.contains("access_token"));
        QVERIFY(!r.redactedBody.contains(r.token.accessToken.expose()));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorCategory>("category");
        QTest::addColumn<QString>("carrierWords");

        QTest::newRow("oauth invalid_client 401")
            << "banyan" << 401 << QByteArray("application/json")
            << QByteArray(
                   R"({"error":"invalid_client","error_description":"Client authentication failed."})")
            << ErrorCategory::CredentialsRejected << "Client authentication failed.";
        QTest::newRow("oauth invalid_client 400") << "" << 400 << QByteArray("application/json")
                                                  << QByteArray(R"({"error":"invalid_client"})")
                                                  << ErrorCategory::CredentialsRejected << "";
        QTest::newRow("dhl problem invalid credentials 400")
            << "dhl-ecs" << 400 << QByteArray("application/problem+json")
            << QByteArray("{\"type\":\"https:\\/\\/api-sandbox.dhlecs.com/docs/errors/"
                          "400.0000005\",\"title\":\"Invalid credentials\"}")
            << ErrorCategory::CredentialsRejected << "Invalid credentials";
        QTest::newRow("problem other 400")
            << "dhl-ecs" << 400 << QByteArray("application/problem+json")
            << QByteArray(
                   R"({"type":"x/400.0000002","title":"Invalid request","detail":"grant_type is required"})")
            << ErrorCategory::CarrierError << "Invalid request: grant_type is required";
        QTest::newRow("project44 message")
            << "project44" << 401 << QByteArray("application/json")
            << QByteArray(R"({"httpStatusCode":401,"errorMessage":"Invalid client credentials."})")
            << ErrorCategory::CredentialsRejected << "Invalid client credentials.";
        QTest::newRow("unsupported grant") << "banyan" << 400 << QByteArray("application/json")
                                           << QByteArray(R"({"error":"unsupported_grant_type"})")
                                           << ErrorCategory::CarrierError << "";
        QTest::newRow("html 500")
            << "" << 500 << QByteArray("text/html")
            << QByteArray(
                   "<html><head><title>Service Unavailable</title></head><body>x</body></html>")
            << ErrorCategory::CarrierError << "Service Unavailable";
        QTest::newRow("empty 503")
            << "" << 503 << QByteArray() << QByteArray() << ErrorCategory::CarrierError << "";
        QTest::newRow("nested ups-style")
            << "" << 401 << QByteArray("application/json")
            << QByteArray(
                   R"({"response":{"errors":[{"code":"250003","message":"Invalid Access License number"}]}})")
            << ErrorCategory::CredentialsRejected << "Invalid Access License number";
        QTest::newRow("200 html") << "" << 200 << QByteArray("text/html")
                                  << QByteArray("<!DOCTYPE html><html><title>Login</title></html>")
                                  << ErrorCategory::MalformedResponse << "Login";
        QTest::newRow("200 invalid json")
            << "" << 200 << QByteArray("application/json") << QByteArray("{\"access_token\":\"abc")
            << ErrorCategory::MalformedResponse << "";
        QTest::newRow("200 no access_token")
            << "" << 200 << QByteArray("application/json")
            << QByteArray(R"({"token_type":"Bearer"})") << ErrorCategory::MalformedResponse << "";
        QTest::newRow("200 access_token not a string")
            << "" << 200 << QByteArray("application/json") << QByteArray(R"({"access_token":42})")
            << ErrorCategory::MalformedResponse << "";
        QTest::newRow("200 json array")
            << "" << 200 << QByteArray("application/json")
            << QByteArray(R"([{"access_token":"x"}])") << ErrorCategory::MalformedResponse << "";
        QTest::newRow("negative expires_in")
            << "" << 200 << QByteArray("application/json")
            << QByteArray(R"({"access_token":"x","expires_in":-300})")
            << ErrorCategory::MalformedResponse << "";
        QTest::newRow("word expires_in")
            << "" << 200 << QByteArray("application/json")
            << QByteArray(R"({"access_token":"x","expires_in":"soon"})")
            << ErrorCategory::MalformedResponse << "";
        QTest::newRow("bool expires_in") << "" << 200 << QByteArray("application/json")
                                         << QByteArray(R"({"access_token":"x","expires_in":true})")
                                         << ErrorCategory::MalformedResponse << "";
    }
    void failures()
    {
        QFETCH(QString, carrier);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(ErrorCategory, category);
        QFETCH(QString, carrierWords);
        const TokenResult r =
            TokenResponseParser::parse(status, contentType, body, context(carrier));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.category, category);
        QCOMPARE(r.error.carrierDescription, carrierWords);
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY2(!r.error.hint.isEmpty(), "every failure says what to try");
        QCOMPARE(r.httpStatus, status);
    }

    void unreadableBodiesAreDescribed_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated json")
            << QByteArray("application/json") << QByteArray("{\"access_token\": \"ab")
            << "breaks off or is malformed";
        QTest::newRow("binary") << QByteArray("application/octet-stream")
                                << QByteArray("\x1f\x8b\x08\x00\x00\x00", 6) << "binary data";
        QTest::newRow("web page") << QByteArray("text/html")
                                  << QByteArray("<html><title>Sign in</title></html>")
                                  << "a web page";
        QTest::newRow("text") << QByteArray("text/plain") << QByteArray("token please")
                              << "plain text";
        QTest::newRow("empty") << QByteArray() << QByteArray() << "an empty body";
    }
    void unreadableBodiesAreDescribed()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const TokenResult r = TokenResponseParser::parse(200, contentType, body, context());
        QCOMPARE(r.error.category, ErrorCategory::MalformedResponse);
        QVERIFY2(r.error.message.text().contains(says), qPrintable(r.error.message.text()));
    }

    void carrierHintsComeFromTheCatalog()
    {
        const TokenResult r =
            TokenResponseParser::parse(400, "application/problem+json",
                                       "{\"type\":\"https:\\/\\/api-sandbox.dhlecs.com/docs/errors/"
                                       "400.0000005\",\"title\":\"Invalid credentials\"}",
                                       context("dhl-ecs"));
        QVERIFY2(r.error.hint.text().contains("DHL eCommerce environment"),
                 qPrintable(r.error.hint.text()));
        QVERIFY(r.error.fullText().contains("Invalid credentials"));
    }

    void secretsEchoedByTheCarrierAreScrubbed()
    {
        const TokenResult r = TokenResponseParser::parse(
            401, "application/json",
            R"({"error":"invalid_client","error_description":"bad secret s3cr3t-canary-value for client"})",
            context());
        QVERIFY(!r.error.fullText().contains("s3cr3t-canary-value"));
        QVERIFY(!r.redactedBody.contains("s3cr3t-canary-value"));
        QVERIFY(r.error.carrierDescription.contains("redacted"));
    }

    void carrierTextIsCleaned()
    {
        const QByteArray longMessage = "{\"error\":\"server_error\",\"error_description\":\"" +
                                       QByteArray(5000, 'x') + "\\u0007\\n\"}";
        const TokenResult r =
            TokenResponseParser::parse(500, "application/json", longMessage, context());
        QVERIFY(r.error.carrierDescription.size() <= 300);
        QVERIFY(!r.error.carrierDescription.contains(QChar(7)));
    }

    void tokenIsRedactedInDisplayedBody()
    {
        const TokenResult r = TokenResponseParser::parse(
            200, "application/json",
            R"({"access_token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln","refresh_token":"rt-secret","token_type":"Bearer","expires_in":10})",
            context());
        QVERIFY(r.ok());
        QVERIFY(!r.redactedBody.contains("eyJhbGciOiJIUzI1NiJ9"));
        QVERIFY(!r.redactedBody.contains("rt-secret"));
        QVERIFY(r.redactedBody.contains("\"token_type\": \"Bearer\""));
    }

    // Carriers spell the fields their own way: every spelling is kept off screen.
    void otherSpellingsAreRedactedToo()
    {
        const TokenResult r = TokenResponseParser::parse(
            200, "application/json",
            R"({"access_token":"tok-abc","refreshToken":"rt-camel","id-token":"idt-dash","sessionToken":"st-odfl","clientSecret":"cs-echo","token_type":"Bearer"})",
            context());
        QVERIFY(r.ok());
        for (const char* secret : {"rt-camel", "idt-dash", "st-odfl", "cs-echo"})
            QVERIFY2(!r.redactedBody.contains(secret), secret);
        QVERIFY(r.redactedBody.contains("\"token_type\": \"Bearer\""));
        for (const char* field : {"refreshToken", "id-token", "sessionToken", "clientSecret"})
            QVERIFY2(!r.token.otherFields.contains(QLatin1String(field)), field);
    }

    // A token or token type that would break out of a header or a copied command
    // is refused whole, never quoted back, and the body stays on show redacted.
    void unsafeTokensAreRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QJsonValue>("type");
        QTest::addColumn<QString>("says");
        const QString token = "tok-5f3c9a1e77";
        const QString typeWords = "token type TokenDock cannot use safely";
        const QString tokenWords = "token TokenDock cannot use safely";
        QTest::newRow("right single quote")
            << QString::fromUtf8("abc\xE2\x80\x99; iex evil") << QJsonValue("Bearer") << tokenWords;
        QTest::newRow("left single quote")
            << QString::fromUtf8("abc\xE2\x80\x98x") << QJsonValue("Bearer") << tokenWords;
        QTest::newRow("space") << "abc def" << QJsonValue("Bearer") << tokenWords;
        QTest::newRow("trailing newline") << "abcdef\n" << QJsonValue("Bearer") << tokenWords;
        QTest::newRow("header injection")
            << "abc\r\nX-Evil: 1" << QJsonValue("Bearer") << tokenWords;
        QTest::newRow("tab") << "abc\tdef" << QJsonValue("Bearer") << tokenWords;
        QTest::newRow("nul") << QString("abc") + QChar(0) + "def" << QJsonValue("Bearer")
                             << tokenWords;
        QTest::newRow("delete") << QString("abc") + QChar(0x7f) << QJsonValue("Bearer")
                                << tokenWords;
        QTest::newRow("accented letter")
            << QString::fromUtf8("caf\xC3\xA9-token") << QJsonValue("Bearer") << tokenWords;
        QTest::newRow("type with markup")
            << token << QJsonValue("<img src=x><b>Bearer</b>") << typeWords;
        QTest::newRow("type with a space") << token << QJsonValue("Bearer x") << typeWords;
        QTest::newRow("type with a quote")
            << token << QJsonValue(QString::fromUtf8("Bearer\xE2\x80\x99")) << typeWords;
        QTest::newRow("type too long") << token << QJsonValue(QString(41, 'B')) << typeWords;
        QTest::newRow("type a number") << token << QJsonValue(7) << typeWords;
        QTest::newRow("type an object") << token << QJsonValue(QJsonObject{{"a", 1}}) << typeWords;
    }
    void unsafeTokensAreRefused()
    {
        QFETCH(QString, token);
        QFETCH(QJsonValue, type);
        QFETCH(QString, says);
        const QJsonObject body{{"access_token", token}, {"token_type", type}, {"expires_in", 60}};
        const TokenResult r = TokenResponseParser::parse(
            200, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), context());
        QVERIFY(!r.ok());
        QCOMPARE(r.error.category, ErrorCategory::MalformedResponse);
        QVERIFY2(r.error.message.text().contains(says), qPrintable(r.error.message.text()));
        QVERIFY2(r.error.hint.text().contains("contact the carrier") &&
                     r.error.hint.text().contains("token URL"),
                 qPrintable(r.error.hint.text()));
        QVERIFY(r.token.isEmpty());
        // neither value is quoted back in words
        const QString words = r.error.fullText();
        QVERIFY(!words.contains(token));
        if (type.isString())
            QVERIFY(!words.contains(type.toString()));
        // the carrier's response stays visible, the token redacted as always
        QVERIFY(!r.redactedBody.isEmpty());
        QVERIFY(!r.redactedBody.contains(token.toUtf8()));
        QVERIFY(r.redactedBody.contains("\"token_type\""));
        QVERIFY(r.redactedBody.contains("\"expires_in\": 60"));
    }

    // Every printable character but the space is fine in a token, and type names
    // stay as RFC 6749 spells them.
    void printableTokensAndTypeNamesAreAccepted_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QJsonValue>("type");
        QTest::addColumn<QString>("normalised");
        QString every;
        for (char c = 0x21; c <= 0x7e; ++c)
            every += QLatin1Char(c);
        QTest::newRow("every visible ASCII character") << every << QJsonValue("Bearer") << "Bearer";
        QTest::newRow("base64 padding") << "YWJj+/==" << QJsonValue("bearer") << "Bearer";
        QTest::newRow("DPoP") << "tok-1" << QJsonValue("DPoP") << "DPoP";
        QTest::newRow("underscore and dot") << "tok-1" << QJsonValue("N_A.v2") << "N_A.v2";
        QTest::newRow("padded type") << "tok-1" << QJsonValue(" Bearer ") << "Bearer";
        QTest::newRow("null type") << "tok-1" << QJsonValue(QJsonValue::Null) << "Bearer";
        QTest::newRow("forty characters")
            << "tok-1" << QJsonValue(QString(40, 'x')) << QString(40, 'x');
    }
    void printableTokensAndTypeNamesAreAccepted()
    {
        QFETCH(QString, token);
        QFETCH(QJsonValue, type);
        QFETCH(QString, normalised);
        const QJsonObject body{{"access_token", token}, {"token_type", type}, {"expires_in", 60}};
        const TokenResult r = TokenResponseParser::parse(
            200, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), context());
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        QCOMPARE(QString::fromUtf8(r.token.accessToken.expose()), token);
        QCOMPARE(r.token.tokenType, normalised);
    }

    void jwtExpiryAndResponseExpiryBothKept()
    {
        const ResponseContext ctx = context();
        const qint64 received = ctx.receivedAt.toSecsSinceEpoch();
        const QByteArray claims = "{\"exp\":" + QByteArray::number(received + 600) + "}";
        const QByteArray token =
            QByteArray(R"({"alg":"HS256"})")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
            '.' + claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
            ".c2ln";
        const TokenResult r = TokenResponseParser::parse(
            200, "application/json", "{\"access_token\":\"" + token + "\",\"expires_in\":3600}",
            ctx);
        QVERIFY(r.ok());
        QCOMPARE(r.token.expiresAtFromResponse, ctx.receivedAt.addSecs(3600));
        QCOMPARE(r.token.expiresAtFromJwt, ctx.receivedAt.addSecs(600));
        QCOMPARE(r.token.expiresAt(), ctx.receivedAt.addSecs(600)); // the earlier wins
    }

    // The response names "a b", the JWT's scp "b c": one list, the response's
    // first, once each, whether the token just arrived or came from the cache,
    // and the support report shows that list.
    void oneScopeListWhetherReceivedOrCached()
    {
        const ResponseContext ctx = context();
        const QByteArray claims = R"({"scp":["b","c"],"scope":"a"})";
        const QByteArray token =
            QByteArray(R"({"alg":"HS256"})")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
            '.' + claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
            ".c2ln";
        const TokenResult received = TokenResponseParser::parse(
            200, "application/json",
            R"({"access_token":")" + token + R"(","expires_in":3600,"scope":"a b"})", ctx);
        QVERIFY(received.ok());
        const QStringList expected{"a", "b", "c"};
        QCOMPARE(received.token.scopes, expected);

        const auto stored = TokenCache::deserialize(TokenCache::serialize(received.token));
        QVERIFY(stored);
        const TokenResult cached = TokenService::fromCache(*stored);
        QCOMPARE(cached.token.scopes, expected);
        QCOMPARE(cached.inspection.claims, received.inspection.claims);
        QCOMPARE(cached.token.expiresAt(), received.token.expiresAt());

        // an entry cached before the rule held only the response's scopes
        IssuedToken older = *stored;
        older.scopes = QStringList{"a", "b"};
        QCOMPARE(TokenService::fromCache(older).token.scopes, expected);

        Account account;
        account.name = "scoped";
        for (const TokenResult& r : {received, cached})
            QVERIFY(SupportReport::text(account, nullptr, r, ctx.receivedAt)
                        .contains("\nScopes: a b c\n"));
    }
};

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
