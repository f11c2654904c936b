// SPDX-License-Identifier: Apache-2.0
// TextPolicy: which names and request values TokenDock accepts, and how text
// from outside is made inert for a terminal.
#include "account.h"
#include "textpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

namespace {
// Why text would steer a terminal (a control or format character), or empty.
QString steering(const QString& text, bool layoutAllowed)
{
    for (const char32_t c : text.toUcs4()) {
        if (layoutAllowed && (c == '\n' || c == '\t'))
            continue;
        if (TextPolicy::isInvisible(c))
            return TextPolicy::codePoint(c);
    }
    return {};
}

const QString kHostile = QString("a\x1b]52;c;cHduZWQ=\x07 b\x1b[2J c") + QChar(0x9b) + "31m d" +
                         QChar(0x202e) + "e" + QChar(0x2066) + "f" + QChar(0x200f) + "g" +
                         QChar(0x2028) + "h\r\b\x7f\ti\nj" + QChar(0xfeff) + QChar(0xd800) + "k";
} // namespace

class TestTextPolicy : public QObject
{
    Q_OBJECT

private slots:
    void invisibleCharacters()
    {
        for (const char32_t c :
             {0x00u,   0x07u,   0x08u,   0x09u,   0x0au,   0x0du,   0x1bu,    0x7fu,    0x85u,
              0x9bu,   0xadu,   0x200bu, 0x200eu, 0x200fu, 0x2028u, 0x2029u,  0x202au,  0x202eu,
              0x2066u, 0x2069u, 0x061cu, 0xfeffu, 0xd800u, 0xdfffu, 0xe0001u, 0x110000u})
            QVERIFY2(TextPolicy::isInvisible(c), qPrintable(TextPolicy::codePoint(c)));
        for (const char32_t c : {0x20u, 0x41u, 0x7eu, 0xa0u, 0xe9u, 0x65e5u, 0x1f69au, 0xe000u})
            QVERIFY2(!TextPolicy::isInvisible(c), qPrintable(TextPolicy::codePoint(c)));
        QVERIFY(TextPolicy::isControl(0x0a));
        QVERIFY(TextPolicy::isControl(0x9f));
        QVERIFY(!TextPolicy::isControl(0xa0));
        QVERIFY(!TextPolicy::isControl(0x202e)); // invisible, but no control
    }

    void accountNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // a word of the sentence, empty when accepted
        QTest::newRow("plain") << "acme-dhl sandbox"
                               << "";
        QTest::newRow("shell") << "$(touch x) `id` \"q\" 'q' \\ ;|&"
                               << "";
        QTest::newRow("scripts") << "\u00e9t\u00e9 \u65e5\u672c \u0627\u0644\u0639 \u05e9"
                                 << "";
        QTest::newRow("emoji") << "\U0001F69A truck"
                               << "";
        QTest::newRow("80") << QString(80, QChar(0x65e5)) << "";
        QTest::newRow("80 astral") << QString("\U0001F69A").repeated(80) << "";
        QTest::newRow("spaces around") << "  acme  "
                                       << "";
        QTest::newRow("81") << QString(81, 'n') << "81 characters";
        QTest::newRow("81 astral") << QString("\U0001F69A").repeated(81) << "81 characters";
        QTest::newRow("empty") << ""
                               << "Give the account a name";
        QTest::newRow("blank") << " \u3000 "
                               << "Give the account a name";
        QTest::newRow("osc 52") << "a\x1b]52;c;cHduZWQ=\x07"
                                << "U+001B";
        QTest::newRow("bell") << "a\x07"
                              << "U+0007";
        QTest::newRow("cr") << "a\rb"
                            << "U+000D";
        QTest::newRow("lf") << "a\nb"
                            << "U+000A";
        QTest::newRow("trailing lf") << "ab\n"
                                     << "U+000A";
        QTest::newRow("tab") << "a\tb"
                             << "U+0009";
        QTest::newRow("del") << "a\x7f"
                             << "U+007F";
        QTest::newRow("c1 csi") << QString("a") + QChar(0x9b) << "U+009B";
        QTest::newRow("rlo") << QString("a") + QChar(0x202e) + "b"
                             << "U+202E";
        QTest::newRow("isolate") << QString("a") + QChar(0x2067) + "b"
                                 << "U+2067";
        QTest::newRow("lrm") << QString("a") + QChar(0x200e) + "b"
                             << "U+200E";
        QTest::newRow("zero width") << QString("a") + QChar(0x200b) + "b"
                                    << "U+200B";
        QTest::newRow("line separator") << QString("a") + QChar(0x2028) + "b"
                                        << "U+2028";
        QTest::newRow("lone surrogate") << QString("a") + QChar(0xd800) + "b"
                                        << "U+D800";
    }
    void accountNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const auto found = TextPolicy::validateAccountName(name);
        if (problem.isEmpty()) {
            QVERIFY2(!found, qPrintable(found.value_or(QString())));
            return;
        }
        QVERIFY(found);
        QVERIFY2(found->contains(problem), qPrintable(*found));
        // the sentence itself shows no raw control character
        QVERIFY2(steering(*found, false).isEmpty(), qPrintable(*found));
    }

    void headers()
    {
        for (const char* name : {"X-Request-Id", "x-merchant-id", "A1!#$%&'*+.^_`|~-"})
            QVERIFY2(!TextPolicy::validateHeaderName(name), qPrintable(name));
        for (const QString& name :
             {QString(), QString("X Trace"), QString("X-A:"), QString("X-Injected: yes\r\nX-B"),
              QString("X-\u00e9"), QString("X-(a)"), QString("X-\x01")}) {
            const auto problem = TextPolicy::validateHeaderName(name);
            QVERIFY2(problem, qPrintable(name));
            QVERIFY2(problem->contains("header name"), qPrintable(*problem));
            QVERIFY2(steering(*problem, false).isEmpty(), qPrintable(*problem));
        }
        QVERIFY(!TextPolicy::validateHeaderValue("X-A", "merchant 7; \u00e9"));
        for (const QString& value :
             {QString("1\r\nX-Injected: yes"), QString("1\n"), QString("a\tb"), QString(QChar(0)),
              QString("a\x7f"), QString("a") + QChar(0x85)}) {
            const auto problem = TextPolicy::validateHeaderValue("x-merchant-id", value);
            QVERIFY2(problem, qPrintable(value.toUtf8().toHex()));
            QVERIFY2(problem->contains("x-merchant-id") && problem->contains("control character"),
                     qPrintable(*problem));
        }
    }

    void fields()
    {
        QVERIFY(!TextPolicy::validateField("scope", "a b:c/d"));
        QVERIFY(TextPolicy::validateField("scope", "a\r\nb"));
        QVERIFY(TextPolicy::validateField("sco\x1bpe", "a"));
        QVERIFY(!TextPolicy::validateClientId("client-1"));
        QVERIFY(TextPolicy::validateClientId("client\n"));

        Account p;
        p.name = "acme";
        p.clientId = "client";
        p.fields.insert("scope", "read");
        p.headers.insert("X-A", "1");
        QVERIFY(!TextPolicy::validateAccount(p));
        for (const auto& change : QList<std::function<void(Account&)>>{
                 [](Account& q) { q.name = "a\x1b[2J"; }, [](Account& q) { q.clientId = "c\r\n"; },
                 [](Account& q) { q.fields.insert("x-merchant-id", "1\r\nX-Injected: yes"); },
                 [](Account& q) { q.headers.insert("X B", "1"); },
                 [](Account& q) {
                     q.headers.insert("X-B", "1\nX-Injected: yes");
                 }}) {
            Account q = p;
            change(q);
            QVERIFY(TextPolicy::validateAccount(q));
        }
    }

    void terminalText()
    {
        const QString shown = TextPolicy::forTerminal(kHostile);
        QVERIFY2(steering(shown, true).isEmpty(), qPrintable(shown));
        QVERIFY(shown.contains("a\\x1b]52;c;cHduZWQ=\\x07 b\\x1b[2J c\\x9b31m d\\u202ee"));
        QVERIFY(shown.contains("\\x7f\ti\nj\\ufeff\\ud800k"));
        const QString line = TextPolicy::oneLine(kHostile);
        QVERIFY2(steering(line, false).isEmpty(), qPrintable(line));
        QVERIFY(line.contains("\\x7f\\x09i\\x0aj"));

        // the program's own layout stays as it is, and so does every visible character
        const QString table = "NAME  CARRIER\n\u00e9t\u00e9\t\U0001F69A \u65e5\u672c\n";
        QCOMPARE(TextPolicy::forTerminal(table), table);
        // unchanged text is not copied: it may be a token, wiped by its owner
        QVERIFY(TextPolicy::forTerminal(table).isSharedWith(table));
        QCOMPARE(TextPolicy::oneLine("acme dhl"), QString("acme dhl"));
    }

    void jsonStaysFaithfulAndInert()
    {
        const QJsonObject doc{{"name", kHostile}, {"list", QJsonArray{kHostile, "plain"}}};
        const QByteArray raw = QJsonDocument(doc).toJson(QJsonDocument::Indented);
        const QByteArray safe = TextPolicy::jsonForTerminal(raw);
        QVERIFY2(steering(QString::fromUtf8(safe), true).isEmpty(), safe.constData());
        QJsonParseError error;
        const QJsonDocument back = QJsonDocument::fromJson(safe, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        // the same document, but the unpaired surrogate (which UTF-8 cannot carry)
        const QJsonDocument expected = QJsonDocument::fromJson(raw);
        QCOMPARE(back, expected);
        QVERIFY(safe.contains("\\u202e"));
        QVERIFY(safe.contains("\\u009b"));

        const QByteArray plain = QJsonDocument(QJsonObject{{"token", "abc.def"}}).toJson();
        QVERIFY(TextPolicy::jsonForTerminal(plain).isSharedWith(plain));
        const QByteArray astral = QJsonDocument(QJsonObject{{"tag", "a\U000E0041b"}}).toJson();
        QVERIFY(TextPolicy::jsonForTerminal(astral).contains("a\\udb40\\udc41b"));

        // a long document is looked at a block at a time: a character that
        // steers the terminal is found wherever it falls
        const QString filler(2000, QLatin1Char('x'));
        for (const int at : {0, 200, 250, 255, 256, 257, 511, 512, 1500, 1999}) {
            QString text = filler;
            text.insert(at, QChar(0x202e));
            const QByteArray longRaw = QJsonDocument(QJsonObject{{"note", text}}).toJson();
            const QByteArray longSafe = TextPolicy::jsonForTerminal(longRaw);
            QVERIFY2(!longSafe.isSharedWith(longRaw), QByteArray::number(at).constData());
            QVERIFY(longSafe.contains("\\u202e"));
            QCOMPARE(QJsonDocument::fromJson(longSafe), QJsonDocument::fromJson(longRaw));
        }
        // DEL is one byte that QJsonDocument writes as it is: after the
        // document's 15 bytes before the text, these fall on the last and
        // first bytes of 256-byte blocks
        for (const int at : {240, 241, 496, 497}) {
            QString text = filler;
            text.insert(at, QChar(0x7f));
            const QByteArray longRaw = QJsonDocument(QJsonObject{{"note", text}}).toJson();
            QCOMPARE(longRaw.indexOf('\x7f'), qsizetype(15 + at));
            const QByteArray longSafe = TextPolicy::jsonForTerminal(longRaw);
            QVERIFY2(longSafe.contains("\\u007f"), QByteArray::number(at).constData());
        }
        const QByteArray longPlain = QJsonDocument(QJsonObject{{"note", filler}}).toJson();
        QVERIFY(TextPolicy::jsonForTerminal(longPlain).isSharedWith(longPlain));
    }
};

QTEST_GUILESS_MAIN(TestTextPolicy)
#include "tst_textpolicy.moc"
