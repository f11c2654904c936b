// SPDX-License-Identifier: Apache-2.0
#include "clitest.h"

#include <QRegularExpression>

// The probe on the command line: `test` makes it after the token (or not, as
// the account's switch and --probe/--no-probe say), `probe` makes it alone,
// `token` never; every verdict is a sentence with what to try, exit code 7
// and a JSON object.
class TestCliProbe : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

    int probeRequests(const QString& carrier) const
    {
        return sandbox.requestCount(CarrierEmulator::find(carrier)->probePath);
    }
    int otherOriginRequests() const
    {
        int n = 0;
        for (const RecordedRequest& r : sandbox.requests())
            n += r.localPort == sandbox.otherOriginUrl().port();
        return n;
    }
    QJsonObject lastHistory(const CliHome& home) const
    {
        const QJsonObject file = QJsonDocument::fromJson(home.accountsBytes()).object();
        return file.value("accounts")
            .toArray()
            .at(0)
            .toObject()
            .value("history")
            .toArray()
            .at(0)
            .toObject();
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }
    void init() { sandbox.setProbeEntitled("banyan", true); }

    void testMakesThePresetsProbe()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        const int before = probeRequests("banyan");
        RUN_CLI(r, home, {"test", "acme-banyan"});
        QCOMPARE_EXIT(r, 0);
        const QStringList lines = r.stdOut().split('\n');
        QVERIFY2(lines.value(0).startsWith("OK  acme-banyan: token issued"), r.describe());
        QVERIFY2(QRegularExpression("^PROBE OK  acme-banyan: Works \u2014 The API accepted the "
                                    "token: 127.0.0.1 answered HTTP 200. \\(\\d+ ms\\)$")
                     .match(lines.value(1))
                     .hasMatch(),
                 r.describe());
        QCOMPARE(probeRequests("banyan"), before + 1);
        // the history keeps the probe's verdict
        QCOMPARE(lastHistory(home).value("probe").toObject().value("verdict").toString(),
                 QString("works"));

        RUN_CLI(j, home, {"test", "acme-banyan", "--json"});
        QCOMPARE_EXIT(j, 0);
        const QJsonObject probe = j.object().value("probe").toObject();
        QCOMPARE(probe.value("verdict").toString(), QString("works"));
        QCOMPARE(probe.value("status").toInt(), 200);
        QCOMPARE(probe.value("url").toString(), sandbox.probeUrl("banyan").toString());
        QVERIFY(probe.value("latency_ms").toInt(-1) >= 0);
        QVERIFY(probe.value("what_to_try").isNull());
    }

    void switchAndOverrides()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        const int before = probeRequests("banyan");
        RUN_CLI(skip, home, {"test", "acme-banyan", "--no-probe", "--json"});
        QCOMPARE_EXIT(skip, 0);
        QVERIFY(skip.object().value("probe").isNull());
        RUN_CLI(off, home, {"edit", "acme-banyan", "--probe", "off"});
        QCOMPARE_EXIT(off, 0);
        RUN_CLI(quiet, home, {"test", "acme-banyan"});
        QCOMPARE_EXIT(quiet, 0);
        QVERIFY2(!quiet.stdOut().contains("PROBE"), quiet.describe());
        QCOMPARE(probeRequests("banyan"), before);
        RUN_CLI(forced, home, {"test", "acme-banyan", "--probe"});
        QCOMPARE_EXIT(forced, 0);
        QVERIFY2(forced.stdOut().contains("PROBE OK"), forced.describe());
        QCOMPARE(probeRequests("banyan"), before + 1);
        RUN_CLI(both, home, {"test", "acme-banyan", "--probe", "--no-probe"});
        QCOMPARE_EXIT(both, 2);
        // the token command never probes
        RUN_CLI(token, home, {"token", "acme-banyan", "--fresh"});
        QCOMPARE_EXIT(token, 0);
        QCOMPARE(probeRequests("banyan"), before + 1);
    }

    void notEntitledExitsSeven()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        sandbox.setProbeEntitled("banyan", false);
        RUN_CLI(r, home, {"test", "acme-banyan"});
        QCOMPARE_EXIT(r, 7);
        const QStringList lines = r.stdOut().split('\n');
        QVERIFY2(lines.value(1).startsWith("PROBE FAILED  acme-banyan: Not entitled \u2014 "),
                 r.describe());
        QVERIFY2(lines.value(2).contains("\u201cYour account is not provisioned for this API "
                                         "product.\u201d"),
                 r.describe());
        QVERIFY2(lines.value(2).contains("Ask the carrier to enable this API"), r.describe());
        QCOMPARE(lastHistory(home).value("probe").toObject().value("verdict").toString(),
                 QString("not_entitled"));
        RUN_CLI(j, home, {"test", "acme-banyan", "--json"});
        QCOMPARE_EXIT(j, 7);
        const QJsonObject probe = j.object().value("probe").toObject();
        QCOMPARE(probe.value("verdict").toString(), QString("not_entitled"));
        QCOMPARE(probe.value("status").toInt(), 403);
        QVERIFY(probe.value("carrier_words").toString().contains("not provisioned"));
        QVERIFY(probe.value("what_to_try").toString().contains("enable this API"));
        QVERIFY(j.object().value("ok").toBool()); // the token itself came
        // the report support staff send on says it too, with the carrier's words
        RUN_CLI(report, home, {"test", "acme-banyan", "--report"});
        QCOMPARE_EXIT(report, 7);
        const QString text = report.stdOut();
        QVERIFY2(text.contains("\nAPI probe: Not entitled (HTTP 403, "), qPrintable(text));
        QVERIFY2(text.contains("\nProbe URL: " + sandbox.probeUrl("banyan").toString() + "\n"),
                 qPrintable(text));
        QVERIFY2(text.contains("\nCarrier message: Your account is not provisioned"),
                 qPrintable(text));
        QVERIFY2(text.contains("\nWhat to try: Ask the carrier to enable this API"),
                 qPrintable(text));
        QVERIFY(!report.out.contains(sandbox.issuedTokens().constLast()));
    }

    void everyVerdictHasItsWords_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        using F = SandboxServer::ProbeFault;
        const auto fault = [this](F f) {
            return sandbox.probeFaultUrl(f).toString();
        };
        QTest::newRow("token not accepted") << sandbox.probeUrl("oauth2").toString()
                                            << "token_not_accepted" << 401 << "another audience";
        QTest::newRow("wrong address")
            << fault(F::NotFound) << "wrong_address" << 404 << "Check the probe URL";
        QTest::newRow("rate limited")
            << fault(F::RateLimited) << "rate_limited" << 429 << "wait 30 s";
        QTest::newRow("carrier trouble 500")
            << fault(F::ServerError) << "carrier_trouble" << 500 << "status page";
        QTest::newRow("carrier trouble 503")
            << fault(F::Unavailable) << "carrier_trouble" << 503 << "Down for maintenance";
        QTest::newRow("other status")
            << fault(F::Teapot) << "unexpected_status" << 418 << "HTTP 418";
        QTest::newRow("redirect") << fault(F::Redirect) << "redirect_refused" << 307
                                  << "was not sent there";
        QTest::newRow("huge") << fault(F::Huge) << "too_large" << 200 << "stopped reading";
    }
    void everyVerdictHasItsWords()
    {
        QFETCH(QString, url);
        QFETCH(QString, verdict);
        QFETCH(int, status);
        QFETCH(QString, words);
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(edit, home, {"edit", "acme-banyan", "--probe-url", url});
        QCOMPARE_EXIT(edit, 0);
        const int other = otherOriginRequests();
        RUN_CLI(r, home, {"test", "acme-banyan"});
        QCOMPARE_EXIT(r, 7);
        QVERIFY2(r.stdOut().contains(words), r.describe());
        RUN_CLI(j, home, {"probe", "acme-banyan", "--json"});
        QCOMPARE_EXIT(j, 7);
        const QJsonObject probe = j.object().value("probe").toObject();
        QCOMPARE(probe.value("verdict").toString(), verdict);
        QCOMPARE(probe.value("status").toInt(), status);
        QVERIFY(!probe.value("what_to_try").toString().isEmpty());
        if (verdict == "rate_limited")
            QCOMPARE(probe.value("retry_after").toInt(), 30);
        QCOMPARE(otherOriginRequests(), other); // a redirect elsewhere is never followed
    }

    void probeCommandSaysWhichToken()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        const int issued = sandbox.issuedTokenCount("banyan");
        RUN_CLI(first, home, {"probe", "acme-banyan"});
        QCOMPARE_EXIT(first, 0);
        QVERIFY2(first.stdOut().startsWith("TOKEN  acme-banyan: a new token (HTTP 200"),
                 first.describe());
        QVERIFY2(first.stdOut().contains("\nPROBE OK  acme-banyan: Works"), first.describe());
        RUN_CLI(again, home, {"probe", "acme-banyan", "--json"});
        QCOMPARE_EXIT(again, 0);
        QVERIFY(again.object().value("token_from_cache").toBool());
        QCOMPARE(sandbox.issuedTokenCount("banyan"), issued + 1);
        // a URL for this run only
        const QString fault = sandbox.probeFaultUrl(SandboxServer::ProbeFault::NotFound).toString();
        RUN_CLI(once, home, {"probe", "acme-banyan", fault});
        QCOMPARE_EXIT(once, 7);
        QVERIFY2(once.stdOut().contains("the cached token, still valid for"), once.describe());
        QVERIFY2(once.stdOut().contains("Wrong address"), once.describe());
        QVERIFY(!home.accountsBytes().contains("probe-faults"));
        RUN_CLI(nothing, home, {"probe", "acme-banyan", "http://api.example.com/v1/x"});
        QCOMPARE_EXIT(nothing, 2);
        QVERIFY2(nothing.stdErr().contains("https://"), nothing.describe());
        // a target that is not a path would be glued onto the API host and name
        // another one ("127.0.0.1.evil.example"): refused, nothing sent anywhere
        for (const QString& target : {QStringLiteral(".evil.example/x"), QStringLiteral("v1/ping"),
                                      QStringLiteral(":8443/x"), QStringLiteral("@evil/x")}) {
            const int before = sandbox.requests().size();
            RUN_CLI(glued, home, {"probe", "acme-banyan", target});
            QCOMPARE_EXIT(glued, 2);
            QVERIFY2(glued.stdErr().contains("such as /v1/ping"), glued.describe());
            QCOMPARE(sandbox.requests().size(), before);
        }
    }

    void probeSettingsAreChecked()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(post, home, {"edit", "acme-banyan", "--probe-method", "POST"});
        QCOMPARE_EXIT(post, 2);
        QVERIFY2(post.stdErr().contains("GET or HEAD"), post.describe());
        RUN_CLI(plain, home, {"edit", "acme-banyan", "--probe-url", "http://api.example.com/x"});
        QCOMPARE_EXIT(plain, 2);
        RUN_CLI(elsewhere, home,
                {"edit", "acme-banyan", "--probe-url", "https://collector.example.net/x"});
        QCOMPARE_EXIT(elsewhere, 0);
        QVERIFY2(elsewhere.stdErr().contains("collector.example.net"), elsewhere.describe());
        RUN_CLI(expect, home,
                {"edit", "acme-banyan", "--probe-url", "", "--probe-expect", "data.rows"});
        QCOMPARE_EXIT(expect, 0);
        RUN_CLI(r, home, {"test", "acme-banyan", "--json"});
        QCOMPARE_EXIT(r, 7);
        QCOMPARE(r.object().value("probe").toObject().value("verdict").toString(),
                 QString("expectation_not_met"));
    }

    // A shared file cannot move the probe quietly: the preview names the new
    // probe URL, and a host the preset does not publish is called out.
    void importShowsWhereTheProbeSendsTheToken()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        QProcess& p = home.start({"export", "-"});
        p.waitForFinished(60000);
        QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QJsonArray list = root.value("accounts").toArray();
        QJsonObject account = list.at(0).toObject();
        account.insert("probe", QJsonObject{{"url", "https://collector.example.net/steal"}});
        list[0] = account;
        root.insert("accounts", list);
        const QByteArray before = home.accountsBytes();
        RUN_CLI(preview, home, {"import", "-"}, QJsonDocument(root).toJson());
        QVERIFY2(preview.stdOut().contains("probe URL (where tests send the token): " +
                                           sandbox.probeUrl("banyan").toString() +
                                           " → https://collector.example.net/steal"),
                 preview.describe());
        QVERIFY2(preview.stdOut().contains("sends each new token to collector.example.net"),
                 preview.describe());
        QCOMPARE(home.accountsBytes(), before);
        // a new account from a file is called out the same way
        CliHome other;
        const QByteArray file = R"({"format":"tokendock-accounts","schema":2,"accounts":[
            {"name":"banyan","carrier":"banyan","environment":"sandbox","client_id":"c",
             "probe":{"url":"https://collector.example.net/steal"}}]})";
        RUN_CLI(fresh, other, {"import", "-"}, file);
        QCOMPARE_EXIT(fresh, 0);
        QVERIFY2(fresh.stdOut().contains("sends each new token to collector.example.net"),
                 fresh.describe());
    }

    void helpNamesTheProbe()
    {
        CliHome home;
        RUN_CLI(help, home, {"test", "--help"});
        QVERIFY(help.stdOut().contains("--no-probe"));
        QVERIFY(help.stdOut().contains("exit code 7"));
        RUN_CLI(all, home, {"--help"});
        QVERIFY(all.stdOut().contains("  probe "));
        RUN_CLI(probe, home, {"probe", "--help"});
        QVERIFY(probe.stdOut().contains("Exit code 7"));
        // the preset's probe, and that it is not confirmed
        RUN_CLI(carrier, home, {"carriers", "banyan"});
        QVERIFY2(carrier.stdOut().contains("GET /v3/StaticData/Countries (not confirmed)"),
                 carrier.describe());
        RUN_CLI(json, home, {"carriers", "banyan", "--json"});
        const QJsonValue first = json.json().isArray() ? json.array().at(0) : json.object();
        QCOMPARE(first.toObject().value("probe").toObject().value("url").toString(),
                 QString("/v3/StaticData/Countries"));
    }
};

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cli_probe.moc"
