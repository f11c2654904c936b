// SPDX-License-Identifier: Apache-2.0
// Which reminders are due on which day, on a clock the test moves, and that
// none is shown twice in one day.
#include "account.h"
#include "appsettings.h"
#include "secretreminders.h"

#include <QTemporaryDir>
#include <QTest>

class TestSecretReminders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

    // noon local time, so a day's arithmetic never crosses midnight in any zone
    static QDateTime at(const QDate& day) { return QDateTime(day, QTime(12, 0)).toUTC(); }
    static Account account(const QDate& expires = {})
    {
        Account a;
        a.id = QUuid::createUuid();
        a.name = QStringLiteral("acme-tforce");
        a.carrierId = QStringLiteral("tforce");
        a.created = at(QDate(2026, 1, 1));
        a.secretSetAt = a.created;
        a.secretExpires = expires;
        return a;
    }
    static TestRecord record(const QDate& day, bool ok)
    {
        TestRecord r;
        r.at = at(day);
        r.category = ok ? QStringLiteral("none") : QStringLiteral("credentials_rejected");
        return r;
    }
    static QList<SecretReminder::Kind> kinds(const QList<SecretReminder>& due)
    {
        QList<SecretReminder::Kind> out;
        for (const SecretReminder& r : due)
            out << r.kind;
        return out;
    }

private slots:
    void expiryRemindersComeOnTheirDays_data()
    {
        QTest::addColumn<int>("daysBefore");
        QTest::addColumn<bool>("due");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("days");
        QTest::newRow("15 days before, warning 14: nothing") << 15 << false << 0 << 0;
        QTest::newRow("14 days before")
            << 14 << true << int(SecretReminder::Kind::ExpiresSoon) << 14;
        QTest::newRow("1 day before") << 1 << true << int(SecretReminder::Kind::ExpiresSoon) << 1;
        QTest::newRow("on the day") << 0 << true << int(SecretReminder::Kind::ExpiresSoon) << 0;
        QTest::newRow("the day after") << -1 << true << int(SecretReminder::Kind::Expired) << 1;
        QTest::newRow("a month after") << -30 << true << int(SecretReminder::Kind::Expired) << 30;
    }
    void expiryRemindersComeOnTheirDays()
    {
        QFETCH(int, daysBefore);
        QFETCH(bool, due);
        QFETCH(int, kind);
        QFETCH(int, days);
        const QDate expires(2027, 3, 10);
        const QList<SecretReminder> reminders = SecretReminders::forAccount(
            account(expires), at(expires.addDays(-daysBefore)), ReminderRules{14, 7});
        QCOMPARE(!reminders.isEmpty(), due);
        if (!due)
            return;
        QCOMPARE(reminders.size(), 1);
        QCOMPARE(int(reminders.first().kind), kind);
        QCOMPARE(reminders.first().days, qint64(days));
        QVERIFY(reminders.first().text().text().contains("acme-tforce"));
        QVERIFY(reminders.first().text().text().contains("2027-03-10"));
    }

    void noDateNoSecretNoReminder()
    {
        QVERIFY(SecretReminders::forAccount(account(), at(QDate(2027, 1, 1)), {14, 7}).isEmpty());
        Account missing = account(QDate(2027, 1, 2));
        missing.secretMissing = true; // nothing to rotate yet
        QVERIFY(SecretReminders::forAccount(missing, at(QDate(2027, 1, 1)), {14, 7}).isEmpty());
    }

    void notWorkingAfterTheSetDaysOfFailures()
    {
        Account a = account();
        a.recordTest(record(QDate(2026, 11, 1), true));
        a.recordTest(record(QDate(2026, 11, 2), false));
        a.recordTest(record(QDate(2026, 11, 5), false));
        const ReminderRules rules{14, 7};
        QVERIFY(SecretReminders::forAccount(a, at(QDate(2026, 11, 8)), rules).isEmpty());
        const QList<SecretReminder> due =
            SecretReminders::forAccount(a, at(QDate(2026, 11, 9)), rules);
        QCOMPARE(kinds(due), QList<SecretReminder::Kind>{SecretReminder::Kind::NotWorking});
        QCOMPARE(due.first().days, qint64(7));          // failing since 2 November
        QCOMPARE(due.first().workedDaysAgo, qint64(8)); // worked on 1 November
        QVERIFY(due.first().everWorked);
        QVERIFY(due.first().text().text().contains("8"));
        // working again: no reminder, however long ago the failures were
        a.recordTest(record(QDate(2026, 11, 10), true));
        QVERIFY(SecretReminders::forAccount(a, at(QDate(2026, 12, 30)), rules).isEmpty());
    }

    void oneFailureAfterAQuietMonthIsNoReminderYet()
    {
        Account a = account();
        a.recordTest(record(QDate(2026, 10, 1), true));
        a.recordTest(record(QDate(2026, 11, 1), false));
        QVERIFY(SecretReminders::forAccount(a, at(QDate(2026, 11, 1)), {14, 7}).isEmpty());
        QCOMPARE(SecretReminders::forAccount(a, at(QDate(2026, 11, 8)), {14, 7}).size(), 1);
    }

    void manyFailuresBeyondTheHistoryStillCountFromTheFirst()
    {
        // keep-fresh retries fill the history within hours; the first failure is kept
        Account a = account();
        a.recordTest(record(QDate(2026, 11, 1), true));
        for (int day = 2; day <= 20; ++day) {
            for (int hour = 0; hour < 24; hour += 4) {
                TestRecord r = record(QDate(2026, 11, day), false);
                r.at = r.at.addSecs(hour * 60);
                a.recordTest(r);
            }
        }
        QCOMPARE(a.history.size(), Account::kMaxHistory);
        const std::optional<Account> reread = Account::fromJson(a.toJson(), nullptr);
        QVERIFY(reread);
        const QList<SecretReminder> due =
            SecretReminders::forAccount(*reread, at(QDate(2026, 11, 20)), {14, 7});
        QCOMPARE(kinds(due), QList<SecretReminder::Kind>{SecretReminder::Kind::NotWorking});
        QCOMPARE(due.first().days, qint64(18));
    }

    void neverWorkedCountsFromItsFirstFailure()
    {
        Account a = account();
        a.recordTest(record(QDate(2026, 11, 1), false));
        a.recordTest(record(QDate(2026, 11, 5), false));
        const QList<SecretReminder> due =
            SecretReminders::forAccount(a, at(QDate(2026, 11, 10)), {14, 7});
        QCOMPARE(kinds(due), QList<SecretReminder::Kind>{SecretReminder::Kind::NotWorking});
        QCOMPARE(due.first().days, qint64(9));
        QVERIFY(!due.first().everWorked);
    }

    void eachReminderOnceADay()
    {
        AppSettings settings(dir.filePath("reminders.ini"));
        Account a = account(QDate(2027, 1, 10));
        const QDateTime morning = at(QDate(2027, 1, 1)).addSecs(-3 * 3600);
        const QList<SecretReminder> due = SecretReminders::forAccount(a, morning, {14, 7});
        QCOMPARE(SecretReminders::takeUnshown(due, morning, settings).size(), 1);
        // the same day, later: nothing new to say
        const QDateTime evening = morning.addSecs(8 * 3600);
        QVERIFY(SecretReminders::takeUnshown(SecretReminders::forAccount(a, evening, {14, 7}),
                                             evening, settings)
                    .isEmpty());
        // another account's reminder the same day still shows
        Account b = account(QDate(2027, 1, 3));
        b.name = QStringLiteral("acme-other");
        QCOMPARE(SecretReminders::takeUnshown(SecretReminders::forAccount(b, evening, {14, 7}),
                                              evening, settings)
                     .size(),
                 1);
        // the next day, again (read from the file, as after a restart)
        AppSettings reread(dir.filePath("reminders.ini"));
        const QDateTime tomorrow = morning.addDays(1);
        QCOMPARE(SecretReminders::takeUnshown(SecretReminders::forAccount(a, tomorrow, {14, 7}),
                                              tomorrow, reread)
                     .size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretReminders)
#include "tst_secretreminders.moc"
