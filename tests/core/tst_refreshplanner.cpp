// SPDX-License-Identifier: Apache-2.0
// Keep-fresh scheduling under a fake clock: each preset's refresh advice,
// short and unknown lifetimes, the backoff after failures and project44's
// limit of five tokens a minute.
#include "carriercatalog.h"
#include "clock.h"
#include "refreshplanner.h"

#include <QTest>

class TestRefreshPlanner : public QObject
{
    Q_OBJECT

private:
    const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const QUuid account =
        QUuid::fromString(QStringLiteral("{4f0c6f8e-0d7c-4d55-9a43-3b0f1e6f2a11}"));

    static IssuedToken token(const QDateTime& obtainedAt, qint64 lifetime)
    {
        IssuedToken t;
        t.accessToken = SecretBytes(QByteArray("tok"));
        t.obtainedAt = obtainedAt;
        t.expiresIn = lifetime;
        if (lifetime >= 0)
            t.expiresAtFromResponse = obtainedAt.addSecs(lifetime);
        return t;
    }
    static RefreshAdvice advice(RefreshKind kind, double fraction = 0.8, int interval = 0)
    {
        RefreshAdvice a;
        a.kind = kind;
        a.fraction = fraction;
        a.intervalSeconds = interval;
        return a;
    }
    static TokenBudgetRule budget(int max, int seconds)
    {
        TokenBudgetRule b;
        b.max = max;
        b.seconds = seconds;
        return b;
    }

private slots:
    void eachPresetRenewsAsItsCarrierAdvises_data()
    {
        QTest::addColumn<QString>("carrierId");
        QTest::addColumn<qint64>("renewAfter"); // for a token that lives one hour
        QTest::addColumn<int>("budgetMax");
        QTest::addColumn<int>("budgetSeconds");
        // DHL eCS: every 20 minutes; project44: only once expired, at most 5 a
        // minute; C.H. Robinson and Expeditors: once expired; Echo and Motive 3
        // a second, Uber 100 an hour, Expeditors 10 an hour; everyone else:
        // at 80% of the lifetime
        const QMap<QString, qint64> special{
            {"dhl-ecs", 1200}, {"project44", 3600}, {"chrobinson", 3600}, {"expeditors", 3600}};
        const QMap<QString, QPair<int, int>> budgets{
            {"project44", {5, 60}}, {"chrobinson", {4, 86400}}, {"echo", {3, 1}},
            {"motive", {3, 1}},     {"uber", {100, 3600}},      {"expeditors", {10, 3600}}};
        for (const CarrierPreset& p : CarrierCatalog::builtin().presets())
            QTest::newRow(qPrintable(p.id))
                << p.id << special.value(p.id, 2880) << budgets.value(p.id).first
                << budgets.value(p.id).second;
    }

    void eachPresetRenewsAsItsCarrierAdvises()
    {
        QFETCH(QString, carrierId);
        QFETCH(qint64, renewAfter);
        QFETCH(int, budgetMax);
        QFETCH(int, budgetSeconds);
        const CarrierPreset* preset = CarrierCatalog::builtin().find(carrierId);
        QVERIFY(preset);
        QCOMPARE(preset->budget.max, budgetMax);
        QCOMPARE(preset->budget.seconds, budgetSeconds);
        ManualClock clock(start);
        RefreshPlanner planner(&clock);
        const IssuedToken t = token(start, 3600);
        QCOMPARE(planner.nextRenewal(account, preset->refresh, t), start.addSecs(renewAfter));
        clock.advance(renewAfter - 1);
        QVERIFY(!planner.isDue(account, preset->refresh, t));
        clock.advance(1);
        QVERIFY(planner.isDue(account, preset->refresh, t));
    }

    void lifetimesTheAdviceDoesNotFit_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("interval");
        QTest::addColumn<qint64>("lifetime");   // -1 = the carrier did not say
        QTest::addColumn<qint64>("renewAfter"); // -1 = cannot be planned
        QTest::newRow("interval longer than the token")
            << int(RefreshKind::Interval) << 1200 << qint64(600) << qint64(600);
        QTest::newRow("interval, expiry unknown")
            << int(RefreshKind::Interval) << 1200 << qint64(-1) << qint64(1200);
        QTest::newRow("fraction, expiry unknown")
            << int(RefreshKind::Fraction) << 0 << qint64(-1) << qint64(-1);
        QTest::newRow("on expiry, expiry unknown")
            << int(RefreshKind::OnExpiry) << 0 << qint64(-1) << qint64(-1);
        QTest::newRow("fraction of a short token")
            << int(RefreshKind::Fraction) << 0 << qint64(10) << qint64(8);
    }

    void lifetimesTheAdviceDoesNotFit()
    {
        QFETCH(int, kind);
        QFETCH(int, interval);
        QFETCH(qint64, lifetime);
        QFETCH(qint64, renewAfter);
        ManualClock clock(start);
        RefreshPlanner planner(&clock);
        const QDateTime at = planner.nextRenewal(account, advice(RefreshKind(kind), 0.8, interval),
                                                 token(start, lifetime));
        if (renewAfter < 0)
            QVERIFY(!at.isValid());
        else
            QCOMPARE(at, start.addSecs(renewAfter));
    }

    void noTokenMeansNow()
    {
        ManualClock clock(start);
        RefreshPlanner planner(&clock);
        const RefreshAdvice a = advice(RefreshKind::OnExpiry);
        QCOMPARE(planner.nextRenewal(account, a, std::nullopt), start);
        QVERIFY(planner.isDue(account, a, std::nullopt));
    }

    void aTokenThatDiesAtOnceIsNotRenewedInALoop()
    {
        ManualClock clock(start);
        RefreshPlanner planner(&clock);
        const RefreshAdvice a = advice(RefreshKind::Fraction);
        planner.noteRequest(account);
        planner.noteOutcome(account, true);
        const IssuedToken dead = token(start, 0); // the carrier said expires_in 0
        QCOMPARE(planner.nextRenewal(account, a, dead),
                 start.addSecs(RefreshPlanner::kMinimumGapSeconds));
        QVERIFY(!planner.isDue(account, a, dead));
    }

    void backoffDoublesUpToFifteenMinutes_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("seconds");
        const QList<qint64> expected{0, 30, 60, 120, 240, 480, 900, 900, 900};
        for (int i = 0; i < expected.size(); ++i)
            QTest::addRow("%d failures", i) << i << expected.at(i);
        QTest::newRow("many failures") << 1000 << qint64(900);
    }

    void backoffDoublesUpToFifteenMinutes()
    {
        QFETCH(int, failures);
        QFETCH(qint64, seconds);
        QCOMPARE(RefreshPlanner::backoffSeconds(failures), seconds);
    }

    void failuresDelayTheRenewalUntilOneSucceeds()
    {
        ManualClock clock(start);
        RefreshPlanner planner(&clock);
        const RefreshAdvice a = advice(RefreshKind::Fraction);
        const IssuedToken t = token(start, 3600);
        clock.advance(2880); // due: the renewal starts and fails
        QVERIFY(planner.isDue(account, a, t));
        planner.noteRequest(account);
        planner.noteOutcome(account, false);
        QCOMPARE(planner.failures(account), 1);
        QCOMPARE(planner.nextRenewal(account, a, t), clock.now().addSecs(30));
        QVERIFY(!planner.isDue(account, a, t));
        clock.advance(30);
        QVERIFY(planner.isDue(account, a, t));
        planner.noteOutcome(account, false);
        QCOMPARE(planner.nextRenewal(account, a, t), clock.now().addSecs(60));
        for (int i = 0; i < 8; ++i)
            planner.noteOutcome(account, false);
        QCOMPARE(planner.nextRenewal(account, a, t), clock.now().addSecs(900));
        // a success (from anywhere) ends the backoff
        planner.noteOutcome(account, true);
        QCOMPARE(planner.failures(account), 0);
        const IssuedToken fresh = token(clock.now(), 3600);
        QCOMPARE(planner.nextRenewal(account, a, fresh), clock.now().addSecs(2880));
        // with no token at all a failure still waits
        planner.noteOutcome(account, false);
        QCOMPARE(planner.nextRenewal(account, a, std::nullopt), clock.now().addSecs(30));
        planner.forget(account);
        QCOMPARE(planner.nextRenewal(account, a, std::nullopt), clock.now());
    }

    void project44GetsAtMostFiveTokensAMinute()
    {
        // tokens that live 10 s, renewed on expiry: without the limit that is
        // six or seven a minute
        const CarrierPreset* p44 = CarrierCatalog::builtin().find("project44");
        QVERIFY(p44);
        ManualClock clock(start);
        RefreshPlanner planner(&clock);
        std::optional<IssuedToken> current = token(start, 10);
        planner.noteRequest(account); // the request that brought it
        QList<QDateTime> requests{start};
        while (requests.size() < 12) {
            const QDateTime next = planner.nextRenewal(account, p44->refresh, current, p44->budget);
            QVERIFY(next.isValid());
            QVERIFY(next > clock.now() || requests.size() == 1);
            clock.setNow(next);
            QVERIFY(planner.isDue(account, p44->refresh, current, p44->budget));
            planner.noteRequest(account);
            planner.noteOutcome(account, true);
            current = token(clock.now(), 10);
            requests << clock.now();
        }
        // five in the first minute, the sixth when the first leaves the window
        QCOMPARE(requests.at(4), start.addSecs(40));
        QCOMPARE(requests.at(5), start.addSecs(60));
        for (int i = 5; i < requests.size(); ++i)
            QVERIFY2(requests.at(i - 5).secsTo(requests.at(i)) >= 60,
                     qPrintable(QString("request %1 came %2 s after request %3")
                                    .arg(i)
                                    .arg(requests.at(i - 5).secsTo(requests.at(i)))
                                    .arg(i - 5)));
    }

    void requestsFromElsewhereCountAgainstTheLimit()
    {
        ManualClock clock(start);
        RefreshPlanner planner(&clock);
        const RefreshAdvice a = advice(RefreshKind::OnExpiry);
        const TokenBudgetRule fivePerMinute = budget(5, 60);
        for (int i = 0; i < 5; ++i) { // five manual tests, one every 5 s
            planner.noteRequest(account);
            clock.advance(5);
        }
        QCOMPARE(planner.nextRenewal(account, a, std::nullopt, fivePerMinute), start.addSecs(60));
        QCOMPARE(planner.rateLimitFreeAt(account, TokenBudgetRule()), clock.now());
        clock.setNow(start.addSecs(60));
        QVERIFY(planner.isDue(account, a, std::nullopt, fivePerMinute));
        // another account is not affected
        const QUuid other = QUuid::createUuid();
        clock.setNow(start.addSecs(25));
        QCOMPARE(planner.nextRenewal(other, a, std::nullopt, fivePerMinute), clock.now());
    }

    // the budget's window may be a second or a week: the same rule in each
    void theBudgetHoldsForAnyWindow_data()
    {
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("seconds");
        QTest::newRow("Echo, Motive: 3 a second") << 3 << 1;
        QTest::newRow("project44: 5 a minute") << 5 << 60;
        QTest::newRow("Expeditors: 10 an hour") << 10 << 3600;
        QTest::newRow("Uber: 100 an hour") << 100 << 3600;
        QTest::newRow("C.H. Robinson: 1 a day") << 1 << 86400;
        QTest::newRow("2 a week") << 2 << 7 * 86400;
    }

    void theBudgetHoldsForAnyWindow()
    {
        QFETCH(int, max);
        QFETCH(int, seconds);
        ManualClock clock(start);
        RefreshPlanner planner(&clock);
        const TokenBudgetRule rule = budget(max, seconds);
        const RefreshAdvice a = advice(RefreshKind::OnExpiry);
        for (int i = 0; i < max; ++i) {
            QCOMPARE(planner.rateLimitFreeAt(account, rule), clock.now());
            planner.noteRequest(account);
        }
        // the whole budget at `start`: the next only once the window has passed
        QCOMPARE(planner.rateLimitFreeAt(account, rule), start.addSecs(seconds));
        QCOMPARE(planner.nextRenewal(account, a, std::nullopt, rule),
                 start.addSecs(qMax<qint64>(seconds, RefreshPlanner::kMinimumGapSeconds)));
        const qint64 wait = qMax<qint64>(seconds, RefreshPlanner::kMinimumGapSeconds);
        clock.advance(wait - 1);
        QVERIFY(!planner.isDue(account, a, std::nullopt, rule));
        clock.advance(1);
        QVERIFY(planner.isDue(account, a, std::nullopt, rule));
    }
};

QTEST_GUILESS_MAIN(TestRefreshPlanner)
#include "tst_refreshplanner.moc"
