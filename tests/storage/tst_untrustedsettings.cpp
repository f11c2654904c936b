// SPDX-License-Identifier: Apache-2.0
// Settings from outside, refused where they enter the account list and again
// where a request is built: names with control characters, and values that
// would put a second header line on the wire.
#include "accountrequest.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "rawhttpserver.h"
#include "tokenclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
Account account(const QString& name)
{
    Account p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.carrierId = "usps";
    p.environmentId = "sandbox";
    p.clientId = "client";
    return p;
}

QString osc52()
{
    return QString("acme\x1b]52;c;cHduZWQ=\x07");
}
} // namespace

class TestUntrustedSettings : public QObject
{
    Q_OBJECT

    TokenResult fetch(TokenClient& client, const TokenRequestSpec& spec)
    {
        TokenReply* reply = client.fetch(spec);
        QSignalSpy spy(reply, &TokenReply::finished);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        }();
        return spy.isEmpty() ? TokenResult() : spy.at(0).at(0).value<TokenResult>();
    }

private slots:
    void storeRefusesNamesThatAreNotText()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath("accounts.json"));
        store.load();
        const QStringList refused{osc52(),
                                  QString("clear\x1b[2J"),
                                  QString("csi") + QChar(0x9b) + "2J",
                                  QString("invoice") + QChar(0x202e) + "fdp.exe",
                                  QString("isolate") + QChar(0x2066) + "x",
                                  QString("mark") + QChar(0x200e) + "x",
                                  QString("line") + QChar(0x2028) + "x",
                                  QString("para") + QChar(0x2029) + "x",
                                  QString("two\nlines"),
                                  QString("back\bspace"),
                                  QString("bell\x07"),
                                  QString("del\x7f"),
                                  QString(81, QChar(0xe9)),
                                  QString("   ")};
        for (const QString& name : refused) {
            QString error;
            QVERIFY2(!store.add(account(name), &error), qPrintable(name.toUtf8().toHex()));
            QVERIFY2(error.contains("name"), qPrintable(error));
            QVERIFY(!store.canSave(account(name)));
        }
        QVERIFY(store.accounts().isEmpty());

        // printable text of any script, shell characters included, up to 80 characters
        for (const QString& name : {QString("$(touch x) `id` 'q' \"dq\" \\"),
                                    QString("\u00e9t\u00e9 \u65e5\u672c \u0627\u0644\u0639"),
                                    QString("\U0001F69A truck"), QString(80, QChar(0xe9))}) {
            QString error;
            QVERIFY2(store.add(account(name), &error), qPrintable(error));
        }

        // a rename is a name entering too
        Account renamed = store.accounts().first();
        renamed.name = osc52();
        QString error;
        QVERIFY(!store.update(renamed, &error));
        QVERIFY2(error.contains("name"), qPrintable(error));
        QCOMPARE(store.accounts().first().name, QString("$(touch x) `id` 'q' \"dq\" \\"));
    }

    // An account list an older version wrote with such a name still loads,
    // and the account can still be changed and removed; only a new name is checked.
    void oldNamesStillLoad()
    {
        QTemporaryDir dir;
        Account old = account(osc52());
        QFile f(dir.filePath("accounts.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{"schema", 2}, {"accounts", QJsonArray{old.toJson()}}})
                    .toJson());
        f.close();

        AccountStore store(dir.filePath("accounts.json"));
        QCOMPARE(store.load(), AccountStore::State::Ready);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.accounts().first().name, osc52());

        Account changed = store.accounts().first();
        changed.keepFresh = true;
        QString error;
        QVERIFY2(store.update(changed, &error), qPrintable(error));
        QVERIFY(store.canSave(changed));

        changed.name = QString("clear\x1b[2J");
        QVERIFY(!store.update(changed, &error));
        changed.name = "acme";
        QVERIFY2(store.update(changed, &error), qPrintable(error));
        QCOMPARE(store.accounts().first().name, QString("acme"));
    }

    // A preset field sent as a header (UPS x-merchant-id) and custom headers
    // cannot carry a line of their own.
    void settingsWithControlCharactersAreNotSent()
    {
        const CarrierPreset* ups = CarrierCatalog::builtin().find("ups");
        QVERIFY(ups);
        AccountSecrets secrets;
        secrets.clientSecret = SecretBytes(QByteArray("secret"));
        Account p = account("acme-ups");
        p.carrierId = "ups";
        p.fields.insert("x-merchant-id", "1\r\nX-Injected: yes");
        Failure error;
        QVERIFY(!AccountRequest::build(p, ups, secrets, &error));
        QCOMPARE(error.category, ErrorCategory::InvalidInput);
        QVERIFY2(error.message.text().contains("x-merchant-id"), qPrintable(error.message.text()));
        const auto issues = AccountRequest::validate(p, ups, {"client_secret"});
        QVERIFY(std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& i) {
            return i.field == "field:x-merchant-id";
        }));

        for (const QString& value : {QString("1\nX-Injected: yes"), QString("a\x01"),
                                     QString("a\x7f"), QString("a") + QChar(0x85)}) {
            Account h = account("acme-ups");
            h.carrierId = "ups";
            h.headers.insert("X-Trace", value);
            QVERIFY2(!AccountRequest::build(h, ups, secrets, &error), qPrintable(value));
            Account f = account("acme-ups");
            f.carrierId = "ups";
            f.fields.insert("note", value);
            QVERIFY2(!AccountRequest::build(f, ups, secrets, &error), qPrintable(value));
        }
        Account id = account("acme-ups");
        id.carrierId = "ups";
        id.clientId = "client\r\nX-Injected: yes";
        QVERIFY(!AccountRequest::build(id, ups, secrets, &error));

        // an account kept with an old name can still be tested
        Account old = account(osc52());
        old.carrierId = "ups";
        QVERIFY2(AccountRequest::build(old, ups, secrets, &error),
                 qPrintable(error.message.text()));
    }

    // Whatever hands the client a request, nothing with a control character
    // reaches the wire: the request is refused before a connection is made.
    void clientRefusesToSendInjectedHeaders()
    {
        RawHttpServer server;
        QVERIFY(server.start());
        server.answer(200, R"({"access_token":"abc","token_type":"Bearer","expires_in":3600})");
        TokenClient client;
        TokenRequestSpec spec;
        spec.url = server.url();
        spec.clientId = "client";
        spec.clientSecret = SecretBytes(QByteArray("secret"));

        const QList<QPair<QByteArray, QByteArray>> smuggled{
            {"x-merchant-id", "1\r\nX-Injected: yes"},
            {"x-merchant-id", "1\nX-Injected: yes"},
            {"x-merchant-id", QByteArray("1\0X-Injected: yes", 17)},
            {"X-Injected: yes\r\nX-Trace", "1"},
            {"X Trace", "1"}};
        for (const auto& header : smuggled) {
            spec.headers = {header};
            const TokenResult r = fetch(client, spec);
            QCOMPARE(r.error.category, ErrorCategory::InvalidInput);
            QVERIFY2(!buildTokenRequest(spec).request.hasRawHeader(header.first),
                     header.first.constData());
        }
        spec.headers.clear();
        spec.bodyFields = {{"scope", "a\r\nb"}};
        QCOMPARE(fetch(client, spec).error.category, ErrorCategory::InvalidInput);
        QCOMPARE(server.connections(), 0);
        QVERIFY(!server.received().contains("X-Injected"));

        // a proper value is sent as it is
        spec.bodyFields.clear();
        spec.headers = {{"x-merchant-id", "merchant-7"}};
        QVERIFY(fetch(client, spec).ok());
        QVERIFY2(server.received().contains("\r\nx-merchant-id: merchant-7\r\n"),
                 server.received().constData());
    }
};

QTEST_GUILESS_MAIN(TestUntrustedSettings)
#include "tst_untrustedsettings.moc"
