// SPDX-License-Identifier: Apache-2.0
#include "account.h"
#include "accountlistparse.h"

#include <QTest>

#include <thread>

// The window's start parses the account list on two threads at once: what
// they make together must be what one thread makes, with the same lookups,
// and a list the parse must refuse is refused however the work was shared.
class TestAccountListParse : public QObject
{
    Q_OBJECT

    static QByteArray entry(int i, const QByteArray& name)
    {
        const QByteArray id =
            QUuid::createUuidV5(QUuid(), QByteArray::number(i)).toByteArray(QUuid::WithoutBraces);
        return "{\"carrier\": \"banyan\", \"id\": \"" + id + "\", \"name\": \"" + name +
               "\", \"client_id\": \"client-" + QByteArray::number(i) + "\"}";
    }
    static QByteArray list(const QList<QByteArray>& entries, int schema = 2)
    {
        QByteArray json = "{\n    \"accounts\": [\n";
        for (qsizetype i = 0; i < entries.size(); ++i)
            json += "        " + entries.at(i) + (i + 1 < entries.size() ? ",\n" : "\n");
        return json + "    ],\n    \"schema\": " + QByteArray::number(schema) + "\n}\n";
    }
    static QList<QByteArray> entries(int count)
    {
        QList<QByteArray> out;
        for (int i = 0; i < count; ++i)
            out << entry(i, "Customer " + QByteArray::number(i));
        return out;
    }
    // every account where the lookups say it is, and nothing else in them
    static void checkLookups(const AccountListParse::Parsed& parsed)
    {
        QCOMPARE(parsed.byId.size(), parsed.accounts.size());
        QCOMPARE(parsed.byName.size(), parsed.accounts.size());
        for (qsizetype i = 0; i < parsed.accounts.size(); ++i) {
            const Account& account = parsed.accounts.at(i);
            QCOMPARE(parsed.byId.value(account.id, -1), i);
            QCOMPARE(parsed.byName.value(Account::nameKey(account.name), -1), i);
        }
    }
    static std::optional<AccountListParse::Parsed> alone(const QByteArray& text)
    {
        AccountListParse parse(text, 2);
        parse.work();
        return parse.finish();
    }
    static std::optional<AccountListParse::Parsed> together(const QByteArray& text)
    {
        AccountListParse parse(text, 2);
        std::thread other([&parse] { parse.work(); });
        parse.work();
        other.join();
        return parse.finish();
    }

private slots:
    void twoThreadsMakeWhatOneMakes()
    {
        const QByteArray text = list(entries(400));
        const auto one = alone(text);
        QVERIFY(one);
        QCOMPARE(one->accounts.size(), 400);
        checkLookups(*one);
        for (int round = 0; round < 20; ++round) {
            const auto two = together(text);
            QVERIFY(two);
            QCOMPARE(two->accounts.size(), one->accounts.size());
            for (qsizetype i = 0; i < one->accounts.size(); ++i)
                QCOMPARE(two->accounts.at(i).toJson(), one->accounts.at(i).toJson());
            checkLookups(*two);
        }
    }

    void aListThatMustBeRefusedIsRefusedEitherWay_data()
    {
        QTest::addColumn<QByteArray>("text");
        QList<QByteArray> sameName = entries(300);
        sameName[250] = entry(9999, "CUSTOMER 7"); // Account::nameKey folds case
        QTest::newRow("a name twice, in another case") << list(sameName);
        QList<QByteArray> sameId = entries(300);
        sameId[299] = entry(3, "Someone else");
        QTest::newRow("an id twice") << list(sameId);
        QList<QByteArray> damaged = entries(300);
        damaged[150] = "{\"carrier\": \"banyan\", \"name\": \"no id\"}";
        QTest::newRow("an account without an id") << list(damaged);
        QList<QByteArray> noName = entries(300);
        noName[0] = entry(0, "   ");
        QTest::newRow("a blank name") << list(noName);
        QTest::newRow("another format") << list(entries(3), 3);
        QTest::newRow("not JSON") << QByteArray("{\"accounts\": [");
    }
    void aListThatMustBeRefusedIsRefusedEitherWay()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!alone(text));
        QVERIFY(!together(text));
    }

    void anEmptyListIsAList()
    {
        const auto parsed = alone(list({}));
        QVERIFY(parsed);
        QVERIFY(parsed->accounts.isEmpty());
    }

    // a second finish() has nothing to give: the accounts were moved out
    void theAccountsAreGivenOnce()
    {
        AccountListParse parse(list(entries(5)), 2);
        QVERIFY(!parse.finish()); // nothing parsed yet
        parse.work();
        QVERIFY(parse.parsed());
        QVERIFY(parse.finish());
        QVERIFY(!parse.finish());
    }

    // accounts read some other way (a save, the whole parse) get the same
    // lookups; of two names alike the first keeps it, as a search finds it
    void accountsReadOtherwiseGetTheSameLookups()
    {
        const auto parsed = alone(list(entries(50)));
        QVERIFY(parsed);
        const auto indexed = AccountListParse::indexed(parsed->accounts);
        QCOMPARE(indexed.byId, parsed->byId);
        QCOMPARE(indexed.byName, parsed->byName);

        QList<Account> alike = parsed->accounts.mid(0, 2);
        alike[1].name = QStringLiteral(" customer 0 ");
        const auto first = AccountListParse::indexed(alike);
        QCOMPARE(first.byName.value(Account::nameKey(QStringLiteral("Customer 0"))), 0);
        QCOMPARE(first.byId.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAccountListParse)
#include "tst_accountlistparse.moc"
