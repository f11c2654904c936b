// SPDX-License-Identifier: Apache-2.0
#include "carrierpreset.h"
#include "tokencache.h"
#include "tokenresponse.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(ExpirySource)

// How an answer in another shape is read: the token at a path or in a
// header, the expiry from wherever the carrier states it, a refresh token
// kept but never shown; and an exchange described as data refuses what
// could not be a name, a path or a scheme.
namespace {
const QDateTime kReceived(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

ResponseContext context(const QJsonObject& shape, int documentedLifetime = 0)
{
    static CarrierPreset preset;
    preset.name = "Acme Freight";
    preset.typicalLifetimeSeconds = documentedLifetime;
    ResponseContext ctx;
    ctx.preset = &preset;
    ctx.carrierName = preset.name;
    ctx.receivedAt = kReceived;
    [&] {
        QVERIFY(!ctx.shape.apply(shape));
    }();
    return ctx;
}

QByteArray json(const QJsonObject& obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}
} // namespace

class TestExchangeShape : public QObject
{
    Q_OBJECT

private slots:
    void tokenAtAPathOrInAHeader_data()
    {
        QTest::addColumn<QJsonObject>("shape");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("sessionToken")
            << QJsonObject{{"response", QJsonObject{{"token", "sessionToken"}}}}
            << json({{"sessionToken", "tok-123"}}) << QByteArray();
        QTest::newRow("nested")
            << QJsonObject{{"response", QJsonObject{{"token", "data.auth.token"}}}}
            << json({{"data", QJsonObject{{"auth", QJsonObject{{"token", "tok-123"}}}}}})
            << QByteArray();
        QTest::newRow("header, empty body")
            << QJsonObject{{"response", QJsonObject{{"tokenHeader", "X-Token"}}}} << QByteArray()
            << QByteArray("tok-123");
        QTest::newRow("header, body without it")
            << QJsonObject{{"response", QJsonObject{{"tokenHeader", "X-Token"}}}}
            << json({{"status", "ok"}}) << QByteArray(" tok-123 ");
    }
    void tokenAtAPathOrInAHeader()
    {
        QFETCH(QJsonObject, shape);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        ResponseContext ctx = context(shape);
        ctx.tokenHeaderValue = header;
        const TokenResult r = TokenResponseParser::parse(200, "application/json", body, ctx);
        QVERIFY2(r.ok(), qPrintable(r.error.message.text()));
        QCOMPARE(QByteArray(r.token.accessToken.expose()), QByteArray("tok-123"));
        QVERIFY(!r.redactedBody.contains("tok-123"));
        QVERIFY(!QJsonDocument(r.token.otherFields).toJson().contains("tok-123"));
    }

    void missingTokenNamesWhereItWasLookedFor()
    {
        const TokenResult atPath = TokenResponseParser::parse(
            200, "application/json", json({{"token", "x"}}),
            context({{"response", QJsonObject{{"token", "data.token"}}}}));
        QVERIFY(!atPath.ok());
        QVERIFY(atPath.error.message.text().contains("data.token"));
        const TokenResult inHeader = TokenResponseParser::parse(
            200, "application/json", "{}",
            context({{"response", QJsonObject{{"tokenHeader", "X-DPD-TOKEN"}}}}));
        QVERIFY(!inHeader.ok());
        QVERIFY(inHeader.error.message.text().contains("X-DPD-TOKEN header"));
    }

    void expiryFromWhereTheCarrierStatesIt_data()
    {
        QTest::addColumn<QJsonObject>("shape");
        QTest::addColumn<QJsonObject>("answer");
        QTest::addColumn<int>("documented");
        QTest::addColumn<ExpirySource>("source");
        QTest::addColumn<qint64>("lifetime");
        const QJsonObject at{{"response", QJsonObject{{"expiresAt", "accessTokenExpiration"}}}};
        const qint64 in1h = kReceived.addSecs(3600).toSecsSinceEpoch();
        using E = ExpirySource;
        QTest::newRow("expires_in number")
            << QJsonObject() << QJsonObject{{"expires_in", 1800}} << 0 << E::ExpiresIn << 1800LL;
        QTest::newRow("expires_in text")
            << QJsonObject() << QJsonObject{{"expires_in", "1800"}} << 0 << E::ExpiresIn << 1800LL;
        QTest::newRow("own expires_in name")
            << QJsonObject{{"response", QJsonObject{{"expiresIn", "data.ttl"}}}}
            << QJsonObject{{"data", QJsonObject{{"ttl", 900}}}} << 0 << E::ExpiresIn << 900LL;
        QTest::newRow("epoch seconds")
            << at << QJsonObject{{"accessTokenExpiration", in1h}} << 0 << E::StatedTime << 3600LL;
        QTest::newRow("epoch seconds as text")
            << at << QJsonObject{{"accessTokenExpiration", QString::number(in1h)}} << 0
            << E::StatedTime << 3600LL;
        QTest::newRow("epoch milliseconds")
            << at << QJsonObject{{"accessTokenExpiration", double(in1h * 1000)}} << 0
            << E::StatedTime << 3600LL;
        QTest::newRow("ISO 8601 with zone")
            << at << QJsonObject{{"accessTokenExpiration", "2026-11-24T14:00:00+01:00"}} << 0
            << E::StatedTime << 3600LL;
        QTest::newRow("ISO 8601 without zone, read as UTC")
            << at << QJsonObject{{"accessTokenExpiration", "2026-11-24T13:00:00"}} << 0
            << E::StatedTime << 3600LL;
        QTest::newRow("the earlier of two")
            << at << QJsonObject{{"accessTokenExpiration", in1h}, {"expires_in", 600}} << 0
            << E::ExpiresIn << 600LL;
        QTest::newRow("documented lifetime")
            << QJsonObject() << QJsonObject() << 14400 << E::Documented << 14400LL;
        QTest::newRow("documented loses to the answer")
            << QJsonObject() << QJsonObject{{"expires_in", 60}} << 14400 << E::ExpiresIn << 60LL;
    }
    void expiryFromWhereTheCarrierStatesIt()
    {
        QFETCH(QJsonObject, shape);
        QFETCH(QJsonObject, answer);
        QFETCH(int, documented);
        QFETCH(ExpirySource, source);
        QFETCH(qint64, lifetime);
        answer.insert("access_token", "opaque-token");
        answer.insert("token_type", "Bearer");
        const TokenResult r = TokenResponseParser::parse(200, "application/json", json(answer),
                                                         context(shape, documented));
        QVERIFY2(r.ok(), qPrintable(r.error.message.text()));
        QCOMPARE(r.token.expirySource(), source);
        QCOMPARE(*r.token.lifetime(), lifetime);
        // the cached token keeps where its expiry came from
        const auto cached = TokenCache::deserialize(TokenCache::serialize(r.token));
        QVERIFY(cached);
        QCOMPARE(cached->expirySource(), source);
        QCOMPARE(cached->expiresAt(), r.token.expiresAt());
    }

    void unusableStatedTimesAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("words") << QJsonValue("tomorrow");
        QTest::newRow("a day in the past")
            << QJsonValue(double(kReceived.addDays(-2).toSecsSinceEpoch()));
        QTest::newRow("centuries ahead") << QJsonValue("2999-01-01T00:00:00Z");
        QTest::newRow("negative") << QJsonValue(-5);
        QTest::newRow("an object") << QJsonValue(QJsonObject{{"at", 1}});
    }
    void unusableStatedTimesAreRefused()
    {
        QFETCH(QJsonValue, value);
        const TokenResult r = TokenResponseParser::parse(
            200, "application/json", json({{"access_token", "opaque-token"}, {"expiry", value}}),
            context({{"response", QJsonObject{{"expiresAt", "expiry"}}}}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.category, ErrorCategory::MalformedResponse);
        QVERIFY(r.error.message.text().contains("expiry"));
        QVERIFY(!r.error.message.text().contains("opaque-token"));
        // the answer stays on show for the person, the token never
        QVERIFY(!r.redactedBody.isEmpty());
        QVERIFY(!r.redactedBody.contains("opaque-token"));
    }

    void refreshTokenIsKeptButNeverShown()
    {
        const TokenResult r = TokenResponseParser::parse(
            200, "application/json",
            json({{"token", "tok-123"},
                  {"session", QJsonObject{{"renew", "refresh-456"}}},
                  {"expires_in", 3600}}),
            context({{"response",
                      QJsonObject{{"token", "token"}, {"refreshToken", "session.renew"}}}}));
        QVERIFY(r.ok());
        QCOMPARE(QByteArray(r.token.refreshToken.expose()), QByteArray("refresh-456"));
        QVERIFY(!r.redactedBody.contains("refresh-456"));
        QVERIFY(!QJsonDocument(r.token.otherFields).toJson().contains("refresh-456"));
        const auto cached = TokenCache::deserialize(TokenCache::serialize(r.token));
        QCOMPARE(QByteArray(cached->refreshToken.expose()), QByteArray("refresh-456"));
    }

    void namedHeaderCarriesTheBareToken()
    {
        const TokenResult r = TokenResponseParser::parse(
            200, "application/json", json({{"token", "tok-123"}}),
            context({{"response", QJsonObject{{"token", "token"}}},
                     {"use", QJsonObject{{"header", "X-RMG-Auth-Token"}, {"scheme", ""}}}}));
        QVERIFY(r.ok());
        QCOMPARE(r.token.headers().value(0).first, QString("X-RMG-Auth-Token"));
        QCOMPARE(r.token.headers().value(0).second, QString("tok-123"));
        // no "assumes Bearer" warning for an answer that is not OAuth
        for (const Message& w : r.warnings)
            QVERIFY(!w.text().contains("token_type"));
        // Authorization with a scheme of the exchange's own, or none
        for (const auto& [scheme, value] : {std::make_pair(QString("JWT"), QString("JWT tok-123")),
                                            std::make_pair(QString(), QString("tok-123"))}) {
            const TokenResult a = TokenResponseParser::parse(
                200, "application/json", json({{"token", "tok-123"}, {"token_type", "bearer"}}),
                context({{"response", QJsonObject{{"token", "token"}}},
                         {"use", QJsonObject{{"scheme", scheme}}}}));
            QCOMPARE(a.token.headers().value(0).second, value);
        }
    }

    void shapesThatCannotBeAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("shape");
        QTest::addColumn<QString>("names");
        QTest::newRow("unknown part") << QJsonObject{{"answer", QJsonObject()}} << "answer";
        QTest::newRow("part not an object") << QJsonObject{{"use", "x"}} << "use";
        QTest::newRow("method") << QJsonObject{{"request", QJsonObject{{"method", "PUT"}}}}
                                << "request.method";
        QTest::newRow("body") << QJsonObject{{"request", QJsonObject{{"body", "xml"}}}}
                              << "request.body";
        QTest::newRow("GET with a body")
            << QJsonObject{{"request", QJsonObject{{"method", "GET"}, {"body", "form"}}}}
            << "request.body";
        QTest::newRow("header with a line break")
            << QJsonObject{{"use", QJsonObject{{"header", "X-A\r\nX-B: 1"}}}} << "use.header";
        QTest::newRow("header with a colon")
            << QJsonObject{{"response", QJsonObject{{"tokenHeader", "X-Token:"}}}}
            << "response.tokenHeader";
        QTest::newRow("path with a space")
            << QJsonObject{{"response", QJsonObject{{"token", "the token"}}}} << "response.token";
        QTest::newRow("path with brackets")
            << QJsonObject{{"response", QJsonObject{{"token", "data[0].token"}}}}
            << "response.token";
        QTest::newRow("empty token path")
            << QJsonObject{{"response", QJsonObject{{"token", ""}}}} << "response.token";
        QTest::newRow("scheme with a space")
            << QJsonObject{{"use", QJsonObject{{"scheme", "Bearer x"}}}} << "use.scheme";
        QTest::newRow("switch as text")
            << QJsonObject{{"use", QJsonObject{{"apiKey", "yes"}}}} << "use.apiKey";
        QTest::newRow("client id as Host")
            << QJsonObject{{"request", QJsonObject{{"clientId", "Host"}}}} << "request.clientId";
        QTest::newRow("secret in Authorization")
            << QJsonObject{{"request", QJsonObject{{"clientSecret", "authorization"}}}}
            << "request.clientSecret";
        QTest::newRow("API key in the client id's header")
            << QJsonObject{{"request", QJsonObject{{"clientId", "X-Id"}, {"apiKeyHeader", "x-id"}}}}
            << "request.apiKeyHeader";
        QTest::newRow("token in the Cookie header")
            << QJsonObject{{"use", QJsonObject{{"header", "Cookie"}}}} << "use.header";
        QTest::newRow("name as a number")
            << QJsonObject{{"request", QJsonObject{{"clientId", 5}}}} << "request.clientId";
    }
    void shapesThatCannotBeAreRefused()
    {
        QFETCH(QJsonObject, shape);
        QFETCH(QString, names);
        ExchangeShape s;
        const auto problem = s.apply(shape);
        QVERIFY(problem);
        QVERIFY2(problem->contains(names), qPrintable(*problem));
    }

    // What an account stores is only what differs, and reads back the same.
    void differencesRoundTrip()
    {
        ExchangeShape base;
        ExchangeShape own = base;
        QVERIFY(!own.apply(
            {{"request", QJsonObject{{"method", "GET"}, {"body", "none"}, {"grantType", ""}}},
             {"response", QJsonObject{{"token", "sessionToken"}}},
             {"use", QJsonObject{{"apiKey", true}}}}));
        const QJsonObject diff = own.differencesFrom(base);
        QCOMPARE(diff.value("request").toObject().size(), 3);
        QCOMPARE(diff.value("response").toObject().size(), 1);
        ExchangeShape again = base;
        QVERIFY(!again.apply(diff));
        QVERIFY(again == own);
        QVERIFY(base.differencesFrom(base).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExchangeShape)
#include "tst_exchangeshape.moc"
