// SPDX-License-Identifier: Apache-2.0
#include "clitest.h"
#include "confirmation.h"
#include "filemode.h"
#include "sandboxserver.h"

#include <QLockFile>
#include <QTranslator>

// Accounts from the command line: add, list, edit, remove, export and
// import, secrets from standard input, an unreadable account list, and a
// keychain that cannot be reached.
class TestCliAccounts : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

    QString url(const QString& carrier) const { return sandbox.tokenUrl(carrier).toString(); }
    QByteArray secretLine(const QString& carrier) const
    {
        return line(sandbox.credentials(carrier).clientSecret);
    }
    QStringList addArgs(const QString& name, const QString& carrier,
                        const QStringList& extra = {}) const
    {
        return QStringList{
                   "add",           name,
                   "--carrier",     carrier,
                   "--token-url",   url(carrier),
                   "--client-id",   QString::fromUtf8(sandbox.credentials(carrier).clientId),
                   "--secret-stdin"} +
               extra;
    }
    static QJsonObject account(const CliRun& list, const QString& name)
    {
        for (const QJsonValue v : list.array()) {
            if (v.toObject().value("name").toString() == name)
                return v.toObject();
        }
        return {};
    }
    // The lifetime `list --json` shows for the account's cached token, -1
    // when it shows none, -2 when the list failed or did not know.
    static qint64 cachedLifetime(const CliRun& list, const QString& name)
    {
        const QJsonObject a = account(list, name);
        if (list.exitCode != 0 || !list.err.isEmpty() || !a.value("cache_readable").toBool())
            return -2;
        return a.value("cached_token").toObject().value("expires_in").toInteger(-1);
    }
    // no session bus, so no keychain
    static QProcessEnvironment withoutKeychain(const CliHome& home)
    {
        QProcessEnvironment env = home.environment();
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        return env;
    }
    // where `list` learns of cached tokens: the user's cache folder, which
    // the window does not watch
    static QString indexPath(const CliHome& home)
    {
        return home.path() + "/.cache/tokendock/cached-tokens.json";
    }
    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }

    void addListEditRemove()
    {
        CliHome home;
        RUN_CLI(add, home, addArgs("acme-banyan", "banyan", {"--param", "clientrefnum=42"}),
                secretLine("banyan"));
        QCOMPARE_EXIT(add, 0);
        QVERIFY(add.stdOut().startsWith("Added \u201cacme-banyan\u201d"));
        QVERIFY(add.err.isEmpty());
        QVERIFY(home.accountsBytes().contains("\"clientrefnum\": \"42\""));

        RUN_CLI(list, home, {"list"});
        QCOMPARE_EXIT(list, 0);
        const QStringList rows = list.stdOut().split('\n', Qt::SkipEmptyParts);
        // the account's row, and under it its secret's life
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).startsWith("NAME "));
        QCOMPARE(rows.at(2), QString("  secret set today, not seen working yet"));
        for (const char* column :
             {"CARRIER", "ENVIRONMENT", "TOKEN URL", "CLIENT ID", "LAST TEST", "CACHED TOKEN"})
            QVERIFY2(rows.at(0).contains(column), column);
        // aligned: each value starts where its heading does
        QCOMPARE(rows.at(1).indexOf(url("banyan")), rows.at(0).indexOf("TOKEN URL"));
        QCOMPARE(rows.at(1).indexOf("banyan-demo-client"), rows.at(0).indexOf("CLIENT ID"));
        QVERIFY(rows.at(1).contains("never"));
        QVERIFY(rows.at(1).endsWith("none"));

        RUN_CLI(tested, home, {"test", "acme-banyan"});
        QCOMPARE_EXIT(tested, 0);
        RUN_CLI(json, home, {"list", "--json"});
        QCOMPARE_EXIT(json, 0);
        // the bytes QJsonDocument writes for it: keys sorted, its indentation
        QCOMPARE(json.out, QJsonDocument::fromJson(json.out).toJson());
        const QJsonObject a = account(json, "acme-banyan");
        QCOMPARE(a.value("carrier").toString(), QString("banyan"));
        QCOMPARE(a.value("environment").toString(), QString("sandbox"));
        QCOMPARE(a.value("token_url").toString(), url("banyan"));
        QCOMPARE(a.value("client_id").toString(), QString("banyan-demo-client"));
        QCOMPARE(a.value("secret_missing").toBool(), false);
        QCOMPARE(a.value("last_test").toObject().value("ok").toBool(), true);
        QCOMPARE(a.value("last_test").toObject().value("http_status").toInt(), 200);
        // the test cached its token: the list shows when it expires, the
        // lifetime the carrier stated (Banyan's sandbox: 3599 s) and what is left
        const QJsonObject cached = a.value("cached_token").toObject();
        const QDateTime expires =
            QDateTime::fromString(cached.value("expires_at").toString(), Qt::ISODate);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE(cached.value("expires_in").toInteger(), qint64(3599));
        const qint64 left = cached.value("seconds_left").toInteger(-1);
        QVERIFY2(left > 3000 && left <= 3599, qPrintable(QString::number(left)));

        RUN_CLI(edit, home, {"edit", "acme-banyan", "--param", "clientrefnum=", "--name", "acme"});
        QCOMPARE_EXIT(edit, 0);
        QVERIFY(!home.accountsBytes().contains("clientrefnum"));
        RUN_CLI(nothing, home, {"edit", "acme"});
        QCOMPARE_EXIT(nothing, 2);
        RUN_CLI(refused, home, {"edit", "acme", "--token-url", "http://example.com/token"});
        QCOMPARE_EXIT(refused, 2);
        QVERIFY(refused.stdErr().contains("https://"));
        QVERIFY(home.accountsBytes().contains(url("banyan").toUtf8()));

        RUN_CLI(noYes, home, {"remove", "acme"});
        QCOMPARE_EXIT(noYes, 2);
        QVERIFY(noYes.stdErr().contains("--yes"));
        QVERIFY(home.accountsBytes().contains("\"acme\""));
        RUN_CLI(removed, home, {"remove", "acme", "--yes"});
        QCOMPARE_EXIT(removed, 0);
        RUN_CLI(empty, home, {"list", "--json"});
        QCOMPARE(empty.array().size(), 0);
        RUN_CLI(again, home, {"remove", "acme", "--yes"});
        QCOMPARE_EXIT(again, 2);
        QVERIFY(again.stdErr().contains("acme"));
    }

    void aYesInTheLanguageShownConfirms_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("yes");
        QTest::newRow("y") << "y" << true;
        QTest::newRow("YES") << " YES " << true;
        QTest::newRow("Spanish, accented") << "S\u00ed" << true;
        QTest::newRow("Spanish, typed without the accent") << "si" << true;
        QTest::newRow("Spanish letter") << "s" << true;
        QTest::newRow("no") << "n" << false;
        QTest::newRow("nothing") << "" << false;
        QTest::newRow("another word") << "sim" << false;
        QTest::newRow("oui is French, not Spanish") << "oui" << false;
    }
    void aYesInTheLanguageShownConfirms()
    {
        QFETCH(QString, answer);
        QFETCH(bool, yes);
        // Spanish as a translation would have it
        class Spanish : public QTranslator
        {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char* context, const char* source, const char*,
                              int) const override
            {
                if (qstrcmp(context, "RemoveCommand") != 0)
                    return {};
                if (qstrcmp(source, "yes") == 0)
                    return QString::fromUtf8("s\u00ed");
                return qstrcmp(source, "y") == 0 ? QString("s") : QString();
            }
        } spanish;
        QCoreApplication::installTranslator(&spanish);
        const bool confirmed = Confirmation::isYes(answer);
        QCoreApplication::removeTranslator(&spanish);
        QCOMPARE(confirmed, yes);
        // English is understood in every language
        QVERIFY(Confirmation::isYes("yes") && Confirmation::isYes("Y"));
    }

    void namesAreUnique()
    {
        CliHome home;
        RUN_CLI(a, home, addArgs("acme", "banyan"), secretLine("banyan"));
        QCOMPARE_EXIT(a, 0);
        RUN_CLI(b, home, addArgs("ACME", "dhl-ecs"), secretLine("dhl-ecs"));
        QCOMPARE_EXIT(b, 2);
        QVERIFY(b.stdErr().contains("already exists"));
        RUN_CLI(c, home, addArgs("other", "dhl-ecs"), secretLine("dhl-ecs"));
        QCOMPARE_EXIT(c, 0);
        RUN_CLI(d, home, {"edit", "other", "--name", "Acme"});
        QCOMPARE_EXIT(d, 2);
    }

    void environments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("tokenUrl");
        QTest::newRow("default: the preset's first")
            << QStringList{"--carrier", "banyan"} << "sandbox"
            << "https://ws.integration.banyantechnology.com/auth/connect/token";
        QTest::newRow("project44 production-eu")
            << QStringList{"--carrier", "project44", "--environment", "production-eu"}
            << "production-eu"
            << "https://eu12.api.project44.com/api/v4/oauth2/token";
        QTest::newRow("custom with a loopback URL")
            << QStringList{"--carrier", "oauth2",      "--environment",
                           "custom",    "--token-url", "http://127.0.0.1:9/oauth2/token"}
            << "custom"
            << "http://127.0.0.1:9/oauth2/token";
        QTest::newRow("a preset environment with its own URL")
            << QStringList{"--carrier",     "banyan",
                           "--environment", "production",
                           "--token-url",   "https://banyan.example.com/auth/connect/token"}
            << "production"
            << "https://banyan.example.com/auth/connect/token";
        QTest::newRow("tforce tenant fills the URL")
            << QStringList{"--carrier",     "tforce",
                           "--environment", "production",
                           "--param",       "tenant=acme.example",
                           "--param",       "scope=https://x/.default"}
            << "production"
            << "https://login.microsoftonline.com/acme.example/oauth2/v2.0/token";
    }

    void environments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, environment);
        QFETCH(QString, tokenUrl);
        CliHome home;
        RUN_CLI(add, home,
                QStringList{"add", "acct", "--client-id", "some-client", "--secret-stdin"} + args,
                "some-secret\n");
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(list, home, {"list", "--json"});
        const QJsonObject a = account(list, "acct");
        QCOMPARE(a.value("environment").toString(), environment);
        QCOMPARE(a.value("token_url").toString(), tokenUrl);
    }

    // FedEx integrator grants need a child secret: line 2 of standard input.
    void fedexChildSecretFromStdin()
    {
        CliHome home;
        const auto creds = sandbox.credentials("fedex");
        const QStringList args =
            addArgs("acme-fedex", "fedex",
                    {"--grant-type", "csp_credentials", "--param",
                     "child_Key=" + QString::fromUtf8(creds.fields.value("child_Key"))});
        RUN_CLI(missing, home, args, line(creds.clientSecret));
        QCOMPARE_EXIT(missing, 2);
        QVERIFY2(missing.stdErr().contains("Child secret") &&
                     missing.stdErr().contains("standard input"),
                 missing.describe().constData());

        RUN_CLI(add, home, args,
                line(creds.clientSecret) + line(creds.fields.value("child_secret")));
        QCOMPARE_EXIT(add, 0);
        QVERIFY(!home.accountsBytes().contains(creds.fields.value("child_secret")));
        sandbox.clearRequests();
        RUN_CLI(test, home, {"test", "acme-fedex"});
        QCOMPARE_EXIT(test, 0);
        QCOMPARE(sandbox.requests().value(0).formValue("child_secret"),
                 creds.fields.value("child_secret"));
        QCOMPARE(sandbox.requests().value(0).formValue("grant_type"),
                 QByteArray("csp_credentials"));
    }

    void editEntersANewSecret()
    {
        CliHome home;
        RUN_CLI(add, home, addArgs("acme-dhl", "dhl-ecs"), "wrong\n");
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(rejected, home, {"test", "acme-dhl"});
        QCOMPARE_EXIT(rejected, 3);
        RUN_CLI(edit, home, {"edit", "acme-dhl", "--secret-stdin"}, secretLine("dhl-ecs"));
        QCOMPARE_EXIT(edit, 0);
        RUN_CLI(ok, home, {"test", "acme-dhl"});
        QCOMPARE_EXIT(ok, 0);
        // an empty line keeps the stored secret
        RUN_CLI(keep, home, {"edit", "acme-dhl", "--secret-stdin", "--header", "X-Trace=1"}, "\n");
        QCOMPARE_EXIT(keep, 0);
        RUN_CLI(stillOk, home, {"test", "acme-dhl"});
        QCOMPARE_EXIT(stillOk, 0);
        QCOMPARE(sandbox.requests().constLast().header("x-trace"), QByteArray("1"));
    }

    // A token issued to the old client id is not handed out after an edit.
    void newClientIdDropsTheCachedToken()
    {
        CliHome home;
        sandbox.setCredentials("project44", "p44-first", "p44-secret");
        RUN_CLI(add, home,
                {"add", "p44", "--carrier", "project44", "--token-url", url("project44"),
                 "--client-id", "p44-first", "--secret-stdin"},
                "p44-secret\n");
        QCOMPARE_EXIT(add, 0);
        sandbox.clearRequests();
        RUN_CLI(first, home, {"token", "p44"});
        QCOMPARE_EXIT(first, 0);
        QCOMPARE(sandbox.requestCount(), 1);
        sandbox.setCredentials("project44", "p44-second", "p44-secret");
        RUN_CLI(edit, home, {"edit", "p44", "--client-id", "p44-second"});
        QCOMPARE_EXIT(edit, 0);
        RUN_CLI(second, home, {"token", "p44"});
        QCOMPARE_EXIT(second, 0);
        QCOMPARE(sandbox.requestCount(), 2);
        QVERIFY(first.out != second.out);
        sandbox.setCredentials("project44", "project44-demo-client", "project44-demo-secret");
    }

    void exportAndImport()
    {
        CliHome home;
        RUN_CLI(a, home, addArgs("acme-banyan", "banyan"), secretLine("banyan"));
        RUN_CLI(b, home, addArgs("acme-dhl", "dhl-ecs"), secretLine("dhl-ecs"));
        QCOMPARE_EXIT(b, 0);
        const QString file = home.path() + "/team.json";
        RUN_CLI(exported, home, {"export", file});
        QCOMPARE_EXIT(exported, 0);
        QVERIFY(exported.stdOut().contains("Exported 2 account"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains("acme-dhl"));
        QVERIFY(!json.contains(sandbox.credentials("dhl-ecs").clientSecret));
        RUN_CLI(toStdout, home, {"export", "-"});
        QCOMPARE(QJsonDocument::fromJson(toStdout.out).object().value("accounts").toArray().size(),
                 2);

        CliHome colleague;
        RUN_CLI(own, colleague, addArgs("acme-dhl", "dhl-ecs"), secretLine("dhl-ecs"));
        RUN_CLI(imported, colleague, {"import", file});
        QCOMPARE_EXIT(imported, 0);
        QVERIFY(imported.stdOut().contains("Imported 1 account"));
        QVERIFY(imported.stdOut().contains("Skipped 1 account"));
        QVERIFY(imported.stdOut().contains("already in use: acme-dhl."));
        QVERIFY(imported.stdOut().contains("--overwrite"));
        QVERIFY(imported.stdOut().contains("edit NAME --secret-stdin"));

        RUN_CLI(list, colleague, {"list"});
        const QString row = list.stdOut().split('\n').filter("acme-banyan").value(0);
        QVERIFY2(row.contains("missing"), qPrintable(list.stdOut()));
        QVERIFY(list.stdOut().contains("edit NAME --secret-stdin"));
        RUN_CLI(listJson, colleague, {"list", "--json"});
        QCOMPARE(account(listJson, "acme-banyan").value("secret_missing").toBool(), true);
        QCOMPARE(account(listJson, "acme-dhl").value("secret_missing").toBool(), false);

        RUN_CLI(noSecret, colleague, {"test", "acme-banyan"});
        QCOMPARE_EXIT(noSecret, 2);
        QVERIFY(noSecret.stdErr().contains("tokendock edit acme-banyan --secret-stdin"));
        RUN_CLI(entered, colleague, {"edit", "acme-banyan", "--secret-stdin"},
                secretLine("banyan"));
        QCOMPARE_EXIT(entered, 0);
        RUN_CLI(ok, colleague, {"test", "acme-banyan"});
        QCOMPARE_EXIT(ok, 0);

        RUN_CLI(overwrite, colleague, {"import", file, "--overwrite"});
        QCOMPARE_EXIT(overwrite, 0);
        QVERIFY(overwrite.stdOut().contains("Replaced 2 account"));

        RUN_CLI(bad, colleague, {"import", home.accountsPath()});
        QCOMPARE_EXIT(bad, 2);
        QVERIFY(bad.stdErr().contains("not a TokenDock export"));
        RUN_CLI(unwritable, home, {"export", "/nonexistent-folder/team.json"});
        QCOMPARE_EXIT(unwritable, 1);
        QVERIFY(unwritable.stdErr().contains("/nonexistent-folder/team.json"));
    }

    // What a carrier e-mailed, piped in: the account is filled from it, the
    // secret works, and nothing of the secret is printed.
    void addFromTheCarriersText()
    {
        CliHome home;
        const auto creds = sandbox.credentials("project44");
        const QByteArray mail = "Hello Acme,\n\nyour project44 API client is ready.\n"
                                "  Carrier: project44\n"
                                "  Token URL: " +
                                url("project44").toUtf8() +
                                "\n"
                                "  Client ID: " +
                                creds.clientId +
                                "\n"
                                "  Client Secret: " +
                                creds.clientSecret + "\n\nKind regards\n";
        RUN_CLI(added, home, {"add", "--from-stdin"}, mail);
        QCOMPARE_EXIT(added, 0);
        QVERIFY2(added.stdErr().contains("Recognised in the text: carrier project44"),
                 added.describe().constData());
        QVERIFY(added.stdErr().contains("the client secret"));
        QVERIFY(!added.out.contains(creds.clientSecret) && !added.err.contains(creds.clientSecret));
        RUN_CLI(list, home, {"list", "--json"});
        const QJsonObject entry = list.array().at(0).toObject();
        QCOMPARE(entry.value("carrier").toString(), QString("project44"));
        QCOMPARE(entry.value("client_id").toString(), QString::fromUtf8(creds.clientId));
        const QString name = entry.value("name").toString();
        QVERIFY2(name.startsWith("project44"), qPrintable(name));
        RUN_CLI(tested, home, {"test", name});
        QCOMPARE_EXIT(tested, 0);

        // the same text again: a name of its own
        RUN_CLI(again, home, {"add", "--from-stdin"}, mail);
        QCOMPARE_EXIT(again, 0);
        RUN_CLI(both, home, {"list", "--json"});
        QCOMPARE(both.array().size(), 2);
        QVERIFY(both.array().at(0).toObject().value("name") !=
                both.array().at(1).toObject().value("name"));

        // a name and options given on the command line win
        RUN_CLI(named, home, {"add", "acme-p44", "--from-stdin", "--client-id", "other-id"}, mail);
        QCOMPARE_EXIT(named, 0);
        RUN_CLI(three, home, {"list", "--json"});
        QCOMPARE(account(three, "acme-p44").value("client_id").toString(), QString("other-id"));
    }

    void addFromTextThatHoldsNoCredentials()
    {
        CliHome home;
        RUN_CLI(prose, home, {"add", "--from-stdin"}, "Thanks for the call, talk soon!\n");
        QCOMPARE_EXIT(prose, 2);
        QVERIFY(prose.stdErr().contains("Nothing in the text looks like a client id or secret"));
        RUN_CLI(docs, home, {"add", "--from-stdin"},
                "curl -X POST https://na12.api.project44.com/api/v4/oauth2/token "
                "-u '<client_id>:<client_secret>'\n");
        QCOMPARE_EXIT(docs, 2);
        RUN_CLI(both, home, {"add", "x", "--from-stdin", "--secret-stdin"}, "Client ID: a\n");
        QCOMPARE_EXIT(both, 2);
        QVERIFY(both.stdErr().contains("leave out --secret-stdin"));
        RUN_CLI(list, home, {"list", "--json"});
        QCOMPARE(list.array().size(), 0);
    }

    // Earlier versions kept the list as profiles.json ("profiles", format 1)
    // and exported "tokendock-profiles": both still open, and the keychain
    // items (secret, cached token) carry over with the ids.
    void accountListFromEarlierVersions()
    {
        CliHome home;
        RUN_CLI(add, home, addArgs("acme-p44", "project44"), secretLine("project44"));
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(first, home, {"token", "acme-p44"});
        QCOMPARE_EXIT(first, 0);
        const QString oldPath = home.configDir() + "/profiles.json";
        QJsonObject root = QJsonDocument::fromJson(home.accountsBytes()).object();
        QCOMPARE(root.value("schema").toInt(), 2);
        root.insert("schema", 1);
        root.insert("profiles", root.take("accounts"));
        const QByteArray old = QJsonDocument(root).toJson();
        QVERIFY(QFile::remove(home.accountsPath()));
        QFile oldFile(oldPath);
        QVERIFY(oldFile.open(QIODevice::WriteOnly));
        oldFile.write(old);
        oldFile.close();

        {
            // an older TokenDock saving right now: the list is read where it is
            QLockFile saving(oldPath + ".lock");
            QVERIFY(saving.tryLock(0));
            RUN_CLI(meanwhile, home, {"list", "--json"});
            QCOMPARE_EXIT(meanwhile, 0);
            QCOMPARE(account(meanwhile, "acme-p44").value("secret_missing").toBool(), false);
            QVERIFY(QFile::exists(oldPath));
            QVERIFY(!QFile::exists(home.accountsPath()));
        }
        sandbox.clearRequests();
        RUN_CLI(list, home, {"list", "--json"});
        QCOMPARE_EXIT(list, 0);
        QCOMPARE(account(list, "acme-p44").value("secret_missing").toBool(), false);
        QVERIFY(!QFile::exists(oldPath));
        QCOMPARE(home.accountsBytes(), old); // moved, not rewritten
        RUN_CLI(cached, home, {"token", "acme-p44"});
        QCOMPARE_EXIT(cached, 0);
        QCOMPARE(cached.out, first.out);
        QCOMPARE(sandbox.requestCount(), 0);
        RUN_CLI(tested, home, {"test", "acme-p44"});
        QCOMPARE_EXIT(tested, 0);
        const QJsonObject saved = QJsonDocument::fromJson(home.accountsBytes()).object();
        QCOMPARE(saved.value("schema").toInt(), 2);
        QCOMPARE(saved.value("accounts").toArray().size(), 1);
        QVERIFY(!saved.contains("profiles"));

        // a newer list beside an old one: the newer is used, the old left alone
        QVERIFY(oldFile.open(QIODevice::WriteOnly));
        oldFile.write(old);
        oldFile.close();
        RUN_CLI(edit, home, {"edit", "acme-p44", "--name", "acme-p44-renamed"});
        QCOMPARE_EXIT(edit, 0);
        QFile stillOld(oldPath);
        QVERIFY(stillOld.open(QIODevice::ReadOnly));
        QCOMPARE(stillOld.readAll(), old);

        // an export written by an earlier version
        QJsonObject exported{
            {"format", "tokendock-profiles"}, {"schema", 1}, {"profiles", root.value("profiles")}};
        const QString file = home.path() + "/old-export.json";
        QFile exportFile(file);
        QVERIFY(exportFile.open(QIODevice::WriteOnly));
        exportFile.write(QJsonDocument(exported).toJson());
        exportFile.close();
        CliHome colleague;
        RUN_CLI(imported, colleague, {"import", file});
        QCOMPARE_EXIT(imported, 0);
        QVERIFY(imported.stdOut().contains("Imported 1 account"));
        RUN_CLI(colleagueList, colleague, {"list", "--json"});
        QCOMPARE(account(colleagueList, "acme-p44").value("carrier").toString(),
                 QString("project44"));
    }

    // An account list TokenDock cannot read is never written over: commands
    // that write stop with exit code 2, and every command says what is wrong.
    void unreadableAccountList_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("add") << QStringList{"add",         "x", "--carrier",     "banyan",
                                            "--client-id", "c", "--secret-stdin"}
                             << QByteArray("secret\n");
        QTest::newRow("edit") << QStringList{"edit", "x", "--client-id", "d"} << QByteArray();
        QTest::newRow("remove") << QStringList{"remove", "x", "--yes"} << QByteArray();
        QTest::newRow("import") << QStringList{"import", "-"} << QByteArray("{}");
        QTest::newRow("export") << QStringList{"export", "-"} << QByteArray();
        QTest::newRow("list") << QStringList{"list"} << QByteArray();
        QTest::newRow("list --json") << QStringList{"list", "--json"} << QByteArray();
        QTest::newRow("test") << QStringList{"test", "x"} << QByteArray();
        QTest::newRow("token") << QStringList{"token", "x"} << QByteArray();
    }

    void unreadableAccountList()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        CliHome home;
        const QByteArray garbage = "{\"schema\": 2, \"accounts\": [ this is not json";
        {
            QFile f(home.accountsPath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        RUN_CLI(r, home, args, input);
        QCOMPARE_EXIT(r, 2);
        QVERIFY2(r.stdErr().contains("could not read its account list"), r.describe().constData());
        QVERIFY(r.stdErr().contains(home.accountsPath()));
        QCOMPARE(home.accountsBytes(), garbage);
        if (args.contains("--json"))
            QCOMPARE(r.object()["error"].toObject()["category"].toString(),
                     QString("invalid_input"));
    }

    // The first list reads the cached tokens from the keychain and fills the
    // index next to the account list; from then on a list shows them without
    // the keychain, kept current by every TokenDock that caches or drops one.
    void aListReadsTheKeychainOnlyOnce()
    {
        CliHome home;
        RUN_CLI(add, home, addArgs("acme-banyan", "banyan"), secretLine("banyan"));
        QCOMPARE_EXIT(add, 0);
        addSandboxAccount(home, sandbox, "acme-dhl", "dhl-ecs");
        RUN_CLI(tested, home, {"test", "acme-banyan"});
        QCOMPARE_EXIT(tested, 0);
        const QProcessEnvironment noBus = withoutKeychain(home);

        RUN_CLI(first, home, {"list", "--json"});
        QCOMPARE_EXIT(first, 0);
        QCOMPARE(cachedLifetime(first, "acme-banyan"), qint64(3599));
        RUN_CLI(second, home, {"list", "--json"}, {}, noBus);
        QCOMPARE(cachedLifetime(second, "acme-banyan"), qint64(3599));
        QCOMPARE(cachedLifetime(second, "acme-dhl"), qint64(-1));

        // another TokenDock caches a token: the list knows it at once
        RUN_CLI(fresh, home, {"token", "acme-dhl", "--fresh"});
        QCOMPARE_EXIT(fresh, 0);
        const QByteArray token = fresh.out.trimmed();
        QVERIFY(!token.isEmpty());
        RUN_CLI(third, home, {"list", "--json"}, {}, noBus);
        QVERIFY2(cachedLifetime(third, "acme-dhl") > 0, third.describe().constData());

        // the index (and the journal a command's new token went to) holds
        // times, never a token or a secret, and is the user's alone
        const QString index = indexPath(home);
        QByteArray bytes;
        for (const QString& path : {index, index + ".journal"}) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            bytes += file.readAll();
            QCOMPARE(modeOf(path), 0600);
        }
        QVERIFY(bytes.contains("expires_at"));
        QVERIFY(!bytes.contains(token));
        // where the keychain keeps the items the command read and wrote: the
        // next command asks them there (SecretServicePaths); paths and keys only
        const QString paths = home.path() + "/.cache/tokendock/keychain-paths";
        QFile pathsFile(paths);
        QVERIFY(pathsFile.open(QIODevice::ReadOnly));
        const QByteArray kept = pathsFile.readAll();
        QVERIFY2(kept.contains("/token\t/org/freedesktop/secrets/collection/"), kept.constData());
        QVERIFY2(kept.contains("/client_secret\t/org/freedesktop/secrets/collection/"),
                 kept.constData());
        QVERIFY(!kept.contains(token));
        QVERIFY(!kept.contains(sandbox.credentials("dhl-ecs").clientSecret));
        QCOMPARE(modeOf(paths), 0600);
        QVERIFY(!bytes.contains(sandbox.credentials("banyan").clientSecret));
        QVERIFY(!bytes.contains(sandbox.credentials("dhl-ecs").clientSecret));

        // an edit that drops the token, and a hand edit of what it was
        // issued for, take it off the list
        const QString dhlId = account(third, "acme-dhl").value("id").toString();
        QVERIFY(bytes.contains(dhlId.toLatin1()));
        RUN_CLI(edit, home, {"edit", "acme-dhl", "--client-id", "other-client"});
        QCOMPARE_EXIT(edit, 0);
        RUN_CLI(fourth, home, {"list", "--json"}, {}, noBus);
        QCOMPARE(cachedLifetime(fourth, "acme-dhl"), qint64(-1));
        QFile after(index);
        QVERIFY(after.open(QIODevice::ReadOnly));
        const QJsonObject tokens =
            QJsonDocument::fromJson(after.readAll()).object()["tokens"].toObject();
        QVERIFY(!tokens.contains(dhlId));
        QVERIFY(tokens.contains(account(third, "acme-banyan").value("id").toString()));
        QByteArray accounts = home.accountsBytes();
        QVERIFY(accounts.contains("banyan-demo-client"));
        accounts.replace("banyan-demo-client", "hand-edited-client");
        write(home.accountsPath(), accounts);
        RUN_CLI(fifth, home, {"list", "--json"}, {}, noBus);
        QCOMPARE(cachedLifetime(fifth, "acme-banyan"), qint64(-1));
    }

    // A damaged index is read past: the keychain answers, and fills it again.
    void aDamagedIndexIsRebuiltFromTheKeychain()
    {
        CliHome home;
        RUN_CLI(add, home, addArgs("acme-banyan", "banyan"), secretLine("banyan"));
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(tested, home, {"test", "acme-banyan"});
        QCOMPARE_EXIT(tested, 0);
        write(indexPath(home), R"({"schema": 1, "complete": true, "tokens": [)");
        RUN_CLI(list, home, {"list", "--json"});
        QCOMPARE(cachedLifetime(list, "acme-banyan"), qint64(3599));
        const QProcessEnvironment noBus = withoutKeychain(home);
        RUN_CLI(again, home, {"list", "--json"}, {}, noBus);
        QCOMPARE(cachedLifetime(again, "acme-banyan"), qint64(3599));
    }

    // No session bus, no keychain: exit code 5, and nothing half-saved.
    void keychainUnavailable()
    {
        CliHome home;
        RUN_CLI(add, home, addArgs("acme-banyan", "banyan"), secretLine("banyan"));
        QCOMPARE_EXIT(add, 0);
        const QProcessEnvironment noBus = withoutKeychain(home);

        RUN_CLI(addNoBus, home, addArgs("acme-dhl", "dhl-ecs"), secretLine("dhl-ecs"), noBus);
        QCOMPARE_EXIT(addNoBus, 5);
        QVERIFY(!home.accountsBytes().contains("acme-dhl"));
        QVERIFY(addNoBus.stdErr().contains("keychain"));

        sandbox.clearRequests();
        RUN_CLI(test, home, {"test", "acme-banyan"}, {}, noBus);
        QCOMPARE_EXIT(test, 5);
        QVERIFY(test.stdErr().startsWith("FAILED  acme-banyan: Keychain problem"));
        RUN_CLI(json, home, {"test", "acme-banyan", "--json"}, {}, noBus);
        QCOMPARE_EXIT(json, 5);
        QCOMPARE(json.object()["error"].toObject()["category"].toString(), QString("keychain"));
        RUN_CLI(token, home, {"token", "acme-banyan"}, {}, noBus);
        QCOMPARE_EXIT(token, 5);
        QVERIFY(token.out.isEmpty());
        QCOMPARE(sandbox.requestCount(), 0);

        RUN_CLI(list, home, {"list"}, {}, noBus);
        QCOMPARE_EXIT(list, 0);
        QVERIFY(list.stdOut().contains("unknown"));
        QVERIFY(list.stdErr().contains("Cached tokens could not be read"));

        RUN_CLI(remove, home, {"remove", "acme-banyan", "--yes"}, {}, noBus);
        QCOMPARE_EXIT(remove, 5);
        QVERIFY(home.accountsBytes().contains("acme-banyan"));
    }
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
