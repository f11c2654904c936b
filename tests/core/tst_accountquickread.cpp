// SPDX-License-Identifier: Apache-2.0
#include "account.h"
#include "accountquickread.h"

#include <QJsonDocument>
#include <QTest>

// The window's start reads most accounts straight from their text: what that
// gives must be what Account::fromJson gives, an account fromJson refuses
// must not come out of it, and the accounts TokenDock writes must take it.
class TestAccountQuickRead : public QObject
{
    Q_OBJECT

    static constexpr const char* kId = "\"id\": \"3f12baac-1750-40b4-9ebe-253b2258c941\"";

    static QByteArray account(const QByteArray& members)
    {
        return QByteArray("{") + kId + (members.isEmpty() ? "" : ", ") + members + "}";
    }
    static std::optional<Account> slow(const QByteArray& text)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        return Account::fromJson(doc.object(), nullptr);
    }
    // every setting and result, including what toJson() leaves out when empty
    static void compare(const Account& quick, const Account& full)
    {
        QCOMPARE(quick.toJson(), full.toJson());
        QCOMPARE(quick.id, full.id);
        QCOMPARE(quick.name, full.name);
        QCOMPARE(quick.placement, full.placement);
        QCOMPARE(quick.fields, full.fields);
        QCOMPARE(quick.headers, full.headers);
        QCOMPARE(quick.keepFresh, full.keepFresh);
        QCOMPARE(quick.probeOn, full.probeOn);
        QCOMPARE(quick.secretMissing, full.secretMissing);
        QCOMPARE(quick.created, full.created);
        QCOMPARE(quick.updated, full.updated);
        QCOMPARE(quick.secretSetAt, full.secretSetAt);
        QCOMPARE(quick.workedAt, full.workedAt);
        QCOMPARE(quick.failingSince, full.failingSince);
        QCOMPARE(quick.history.size(), full.history.size());
        for (qsizetype i = 0; i < quick.history.size(); ++i)
            QCOMPARE(quick.history.at(i).toJson(), full.history.at(i).toJson());
    }

private slots:
    // Read quickly: these are the accounts TokenDock writes.
    void writtenAccountsReadAsFromJsonReadsThem_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray base = "\"name\": \"Acme UPS\", \"carrier\": \"ups\"";
        QTest::newRow("the least") << account(base);
        QTest::newRow("as made in the window")
            << account(base + ", \"environment\": \"production\", \"client_id\": \"abc\", "
                              "\"token_url\": \"https://example.com/token\", "
                              "\"created\": \"2026-11-02T10:00:00.000Z\", "
                              "\"updated\": \"2026-11-03T10:00:00.000Z\", "
                              "\"secret_set\": \"2026-11-02T10:00:00.000Z\"");
        QTest::newRow("fields and headers")
            << account(base + ", \"fields\": {\"scope\": \"read write\", \"tenant\": \"acme\"}, "
                              "\"headers\": {\"X-Api-Version\": \"2\"}, \"grant_type\": "
                              "\"password\"");
        QTest::newRow("empty maps") << account(base + ", \"fields\": {}, \"headers\": {}");
        QTest::newRow("basic") << account(base + ", \"credentials\": \"basic\"");
        QTest::newRow("body") << account(base + ", \"credentials\": \"body\"");
        QTest::newRow("headers") << account(base + ", \"credentials\": \"headers\"");
        QTest::newRow("flags on") << account(base +
                                             ", \"keep_fresh\": true, \"secret_missing\": true, "
                                             "\"probe_off\": true");
        QTest::newRow("flags off")
            << account(base + ", \"keep_fresh\": false, \"secret_missing\": false, "
                              "\"probe_off\": false");
        QTest::newRow("tested") << account(
            base + ", \"last_worked\": \"2026-11-04T09:00:00.000Z\", "
                   "\"failing_since\": \"2026-11-05T09:00:00.000Z\", \"history\": ["
                   "{\"at\": \"2026-11-05T09:00:00.000Z\", \"outcome\": \"auth\", "
                   "\"http_status\": 401, \"latency_ms\": 120}, "
                   "{\"at\": \"2026-11-04T09:00:00.000Z\", \"outcome\": \"none\", "
                   "\"http_status\": 200, \"latency_ms\": 80}, "
                   "{\"outcome\": \"none\"}]");
        QTest::newRow("empty history") << account(base + ", \"history\": []");
        QTest::newRow("a history of what is no result")
            << account(base + ", \"history\": [1, \"x\", {}]");
        QTest::newRow("a time that does not read")
            << account(base + ", \"created\": \"yesterday\", \"updated\": \"\"");
        QTest::newRow("a time with an offset")
            << account(base + ", \"updated\": \"2026-11-03T12:00:00+02:00\"");
        QTest::newRow("written other than the list writes it")
            << QByteArray("{\n\t\"name\" :\"Acme\"  ,\"carrier\":\"ups\",\r\n") + kId +
                   " , \"keep_fresh\"  :  true }";
        QTest::newRow("text beyond ASCII")
            << account("\"name\": \"M\xc3\xbcller Spedition \xe2\x9c\x93\", \"carrier\": "
                       "\"dhl-ecs\", \"fields\": {\"r\xc3\xa9gion\": \"\xc3\xa9t\xc3\xa9\"}");
        QTest::newRow("spaces around the name")
            << account("\"name\": \"  Acme \", \"carrier\": \"x\"");
        QTest::newRow("an id with braces")
            << QByteArray("{\"id\": \"{3f12baac-1750-40b4-9ebe-253b2258c941}\", \"name\": "
                          "\"a\", \"carrier\": \"x\"}");
        QTest::newRow("an id in capitals")
            << QByteArray("{\"id\": \"3F12BAAC-1750-40B4-9EBE-253B2258C941\", \"name\": \"a\", "
                          "\"carrier\": \"x\"}");
    }
    void writtenAccountsReadAsFromJsonReadsThem()
    {
        QFETCH(QByteArray, text);
        const auto full = slow(text);
        QVERIFY(full);
        const auto quick = AccountQuickRead::read(QByteArrayView(text));
        QVERIFY2(quick, "read the long way");
        compare(*quick, *full);
    }

    // As the account list writes an account that was made, edited and tested
    void theListsOwnTextReadsQuickly()
    {
        Account a;
        a.id = QUuid::createUuid();
        a.name = QStringLiteral("Acme \u00c9xpress \U0001F69A");
        a.carrierId = QStringLiteral("fedex");
        a.environmentId = QStringLiteral("sandbox");
        a.clientId = QStringLiteral("client \"quoted\"");
        a.tokenUrl = QStringLiteral("https://apis-sandbox.fedex.com/oauth/token");
        a.placement = CredentialPlacement::Body;
        a.grantType = QStringLiteral("client_credentials");
        a.fields.insert(QStringLiteral("child_Key"), QStringLiteral("k"));
        a.headers.insert(QStringLiteral("X-Customer"), QStringLiteral("acme"));
        a.keepFresh = true;
        a.probeOn = false;
        a.created =
            QDateTime::fromString(QStringLiteral("2026-11-01T08:00:00.123Z"), Qt::ISODateWithMs);
        a.updated = a.created.addDays(1);
        a.secretSetAt = a.created;
        a.workedAt = a.created.addDays(2);
        for (int i = 0; i < 3; ++i) {
            TestRecord r;
            r.at = a.created.addSecs(i * 60);
            r.category = QStringLiteral("none");
            r.httpStatus = 200;
            r.latencyMs = 100 + i;
            a.history.append(r);
        }
        const QByteArray text = QJsonDocument(a.toJson()).toJson(QJsonDocument::Indented);
        const auto full = slow(text);
        QVERIFY(full);
        QCOMPARE(full->toJson(), a.toJson());
        // the quoted client id is escaped in the text: the long way
        QVERIFY(!AccountQuickRead::read(QByteArrayView(text)));
        a.clientId = QStringLiteral("client");
        const QByteArray plain = QJsonDocument(a.toJson()).toJson(QJsonDocument::Indented);
        const auto quick = AccountQuickRead::read(QByteArrayView(plain));
        QVERIFY2(quick, "read the long way");
        compare(*quick, *slow(plain));
        QCOMPARE(quick->toJson(), a.toJson());
    }

    // Left to fromJson: it reads them, or says what is wrong with them.
    void otherTextIsLeftToFromJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("reads");
        const QByteArray base = "\"name\": \"Acme UPS\", \"carrier\": \"ups\"";
        QTest::newRow("an escape")
            << account("\"name\": \"Acme \\u00e9\", \"carrier\": \"ups\"") << true;
        QTest::newRow("an escaped key") << account(base + ", \"client\\u005fid\": \"x\"") << true;
        QTest::newRow("an escape in a field")
            << account(base + ", \"fields\": {\"scope\": \"a\\/b\"}") << true;
        QTest::newRow("a member it does not know") << account(base + ", \"issuer\": \"x\"") << true;
        QTest::newRow("a shape") << account(base + ", \"shape\": {}") << true;
        QTest::newRow("keychain fields")
            << account(base + ", \"keychain_fields\": [\"password\"]") << true;
        QTest::newRow("a flag as a number") << account(base + ", \"keep_fresh\": 1") << true;
        QTest::newRow("a flag as null") << account(base + ", \"keep_fresh\": null") << true;
        QTest::newRow("a client id as a number") << account(base + ", \"client_id\": 7") << true;
        QTest::newRow("a member twice")
            << account(base + ", \"client_id\": \"a\", \"client_id\": \"b\"") << true;
        QTest::newRow("a field twice")
            << account(base + ", \"fields\": {\"a\": \"1\", \"a\": \"2\"}") << true;
        QTest::newRow("a blank name") << account("\"name\": \"  \", \"carrier\": \"ups\"") << false;
        QTest::newRow("no name") << account("\"carrier\": \"ups\"") << false;
        QTest::newRow("no carrier") << account("\"name\": \"a\"") << false;
        QTest::newRow("no id") << QByteArray("{\"name\": \"a\", \"carrier\": \"ups\"}") << false;
        QTest::newRow("an id that is not one")
            << QByteArray("{\"id\": \"3f12baac-1750-40b4-9ebe-253b2258c94g\", \"name\": \"a\", "
                          "\"carrier\": \"ups\"}")
            << false;
        QTest::newRow("unknown credentials")
            << account(base + ", \"credentials\": \"query\"") << false;
        QTest::newRow("a field of a number") << account(base + ", \"fields\": {\"a\": 1}") << false;
        QTest::newRow("fields as text") << account(base + ", \"fields\": \"a\"") << false;
        QTest::newRow("a history that is no list") << account(base + ", \"history\": {}") << false;
        QTest::newRow("text after the account") << account(base) + " x" << false;
        QTest::newRow("cut short") << account(base).chopped(1) << false;
        // QJsonDocument takes it; the list's scan does not (JsonScanner)
        QTest::newRow("a control character")
            << account("\"name\": \"a\tb\", \"carrier\": \"ups\"") << true;
        QTest::newRow("bytes that are not UTF-8")
            << account("\"name\": \"a\xff\", \"carrier\": \"ups\"") << false;
    }
    void otherTextIsLeftToFromJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, reads);
        QVERIFY(!AccountQuickRead::read(QByteArrayView(text)));
        QCOMPARE(bool(slow(text)), reads);
    }
};

QTEST_GUILESS_MAIN(TestAccountQuickRead)
#include "tst_accountquickread.moc"
