// SPDX-License-Identifier: Apache-2.0
// The token ledger every TokenDock process shares: a place is reserved under
// the lock before a request goes, nothing is granted past the budget, and a
// ledger that cannot be checked says so instead of letting everything through.
#include "account.h"
#include "carriercatalog.h"
#include "clock.h"
#include "filemode.h"
#include "tokenbudget.h"
#include "tokenledger.h"

#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

TokenBudgetRule rule(int max, int seconds)
{
    TokenBudgetRule r;
    r.max = max;
    r.seconds = seconds;
    return r;
}
} // namespace

class TestTokenLedger : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString path() const { return dir.filePath(TokenLedger::fileName()); }

private slots:
    void init() { QFile::remove(path()); }

    void grantsTheBudgetThenSaysWhen_data()
    {
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("seconds");
        QTest::newRow("3 a second") << 3 << 1;
        QTest::newRow("5 a minute") << 5 << 60;
        QTest::newRow("10 an hour") << 10 << 3600;
        QTest::newRow("1 a day") << 1 << 86400;
        QTest::newRow("2 a week") << 2 << 7 * 86400;
    }

    void grantsTheBudgetThenSaysWhen()
    {
        QFETCH(int, max);
        QFETCH(int, seconds);
        const TokenLedger ledger(path());
        const TokenBudgetRule r = rule(max, seconds);
        for (int i = 0; i < max; ++i) {
            const BudgetStanding s = ledger.reserve("dest", r, kStart, false);
            QVERIFY(s.granted);
            QVERIFY(!s.problem);
            QCOMPARE(s.used, i + 1);
            QCOMPARE(s.left(), max - i - 1);
        }
        const BudgetStanding refused = ledger.reserve("dest", r, kStart, false);
        QVERIFY(!refused.granted);
        QCOMPARE(refused.freeAt, kStart.addSecs(seconds));
        QCOMPARE(refused.left(), 0);
        // what the window shows is the same, and looking records nothing
        QCOMPARE(ledger.peek("dest", r, kStart).freeAt, kStart.addSecs(seconds));
        QCOMPARE(ledger.peek("dest", r, kStart).used, max);
        // one second early: still no; once the window has passed: yes
        QVERIFY(!ledger.reserve("dest", r, kStart.addSecs(seconds - 1), false).granted);
        QVERIFY(ledger.reserve("dest", r, kStart.addSecs(seconds), false).granted);
    }

    void destinationsCountApart()
    {
        const TokenLedger ledger(path());
        const TokenBudgetRule one = rule(1, 3600);
        QVERIFY(ledger.reserve("a", one, kStart, false).granted);
        QVERIFY(!ledger.reserve("a", one, kStart, false).granted);
        QVERIFY(ledger.reserve("b", one, kStart, false).granted);
    }

    void forceSendsOverTheBudgetAndStillCounts()
    {
        const TokenLedger ledger(path());
        const TokenBudgetRule two = rule(2, 3600);
        QVERIFY(ledger.reserve("d", two, kStart, false).granted);
        QVERIFY(ledger.reserve("d", two, kStart, false).granted);
        const BudgetStanding forced = ledger.reserve("d", two, kStart, true);
        QVERIFY(forced.granted);
        QCOMPARE(forced.used, 3);
        // the forced one keeps the next waiting as long as any other would
        QCOMPARE(ledger.peek("d", two, kStart.addSecs(10)).used, 3);
        QVERIFY(!ledger.reserve("d", two, kStart.addSecs(3599), false).granted);
    }

    void theFileIsPrivateAndForgetsOldRequests()
    {
        const TokenLedger ledger(path());
        QVERIFY(ledger.reserve("old", rule(5, 60), kStart, false).granted);
        QCOMPARE(modeOf(path()), 0600);
        QVERIFY(ledger.reserve("new", rule(5, 60), kStart.addSecs(61), false).granted);
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains("\"new\"") && !bytes.contains("\"old\""), bytes.constData());
    }

    void aLedgerThatCannotBeReadHoldsEverythingBack()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        const TokenLedger ledger(path());
        const BudgetStanding s = ledger.reserve("d", rule(5, 60), kStart, false);
        QVERIFY(!s.granted);
        QVERIFY(s.problem);
        QVERIFY2(s.problem->text().contains(TokenLedger::fileName()),
                 qPrintable(s.problem->text()));
        QVERIFY(ledger.peek("d", rule(5, 60), kStart).problem);
        // --force sends anyway, and the file is left for a person to look at
        QVERIFY(ledger.reserve("d", rule(5, 60), kStart, true).granted);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ not json"));
    }

    void aLedgerLockedElsewhereHoldsEverythingBack()
    {
        // a lock file held by a live process: another TokenDock in the middle of a write
        QLockFile other(path() + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0));
        const TokenLedger ledger(path());
        const BudgetStanding s = ledger.reserve("d", rule(5, 60), kStart, false);
        QVERIFY(!s.granted);
        QVERIFY(s.problem);
        QVERIFY2(s.problem->text().contains("locked"), qPrintable(s.problem->text()));
        other.unlock();
        QVERIFY(ledger.reserve("d", rule(5, 60), kStart, false).granted);
    }

    // the refusal names the rule for any window, and the date once the next
    // request may go only on another day
    void theRefusalWordsAnyWindow_data()
    {
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("rule");
        QTest::newRow("second") << 3 << 1 << "3 token requests a second";
        QTest::newRow("minute") << 5 << 60 << "5 token requests a minute";
        QTest::newRow("hour") << 100 << 3600 << "100 token requests an hour";
        QTest::newRow("day") << 4 << 86400 << "4 token requests a day";
        QTest::newRow("15 minutes") << 10 << 900 << "10 token requests every 15 minutes";
        QTest::newRow("2 hours") << 10 << 7200 << "10 token requests every 2 hours";
        QTest::newRow("3 days") << 10 << 3 * 86400 << "10 token requests every 3 days";
        QTest::newRow("90 seconds") << 10 << 90 << "10 token requests every 90 seconds";
    }

    void theRefusalWordsAnyWindow()
    {
        QFETCH(int, max);
        QFETCH(int, seconds);
        QFETCH(QString, rule);
        CarrierPreset preset;
        preset.name = "Acme Freight";
        preset.budget.max = max;
        preset.budget.seconds = seconds;
        QCOMPARE(TokenBudget::allowance(preset.budget).text(), rule);
        const QDateTime freeAt = kStart.addSecs(seconds);
        const Failure f = TokenBudget::refusal(preset, freeAt, kStart);
        QCOMPARE(f.category, ErrorCategory::HeldBack);
        const QDateTime local = freeAt.toLocalTime();
        const QString at = local.date() == kStart.toLocalTime().date()
                               ? local.toString("HH:mm:ss")
                               : local.toString("yyyy-MM-dd HH:mm:ss");
        QCOMPARE(f.message.text(), "Not sent: Acme Freight allows " + rule +
                                       ". The next one can be sent at " + at + ".");
    }

    // preset, token URL origin and client id make the destination; the client
    // id is never in it in clear
    void theDestinationIsADigestOfCarrierOriginAndClient()
    {
        const CarrierPreset* p44 = CarrierCatalog::builtin().find("project44");
        QVERIFY(p44);
        Account a;
        a.carrierId = "project44";
        a.environmentId = "custom";
        a.tokenUrl = "https://na12.api.project44.com/api/v4/oauth2/token";
        a.clientId = "acme-client-4711";
        const QByteArray d = TokenBudget::destination(a, *p44);
        QVERIFY(!d.contains("acme") && !d.contains("4711"));
        Account samePlace = a;
        samePlace.tokenUrl = "https://na12.api.project44.com/other/path";
        QCOMPARE(TokenBudget::destination(samePlace, *p44), d);
        Account otherHost = a;
        otherHost.tokenUrl = "https://eu12.api.project44.com/api/v4/oauth2/token";
        QVERIFY(TokenBudget::destination(otherHost, *p44) != d);
        Account otherClient = a;
        otherClient.clientId = "acme-client-4712";
        QVERIFY(TokenBudget::destination(otherClient, *p44) != d);
        const CarrierPreset* banyan = CarrierCatalog::builtin().find("banyan");
        QVERIFY(TokenBudget::destination(a, *banyan) != d);
    }
};

QTEST_GUILESS_MAIN(TestTokenLedger)
#include "tst_tokenledger.moc"
