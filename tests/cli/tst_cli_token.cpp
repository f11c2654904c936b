// SPDX-License-Identifier: Apache-2.0
#include "clitest.h"

// `tokendock token`: exactly the chosen rendering and one newline, usable in
// H=$(...), and the cached token reused while it stays valid.
class TestCliTokenCommand : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

    QString origin() const { return sandbox.baseUrl().toString() + "/"; }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }

    // `token` prints exactly the chosen rendering and one newline.
    void tokenFormats_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected"); // {token} and {origin} filled in
        QTest::newRow("token") << "banyan"
                               << "token"
                               << "{token}\n";
        QTest::newRow("header") << "banyan"
                                << "header"
                                << "Authorization: Bearer {token}\n";
        QTest::newRow("header, project44 says BEARER") << "project44"
                                                       << "header"
                                                       << "Authorization: Bearer {token}\n";
        QTest::newRow("curl") << "banyan"
                              << "curl"
                              << "curl -H 'Authorization: Bearer {token}' '{origin}'\n";
        QTest::newRow("httpie") << "banyan"
                                << "httpie"
                                << "http GET '{origin}' 'Authorization:Bearer {token}'\n";
        QTest::newRow("powershell")
            << "banyan"
            << "powershell"
            << "Invoke-RestMethod -Uri '{origin}' -Headers @{ Authorization = 'Bearer {token}' }\n";
        QTest::newRow("env") << "banyan"
                             << "env"
                             << "ACME_CARRIER_ACCESS_TOKEN='{token}'\n";
        QTest::newRow("json") << "banyan"
                              << "json"
                              << "";
    }

    void tokenFormats()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-carrier", carrier);
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(bare, home, {"token", "acme-carrier"});
        QCOMPARE_EXIT(bare, 0);
        QVERIFY(bare.out.endsWith("\n"));
        const QByteArray token = bare.out.chopped(1);
        QCOMPARE(token, sandbox.issuedTokens().constLast());

        RUN_CLI(r, home, {"token", "acme-carrier", "--format", format});
        QCOMPARE_EXIT(r, 0);
        QVERIFY(r.err.isEmpty());
        if (format == "json") {
            QVERIFY(r.out.endsWith("}\n"));
            QCOMPARE(r.out.count('\n'), 1);
            const QJsonObject doc = r.object();
            QCOMPARE(doc["access_token"].toString().toUtf8(), token);
            QCOMPARE(doc["token_type"].toString(), QString("Bearer"));
            QCOMPARE(doc["authorization"].toString().toUtf8(), "Bearer " + token);
            QVERIFY(QDateTime::fromString(doc["expires_at"].toString(), Qt::ISODate) >
                    QDateTime::currentDateTimeUtc());
            return;
        }
        expected.replace("{token}", QString::fromUtf8(token)).replace("{origin}", origin());
        QCOMPARE(r.stdOut(), expected);
    }

    // H=$(tokendock token NAME --format header) in a real shell.
    void tokenInAShellVariable()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        QProcess shell;
        QProcessEnvironment env = home.environment();
        env.insert("TOKENDOCK", tokendockPath());
        shell.setProcessEnvironment(env);
        shell.start("/bin/sh", {"-c", "H=$(\"$TOKENDOCK\" token acme-banyan --format header) && "
                                      "printf '%s|' \"$H\""});
        QVERIFY(shell.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 60000);
        QCOMPARE(shell.exitCode(), 0);
        QCOMPARE(shell.readAllStandardOutput(),
                 "Authorization: Bearer " + sandbox.issuedTokens().constLast() + "|");
    }

    // Two `token` calls within the token's life make one request.
    void tokenReusesTheCachedToken()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        if (QTest::currentTestFailed())
            return;
        const QByteArray path = "/banyan/auth/connect/token";
        sandbox.clearRequests();
        RUN_CLI(first, home, {"token", "acme-banyan"});
        QCOMPARE_EXIT(first, 0);
        QCOMPARE(sandbox.requestCount(path), 1);
        RUN_CLI(second, home, {"token", "acme-banyan"});
        QCOMPARE_EXIT(second, 0);
        QCOMPARE(second.out, first.out);
        QCOMPARE(sandbox.requestCount(path), 1);

        RUN_CLI(fresh, home, {"token", "acme-banyan", "--fresh"});
        QCOMPARE_EXIT(fresh, 0);
        QCOMPARE(sandbox.requestCount(path), 2);
        QVERIFY(fresh.out != first.out);

        // a token with 120 s left is reused at the default --min-valid of 60 s, not at 300
        sandbox.setTokenLifetime("banyan", 120);
        RUN_CLI(shortLived, home, {"token", "acme-banyan", "--fresh"});
        sandbox.setTokenLifetime("banyan", 0);
        QCOMPARE(sandbox.requestCount(path), 3);
        RUN_CLI(reused, home, {"token", "acme-banyan"});
        QCOMPARE(reused.out, shortLived.out);
        QCOMPARE(sandbox.requestCount(path), 3);
        RUN_CLI(renewed, home, {"token", "acme-banyan", "--min-valid", "300"});
        QCOMPARE_EXIT(renewed, 0);
        QCOMPARE(sandbox.requestCount(path), 4);
        QVERIFY(renewed.out != shortLived.out);
    }

    void tokenFailures()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-dhl", "dhl-ecs", "wrong");
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(human, home, {"token", "acme-dhl", "--format", "header"});
        QCOMPARE_EXIT(human, 3);
        QVERIFY(human.out.isEmpty());
        QVERIFY(human.stdErr().contains("\u201cInvalid credentials\u201d"));
        RUN_CLI(json, home, {"token", "acme-dhl", "--format", "json"});
        QCOMPARE_EXIT(json, 3);
        QCOMPARE(json.object()["error"].toObject()["category"].toString(),
                 QString("credentials_rejected"));
    }
};

QTEST_GUILESS_MAIN(TestCliTokenCommand)
#include "tst_cli_token.moc"
