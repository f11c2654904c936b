// SPDX-License-Identifier: Apache-2.0
#include "rawhttpserver.h"
#include "sandboxserver.h"
#include "testsupport.h"
#include "tokenclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

// A carrier whose clock is not this computer's: the token endpoint's Date
// header (or the token's issue time) says how far apart they are; over a
// minute it is said, and the countdown follows the carrier's clock.
class TestClockSkew : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;
    TokenClient client;

    TokenResult fetchWithOffset(const QString& carrier, qint64 offset, int lifetime = 0)
    {
        sandbox.setClockOffset(offset);
        sandbox.setTokenLifetime(carrier, lifetime);
        const auto restore = qScopeGuard([&] {
            sandbox.setClockOffset(0);
            sandbox.setTokenLifetime(carrier, 0);
        });
        return fetchAndCount(client, presetSpec(sandbox, carrier));
    }

    static bool mentions(const TokenResult& result, const QString& words)
    {
        for (const Message& warning : result.warnings) {
            if (warning.text().contains(words))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() { QVERIFY(sandbox.start()); }

    void carrierClockAheadOrBehind_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("words");
        QTest::newRow("carrier 5 min ahead") << qint64(300) << "clock is 5 min behind Banyan";
        QTest::newRow("carrier 5 min behind") << qint64(-300) << "clock is 5 min ahead of Banyan";
        QTest::newRow("carrier 2 h behind") << qint64(-7200) << "clock is 2 h ahead of Banyan";
    }

    void carrierClockAheadOrBehind()
    {
        QFETCH(qint64, offset);
        QFETCH(QString, words);
        const TokenResult result = fetchWithOffset("banyan", offset);
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QCOMPARE(result.clock.source, ClockReading::Source::DateHeader);
        // the Date header counts whole seconds, and the request takes a moment
        QVERIFY2(qAbs(result.clock.serverAheadSeconds - offset) <= 2,
                 qPrintable(QString::number(result.clock.serverAheadSeconds)));
        QVERIFY(result.clock.isOff());
        QVERIFY2(mentions(result, words), qPrintable(Message::texts(result.warnings).join('\n')));
        QVERIFY(mentions(result, QStringLiteral("(NTP)")));
        // expires_in counts from arrival here: Banyan's hour is an hour on this clock
        const qint64 left = result.token.secondsLeft(QDateTime::currentDateTimeUtc()).value_or(0);
        QVERIFY2(left > 3599 - 30 && left <= 3599, qPrintable(QString::number(left)));
    }

    void aFewSecondsApartIsNotSaid()
    {
        const TokenResult result = fetchWithOffset("banyan", 30);
        QVERIFY(result.ok());
        QVERIFY(result.clock.measured());
        QVERIFY(!result.clock.isOff());
        QCOMPARE(result.token.serverClockAhead, qint64(0));
        QVERIFY(!mentions(result, QStringLiteral("clock")));
    }

    // Asendia's token says when it expires only in its exp claim: four
    // minutes on a carrier clock five minutes behind this one would look
    // expired on arrival.
    void jwtExpiryFollowsTheCarriersClock()
    {
        const TokenResult result = fetchWithOffset("asendia", -300, 240);
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QVERIFY(result.token.expiresAtFromJwt < result.token.obtainedAt);
        QCOMPARE(result.token.expirySource(), ExpirySource::Jwt);
        const qint64 left = result.token.secondsLeft(QDateTime::currentDateTimeUtc()).value_or(0);
        QVERIFY2(left > 200 && left <= 241, qPrintable(QString::number(left)));
        QVERIFY(result.token.validFor(120, QDateTime::currentDateTimeUtc()));
    }

    // DHL Parcel NL states its expiry as a time: on a clock ten minutes
    // behind, a token for four minutes is still a token, not a broken answer.
    void statedExpiryFollowsTheCarriersClock()
    {
        const TokenResult result = fetchWithOffset("dhl-parcel-nl", -600, 240);
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QCOMPARE(result.token.expirySource(), ExpirySource::StatedTime);
        const qint64 left = result.token.secondsLeft(QDateTime::currentDateTimeUtc()).value_or(0);
        QVERIFY2(left > 200 && left <= 241, qPrintable(QString::number(left)));
    }

    // A refusal is measured too: the JSON and the report still carry it.
    void aRefusalIsMeasuredToo()
    {
        sandbox.setClockOffset(-300);
        const auto restore = qScopeGuard([&] { sandbox.setClockOffset(0); });
        TokenRequestSpec spec = presetSpec(sandbox, "banyan");
        spec.clientSecret = SecretBytes("wrong-secret");
        const TokenResult result = fetchAndCount(client, spec);
        QVERIFY(!result.ok());
        QVERIFY(result.clock.isOff());
        QVERIFY(qAbs(result.clock.serverAheadSeconds + 300) <= 2);
    }

    // No Date header: a token issued in this computer's future tells.
    void issueTimeWithoutDateHeader()
    {
        RawHttpServer server;
        QVERIFY(server.start());
        const qint64 iat = QDateTime::currentSecsSinceEpoch() + 600;
        const auto part = [](const QJsonObject& o) {
            return QJsonDocument(o)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray jwt =
            part({{"alg", "RS256"}, {"typ", "JWT"}}) + '.' +
            part({{"iss", "https://id.example"}, {"iat", iat}, {"exp", iat + 3600}}) + ".c2ln";
        server.answer(200, QJsonDocument(QJsonObject{{"access_token", QString::fromLatin1(jwt)},
                                                     {"token_type", "Bearer"},
                                                     {"expires_in", 3600}})
                               .toJson(QJsonDocument::Compact));
        TokenRequestSpec spec = sandboxSpec(sandbox, "generic");
        spec.url = server.url();
        spec.clientId = QStringLiteral("any-client");
        spec.clientSecret = SecretBytes("any-secret");
        const TokenResult result = fetchAndCount(client, spec);
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QCOMPARE(result.clock.source, ClockReading::Source::IssuedAt);
        QVERIFY(qAbs(result.clock.serverAheadSeconds - 600) <= 2);
        QVERIFY(mentions(result, QStringLiteral("token's issue time")));
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
