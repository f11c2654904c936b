// SPDX-License-Identifier: Apache-2.0
#include "clitest.h"
#include "sandboxserver.h"
#include "secretstore.h"

// Account files from others, tried as an attacker would: a shared export
// that points a known account elsewhere, a look-alike account, and stale
// keychain items and tokens after the settings change.
class TestCliTrust : public QObject
{
    Q_OBJECT

    SandboxServer carrier;
    SandboxServer attacker; // records whatever reaches it

    QStringList addArgs(const QString& name, const QString& id) const
    {
        return {"add",           name,
                "--carrier",     id,
                "--token-url",   carrier.tokenUrl(id).toString(),
                "--client-id",   QString::fromUtf8(carrier.credentials(id).clientId),
                "--secret-stdin"};
    }
    static QUuid accountId(CliHome& home, const QString& name)
    {
        const QJsonObject root = QJsonDocument::fromJson(home.accountsBytes()).object();
        for (const QJsonValue v : root.value("accounts").toArray()) {
            if (v.toObject().value("name").toString() == name)
                return QUuid::fromString(v.toObject().value("id").toString());
        }
        return {};
    }
    static SecretResult readItem(const QString& key)
    {
        SecretStore store;
        return keychainCall([&](SecretStore::Callback done) { store.read(key, &store, done); });
    }
    // An export of the home's accounts with `edit` applied to the one named.
    static QString craftedExport(CliHome& home, const QString& name,
                                 const std::function<void(QJsonObject&)>& edit)
    {
        QProcess& p = home.start({"export", "-"});
        p.waitForFinished(60000);
        QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QJsonArray list = root.value("accounts").toArray();
        for (int i = 0; i < list.size(); ++i) {
            QJsonObject account = list.at(i).toObject();
            if (account.value("name").toString() == name)
                edit(account);
            list[i] = account;
        }
        root.insert("accounts", list);
        const QString path = home.path() + "/from-a-colleague.json";
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(root).toJson());
        return path;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(carrier.start());
        QVERIFY(attacker.start());
    }

    // The same name with another token URL: the stored secret never reaches
    // the file's host, and replacing needs --yes after the changes are shown.
    // A shared file that keeps the token URL but moves the secret to another
    // header is a new destination: listed, and the stored secret is not kept.
    void importThatMovesTheSecretToAnotherHeaderDropsIt()
    {
        CliHome home;
        const auto creds = carrier.credentials("dpd");
        RUN_CLI(add, home, {"add",           "acme-generic",
                            "--carrier",     "oauth2",
                            "--environment", "custom",
                            "--token-url",   carrier.tokenUrl("dpd").toString(),
                            "--client-id",   QString::fromUtf8(creds.clientId),
                            "--auth",        "headers",
                            "--exchange",    "request.clientId=X-DPD-CLIENTID",
                            "--exchange",    "request.clientSecret=X-DPD-CLIENTSECRET",
                            "--exchange",    "request.body=none",
                            "--exchange",    "request.grantType=none",
                            "--secret-stdin"},
                line(creds.clientSecret));
        QCOMPARE_EXIT(add, 0);
        const QUuid id = accountId(home, "acme-generic");
        const QString file = craftedExport(home, "acme-generic", [](QJsonObject& a) {
            QJsonObject shape = a.value("shape").toObject();
            QJsonObject request = shape.value("request").toObject();
            request.insert("clientSecret", "X-Logged-By-Every-Proxy");
            shape.insert("request", request);
            a.insert("shape", shape);
        });
        RUN_CLI(refused, home, {"import", file, "--overwrite"});
        QCOMPARE_EXIT(refused, 2);
        QVERIFY2(refused.stdOut().contains("X-Logged-By-Every-Proxy") &&
                     refused.stdOut().contains("stored secrets would be removed"),
                 refused.describe().constData());
        RUN_CLI(applied, home, {"import", file, "--overwrite", "--yes"});
        QCOMPARE_EXIT(applied, 0);
        QCOMPARE(readItem(SecretStore::secretKey(id)).status, SecretResult::NotFound);
        carrier.clearRequests();
        RUN_CLI(test, home, {"test", "acme-generic"});
        QVERIFY(test.exitCode != 0);
        QCOMPARE(carrier.requests().size(), 0);
    }

    void importThatMovesTheTokenUrlNeverSendsTheSecret()
    {
        CliHome home;
        RUN_CLI(add, home, addArgs("acme-dhl", "dhl-ecs"),
                line(carrier.credentials("dhl-ecs").clientSecret));
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(first, home, {"token", "acme-dhl"});
        QCOMPARE_EXIT(first, 0);
        const QUuid id = accountId(home, "acme-dhl");
        const QString evil = attacker.tokenUrl("dhl-ecs").toString();
        const QString file =
            craftedExport(home, "acme-dhl", [&](QJsonObject& a) { a.insert("token_url", evil); });
        const QByteArray before = home.accountsBytes();

        RUN_CLI(refused, home, {"import", file, "--overwrite"});
        QCOMPARE_EXIT(refused, 2);
        QVERIFY2(refused.stdOut().contains("token URL") && refused.stdOut().contains(evil),
                 refused.describe().constData());
        QVERIFY2(refused.stdOut().contains("stored secrets would be removed"),
                 refused.describe().constData());
        QVERIFY2(refused.stdErr().contains("--overwrite --yes"), refused.describe().constData());
        QCOMPARE(home.accountsBytes(), before);

        RUN_CLI(applied, home, {"import", file, "--overwrite", "--yes"});
        QCOMPARE_EXIT(applied, 0);
        QCOMPARE(readItem(SecretStore::secretKey(id)).status, SecretResult::NotFound);
        QCOMPARE(readItem(SecretStore::tokenKey(id)).status, SecretResult::NotFound);
        RUN_CLI(list, home, {"list", "--json"});
        bool missing = false;
        for (const QJsonValue v : list.array())
            missing |= v.toObject().value("name") == "acme-dhl" &&
                       v.toObject().value("secret_missing").toBool();
        QVERIFY2(missing, list.describe().constData());

        attacker.clearRequests();
        RUN_CLI(token, home, {"token", "acme-dhl"});
        QVERIFY(token.exitCode != 0);
        QVERIFY(!token.out.contains(first.out.trimmed()));
        RUN_CLI(fresh, home, {"token", "acme-dhl", "--fresh"});
        QVERIFY(fresh.exitCode != 0);
        RUN_CLI(test, home, {"test", "acme-dhl"});
        QVERIFY(test.exitCode != 0);
        QCOMPARE(attacker.requestCount(), 0);
    }

    // A colleague's export carries the team's own preset: the preview names
    // it and the host it sends secrets to, nothing is written without --yes,
    // and then it is a user preset that tokens come through.
    void importInstallsTheCarriedPresetAfterYes()
    {
        CliHome colleague;
        const QJsonObject preset{
            {"id", "acme-freight"},
            {"name", "Acme Freight"},
            {"vendor", "Acme"},
            {"summary", "The team's own freight API"},
            {"environments",
             QJsonArray{QJsonObject{{"id", "sandbox"},
                                    {"label", "Sandbox"},
                                    {"kind", "sandbox"},
                                    {"tokenUrl", carrier.tokenUrl("oauth2").toString()}},
                        QJsonObject{{"id", "production"},
                                    {"label", "Production"},
                                    {"kind", "production"},
                                    {"tokenUrl", "https://auth.acme.example/oauth/token"}}}},
            {"credentials", "body"},
            {"refresh", QJsonObject{{"policy", "fraction"}, {"advice", "Renew early."}}}};
        QDir().mkpath(colleague.configDir() + "/carriers");
        QFile presetFile(colleague.configDir() + "/carriers/acme-freight.json");
        QVERIFY(presetFile.open(QIODevice::WriteOnly));
        presetFile.write(QJsonDocument(preset).toJson());
        presetFile.close();
        const auto creds = carrier.credentials("oauth2");
        RUN_CLI(add, colleague,
                {"add", "acme", "--carrier", "acme-freight", "--environment", "sandbox",
                 "--client-id", QString::fromUtf8(creds.clientId), "--secret-stdin"},
                line(creds.clientSecret));
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(exported, colleague, {"export", "-"});
        QCOMPARE_EXIT(exported, 0);
        QCOMPARE(exported.object().value("carriers").toArray().size(), 1);
        const QString file = colleague.path() + "/team.json";
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(exported.out);
        out.close();

        CliHome home;
        const QString installed = home.configDir() + "/carriers/acme-freight.json";
        RUN_CLI(preview, home, {"import", file});
        QCOMPARE_EXIT(preview, 2);
        QVERIFY2(preview.stdOut().contains("New carrier preset \u201cacme-freight\u201d") &&
                     preview.stdOut().contains("It sends secrets to 127.0.0.1") &&
                     preview.stdOut().contains("It sends secrets to auth.acme.example"),
                 preview.describe().constData());
        QVERIFY2(preview.stdErr().contains("--yes"), preview.describe().constData());
        QVERIFY(!QFile::exists(installed));
        QVERIFY(!home.accountsBytes().contains("acme"));

        RUN_CLI(applied, home, {"import", file, "--yes"});
        QCOMPARE_EXIT(applied, 0);
        QVERIFY2(applied.stdOut().contains("Installed 1 carrier preset"),
                 applied.describe().constData());
        QVERIFY(QFile::exists(installed));
        RUN_CLI(carriers, home, {"carriers", "acme-freight", "--json"});
        QCOMPARE_EXIT(carriers, 0);
        QCOMPARE(carriers.array().at(0).toObject().value("origin").toString(), QString("user"));
        RUN_CLI(secret, home, {"edit", "acme", "--secret-stdin"}, line(creds.clientSecret));
        QCOMPARE_EXIT(secret, 0);
        carrier.clearRequests();
        RUN_CLI(token, home, {"token", "acme"});
        QCOMPARE_EXIT(token, 0);
        QCOMPARE(carrier.requestCount(), 1);
    }

    // A new account whose token URL is not the carrier's is called out
    // before anyone enters a secret into it.
    void lookAlikeAccountIsCalledOut()
    {
        CliHome home;
        const QByteArray file = R"({"format":"tokendock-accounts","schema":2,"accounts":[
            {"name":"DHL eCommerce production","carrier":"dhl-ecs","environment":"production",
             "token_url":"https://dhl-ecs.example.net/auth/v4/accesstoken","client_id":"c"}]})";
        RUN_CLI(imported, home, {"import", "-"}, file);
        QCOMPARE_EXIT(imported, 0);
        QVERIFY2(imported.stdOut().contains("dhl-ecs.example.net is not one DHL eCommerce "
                                            "publishes"),
                 imported.describe().constData());
        // the preset's own host is not called out
        CliHome other;
        const QByteArray genuine = R"({"format":"tokendock-accounts","schema":2,"accounts":[
            {"name":"dhl","carrier":"dhl-ecs","environment":"production","client_id":"c"}]})";
        RUN_CLI(plain, other, {"import", "-"}, genuine);
        QCOMPARE_EXIT(plain, 0);
        QVERIFY2(!plain.stdOut().contains("is not one"), plain.describe().constData());
    }

    // A file's account can neither fake its address with hidden characters,
    // switch on background renewals, rename quietly, nor print lines of its own.
    void fileTricksAreRefusedOrShown()
    {
        CliHome home;
        const QByteArray bidi =
            "{\"format\":\"tokendock-accounts\",\"schema\":2,\"accounts\":["
            "{\"name\":\"fx\",\"carrier\":\"oauth2\",\"environment\":\"custom\","
            "\"token_url\":\"https://evil.example/\u202emoc.xedef.sipa//:sptth\","
            "\"client_id\":\"c\"}]}";
        RUN_CLI(hidden, home, {"import", "-"}, bidi);
        QCOMPARE_EXIT(hidden, 2);
        QVERIFY2(hidden.stdErr().contains("U+202E"), hidden.describe().constData());
        QVERIFY(!home.accountsBytes().contains("evil.example"));
        RUN_CLI(added, home,
                {"add", "fx", "--carrier", "oauth2", "--environment", "custom", "--token-url",
                 QString::fromUtf8("https://evil.example/\u202emoc.xedef.sipa//:sptth"),
                 "--client-id", "c", "--secret-stdin"},
                "s\n");
        QVERIFY2(added.exitCode != 0 && added.stdErr().contains("U+202E"),
                 added.describe().constData());

        const QByteArray renewing = R"({"format":"tokendock-accounts","schema":2,"accounts":[
            {"name":"Prod","carrier":"dhl-ecs","environment":"production","client_id":"c",
             "keep_fresh":true}]})";
        RUN_CLI(fresh, home, {"import", "-"}, renewing);
        QCOMPARE_EXIT(fresh, 0);
        QVERIFY(!home.accountsBytes().contains("keep_fresh"));
        const QByteArray renamed = R"({"format":"tokendock-accounts","schema":2,"accounts":[
            {"name":"pROD","carrier":"dhl-ecs","environment":"production","client_id":"c"}]})";
        RUN_CLI(rename, home, {"import", "-", "--overwrite"}, renamed);
        QCOMPARE_EXIT(rename, 0);
        QVERIFY2(rename.stdOut().contains("name: Prod \u2192 pROD"), rename.describe().constData());

        const QByteArray lines = R"({"format":"tokendock-accounts","schema":2,"accounts":[
            {"name":"x","carrier":"x\n  ! Its stored secrets are safe.\nok","client_id":"c"}]})";
        RUN_CLI(unknown, home, {"import", "-"}, lines);
        QCOMPARE_EXIT(unknown, 2);
        QVERIFY2(!unknown.err.contains("\n  ! Its stored"), unknown.describe().constData());
    }

    // Same settings: nothing to confirm and the secret stays.
    void reimportOfTheSameSettingsKeepsTheSecret()
    {
        CliHome home;
        RUN_CLI(add, home, addArgs("acme-dhl", "dhl-ecs"),
                line(carrier.credentials("dhl-ecs").clientSecret));
        const QString file = craftedExport(home, "acme-dhl", [](QJsonObject&) {});
        RUN_CLI(again, home, {"import", file, "--overwrite"});
        QCOMPARE_EXIT(again, 0);
        RUN_CLI(test, home, {"test", "acme-dhl"});
        QCOMPARE_EXIT(test, 0);
    }

    // Keychain items the account had under an earlier carrier go with it.
    void removeTakesEveryItemTheAccountEverHad()
    {
        CliHome home;
        const auto creds = carrier.credentials("fedex");
        RUN_CLI(add, home,
                addArgs("acme-fedex", "fedex") +
                    QStringList{"--grant-type", "csp_credentials", "--param",
                                "child_Key=" + QString::fromUtf8(creds.fields.value("child_Key"))},
                line(creds.clientSecret) + line(creds.fields.value("child_secret")));
        QCOMPARE_EXIT(add, 0);
        const QUuid id = accountId(home, "acme-fedex");
        QVERIFY(readItem(SecretStore::fieldKey(id, "child_secret")).ok());
        RUN_CLI(moved, home,
                {"edit", "acme-fedex", "--carrier", "dhl-ecs", "--token-url",
                 carrier.tokenUrl("dhl-ecs").toString(), "--client-id",
                 QString::fromUtf8(carrier.credentials("dhl-ecs").clientId), "--secret-stdin"},
                line(carrier.credentials("dhl-ecs").clientSecret));
        QCOMPARE_EXIT(moved, 0);
        RUN_CLI(removed, home, {"remove", "acme-fedex", "--yes"});
        QCOMPARE_EXIT(removed, 0);
        QCOMPARE(readItem(SecretStore::fieldKey(id, "child_secret")).status,
                 SecretResult::NotFound);
        QCOMPARE(readItem(SecretStore::secretKey(id)).status, SecretResult::NotFound);
    }

    // A cached token belongs to the settings it was requested with.
    void cachedTokenFollowsTheSettings_data()
    {
        QTest::addColumn<QStringList>("change");
        QTest::newRow("token URL") << QStringList{"--token-url", "ATTACKER"};
        QTest::newRow("environment")
            << QStringList{"--environment", "custom", "--token-url", "ATTACKER"};
        QTest::newRow("scope") << QStringList{"--param", "scope=other"};
        QTest::newRow("header") << QStringList{"--header", "X-Tenant=2"};
    }
    void cachedTokenFollowsTheSettings()
    {
        QFETCH(QStringList, change);
        change.replaceInStrings("ATTACKER", attacker.tokenUrl("oauth2").toString());
        CliHome home;
        RUN_CLI(add, home, addArgs("generic", "oauth2"),
                line(carrier.credentials("oauth2").clientSecret));
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(first, home, {"token", "generic"});
        QCOMPARE_EXIT(first, 0);
        RUN_CLI(edit, home, QStringList{"edit", "generic"} + change);
        QCOMPARE_EXIT(edit, 0);
        carrier.clearRequests();
        attacker.clearRequests();
        RUN_CLI(second, home, {"token", "generic"});
        QVERIFY2(second.out != first.out, second.describe().constData());
        QCOMPARE(carrier.requestCount() + attacker.requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_cli_trust.moc"
