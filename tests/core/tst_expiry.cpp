// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "issuedtoken.h"

#include <QTest>

class TestExpiry : public QObject
{
    Q_OBJECT

private:
    const QDateTime start = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

    IssuedToken token(qint64 expiresIn, qint64 jwtOffset)
    {
        IssuedToken t;
        t.accessToken = SecretBytes(QByteArray("tok"));
        t.obtainedAt = start;
        t.expiresIn = expiresIn;
        if (expiresIn >= 0)
            t.expiresAtFromResponse = start.addSecs(expiresIn);
        if (jwtOffset >= 0)
            t.expiresAtFromJwt = start.addSecs(jwtOffset);
        return t;
    }

private slots:
    void countdownFollowsTheClock()
    {
        ManualClock clock(start);
        const IssuedToken t = token(3600, -1);
        QCOMPARE(t.secondsLeft(clock.now()).value(), 3600);
        clock.advance(1);
        QCOMPARE(t.secondsLeft(clock.now()).value(), 3599);
        clock.advance(3599);
        QCOMPARE(t.secondsLeft(clock.now()).value(), 0);
        clock.advance(10);
        QCOMPARE(t.secondsLeft(clock.now()).value(), -10);
        QVERIFY(!t.validFor(0, clock.now()));
    }

    void earlierOfTheTwoWins_data()
    {
        QTest::addColumn<qint64>("expiresIn");
        QTest::addColumn<qint64>("jwtOffset");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("response only") << qint64(3600) << qint64(-1) << qint64(3600);
        QTest::newRow("jwt only") << qint64(-1) << qint64(1800) << qint64(1800);
        QTest::newRow("jwt earlier") << qint64(3600) << qint64(1800) << qint64(1800);
        QTest::newRow("response earlier") << qint64(600) << qint64(3600) << qint64(600);
    }
    void earlierOfTheTwoWins()
    {
        QFETCH(qint64, expiresIn);
        QFETCH(qint64, jwtOffset);
        QFETCH(qint64, expected);
        const IssuedToken t = token(expiresIn, jwtOffset);
        QCOMPARE(t.expiresAt(), start.addSecs(expected));
        QCOMPARE(t.lifetime().value(), expected);
    }

    void unknownExpiryIsNotExpired()
    {
        const IssuedToken t = token(-1, -1);
        QVERIFY(!t.expiresAt().isValid());
        QVERIFY(!t.secondsLeft(start).has_value());
        QVERIFY(!t.lifetime().has_value());
        // unknown is not "valid for N seconds" either: callers decide
        QVERIFY(!t.validFor(60, start));
    }

    void validForRespectsTheMargin()
    {
        ManualClock clock(start);
        const IssuedToken t = token(120, -1);
        QVERIFY(t.validFor(60, clock.now()));
        clock.advance(61);
        QVERIFY(!t.validFor(60, clock.now()));
        QVERIFY(t.validFor(59, clock.now()));
    }

    void tokenTypeNormalisation_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("BEARER") << "BEARER"
                                << "Bearer";
        QTest::newRow("bearer") << "bearer"
                                << "Bearer";
        QTest::newRow("empty") << ""
                               << "Bearer";
        QTest::newRow("spaces") << " Bearer "
                                << "Bearer";
        QTest::newRow("dpop") << "dpop"
                              << "DPoP";
        QTest::newRow("mac") << "MAC"
                             << "MAC";
    }
    void tokenTypeNormalisation()
    {
        QFETCH(QString, sent);
        QFETCH(QString, normalised);
        QCOMPARE(normaliseTokenType(sent), normalised);
    }
};

QTEST_GUILESS_MAIN(TestExpiry)
#include "tst_expiry.moc"
