// SPDX-License-Identifier: Apache-2.0
// A Message is translated when it is shown, not when it is made: the same
// value speaks the language installed later, its nested messages too, while
// plain arguments (hosts, names, the carrier's words) stay exactly as given.
#include "message.h"

#include <QCoreApplication>
#include <QHash>
#include <QTest>
#include <QTranslator>

namespace {
// Knows a few texts by context and source, like a loaded .qm file.
class TableTranslator : public QTranslator
{
public:
    void add(const char* context, const char* source, const QString& translation)
    {
        m_table.insert(QByteArray(context) + '\x04' + source, translation);
    }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int n) const override
    {
        QString text = m_table.value(QByteArray(context) + '\x04' + source);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return text;
    }

private:
    QHash<QByteArray, QString> m_table;
};
} // namespace

class TestMessage : public QObject
{
    Q_OBJECT

private slots:
    void withoutATranslatorTheSourceShows()
    {
        const Message m =
            Message::translate("TokenReply", "%1 refused the connection.").arg("example.test");
        QCOMPARE(m.text(), QString("example.test refused the connection."));
        QCOMPARE(m.context(), QByteArray("TokenReply"));
        QCOMPARE(m.source(), QByteArray("%1 refused the connection."));
        QVERIFY(!m.isPlain());
        QVERIFY(Message().isEmpty());
        QCOMPARE(Message().text(), QString());
    }

    void theSameValueRendersAgainAfterATranslatorIsInstalled()
    {
        const Message hint = Message::translate("TokenError", "Try again later.");
        const Message m = Message::translate("TokenReply", "%1 failed: %2")
                              .arg("carrier.example")
                              .arg(Message::translate("TokenReply", "the line was busy"));
        QCOMPARE(m.text(), QString("carrier.example failed: the line was busy"));
        QCOMPARE(hint.text(), QString("Try again later."));

        TableTranslator german;
        german.add("TokenReply", "%1 failed: %2", "%1 ist gescheitert: %2");
        german.add("TokenReply", "the line was busy", "die Leitung war besetzt");
        german.add("TokenError", "Try again later.", "Versuchen Sie es später erneut.");
        QVERIFY(QCoreApplication::installTranslator(&german));
        QCOMPARE(m.text(), QString("carrier.example ist gescheitert: die Leitung war besetzt"));
        QCOMPARE(hint.text(), QString("Versuchen Sie es später erneut."));

        QVERIFY(QCoreApplication::removeTranslator(&german));
        QCOMPARE(m.text(), QString("carrier.example failed: the line was busy"));
    }

    void plainArgumentsAreNeverTranslatedNorFilledIn()
    {
        // the carrier's own words happen to be a source text, and hold a marker
        TableTranslator marking;
        marking.add("TokenResponseParser", "%1 said: %2", "[%1 | %2]");
        marking.add("TokenResponseParser", "invalid_client", "TRANSLATED");
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const Message m = Message::translate("TokenResponseParser", "%1 said: %2")
                              .arg("UPS %1")
                              .arg("invalid_client");
        QCOMPARE(m.text(), QString("[UPS %1 | invalid_client]"));
        QVERIFY(Message::plain("invalid_client").isPlain());
        QCOMPARE(Message::plain("invalid_client").text(), QString("invalid_client"));
        QVERIFY(QCoreApplication::removeTranslator(&marking));
    }

    void aTranslationMayReorderItsMarkers()
    {
        TableTranslator reordering;
        reordering.add("AccountStore", "account %1: %2", "%2 (Konto %1)");
        QVERIFY(QCoreApplication::installTranslator(&reordering));
        const Message m =
            Message::translate("AccountStore", "account %1: %2").arg(3).arg("no client id");
        QCOMPARE(m.text(), QString("no client id (Konto 3)"));
        QVERIFY(QCoreApplication::removeTranslator(&reordering));
    }

    void pluralsCountAtRenderTime()
    {
        const Message m =
            Message::translate("TokenReply", "%1 did not answer within %n second(s).", nullptr, 30)
                .arg("host.example");
        QCOMPARE(m.text(), QString("host.example did not answer within 30 second(s)."));
        TableTranslator french;
        french.add("TokenReply", "%1 did not answer within %n second(s).",
                   "%1 n'a pas répondu en %n secondes.");
        QVERIFY(QCoreApplication::installTranslator(&french));
        QCOMPARE(m.text(), QString("host.example n'a pas répondu en 30 secondes."));
        QVERIFY(QCoreApplication::removeTranslator(&french));
    }

    void plainTextCanBeChangedWhereverItIsNested()
    {
        const Message m =
            Message::translate("TokenReply", "%1: %2")
                .arg("secret-value here")
                .arg(Message::translate("TokenReply", "inner %1").arg("secret-value"));
        const Message scrubbed = m.withPlainText([](const QString& text) {
            return QString(text).replace(QLatin1String("secret-value"), QLatin1String("***"));
        });
        QCOMPARE(scrubbed.text(), QString("*** here: inner ***"));
        QCOMPARE(scrubbed.source(), m.source()); // the translatable text stays what it was
        QVERIFY(scrubbed != m);
        QVERIFY(m == Message::translate("TokenReply", "%1: %2")
                         .arg("secret-value here")
                         .arg(Message::translate("TokenReply", "inner %1").arg("secret-value")));
    }
};

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
