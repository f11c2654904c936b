// SPDX-License-Identifier: Apache-2.0
#include "formencoding.h"

#include <QTest>

class TestFormEncoding : public QObject
{
    Q_OBJECT

private slots:
    void encode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("expected");
        // RFC 6749 Appendix B
        QTest::newRow("appendix-b") << QString::fromUtf8(" %&+\xC2\xA3\xE2\x82\xAC")
                                    << QByteArray("+%25%26%2B%C2%A3%E2%82%AC");
        QTest::newRow("unreserved") << "AZaz09-._~" << QByteArray("AZaz09-._~");
        QTest::newRow("reserved") << ":/?#[]@!$'()*,;="
                                  << QByteArray("%3A%2F%3F%23%5B%5D%40%21%24%27%28%29%2A%2C%3B%3D");
        QTest::newRow("empty") << "" << QByteArray("");
        QTest::newRow("newline") << "a\nb" << QByteArray("a%0Ab");
    }
    void encode()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(FormEncoding::encode(input), expected);
        QByteArray back;
        QVERIFY(FormEncoding::decode(expected, &back));
        QCOMPARE(QString::fromUtf8(back), input);
    }

    void decodeRejectsBrokenEscapes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("truncated") << QByteArray("abc%4");
        QTest::newRow("bare-percent") << QByteArray("%");
        QTest::newRow("not-hex") << QByteArray("%zz");
    }
    void decodeRejectsBrokenEscapes()
    {
        QFETCH(QByteArray, input);
        QByteArray out;
        QVERIFY(!FormEncoding::decode(input, &out));
    }

    void basicEncodesEachPartBeforeBase64()
    {
        // RFC 6749 §2.3.1: id and secret are form-encoded, then joined and base64-encoded
        const QByteArray header = FormEncoding::basicCredentials(
            "my client", QString::fromUtf8(" %&+\xC2\xA3\xE2\x82\xAC").toUtf8());
        QVERIFY(header.startsWith("Basic "));
        QCOMPARE(QByteArray::fromBase64(header.mid(6)),
                 QByteArray("my+client:+%25%26%2B%C2%A3%E2%82%AC"));
    }

    void joinAndParseKeepOrderAndDuplicates()
    {
        const QList<QPair<QByteArray, QByteArray>> fields{
            {"grant_type", "client_credentials"}, {"scope", "a b"}, {"scope", "c&d"}};
        const QByteArray body = FormEncoding::join(fields);
        QCOMPARE(body, QByteArray("grant_type=client_credentials&scope=a+b&scope=c%26d"));
        QList<QPair<QByteArray, QByteArray>> parsed;
        QVERIFY(FormEncoding::parse(body, &parsed));
        QCOMPARE(parsed, fields);
    }
};

QTEST_GUILESS_MAIN(TestFormEncoding)
#include "tst_formencoding.moc"
