// SPDX-License-Identifier: Apache-2.0
#include "clitest.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>

// `tokendock test`: the verdict for people, the JSON for scripts, the support
// report, and every exit code a token request can end with.
class TestCliTestCommand : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

    QString url(const QString& carrier) const { return sandbox.tokenUrl(carrier).toString(); }

    static QString closedPortUrl()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return QString("http://127.0.0.1:%1/oauth2/token").arg(port);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }

    void testForPeople()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        // a Chicago engineer sees local time and UTC
        QProcessEnvironment chicago = home.environment();
        chicago.insert("TZ", "America/Chicago");
        RUN_CLI(r, home, {"test", "acme-banyan"}, {}, chicago);
        QCOMPARE_EXIT(r, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.stdOut().split('\n');
        QVERIFY2(QRegularExpression("^OK  acme-banyan: token issued by Banyan LIVE Connect "
                                    "\\(HTTP 200, \\d+ ms\\)$")
                     .match(lines.value(0))
                     .hasMatch(),
                 r.describe().constData());
        const QString out = r.stdOut();
        QVERIFY(out.contains("  Token type:    Bearer\n"));
        const QString stamp = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";
        QVERIFY2(
            QRegularExpression("  Expires at:    " + stamp + " C[SD]T \\(" + stamp + " UTC\\)\n")
                .match(out)
                .hasMatch(),
            qPrintable(out));
        // where local time is UTC, once
        QProcessEnvironment utc = home.environment();
        utc.insert("TZ", "UTC");
        RUN_CLI(inUtc, home, {"test", "acme-banyan"}, {}, utc);
        QVERIFY2(QRegularExpression("  Expires at:    " + stamp + " UTC\n")
                     .match(inUtc.stdOut())
                     .hasMatch(),
                 inUtc.out.constData());
        QVERIFY(QRegularExpression("  Expires in:    59 min \\d+ s\n").match(out).hasMatch());
        QVERIFY(out.contains("  Scopes:        shipments.view shipments.edit\n"));
        QVERIFY(out.contains("  Token format:  JWT (RS256)\n"));
        // the sandbox publishes its keys: the headings need no warning
        QVERIFY(out.contains("  Signature:     Signature verified (RS256, key sandbox-banyan-"));
        QVERIFY(out.contains("  JWT header:\n    alg: RS256\n"));
        QVERIFY(out.contains("  JWT claims:\n"));
        for (const char* claim : {"exp", "iat", "nbf"})
            QVERIFY2(QRegularExpression(QString("\n    %1: \\d+ \\(\\d{4}-\\d\\d-\\d\\d "
                                                "\\d\\d:\\d\\d:\\d\\d UTC\\)\n")
                                            .arg(claim))
                         .match(out)
                         .hasMatch(),
                     claim);
        for (const QByteArray& token : sandbox.issuedTokens())
            QVERIFY(!r.out.contains(token) && !inUtc.out.contains(token));
    }

    // every `tokendock test` reads the same history, so a loop of them keeps
    // to the carrier's budget (project44: 5 a minute)
    void aLoopOfTestsKeepsToTheCarriersBudget()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "p44", "project44");
        if (QTest::currentTestFailed())
            return;
        const int before = sandbox.requestCount();
        for (int i = 0; i < 5; ++i) {
            RUN_CLI(r, home, {"test", "p44"});
            QCOMPARE_EXIT(r, 0);
        }
        RUN_CLI(held, home, {"test", "p44"});
        QCOMPARE_EXIT(held, 1);
        QVERIFY2((held.stdOut() + held.stdErr()).contains("allows 5 token requests a minute"),
                 held.describe().constData());
        QCOMPARE(sandbox.requestCount() - before, 5);
    }

    void testAsJson_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("lifetime"); // the expires_in the sandbox's carrier states
        QTest::newRow("banyan: JWT") << "banyan"
                                     << "jwt" << 3599;
        QTest::newRow("dhl-ecs: opaque") << "dhl-ecs"
                                         << "opaque" << 3600;
        QTest::newRow("project44: opaque") << "project44"
                                           << "opaque" << 43199;
    }

    void testAsJson()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, format);
        QFETCH(int, lifetime);
        CliHome home;
        addSandboxAccount(home, sandbox, "acct", carrier);
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(r, home, {"test", "acct", "--json"});
        QCOMPARE_EXIT(r, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject doc = r.object();
        for (const char* key :
             {"account", "carrier", "environment", "ok", "http_status", "latency_ms", "token_type",
              "expires_in", "expires_at", "seconds_left", "scopes", "token_format", "jwt", "error"})
            QVERIFY2(doc.contains(key), key);
        QCOMPARE(doc["account"].toString(), QString("acct"));
        QCOMPARE(doc["carrier"].toString(), carrier);
        QCOMPARE(doc["environment"].toString(), QString("sandbox"));
        QCOMPARE(doc["ok"].toBool(), true);
        QCOMPARE(doc["http_status"].toInt(), 200);
        QVERIFY(doc["latency_ms"].toInt(-1) >= 0);
        QCOMPARE(doc["token_type"].toString(), QString("Bearer"));
        QVERIFY(doc["error"].isNull());
        QCOMPARE(doc["token_format"].toString(), format);
        const QDateTime expires = QDateTime::fromString(doc["expires_at"].toString(), Qt::ISODate);
        QVERIFY(doc["expires_at"].toString().endsWith("Z"));
        // expires_in is what the carrier said (RFC 6749); seconds_left counts down from it
        QCOMPARE(doc["expires_in"].toInteger(), qint64(lifetime));
        const qint64 left = doc["seconds_left"].toInteger(-1);
        QVERIFY2(left <= lifetime && left > lifetime - 30, qPrintable(QString::number(left)));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - left) < 30);
        QVERIFY(doc["scopes"].isArray());
        if (format == "jwt") {
            const QJsonObject jwt = doc["jwt"].toObject();
            QVERIFY(!jwt["header"].toObject()["alg"].toString().isEmpty());
            QVERIFY(jwt["claims"].toObject().contains("exp"));
        } else {
            QVERIFY(doc["jwt"].isNull());
        }
        QVERIFY(!r.out.contains(sandbox.issuedTokens().constLast()));
        QVERIFY(!r.out.contains(sandbox.credentials(carrier).clientSecret));
    }

    void supportReport()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        addSandboxAccount(home, sandbox, "acme-dhl", "dhl-ecs", "wrong-secret");
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(ok, home, {"test", "acme-banyan", "--report"});
        QCOMPARE_EXIT(ok, 0);
        const QString report = ok.stdOut();
        for (const QString& expected :
             {QString("TokenDock support report\n"), QString("TokenDock version: 0.1.0\n"),
              QString("Carrier: Banyan LIVE Connect (banyan)\n"),
              QString("Environment: Integration (sandbox)\n"), "Token URL: " + url("banyan") + "\n",
              QString("Client id: bany\u2026nt\n"), QString("HTTP status: 200\n"),
              QString("Outcome: OK"), QString("Token format: JWT (RS256)\n"),
              QString("Scopes: shipments.view shipments.edit\n"), QString("Expires at: "),
              QString("Signature: Signature verified (RS256"), QString("JWT claims:\n")})
            QVERIFY2(report.contains(expected), qPrintable(expected + "\n" + report));
        QVERIFY(QRegularExpression("\nTime: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\n")
                    .match(report)
                    .hasMatch());
        QVERIFY(QRegularExpression("\nLatency: \\d+ ms\n").match(report).hasMatch());
        // the client id only abbreviated, even where a claim repeats it
        QVERIFY(!report.contains("banyan-demo-client"));
        QVERIFY(!ok.out.contains(sandbox.credentials("banyan").clientSecret));
        QVERIFY(!ok.out.contains(sandbox.issuedTokens().constLast()));

        RUN_CLI(failed, home, {"test", "acme-dhl", "--report"});
        QCOMPARE_EXIT(failed, 3);
        QVERIFY(failed.stdOut().contains("Outcome: Credentials rejected\n"));
        QVERIFY(failed.stdOut().contains("Carrier message: Invalid credentials\n"));
        QVERIFY(failed.stdOut().contains("HTTP status: 400\n"));
        QVERIFY(failed.stdErr().startsWith("FAILED  acme-dhl: Credentials rejected"));
        QVERIFY(!failed.out.contains("wrong-secret"));

        RUN_CLI(both, home, {"test", "acme-banyan", "--report", "--json"});
        QCOMPARE_EXIT(both, 0);
        QVERIFY(both.object()["report"].toString().startsWith("TokenDock support report\n"));
    }

    // The response's "scope" and the JWT's "scp" differ: the verdict, the JSON
    // and the report list the scopes the window shows (tst_tokenflows), the
    // response's first, once each.
    void scopesAreTheOnesTheWindowShows()
    {
        sandbox.setJwtScp("banyan", {"shipments.edit", "rates.read"});
        const auto restore = qScopeGuard([this] { sandbox.setJwtScp("banyan", {}); });
        CliHome home;
        addSandboxAccount(home, sandbox, "scoped", "banyan");
        if (QTest::currentTestFailed())
            return;
        const QStringList expected{"shipments.view", "shipments.edit", "rates.read"};
        RUN_CLI(json, home, {"test", "scoped", "--json"});
        QCOMPARE_EXIT(json, 0);
        QCOMPARE(json.object()["scopes"].toVariant().toStringList(), expected);
        RUN_CLI(people, home, {"test", "scoped"});
        QCOMPARE_EXIT(people, 0);
        QVERIFY2(
            people.stdOut().contains("  Scopes:        shipments.view shipments.edit rates.read\n"),
            people.describe().constData());
        RUN_CLI(report, home, {"test", "scoped", "--report"});
        QCOMPARE_EXIT(report, 0);
        QVERIFY2(report.stdOut().contains("\nScopes: shipments.view shipments.edit rates.read\n"),
                 report.describe().constData());
    }

    // The carrier's clock five minutes ahead: the verdict, the JSON and the
    // report say by how much; a clock that agrees is said in the JSON only.
    void aClockThatIsOffIsSaid()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(agrees, home, {"test", "acme-banyan", "--json"});
        QCOMPARE_EXIT(agrees, 0);
        const QJsonObject same = agrees.object()["clock"].toObject();
        QCOMPARE(same["source"].toString(), QString("date_header"));
        QCOMPARE(same["off"].toBool(true), false);
        QVERIFY(!agrees.stdOut().contains("clock is"));

        sandbox.setClockOffset(300);
        const auto restore = qScopeGuard([this] { sandbox.setClockOffset(0); });
        RUN_CLI(text, home, {"test", "acme-banyan"});
        QCOMPARE_EXIT(text, 0);
        QVERIFY2(text.stdOut().contains("Note:") &&
                     text.stdOut().contains("This computer's clock is 5 min behind Banyan LIVE "
                                            "Connect's (from its Date header)."),
                 text.describe().constData());
        RUN_CLI(json, home, {"test", "acme-banyan", "--json"});
        QCOMPARE_EXIT(json, 0);
        const QJsonObject clock = json.object()["clock"].toObject();
        QCOMPARE(clock["source"].toString(), QString("date_header"));
        QCOMPARE(clock["off"].toBool(), true);
        QVERIFY(qAbs(clock["server_ahead_seconds"].toInteger() - 300) <= 2);
        // the token's times are checked on the carrier's clock: issued now, not in the future
        const QJsonObject signature = json.object()["signature"].toObject();
        QCOMPARE(signature["verdict"].toString(), QString("verified"));
        QVERIFY2(signature["claim_problems"].toArray().isEmpty(),
                 QJsonDocument(signature).toJson().constData());
        RUN_CLI(report, home, {"test", "acme-banyan", "--report"});
        QCOMPARE_EXIT(report, 0);
        QVERIFY2(report.stdOut().contains("\nClock: the carrier's is 5 min ahead of this "
                                          "computer's (from the carrier's Date header)\n"),
                 qPrintable(report.stdOut()));
    }

    void testAlwaysAsksTheCarrier()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        sandbox.clearRequests();
        RUN_CLI(first, home, {"test", "acme-banyan"});
        RUN_CLI(second, home, {"test", "acme-banyan"});
        QCOMPARE_EXIT(second, 0);
        QCOMPARE(sandbox.requestCount("/banyan/auth/connect/token"), 2);
    }

    // Every outcome of `test` with its exit code, for people and for scripts.
    void exitCodes_data()
    {
        QTest::addColumn<QString>("kind"); // how the account is set up
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("stderrMentions");
        QTest::newRow("ok") << "good" << 0 << "none"
                            << "";
        QTest::newRow("credentials rejected") << "wrong-secret" << 3 << "credentials_rejected"
                                              << "Invalid credentials";
        QTest::newRow("stopped port") << "closed-port" << 4 << "network"
                                      << "refused";
        QTest::newRow("hang with --timeout 1") << "hang" << 4 << "timeout"
                                               << "--timeout";
        QTest::newRow("bad-json") << "bad-json" << 6 << "malformed_response"
                                  << "JSON";
        QTest::newRow("html500") << "html500" << 6 << "carrier_error"
                                 << "500";
        QTest::newRow("no-access-token") << "no-access-token" << 6 << "malformed_response"
                                         << "access_token";
        QTest::newRow("huge") << "huge" << 6 << "malformed_response"
                              << "larger";
        QTest::newRow("unknown account") << "none" << 2 << "invalid_input"
                                         << "tokendock list";
    }

    void exitCodes()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, category);
        QFETCH(QString, stderrMentions);
        CliHome home;
        if (kind == "good")
            addSandboxAccount(home, sandbox, "acct", "dhl-ecs");
        else if (kind == "wrong-secret")
            addSandboxAccount(home, sandbox, "acct", "dhl-ecs", "wrong");
        else if (kind == "closed-port")
            addGenericAccount(home, "acct", closedPortUrl());
        else if (kind != "none")
            addGenericAccount(home, "acct", sandbox.baseUrl().toString() + "/faults/" + kind);
        if (QTest::currentTestFailed())
            return;

        QElapsedTimer clock;
        clock.start();
        RUN_CLI(human, home, {"test", "acct", "--timeout", "1"});
        QCOMPARE_EXIT(human, exitCode);
        QVERIFY(clock.elapsed() < 20000); // the one-second timeout held, give or take startup
        if (exitCode == 0) {
            QVERIFY(human.stdOut().startsWith("OK  acct: "));
            QVERIFY(human.err.isEmpty());
        } else {
            QVERIFY2(human.out.isEmpty(), human.describe().constData());
            QVERIFY2(human.stdErr().contains(stderrMentions), human.describe().constData());
            if (kind != "none")
                QVERIFY2(human.stdErr().startsWith("FAILED  acct: "), human.describe().constData());
            QVERIFY2(human.stdErr().count('\n') <= 2, human.describe().constData());
        }

        RUN_CLI(json, home, {"test", "acct", "--json", "--timeout", "1"});
        QCOMPARE_EXIT(json, exitCode);
        const QJsonObject doc = json.object();
        QCOMPARE(doc["ok"].toBool(), exitCode == 0);
        QCOMPARE(doc["account"].toString(), QString("acct"));
        if (exitCode == 0) {
            QVERIFY(doc["error"].isNull());
            return;
        }
        const QJsonObject error = doc["error"].toObject();
        QCOMPARE(error["category"].toString(), category);
        QVERIFY(!error["message"].toString().isEmpty());
        QCOMPARE(error["http_status"].isNull(), doc["http_status"].isNull());
        if (kind == "wrong-secret") {
            QCOMPARE(error["carrier_description"].toString(), QString("Invalid credentials"));
            QCOMPARE(error["http_status"].toInt(), 400);
        }
        QVERIFY(doc["token_type"].isNull());
        QVERIFY(doc["jwt"].isNull());
    }
};

QTEST_GUILESS_MAIN(TestCliTestCommand)
#include "tst_cli_test.moc"
