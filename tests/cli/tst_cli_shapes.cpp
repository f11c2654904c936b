// SPDX-License-Identifier: Apache-2.0
#include "accountrequest.h"
#include "carriercatalog.h"
#include "clitest.h"

#include <QJsonArray>

// Carriers whose token exchange is not textbook OAuth, from the command line:
// their secrets come in on standard input in the order `tokendock carriers
// ID` lists them, `token` prints every header API calls need, a generic
// account describes a vendor login with --exchange, and none of the new kinds
// of secret (passwords, API keys, refresh tokens) shows anywhere.
class TestCliShapes : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

    // `add NAME` for the carrier's sandbox: fields as --param, secrets on
    // standard input, in the order AccountRequest::secretFields gives them.
    void addFilled(CliHome& home, const QString& name, const QString& carrier, CliRun* out,
                   const QProcessEnvironment& env = {})
    {
        const CarrierPreset* preset = CarrierCatalog::builtin().find(carrier);
        Account account;
        account.carrierId = carrier;
        AccountSecrets secrets;
        sandbox.fillAccount(preset, &account, &secrets);
        QStringList args{"add",           name,
                         "--carrier",     carrier,
                         "--token-url",   sandbox.tokenUrl(carrier).toString(),
                         "--client-id",   account.clientId,
                         "--secret-stdin"};
        QByteArray input = line(secrets.clientSecret.expose());
        for (auto it = account.fields.cbegin(); it != account.fields.cend(); ++it)
            args << "--param" << it.key() + "=" + it.value();
        // one line per secret, in the order `carriers ID` lists them
        for (const CarrierField& f : AccountRequest::secretFields(account, preset))
            input += line(secrets.fields.value(f.key).expose());
        RUN_CLI(add, home, args, input, env);
        *out = add;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }

    void carriersListsEachSecretInStdinOrder()
    {
        CliHome home;
        RUN_CLI(estes, home, {"carriers", "estes"});
        QCOMPARE_EXIT(estes, 0);
        QVERIFY2(estes.stdOut().contains("MyEstes password, API key (--secret-stdin reads them "
                                         "in this order, one a line)"),
                 estes.out.constData());
        QVERIFY(estes.stdOut().contains("Authorization: Bearer <token>; apikey: <API key>"));
        QVERIFY(!estes.stdOut().contains("banyan"));
        RUN_CLI(fedex, home, {"carriers", "fedex"});
        QVERIFY2(fedex.stdOut().contains(
                     "client secret, Child secret (with csp_credentials, client_pc_credentials)"),
                 fedex.out.constData());
        RUN_CLI(royal, home, {"carriers", "royalmail", "--json"});
        QCOMPARE_EXIT(royal, 0);
        const QJsonObject preset = QJsonDocument::fromJson(royal.out).array().at(0).toObject();
        QCOMPARE(preset["secrets"].toArray().size(), 2);
        QCOMPARE(preset["exchange"]["use"]["header"].toString(), QString("X-RMG-Auth-Token"));
        QCOMPARE(preset["exchange"]["request"]["method"].toString(), QString("GET"));
        RUN_CLI(none, home, {"carriers", "acme-express"});
        QCOMPARE_EXIT(none, 2);
        QVERIFY(none.stdErr().contains("tokendock carriers"));
    }

    void everyShapeFromTheCommandLine_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QStringList>("headers");
        const QStringList bearer{"Authorization: Bearer "};
        QTest::newRow("password grant") << "dhl-parcel-de" << bearer;
        QTest::newRow("token in a response header") << "dpd" << bearer;
        QTest::newRow("GET with Basic") << "odfl" << bearer;
        QTest::newRow("JSON login, refresh token") << "eshipper" << bearer;
        QTest::newRow("fixed audience") << "chrobinson" << bearer;
        QTest::newRow("consumer key")
            << "maersk"
            << QStringList{"Authorization: Bearer ", "Consumer-Key: maersk-demo-client"};
        QTest::newRow("named header")
            << "royalmail"
            << QStringList{"X-RMG-Auth-Token: ", "X-IBM-Client-Id: royalmail-demo-client"};
        QTest::newRow("API key") << "estes"
                                 << QStringList{"Authorization: Bearer ",
                                                "apikey: estes-demo-apikey"};
    }
    void everyShapeFromTheCommandLine()
    {
        QFETCH(QString, carrier);
        QFETCH(QStringList, headers);
        CliHome home;
        CliRun add;
        addFilled(home, "acme", carrier, &add);
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(test, home, {"test", "acme", "--json"});
        QCOMPARE_EXIT(test, 0);
        RUN_CLI(header, home, {"token", "acme", "--format", "header"});
        QCOMPARE_EXIT(header, 0);
        const QStringList lines = header.stdOut().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), headers.size());
        // the cached token from the test, in the header the carrier's API reads
        QCOMPARE(lines.first(), headers.first() + sandbox.issuedTokens().constLast());
        for (int i = 1; i < headers.size(); ++i)
            QCOMPARE(lines.at(i), headers.at(i));
    }

    // A login no preset knows, described with --exchange on the generic preset.
    void genericDescribesAVendorLogin()
    {
        CliHome home;
        const auto creds = sandbox.credentials("odfl");
        RUN_CLI(add, home, {"add",           "acme-odfl",
                            "--carrier",     "oauth2",
                            "--environment", "custom",
                            "--token-url",   sandbox.tokenUrl("odfl").toString(),
                            "--client-id",   QString::fromUtf8(creds.clientId),
                            "--auth",        "basic",
                            "--exchange",    "request.method=GET",
                            "--exchange",    "request.body=none",
                            "--exchange",    "request.grantType=none",
                            "--exchange",    "response.token=sessionToken",
                            "--secret-stdin"},
                line(creds.clientSecret));
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(test, home, {"test", "acme-odfl", "--json"});
        QCOMPARE_EXIT(test, 0);
        RUN_CLI(token, home, {"token", "acme-odfl"});
        QCOMPARE(token.out, sandbox.issuedTokens().constLast() + "\n");
        // the same login as a POST: the carrier refuses it and says why
        RUN_CLI(edit, home, {"edit", "acme-odfl", "--exchange", "request.method="});
        QCOMPARE_EXIT(edit, 0);
        RUN_CLI(post, home, {"test", "acme-odfl"});
        QVERIFY(post.exitCode != 0);
        QVERIFY2(post.stdOut().contains("405") || post.stdErr().contains("405"),
                 post.describe().constData());
    }

    // Where a carrier documents refresh tokens, the one it handed out is
    // tried first; refused, the credentials are asked again, once.
    void refreshTokenIsUsedWhereDocumented()
    {
        CliHome home;
        const auto creds = sandbox.credentials("oauth2");
        const QStringList common{"--carrier",     "oauth2",
                                 "--environment", "custom",
                                 "--token-url",   sandbox.tokenUrl("oauth2").toString(),
                                 "--client-id",   QString::fromUtf8(creds.clientId),
                                 "--secret-stdin"};
        RUN_CLI(add, home,
                QStringList{"add", "acme", "--exchange", "response.refreshGrant=true"} + common,
                line(creds.clientSecret));
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(first, home, {"token", "acme"});
        QCOMPARE_EXIT(first, 0);
        QCOMPARE(sandbox.requests().constLast().formValue("grant_type"),
                 QByteArray("client_credentials"));
        const QByteArray handedOut = sandbox.issuedRefreshTokens().constLast();

        // more life than the cached token has: a new one, by its refresh token
        RUN_CLI(renewed, home, {"token", "acme", "--min-valid", "7200"});
        QCOMPARE_EXIT(renewed, 0);
        QCOMPARE(renewed.out, sandbox.issuedTokens().constLast() + "\n");
        QCOMPARE(sandbox.requests().constLast().formValue("grant_type"),
                 QByteArray("refresh_token"));
        QCOMPARE(sandbox.requests().constLast().formValue("refresh_token"), handedOut);

        // another client's login makes this refresh token stale: refused, then the credentials
        RUN_CLI(other, home, QStringList{"add", "other"} + common, line(creds.clientSecret));
        QCOMPARE_EXIT(other, 0);
        RUN_CLI(otherTest, home, {"test", "other"});
        QCOMPARE_EXIT(otherTest, 0);
        const int before = sandbox.tokenRequestCount("oauth2");
        RUN_CLI(again, home, {"token", "acme", "--min-valid", "7200"});
        QCOMPARE_EXIT(again, 0);
        QCOMPARE(again.out, sandbox.issuedTokens().constLast() + "\n");
        QCOMPARE(sandbox.tokenRequestCount("oauth2"), before + 2);
        QCOMPARE(sandbox.requests().constLast().formValue("grant_type"),
                 QByteArray("client_credentials"));
        QVERIFY(!again.out.contains(handedOut) && !again.err.contains(handedOut));
    }

    // A new API key is a new credential: the token cached with the old one,
    // whose copies carry the old key, is not handed out again.
    void newApiKeyDropsTheCachedToken()
    {
        CliHome home;
        CliRun add;
        addFilled(home, "acme", "estes", &add);
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(first, home, {"token", "acme", "--format", "header"});
        QCOMPARE_EXIT(first, 0);
        QVERIFY(first.stdOut().contains("apikey: estes-demo-apikey"));
        sandbox.setCredentialField("estes", "apikey", "estes-rotated-apikey");
        // line 1 empty: the MyEstes password stays; line 2: the new API key
        RUN_CLI(edit, home, {"edit", "acme", "--secret-stdin"}, "\nestes-rotated-apikey\n");
        QCOMPARE_EXIT(edit, 0);
        const int before = sandbox.tokenRequestCount("estes");
        RUN_CLI(second, home, {"token", "acme", "--format", "header"});
        QCOMPARE_EXIT(second, 0);
        QCOMPARE(sandbox.tokenRequestCount("estes"), before + 1);
        QCOMPARE(sandbox.requests().constLast().header("apikey"),
                 QByteArray("estes-rotated-apikey"));
        QVERIFY(second.stdOut().contains("apikey: estes-rotated-apikey"));
        QVERIFY(!second.stdOut().contains("estes-demo-apikey"));
        sandbox.setCredentialField("estes", "apikey", "estes-demo-apikey");
    }

    void exchangeOptionIsCheckedAtTheDoor_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("a preset's own exchange")
            << QStringList{"--carrier", "estes", "--exchange", "request.method=GET"}
            << "--exchange is for the generic preset";
        QTest::newRow("no part") << QStringList{"--carrier", "oauth2", "--exchange", "method=GET"}
                                 << "PART.KEY=VALUE";
        QTest::newRow("unknown part")
            << QStringList{"--carrier", "oauth2", "--exchange", "answer.token=x"}
            << "request, response or use";
        QTest::newRow("GET with a body")
            << QStringList{"--carrier", "oauth2", "--exchange", "request.method=GET"}
            << "request.body";
        QTest::newRow("header name with a line break")
            << QStringList{"--carrier", "oauth2", "--exchange", "use.header=X-A\nX-B: 1"}
            << "use.header";
        QTest::newRow("body credentials without a body")
            << QStringList{"--carrier",  "oauth2",           "--auth",
                           "body",       "--exchange",       "request.method=GET",
                           "--exchange", "request.body=none"}
            << "no request body";
        QTest::newRow("client id in the Host header")
            << QStringList{"--carrier", "oauth2",     "--auth",
                           "headers",   "--exchange", "request.clientId=Host"}
            << "TokenDock sets that header itself";
        QTest::newRow("path with spaces")
            << QStringList{"--carrier", "oauth2", "--exchange", "response.token=the token"}
            << "response.token";
    }
    void exchangeOptionIsCheckedAtTheDoor()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        CliHome home;
        RUN_CLI(add, home,
                QStringList{"add", "x", "--environment", "custom", "--token-url",
                            "https://id.example.com/token", "--client-id", "c", "--secret-stdin"} +
                    args,
                "s\n");
        QCOMPARE_EXIT(add, 2);
        QVERIFY2(add.stdErr().contains(says), add.err.constData());
        QVERIFY(!QFile::exists(home.accountsPath()) || !home.accountsBytes().contains("\"x\""));
    }

    // Passwords, API keys and refresh tokens stay out of every output but the
    // headers `token` was asked for, out of the logs at debug and out of files.
    void newKindsOfSecretNeverLeak()
    {
        const QByteArray password = "pw-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray apiKey = "key-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray rmPassword = "rm-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        sandbox.setCredentialField("dhl-parcel-de", "password", password);
        sandbox.setCredentialField("estes", "apikey", apiKey);
        sandbox.setCredentialField("royalmail", "X-RMG-Security-Password", rmPassword);
        CliHome home;
        QProcessEnvironment env = home.environment();
        env.insert("QT_LOGGING_RULES", "*=true");
        QByteArray output;
        for (const char* carrier : {"dhl-parcel-de", "estes", "royalmail", "eshipper"}) {
            CliRun add;
            addFilled(home, carrier, carrier, &add, env);
            QCOMPARE_EXIT(add, 0);
            output += add.out + add.err;
            for (const QStringList& args :
                 QList<QStringList>{{"test", carrier},
                                    {"test", carrier, "--json", "--report"},
                                    {"token", carrier, "--format", "token"}}) {
                RUN_CLI(r, home, args, {}, env);
                QCOMPARE_EXIT(r, 0);
                output += args.first() == "token" ? r.err : r.out + r.err;
            }
        }
        for (const QStringList& args : QList<QStringList>{
                 {"list"}, {"list", "--json"}, {"export", home.path() + "/x.json"}}) {
            RUN_CLI(r, home, args, {}, env);
            QCOMPARE_EXIT(r, 0);
            output += r.out + r.err;
        }
        QVERIFY(output.contains("tokendock.network")); // the debug logs were on
        const QList<QByteArray> refreshTokens = sandbox.issuedRefreshTokens();
        QVERIFY(!refreshTokens.isEmpty());
        QList<QByteArray> needles{password, apiKey, rmPassword};
        needles += refreshTokens;
        for (const QByteArray& needle : needles)
            QVERIFY2(!output.contains(needle), needle.left(12).constData());
        const QString found = whereInClear(filesUnder(home.path()), needles, needles);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        sandbox.setCredentialField("dhl-parcel-de", "password", "dhl-parcel-de-demo-password");
        sandbox.setCredentialField("estes", "apikey", "estes-demo-apikey");
        sandbox.setCredentialField("royalmail", "X-RMG-Security-Password",
                                   "royalmail-demo-x-rmg-security-password");
    }
};

QTEST_GUILESS_MAIN(TestCliShapes)
#include "tst_cli_shapes.moc"
