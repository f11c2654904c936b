// SPDX-License-Identifier: Apache-2.0
#include "clockcheck.h"
#include "issuedtoken.h"
#include "tokencache.h"

#include <QTest>

// Whether this computer's clock is off, from an HTTP Date header or a
// token's issue time, and how the countdown follows the carrier's clock.
class TestClockCheck : public QObject
{
    Q_OBJECT

    const QDateTime noon = QDateTime(QDate(2026, 12, 3), QTime(12, 0, 0), Qt::UTC);

private slots:
    void httpDates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime at(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << at;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << at;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << at;
        QTest::newRow("extra spaces") << QByteArray("  Thu, 03 Dec 2026 12:00:00 GMT ")
                                      << QDateTime(QDate(2026, 12, 3), QTime(12, 0, 0), Qt::UTC);
        QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST") << QDateTime();
        QTest::newRow("no time") << QByteArray("Sun, 06 Nov 1994 GMT") << QDateTime();
        QTest::newRow("epoch") << QByteArray("784111777") << QDateTime();
        QTest::newRow("ISO") << QByteArray("1994-11-06T08:49:37Z") << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
        QTest::newRow("day 32") << QByteArray("Sun, 32 Nov 1994 08:49:37 GMT") << QDateTime();
        QTest::newRow("hour 25") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << QDateTime();
        QTest::newRow("very long") << QByteArray(4096, 'x') << QDateTime();
    }

    void httpDates()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const QDateTime at = ClockCheck::parseHttpDate(value);
        QCOMPARE(at.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(at, expected);
            QCOMPARE(at.timeSpec(), Qt::UTC);
        }
    }

    void dateHeaderMeasuresHowFarApart_data()
    {
        QTest::addColumn<qint64>("serverAhead");
        QTest::addColumn<bool>("off");
        QTest::newRow("same time") << qint64(0) << false;
        QTest::newRow("a minute ahead: noise") << qint64(60) << false;
        QTest::newRow("a minute behind: noise") << qint64(-60) << false;
        QTest::newRow("61 s ahead") << qint64(61) << true;
        QTest::newRow("five minutes ahead") << qint64(300) << true;
        QTest::newRow("five minutes behind") << qint64(-300) << true;
        QTest::newRow("a day behind") << qint64(-86400) << true;
    }

    void dateHeaderMeasuresHowFarApart()
    {
        QFETCH(qint64, serverAhead);
        QFETCH(bool, off);
        const QByteArray date =
            QLocale::c()
                .toString(noon.addSecs(serverAhead), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                .toLatin1() +
            " GMT";
        const ClockReading reading = ClockCheck::fromDateHeader(date, noon);
        QCOMPARE(reading.source, ClockReading::Source::DateHeader);
        QCOMPARE(reading.sourceId(), QStringLiteral("date_header"));
        QCOMPARE(reading.serverAheadSeconds, serverAhead);
        QCOMPARE(reading.isOff(), off);
        QCOMPARE(reading.warning(QStringLiteral("ACME")).isEmpty(), !off);
        if (off) {
            const QString text = reading.warning(QStringLiteral("ACME")).text();
            QVERIFY2(text.contains(serverAhead > 0 ? QLatin1String("behind ACME's")
                                                   : QLatin1String("ahead of ACME's")),
                     qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("Date header")), qPrintable(text));
        }
    }

    void unusableDateMeasuresNothing()
    {
        for (const QByteArray& value :
             {QByteArray(), QByteArray("yesterday"), QByteArray("Thu, 03 Dec 2026 12:00:00 CET")}) {
            const ClockReading reading = ClockCheck::fromDateHeader(value, noon);
            QVERIFY(!reading.measured());
            QVERIFY(!reading.isOff());
            QVERIFY(reading.warning(QStringLiteral("ACME")).isEmpty());
        }
    }

    // A carrier may hand the same token out again, so an old issue time says
    // nothing; one in the future, or a token already dead when it came, does.
    void issueTimeSaysOnlyWhatItCan_data()
    {
        QTest::addColumn<qint64>("iat"); // seconds from noon (this computer's clock)
        QTest::addColumn<qint64>("exp"); // seconds from noon; 0 = no exp
        QTest::addColumn<bool>("measured");
        QTest::newRow("fresh") << qint64(-1) << qint64(3599) << false;
        QTest::newRow("reused, still valid") << qint64(-1800) << qint64(1800) << false;
        QTest::newRow("issued 5 min in the future") << qint64(300) << qint64(3900) << true;
        QTest::newRow("issued 30 s in the future: noise") << qint64(30) << qint64(3630) << false;
        QTest::newRow("dead on arrival") << qint64(-600) << qint64(-360) << true;
        QTest::newRow("expired 30 s ago: noise") << qint64(-270) << qint64(-30) << false;
        QTest::newRow("no exp, old") << qint64(-600) << qint64(0) << false;
    }

    void issueTimeSaysOnlyWhatItCan()
    {
        QFETCH(qint64, iat);
        QFETCH(qint64, exp);
        QFETCH(bool, measured);
        const ClockReading reading = ClockCheck::fromIssuedAt(
            noon.addSecs(iat), exp ? noon.addSecs(exp) : QDateTime(), noon);
        QCOMPARE(reading.measured(), measured);
        QCOMPARE(reading.isOff(), measured);
        if (measured) {
            QCOMPARE(reading.sourceId(), QStringLiteral("iat"));
            QCOMPARE(reading.serverAheadSeconds, iat);
            // only a token from this computer's future moves the countdown: one
            // already dead on arrival may be an old token handed out again
            QCOMPARE(reading.movesTheCountdown(), iat > 0);
            const QString text = reading.warning(QStringLiteral("ACME")).text();
            QVERIFY2(text.contains(iat > 0 ? QLatin1String("issue time")
                                           : QLatin1String("handed out an old token")),
                     qPrintable(text));
        }
    }

    // A JWT's exp is on the carrier's clock: five minutes behind it, a token
    // for four minutes looks expired here, and the countdown moves it over.
    void countdownFollowsTheCarriersClock()
    {
        IssuedToken token;
        token.accessToken = SecretBytes("t");
        token.obtainedAt = noon;
        token.expiresAtFromJwt = noon.addSecs(-300 + 240);
        QVERIFY(!token.validFor(0, noon));
        token.serverClockAhead = -300;
        QCOMPARE(token.expiresAt(), noon.addSecs(240));
        QCOMPARE(token.secondsLeft(noon).value_or(-1), qint64(240));
        QCOMPARE(token.expirySource(), ExpirySource::Jwt);
        // expires_in counts from arrival on this clock: it needs no moving
        token.expiresAtFromResponse = noon.addSecs(230);
        QCOMPARE(token.expiresAt(), noon.addSecs(230));
        QCOMPARE(token.expirySource(), ExpirySource::ExpiresIn);
        // and a stated time is on the carrier's clock like exp
        IssuedToken stated;
        stated.accessToken = SecretBytes("t");
        stated.obtainedAt = noon;
        stated.expiresAtStated = noon.addSecs(300 + 3600);
        stated.serverClockAhead = 300;
        QCOMPARE(stated.expiresAt(), noon.addSecs(3600));
        QCOMPARE(stated.expirySource(), ExpirySource::StatedTime);
    }

    void theCachedTokenKeepsTheClock()
    {
        IssuedToken token;
        token.accessToken = SecretBytes("t");
        token.obtainedAt = noon;
        token.expiresAtFromJwt = noon.addSecs(3900);
        token.serverClockAhead = 300;
        const auto back = TokenCache::deserialize(TokenCache::serialize(token));
        QVERIFY(back.has_value());
        QCOMPARE(back->serverClockAhead, qint64(300));
        QCOMPARE(back->expiresAt(), noon.addSecs(3600));
        token.serverClockAhead = 0;
        QCOMPARE(TokenCache::deserialize(TokenCache::serialize(token))->serverClockAhead,
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "tst_clockcheck.moc"
