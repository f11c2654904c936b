// SPDX-License-Identifier: Apache-2.0
#include "account.h"
#include "accountlistscan.h"
#include "jsonscanner.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

// A command about one account reads the list this way: it must find the same
// account the whole parse finds, and notice text the parser refuses.
class TestAccountListScan : public QObject
{
    Q_OBJECT

    static QByteArray entry(const QByteArray& id, const QByteArray& name)
    {
        return "{\"carrier\": \"banyan\", \"id\": \"" + id + "\", \"name\": \"" + name + "\"}";
    }
    static QByteArray list(const QList<QByteArray>& entries, const QByteArray& after = {})
    {
        QByteArray json = "{\n    \"accounts\": [\n";
        for (qsizetype i = 0; i < entries.size(); ++i)
            json += "        " + entries.at(i) + (i + 1 < entries.size() ? ",\n" : "\n");
        return json + "    ]," + after + "\n    \"schema\": 2\n}\n";
    }
    // Read from a device a piece at a time and from memory in place, the
    // list gives the same answer both ways.
    static bool same(const std::optional<AccountListScan::Found>& a,
                     const std::optional<AccountListScan::Found>& b)
    {
        if (!a || !b)
            return !a && !b;
        return a->schema == b->schema && a->hasList == b->hasList && a->account == b->account &&
               a->at == b->at && a->id == b->id && a->ambiguous == b->ambiguous;
    }
    template <typename Wanted>
    static std::optional<AccountListScan::Found> scanFor(const QByteArray& json,
                                                         const Wanted& wanted)
    {
        QByteArray copy = json;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        const auto read = AccountListScan::find(buffer, wanted);
        const auto inPlace = AccountListScan::find(QByteArrayView(json), wanted);
        if (!same(read, inPlace))
            s_disagreed = true;
        return inPlace;
    }
    static std::optional<AccountListScan::Found> scan(const QByteArray& json, const QString& name)
    {
        return scanFor(json, Account::nameKey(name));
    }
    static const QByteArray kId1;
    static const QByteArray kId2;

    // set by scanFor, checked after each case: a disagreement fails it even
    // where the case itself expects no answer
    static inline bool s_disagreed = false;

private slots:
    void init() { s_disagreed = false; }
    void cleanup() { QVERIFY2(!s_disagreed, "the device and the text in memory differ"); }

    void findsTheNamedAccountAsWritten()
    {
        const QByteArray wanted = entry(kId2, "Acme FedEx");
        const QByteArray json = list({entry(kId1, "acme banyan"), wanted});
        const auto found = scan(json, "  ACME fedex ");
        QVERIFY(found);
        QCOMPARE(found->account, wanted);
        QCOMPARE(found->schema, 2);
        QVERIFY(found->hasList);
        QVERIFY(!found->ambiguous);
        // no such name: an answer without an account
        const auto none = scan(json, "acme ups");
        QVERIFY(none);
        QVERIFY(none->account.isEmpty());
    }

    // Names the parser decodes before they are keyed: escapes, and letters
    // whose case folding leaves ASCII.
    void findsNamesAsTheParserReadsThem_data()
    {
        QTest::addColumn<QByteArray>("written");
        QTest::addColumn<QString>("asked");
        QTest::newRow("escaped quote") << QByteArray("say \\\"hi\\\"") << QString("SAY \"HI\"");
        QTest::newRow("unicode escape") << QByteArray("caf\\u00e9") << QString("CAFÉ");
        QTest::newRow("utf-8") << QByteArray("Stra\xc3\x9f"
                                             "e \xe6\xbc\xa2 \xf0\x9f\x98\x80")
                               << QString("STRA\u00dfE 漢 😀");
        QTest::newRow("kelvin sign") << QByteArray("\xe2\x84\xaaN") << QString("kn");
        QTest::newRow("escaped slash and tab") << QByteArray("a\\/b\\tc") << QString("A/B\tC");
    }
    void findsNamesAsTheParserReadsThem()
    {
        QFETCH(QByteArray, written);
        QFETCH(QString, asked);
        const QByteArray json = list({entry(kId1, "other"), entry(kId2, written)});
        // the parser's reading of the name is what the key is made of
        const QString parsed = QJsonDocument::fromJson(json)["accounts"][1]["name"].toString();
        QCOMPARE(Account::nameKey(parsed), Account::nameKey(asked));
        const auto found = scan(json, asked);
        QVERIFY(found);
        QCOMPARE(found->account, entry(kId2, written));
    }

    void ambiguityIsNoticed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("the same name") << list({entry(kId1, "acme"), entry(kId2, " ACME")});
        QTest::newRow("the same id, braced")
            << list({entry(kId1, "acme"), entry("{" + kId1.toUpper() + "}", "other")});
        QTest::newRow("the same id, in capitals")
            << list({entry(kId1, "acme"), entry(kId1.toUpper(), "other")});
        QTest::newRow("two lists") << list({entry(kId1, "acme")}, "\"accounts\": [],");
        QTest::newRow("two schemas") << list({entry(kId1, "acme")}, "\"schema\": 1,");
        // the parser decodes a member's name; two alike, it keeps the last
        QTest::newRow("an escaped list") << list({entry(kId1, "acme")}, "\"acc\\u006funts\": [],");
        QTest::newRow("an escaped id elsewhere") << list(
            {entry(kId1, "acme"), "{\"id\": \"\\u0035" + kId1.mid(1) + "\", \"name\": \"other\"}"});
        QTest::newRow("an escaped name elsewhere")
            << list({entry(kId1, "acme"), "{\"id\": \"" + kId2 + "\", \"n\\u0061me\": \"acme\"}"});
    }
    void ambiguityIsNoticed()
    {
        QFETCH(QByteArray, json);
        const auto found = scan(json, "acme");
        QVERIFY(found);
        QVERIFY(!found->account.isEmpty());
        QVERIFY(found->ambiguous);
    }

    // Damage after the named account, where a scan that stopped early would
    // miss it. What the parser refuses, the scan refuses; standard JSON it
    // takes. Where the parser is lenient (a raw control character in a
    // string, "1.") the scan may refuse, and the whole list is then parsed.
    void refusesWhatTheParserRefuses_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("standard");
        const QList<QPair<const char*, QByteArray>> standard{
            {"string", "\"plain\""},
            {"escapes", "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00\""},
            {"utf-8", "\"\xc3\xa9 \xe6\xbc\xa2 \xf0\x9f\x98\x80\""},
            {"numbers", "[0, -0, 1.5, -2.25e+10, 3E-2, 12345678901234567890]"},
            {"literals", "[true, false, null]"},
            {"nested", "{\"a\": [{\"b\": {}}, []]}"},
            {"white space", " \t\r\n[ 1 ,\t2 ]\n"},
            {"deep", QByteArray(500, '[') + QByteArray(500, ']')},
        };
        const QList<QPair<const char*, QByteArray>> other{
            {"cut short", "{\"a\": "},
            {"unclosed string", "\"abc"},
            {"unknown escape", "\"\\x41\""},
            {"short unicode escape", "\"\\u12\""},
            {"bad hex", "\"\\u12G4\""},
            {"control character", "\"a\x01z\""},
            {"raw new line", "\"a\nz\""},
            {"overlong utf-8", "\"\xc0\x80\""},
            {"utf-8 surrogate", "\"\xed\xa0\x80\""},
            {"past U+10FFFF", "\"\xf4\x90\x80\x80\""},
            {"stray continuation", "\"\x80\""},
            {"cut utf-8", "\"\xe6\xbc\""},
            {"leading zero", "01"},
            {"bare minus", "-"},
            {"dot without digits", "1."},
            {"minus dot", "-.5"},
            {"exponent without digits", "1e"},
            {"plus sign", "+1"},
            {"cut literal", "tru"},
            {"capital literal", "True"},
            {"trailing comma", "[1, 2,]"},
            {"missing colon", "{\"a\" 1}"},
            {"key not a string", "{1: 2}"},
            {"single quotes", "'a'"},
            {"too deep", QByteArray(1100, '[') + QByteArray(1100, ']')},
            {"beyond a double", "1e400"},
            {"below a double", "-2.5e-400"},
        };
        for (const auto& [name, value] : standard)
            QTest::newRow(name) << value << true;
        for (const auto& [name, value] : other)
            QTest::newRow(name) << value << false;
    }
    void refusesWhatTheParserRefuses()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, standard);
        const QByteArray json =
            list({entry(kId1, "acme"), entry(kId2, "other")}, "\n    \"later\": " + value + ",");
        const bool parsed = QJsonDocument::fromJson(json).isObject();
        const bool scanned = scan(json, "acme").has_value();
        if (standard)
            QVERIFY(parsed && scanned);
        else
            QVERIFY2(!scanned, parsed ? "the parser takes it too" : "the parser refuses it");
        // and text after the whole object
        QVERIFY(!scan(json + "x", "acme"));
    }

    // Long plain runs are passed over several bytes at a time: a byte that
    // stops a string is noticed wherever it falls among them.
    void everyByteOfALongStringIsChecked()
    {
        const QList<QPair<QByteArray, bool>> stops{
            {"\x01", false},   {"\x1f", false}, {"\n", false},      {"\x7f", true},
            {"\x80", false},   {"\xff", false}, {"\xc3\xa9", true}, {"\\\"", true},
            {"\\u00e9", true}, {"\\q", false},  {" ", true},
        };
        for (int before = 0; before <= 17; ++before) {
            for (const auto& [stop, valid] : stops) {
                const QByteArray name = QByteArray(before, 'a') + stop + QByteArray(9, 'z');
                const QByteArray json = list({entry(kId1, name), entry(kId2, "other")});
                const auto found = scan(json, "other");
                const QString where =
                    QString::number(before) + " " + QString::fromLatin1(stop.toHex());
                QVERIFY2(bool(found) == valid, qPrintable(where));
                if (!valid)
                    continue;
                const QString parsed =
                    QJsonDocument::fromJson(json)["accounts"][0]["name"].toString();
                const auto named = scan(json, parsed);
                QVERIFY2(named && named->account == entry(kId1, name), qPrintable(where));
            }
        }
    }

    // The file is read a piece at a time: a name, an escape or a character
    // split between two pieces is read whole.
    void piecesSplitAnywhere()
    {
        const QByteArray name = "n\\u00e9\xc3\xa9\xf0\x9f\x98\x80 \\\"x\\\" end";
        const QString asked = QString("N\u00e9\u00e9😀 \"X\" END");
        const QByteArray wanted = entry(kId2, name);
        // where the wanted account starts with no padding before it
        const qsizetype start = list({entry(kId1, ""), wanted}).indexOf(wanted);
        const qsizetype piece = JsonScanner::kPieceBytes;
        // the end of the first piece falls on each byte of the account in turn
        for (qsizetype into = 0; into <= wanted.size(); ++into) {
            const QByteArray json =
                list({entry(kId1, QByteArray(piece - start - into, 'a')), wanted});
            QCOMPARE(json.indexOf(wanted), piece - into);
            const auto found = scan(json, asked);
            QVERIFY2(found, qPrintable(QString::number(into)));
            QCOMPARE(found->account, wanted);
            QCOMPARE(found->at, piece - into);
        }
    }

    // The list read an account at a time: each account exactly as written,
    // wherever the scanner's pieces of text end.
    void piecesAreEachAccountAsWritten()
    {
        const QByteArray nested =
            "{\"id\": \"" + kId2 +
            "\", \"fields\": {\"a\": [1, {\"b\": null}]}, \"name\": \"x\\u00e9\\\"\"}";
        const QByteArray padded = entry(kId1, QByteArray(JsonScanner::kPieceBytes, 'a'));
        const QList<QByteArray> entries{entry(kId1, "first"), nested, padded, "{}"};
        const QByteArray json = list(entries, "\n    \"note\": {\"accounts\": 1},");
        QByteArray copy = json;
        QBuffer buffer(&copy);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto pieces = AccountListScan::pieces(buffer);
        QVERIFY(pieces);
        const auto inPlace = AccountListScan::pieces(QByteArrayView(json));
        QVERIFY(inPlace);
        QCOMPARE(inPlace->accounts, pieces->accounts);
        QCOMPARE(pieces->schema, 2);
        QCOMPARE(pieces->accounts.size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const auto [begin, end] = pieces->accounts.at(i);
            QCOMPARE(json.mid(begin, end - begin), entries.at(i));
        }
    }

    // Where only the whole parse can say what the list holds, no pieces.
    void piecesLeaveTheUnusualToTheWholeParse_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray one = entry(kId1, "a");
        QTest::newRow("two lists")
            << "{\"schema\": 2, \"accounts\": [], \"accounts\": [" + one + "]}";
        QTest::newRow("two schemas")
            << "{\"schema\": 2, \"accounts\": [" + one + "], \"schema\": 1}";
        QTest::newRow("escaped list name") << "{\"schema\": 2, \"\\u0061ccounts\": [" + one + "]}";
        QTest::newRow("escaped other name")
            << "{\"schema\": 2, \"accounts\": [" + one + "], \"n\\u006fte\": 1}";
        QTest::newRow("no schema") << "{\"accounts\": [" + one + "]}";
        QTest::newRow("no list") << QByteArray("{\"schema\": 2}");
        QTest::newRow("list not an array") << QByteArray("{\"schema\": 2, \"accounts\": {}}");
        QTest::newRow("a member not an object")
            << "{\"schema\": 2, \"accounts\": [" + one + ", null]}";
        QTest::newRow("not JSON") << "{\"schema\": 2, \"accounts\": [" + one + ",]}";
    }
    void piecesLeaveTheUnusualToTheWholeParse()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!AccountListScan::pieces(QByteArrayView(json)));
        QBuffer buffer(&json);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY(!AccountListScan::pieces(buffer));
    }

    // An account's id is what QUuid makes of its text, in any form it takes.
    void idsAreReadAsQUuidReads_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::newRow("lower case") << kId1;
        QTest::newRow("capitals") << kId1.toUpper();
        QTest::newRow("mixed case") << QByteArray("5F1c1C56-2b0A-4d0c-9A3e-2B7d8a1F0c11");
        QTest::newRow("braced") << "{" + kId1 + "}";
        QTest::newRow("the other's, braced") << "{" + kId2 + "}";
        QTest::newRow("all digits") << QByteArray("01234567-8901-2345-6789-012345678901");
        QTest::newRow("all letters") << QByteArray("abcdefab-cdef-abcd-efab-cdefabcdefab");
        QTest::newRow("a letter past f") << QByteArray("5f1c1c56-2b0a-4d0c-9a3e-2b7d8a1f0c1g");
        QTest::newRow("a dash moved") << QByteArray("5f1c1c5-62b0a-4d0c-9a3e-2b7d8a1f0c11");
        QTest::newRow("no dashes") << QByteArray("5f1c1c562b0a4d0c9a3e2b7d8a1f0c11xxxx");
        QTest::newRow("one short") << kId1.chopped(1);
        QTest::newRow("nil") << QByteArray("00000000-0000-0000-0000-000000000000");
    }
    void idsAreReadAsQUuidReads()
    {
        QFETCH(QByteArray, id);
        const QUuid expected = QUuid::fromString(QLatin1StringView(id));
        const QByteArray json = list({entry(kId2.toUpper(), "other"), entry(id, "wanted")});
        const auto byName = scan(json, "wanted");
        QVERIFY(byName);
        QCOMPARE(byName->account, entry(id, "wanted"));
        QCOMPARE(byName->id, expected);
        QCOMPARE(byName->ambiguous, expected == QUuid::fromString(kId2));
        // the first of that id is the one found, and two are ambiguous
        const auto byId = scanFor(json, expected);
        QCOMPARE(bool(byId), !expected.isNull());
        if (byId && expected == QUuid::fromString(kId2)) {
            QCOMPARE(byId->account, entry(kId2.toUpper(), "other"));
            QVERIFY(byId->ambiguous);
        } else if (byId) {
            QCOMPARE(byId->account, entry(id, "wanted"));
            QVERIFY(!byId->ambiguous);
        }
    }

    void onlyAnObjectIsAList()
    {
        QVERIFY(!scan("[]", "a"));
        QVERIFY(!scan("", "a"));
        QVERIFY(!scan("  ", "a"));
        const auto noList = scan("{\"schema\": 2, \"accounts\": {}}", "a");
        QVERIFY(noList);
        QVERIFY(!noList->hasList);
        const auto fraction = scan("{\"schema\": 2.5, \"accounts\": []}", "a");
        QVERIFY(fraction);
        QCOMPARE(fraction->schema, 0);
    }
};

const QByteArray TestAccountListScan::kId1 = "5f1c1c56-2b0a-4d0c-9a3e-2b7d8a1f0c11";
const QByteArray TestAccountListScan::kId2 = "6a2d2d67-3c1b-4e1d-8b4f-3c8e9b2f1d22";

QTEST_GUILESS_MAIN(TestAccountListScan)
#include "tst_accountlistscan.moc"
