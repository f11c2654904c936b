// SPDX-License-Identifier: Apache-2.0
#include "carriercatalog.h"
#include "supportreport.h"
#include "tokenresponse.h"

#include <QTest>

namespace {
QByteArray b64(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Account banyanAccount()
{
    Account p;
    p.id = QUuid::createUuid();
    p.name = "acme-banyan";
    p.carrierId = "banyan";
    p.environmentId = "sandbox";
    p.clientId = "acme-integration-client-42";
    return p;
}
} // namespace

class TestSupportReport : public QObject
{
    Q_OBJECT

private:
    const QDateTime at = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

private slots:
    void successReportHasTheFactsButNoSecrets()
    {
        const QByteArray token =
            b64(R"({"alg":"RS256","typ":"JWT"})") + '.' +
            b64(R"({"sub":"acme-integration-client-42","scope":"shipments.view","exp":1795000000})") +
            '.' + b64("signature-canary-bytes");
        ResponseContext ctx;
        ctx.preset = CarrierCatalog::builtin().find("banyan");
        ctx.carrierName = ctx.preset->name;
        ctx.receivedAt = at;
        TokenResult r = TokenResponseParser::parse(
            200, "application/json",
            "{\"access_token\":\"" + token +
                "\",\"token_type\":\"Bearer\",\"expires_in\":3599,\"scope\":\"shipments.view\"}",
            ctx);
        r.latencyMs = 143;
        QVERIFY(r.ok());
        const QString report = SupportReport::text(banyanAccount(), ctx.preset, r, at);
        for (const char* fact : {"acme-banyan", "Banyan",
                                 "https://ws.integration.banyantechnology.com/auth/connect/token",
                                 "acme\u2026" /*first four*/, "42", "2026-11-24 09:30:00 UTC",
                                 "200", "143", "JWT (RS256)", "shipments.view"})
            QVERIFY2(report.contains(QString::fromUtf8(fact)),
                     qPrintable(QString::fromUtf8(fact) + " missing from:\n" + report));
        QVERIFY2(!report.contains("acme-integration-client-42"),
                 "the client id appears only abbreviated");
        QVERIFY(!report.contains(QString::fromLatin1(token)));
        QVERIFY(!report.contains(QString::fromLatin1(b64("signature-canary-bytes"))));
    }

    void failureReportQuotesTheCarrier()
    {
        ResponseContext ctx;
        ctx.preset = CarrierCatalog::builtin().find("dhl-ecs");
        ctx.carrierName = ctx.preset->name;
        ctx.receivedAt = at;
        ctx.secrets = {"dhl-secret-canary"};
        Account p = banyanAccount();
        p.carrierId = "dhl-ecs";
        const TokenResult r =
            TokenResponseParser::parse(400, "application/problem+json",
                                       "{\"type\":\"x/400.0000005\",\"title\":\"Invalid "
                                       "credentials\",\"detail\":\"dhl-secret-canary is wrong\"}",
                                       ctx);
        const QString report = SupportReport::text(p, ctx.preset, r, at);
        QVERIFY(report.contains("Invalid credentials"));
        QVERIFY(report.contains("400"));
        QVERIFY(!report.contains("dhl-secret-canary"));
    }

    // The secret's dates, on the calendar of the report's time; never the secret.
    void secretLine_data()
    {
        QTest::addColumn<int>("setDaysAgo"); // -1: not known
        QTest::addColumn<int>("expiresIn");  // 9999: no date
        QTest::addColumn<bool>("worked");
        QTest::addColumn<QString>("line");
        QTest::newRow("old, expiring, worked")
            << 45 << 33 << true
            << "Secret: secret 45 days old, expires 2026-12-27, in 33 days, last worked "
               "2026-11-20 08:00:00 UTC";
        QTest::newRow("set today, no date, never worked")
            << 0 << 9999 << false << "Secret: secret set today, not seen working yet";
        QTest::newRow("expires today") << 2 << 0 << false
                                       << "Secret: secret 2 days old, expires today (2026-11-24), "
                                          "not seen working yet";
        QTest::newRow("expired, age unknown")
            << -1 << -3 << true
            << "Secret: secret age unknown, expired 3 days ago (2026-11-21), last worked "
               "2026-11-20 08:00:00 UTC";
    }
    void secretLine()
    {
        QFETCH(int, setDaysAgo);
        QFETCH(int, expiresIn);
        QFETCH(bool, worked);
        QFETCH(QString, line);
        // local dates: noon UTC is the same day from UTC-11 to UTC+11
        const QDateTime noon(at.date(), QTime(12, 0), Qt::UTC);
        Account p = banyanAccount();
        if (setDaysAgo >= 0)
            p.secretSetAt = noon.addDays(-setDaysAgo);
        if (expiresIn != 9999)
            p.secretExpires = noon.toLocalTime().date().addDays(expiresIn);
        if (worked)
            p.workedAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        const QString report = SupportReport::text(p, nullptr, TokenResult(), noon);
        QVERIFY2(report.contains(line + '\n'), qPrintable(report));
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0 s";
        QTest::newRow("seconds") << qint64(45) << "45 s";
        QTest::newRow("hour") << qint64(3723) << "1 h 2 min 3 s";
        QTest::newRow("negative") << qint64(-90) << "1 min 30 s";
    }
    void durations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(SupportReport::duration(seconds), text);
    }

    void claimTimesAreReadable()
    {
        QCOMPARE(SupportReport::claimText("exp", QJsonValue(1795000000)),
                 QString("1795000000 (2026-11-18 11:06:40 UTC)"));
        QCOMPARE(SupportReport::claimText("sub", QJsonValue("x")), QString("x"));
        QCOMPARE(SupportReport::claimText("exp", QJsonValue("soon")), QString("soon"));
    }
};

QTEST_GUILESS_MAIN(TestSupportReport)
#include "tst_supportreport.moc"
