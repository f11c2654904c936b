#include "headerformat.h"
#include "issuedtoken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(HeaderFormat::Format)

class TestHeaderFormat : public QObject
{
    Q_OBJECT

private:
    IssuedToken token(const QByteArray& value = "abc.def") const
    {
        IssuedToken t;
        t.accessToken = SecretBytes(value);
        t.tokenType = "Bearer";
        t.obtainedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        t.expiresAtFromResponse = t.obtainedAt.addSecs(3600);
        t.scopes = {"shipments.view"};
        return t;
    }

private slots:
    void formats_data()
    {
        QTest::addColumn<HeaderFormat::Format>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("header") << HeaderFormat::Header << "Authorization: Bearer abc.def";
        QTest::newRow("token") << HeaderFormat::Token << "abc.def";
        QTest::newRow("curl")
            << HeaderFormat::Curl
            << "curl -H 'Authorization: Bearer abc.def' 'https://api.example.net/'";
        QTest::newRow("httpie")
            << HeaderFormat::Httpie
            << "http GET 'https://api.example.net/' 'Authorization:Bearer abc.def'";
        QTest::newRow("powershell") << HeaderFormat::PowerShell
                                    << "Invoke-RestMethod -Uri 'https://api.example.net/' -Headers "
                                       "@{ Authorization = 'Bearer abc.def' }";
        QTest::newRow("env") << HeaderFormat::Env << "ACME_BANYAN_ACCESS_TOKEN='abc.def'";
    }
    void formats()
    {
        QFETCH(HeaderFormat::Format, format);
        QFETCH(QString, expected);
        QCOMPARE(HeaderFormat::render(format, token(), QUrl("https://api.example.net/auth/token"),
                                      "acme-banyan"),
                 expected);
    }

    void jsonFormat()
    {
        const QString out = HeaderFormat::render(HeaderFormat::Json, token(), {}, "x");
        const QJsonObject obj = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(obj.value("access_token").toString(), QString("abc.def"));
        QCOMPARE(obj.value("authorization").toString(), QString("Bearer abc.def"));
        QCOMPARE(obj.value("expires_at").toString(), QString("2026-11-24T10:00:00Z"));
    }

    void hostileTokensStayQuoted()
    {
        const IssuedToken t = token("a'b;$(rm -rf ~)");
        QCOMPARE(HeaderFormat::render(HeaderFormat::Env, t, {}, "x"),
                 QString("X_ACCESS_TOKEN='a'\\''b;$(rm -rf ~)'"));
        QVERIFY(HeaderFormat::render(HeaderFormat::PowerShell, t)
                    .contains("'Bearer a''b;$(rm -rf ~)'"));
    }

    void envNames_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("variable");
        QTest::newRow("dashes") << "acme-banyan"
                                << "ACME_BANYAN_ACCESS_TOKEN";
        QTest::newRow("spaces and dots") << "ACME  dhl.prod"
                                         << "ACME_DHL_PROD_ACCESS_TOKEN";
        QTest::newRow("leading digit") << "3pl test"
                                       << "TOKEN_3PL_TEST_ACCESS_TOKEN";
        QTest::newRow("only symbols") << "!!!"
                                      << "TOKEN_ACCESS_TOKEN";
        QTest::newRow("unicode") << QString::fromUtf8("Müller GmbH") << "M_LLER_GMBH_ACCESS_TOKEN";
    }
    void envNames()
    {
        QFETCH(QString, profile);
        QFETCH(QString, variable);
        QCOMPARE(HeaderFormat::envVariableName(profile), variable);
    }

    void idsRoundTrip()
    {
        for (HeaderFormat::Format f : HeaderFormat::all()) {
            QCOMPARE(HeaderFormat::fromId(HeaderFormat::id(f)).value(), f);
            QVERIFY(!HeaderFormat::label(f).isEmpty());
        }
        QVERIFY(!HeaderFormat::fromId("xml").has_value());
    }
};

QTEST_GUILESS_MAIN(TestHeaderFormat)
#include "tst_headerformat.moc"
