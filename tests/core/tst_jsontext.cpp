// SPDX-License-Identifier: Apache-2.0
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <limits>

// JsonText writes what QJsonDocument::toJson(Indented) writes: a script that
// read list --json before reads the same bytes now.
class TestJsonText : public QObject
{
    Q_OBJECT

    static QString units(std::initializer_list<char16_t> list)
    {
        QString s;
        for (const char16_t u : list)
            s += QChar(u);
        return s;
    }

    static QStringList awkwardStrings()
    {
        QStringList list{QString(), QStringLiteral("plain"), QStringLiteral("say \"hi\""),
                         QStringLiteral("C:\\path\\to"), QStringLiteral("a/b <tag> & 'q'")};
        QString controls;
        for (char16_t u = 0; u < 0x20; ++u)
            controls += QChar(u);
        list << controls;
        list << units({0x7f, 0x80, 0x85, 0x9b, 0xa0, 0xad}); // DEL, C1 controls, NBSP, SHY
        list << units({0x7ff, 0x800, 0xfeff, 0xfffd, 0xffff});
        list << units({0x202e, 0x2028, 0x2029, 0x200b}); // bidi override, separators
        list << QString::fromUtf8("caf\u00e9 \u4e2d\u6587 \xf0\x9f\x9a\x9a \xf0\x9f\x93\xa6");
        list << units({0xd83d}) << units({0xd83d, u'a'}) << units({0xde9a, 0xd83d})
             << units({0xd83d, 0xd83d, 0xde9a}) << units({u'x', 0xdc00});
        return list;
    }

    static QByteArray qtText(const QJsonArray& array)
    {
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }

private slots:
    void stringsAreEscapedAsQtEscapesThem()
    {
        for (const QString& s : awkwardStrings()) {
            JsonText json;
            json.beginArray();
            json.string(s);
            json.end();
            QCOMPARE(json.take(), qtText(QJsonArray{s}));
        }
    }

    // Runs of plain ASCII are written in one go: what breaks a run, at
    // its start, middle or end, is written as before.
    void plainRunsAroundEscapesAreWrittenAsQtWritesThem()
    {
        const QString run = QStringLiteral("client-id_0123456789 abcdefghijklmnopqrstuvwxyz");
        for (const QString& s : awkwardStrings()) {
            for (const QString& mixed : {run + s, s + run, run + s + run + s, s + run + s}) {
                JsonText json;
                json.beginArray();
                json.string(mixed);
                json.end();
                QCOMPARE(json.take(), qtText(QJsonArray{mixed}));
            }
        }
    }

    void nestingMatchesQtsLayouts_data()
    {
        QTest::addColumn<JsonText::Layout>("layout");
        QTest::addColumn<QJsonDocument::JsonFormat>("format");
        QTest::newRow("indented") << JsonText::Layout::Indented << QJsonDocument::Indented;
        QTest::newRow("compact") << JsonText::Layout::Compact << QJsonDocument::Compact;
    }

    void nestingMatchesQtsLayouts()
    {
        QFETCH(JsonText::Layout, layout);
        QFETCH(QJsonDocument::JsonFormat, format);
        const QJsonObject inner{{QStringLiteral("at"), QStringLiteral("x")},
                                {QStringLiteral("n"), QJsonValue()}};
        const QJsonArray expected{
            QJsonObject{{QStringLiteral("a"), true},
                        {QStringLiteral("b"), QJsonArray()},
                        {QStringLiteral("c"), QJsonObject()},
                        {QStringLiteral("d"), inner},
                        {QStringLiteral("e"), std::numeric_limits<qint64>::min()},
                        {QStringLiteral("f"), std::numeric_limits<qint64>::max()},
                        {QStringLiteral("g"), QJsonArray{1, false, QJsonValue(), inner}}},
            QJsonArray(), 0, -7};

        JsonText json(layout);
        json.beginArray();
        json.beginObject();
        json.key("a").boolean(true);
        json.key("b").beginArray();
        json.end();
        json.key("c").beginObject();
        json.end();
        const auto writeInner = [&json] {
            json.beginObject();
            json.key("at").string(QStringLiteral("x"));
            json.key("n").null();
            json.end();
        };
        json.key("d");
        writeInner();
        json.key("e").number(std::numeric_limits<qint64>::min());
        json.key("f").number(std::numeric_limits<qint64>::max());
        json.key("g").beginArray();
        json.number(1);
        json.boolean(false);
        json.null();
        writeInner();
        json.end();
        json.end();
        json.beginArray();
        json.end();
        json.number(0);
        json.number(-7);
        json.end();
        QCOMPARE(json.take(), QJsonDocument(expected).toJson(format));

        JsonText emptyArray(layout);
        emptyArray.beginArray();
        emptyArray.end();
        QCOMPARE(emptyArray.take(), QJsonDocument(QJsonArray()).toJson(format));
        JsonText emptyObject(layout);
        emptyObject.beginObject();
        emptyObject.end();
        QCOMPARE(emptyObject.take(), QJsonDocument(QJsonObject()).toJson(format));
    }

    void timesAreQtsIsoDateInUtc()
    {
        QList<QDateTime> times{
            QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(999, Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2100, 3, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(1900, 2, 28), QTime(12, 0), Qt::UTC),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-1, 12, 31), QTime(23, 59, 59), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::OffsetFromUTC, -18000),
            QDateTime(QDate(2026, 10, 25), QTime(2, 30), QTimeZone("Europe/Berlin")),
            QDateTime(QDate(2026, 7, 1), QTime(9, 15), Qt::LocalTime),
        };
        auto* random = QRandomGenerator::global();
        const qint64 span = 400LL * 366 * 24 * 3600 * 1000; // 1770 to 2170
        for (int i = 0; i < 2000; ++i)
            times << QDateTime::fromMSecsSinceEpoch(random->bounded(2 * span) - span, Qt::UTC);
        for (const QDateTime& t : std::as_const(times)) {
            JsonText json;
            json.beginArray();
            json.utcTime(t);
            json.end();
            QCOMPARE(json.take(), qtText(QJsonArray{t.toUTC().toString(Qt::ISODate)}));
        }
        JsonText invalid;
        invalid.beginArray();
        invalid.utcTime(QDateTime());
        invalid.end();
        QCOMPARE(invalid.take(), qtText(QJsonArray{QJsonValue()}));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
