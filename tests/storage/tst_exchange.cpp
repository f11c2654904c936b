// SPDX-License-Identifier: Apache-2.0
#include "accountexchange.h"
#include "accountrequest.h"
#include "accountstore.h"
#include "carriedpresets.h"
#include "carriercatalog.h"
#include "filemode.h"
#include "presetfiles.h"
#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
Account makeAccount(const QString& name, const QString& clientId = "client-1")
{
    Account p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.carrierId = "dhl-ecs";
    p.environmentId = "sandbox";
    p.clientId = clientId;
    p.recordTest({QDateTime::currentDateTimeUtc(), "none", 200, 120, {}});
    return p;
}

// A team's own preset, as a preset file holds it.
QJsonObject presetDefinition(const QString& id, const QString& host)
{
    return QJsonObject{
        {"id", id},
        {"name", "Acme Freight"},
        {"vendor", "Acme"},
        {"summary", "Our own freight API"},
        {"environments",
         QJsonArray{QJsonObject{{"id", "sandbox"},
                                {"label", "Sandbox"},
                                {"kind", "sandbox"},
                                {"tokenUrl", "https://sandbox." + host + "/oauth/token"}},
                    QJsonObject{{"id", "production"},
                                {"label", "Production"},
                                {"kind", "production"},
                                {"tokenUrl", "https://" + host + "/oauth/token"}}}},
        {"credentials", "body"},
        {"refresh", QJsonObject{{"policy", "fraction"}, {"advice", "Renew before it ends."}}}};
}

bool writeJson(const QString& path, const QJsonObject& obj)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(obj).toJson()) > 0;
}

Account presetAccount(const QString& name, const QString& carrierId)
{
    Account p = makeAccount(name);
    p.carrierId = carrierId;
    p.environmentId = "production";
    return p;
}

QByteArray exportWith(const QList<Account>& accounts, const QJsonArray& carriers)
{
    QJsonObject root = QJsonDocument::fromJson(AccountExchange::exportJson(accounts)).object();
    root.insert("schema", 3);
    root.insert("carriers", carriers);
    return QJsonDocument(root).toJson();
}
} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

    // An administrator's preset and two of the user's, read as at start.
    static CarrierCatalog installedHere(const QString& root)
    {
        writeJson(root + "/system/corp-post.json",
                  presetDefinition("corp-post", "auth.corp.example"));
        writeJson(root + "/user/acme-freight.json",
                  presetDefinition("acme-freight", "auth.acme.example"));
        writeJson(root + "/user/same-one.json", presetDefinition("same-one", "auth.same.example"));
        return PresetFiles::load(
            CarrierCatalog::builtin(),
            {{root + "/system", PresetOrigin::System}, {root + "/user", PresetOrigin::User}});
    }

private slots:
    void exportCarriesSettingsOnly()
    {
        Account p = makeAccount("acme-dhl");
        p.keepFresh = true;
        // the secret's dates belong to this computer's secret, which stays here
        p.secretSetAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
        p.workedAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5), Qt::UTC);
        p.secretExpires = QDate(2027, 1, 2);
        const QByteArray json = AccountExchange::exportJson({p});
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value("format").toString(), QString("tokendock-accounts"));
        QCOMPARE(root.value("schema").toInt(), 2);
        const QJsonObject exported = root.value("accounts").toArray().at(0).toObject();
        QCOMPARE(exported.value("name").toString(), QString("acme-dhl"));
        QCOMPARE(exported.value("client_id").toString(), QString("client-1"));
        for (const char* key : {"id", "history", "keep_fresh", "secret_missing", "created",
                                "updated", "secret_set", "last_worked", "secret_expires"})
            QVERIFY2(!exported.contains(QLatin1String(key)), key);
        QVERIFY(!json.contains("secret\""));
    }

    void importAddsWithNewIdsAndMissingSecrets()
    {
        AccountStore store(dir.filePath("a.json"));
        store.load();
        const Account original = makeAccount("acme-dhl");
        const auto plan = AccountExchange::plan(AccountExchange::exportJson({original}), store,
                                                CarrierCatalog::builtin());
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.fresh.size(), 1);
        QVERIFY(plan.conflicts.isEmpty());
        AccountExchange::Applied stale;
        QVERIFY(AccountExchange::apply(plan, false, &store, &stale, nullptr));
        const Account* imported = store.findByName("acme-dhl");
        QVERIFY(imported);
        QVERIFY(imported->id != original.id);
        QVERIFY(imported->secretMissing);
        QVERIFY(imported->history.isEmpty());
        QVERIFY(stale.staleTokens.isEmpty());
    }

    void conflictsAreListedAndNotOverwrittenUnlessAsked()
    {
        AccountStore store(dir.filePath("b.json"));
        store.load();
        Account mine = makeAccount("Acme-DHL", "my-client");
        QVERIFY(store.add(mine));
        Account theirs = makeAccount("acme-dhl", "their-client");
        theirs.environmentId = "production";
        const QByteArray json = AccountExchange::exportJson({theirs, makeAccount("other")});
        auto plan = AccountExchange::plan(json, store, CarrierCatalog::builtin());
        QCOMPARE(plan.conflicts.size(), 1);
        QCOMPARE(plan.conflicts.first().existing.id, mine.id);
        QCOMPARE(plan.fresh.size(), 1);

        AccountExchange::Applied stale;
        QVERIFY(AccountExchange::apply(plan, false, &store, &stale, nullptr));
        QCOMPARE(store.find(mine.id)->clientId, QString("my-client"));
        QCOMPARE(store.accounts().size(), 2);

        plan = AccountExchange::plan(json, store, CarrierCatalog::builtin());
        QVERIFY(AccountExchange::apply(plan, true, &store, &stale, nullptr));
        const Account* replaced = store.find(mine.id);
        QCOMPARE(replaced->clientId, QString("their-client"));
        QCOMPARE(replaced->environmentId, QString("production"));
        QCOMPARE(replaced->history.size(), 1); // our own history stays
        QVERIFY(replaced->secretMissing); // another client id: the stored secret no longer fits
        QVERIFY(stale.staleTokens.contains(mine.id)); // and "other", imported the first time round
        QCOMPARE(plan.conflicts.size(), 2);
    }

    // Another process saved an account after this one read the file: the
    // import merges into the file as it is, so that account stays.
    void importMergesWithWhatAnotherProcessSaved()
    {
        const QString path = dir.filePath("merge.json");
        AccountStore window(path);
        window.load();
        QVERIFY(window.add(makeAccount("mine")));
        const auto plan =
            AccountExchange::plan(AccountExchange::exportJson({makeAccount("theirs")}), window,
                                  CarrierCatalog::builtin());
        AccountStore script(path);
        script.load();
        QVERIFY(script.add(makeAccount("scripted")));
        AccountExchange::Applied applied;
        QString error;
        QVERIFY2(AccountExchange::apply(plan, false, &window, &applied, &error), qPrintable(error));
        AccountStore reread(path);
        reread.load();
        QVERIFY(reread.findByName("mine"));
        QVERIFY(reread.findByName("theirs"));
        QVERIFY(reread.findByName("scripted"));
    }

    // What an overwrite would change, and which changes cost the stored secret.
    void conflictsListTheirChanges_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("dropsSecret");
        QTest::newRow("token URL elsewhere")
            << "token_url"
            << "https://dhl.example.net/auth/v4/accesstoken" << true;
        QTest::newRow("token URL path only")
            << "token_url"
            << "https://api-sandbox.dhlecs.com/auth/v4/other" << false;
        QTest::newRow("environment") << "environment"
                                     << "production" << true;
        QTest::newRow("carrier") << "carrier"
                                 << "banyan" << true;
        QTest::newRow("client id") << "client_id"
                                   << "someone-else" << true;
        QTest::newRow("grant type") << "grant_type"
                                    << "client_credentials" << false;
        // nothing secret goes there, but they decide which key says "verified"
        QTest::newRow("issuer") << "issuer"
                                << "https://login.example.com" << false;
        QTest::newRow("JWKS URL") << "jwks_url"
                                  << "https://login.example.com/keys" << false;
        QTest::newRow("pasted key")
            << "signing_key"
            << "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"
            << false;
    }
    void conflictsListTheirChanges()
    {
        QFETCH(QString, setting);
        QFETCH(QString, value);
        QFETCH(bool, dropsSecret);
        AccountStore store(
            dir.filePath(QStringLiteral("changes-%1.json").arg(QTest::currentDataTag())));
        store.load();
        Account mine = makeAccount("acme");
        mine.tokenUrl = "https://api-sandbox.dhlecs.com/auth/v4/accesstoken";
        QVERIFY(store.add(mine));
        QJsonObject root = QJsonDocument::fromJson(AccountExchange::exportJson({mine})).object();
        QJsonArray list = root.value("accounts").toArray();
        QJsonObject account = list.at(0).toObject();
        account.insert(setting, value);
        list[0] = account;
        root.insert("accounts", list);
        const auto plan =
            AccountExchange::plan(QJsonDocument(root).toJson(), store, CarrierCatalog::builtin());
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.conflicts.size(), 1);
        const auto& conflict = plan.conflicts.first();
        QCOMPARE(conflict.dropsSecret, dropsSecret);
        QCOMPARE(plan.secretsDropped(), dropsSecret ? 1 : 0);
        if (setting != "grant_type")
            QVERIFY(!conflict.changes.isEmpty());
        if (setting == "issuer" || setting == "jwks_url" || setting == "signing_key") {
            QCOMPARE(conflict.changes.size(), 1);
            const AccountExchange::Change& change = conflict.changes.first();
            QCOMPARE(change.setting, setting);
            QVERIFY(AccountExchange::settingLabel(setting) != setting);
            QVERIFY(change.before.isEmpty());
            // a key is shown by its fingerprint, never as a wall of base64
            QCOMPARE(change.after.startsWith("key SHA-256 "), setting == "signing_key");
        }
        AccountExchange::Applied applied;
        QVERIFY(AccountExchange::apply(plan, true, &store, &applied, nullptr));
        QCOMPARE(store.find(mine.id)->secretMissing, dropsSecret);
        QCOMPARE(applied.forget.size(), dropsSecret ? 1 : 0);
    }

    void badFilesImportNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("hello") << "not a TokenDock export";
        QTest::newRow("other format")
            << QByteArray("{\"format\":\"postman\",\"schema\":2,\"accounts\":[]}")
            << "not a TokenDock export";
        QTest::newRow("newer")
            << QByteArray("{\"format\":\"tokendock-accounts\",\"schema\":4,\"accounts\":[]}")
            << "newer TokenDock";
        QTest::newRow("unknown carrier")
            << QByteArray("{\"format\":\"tokendock-accounts\",\"schema\":2,\"accounts\":[{\"name\":"
                          "\"x\",\"carrier\":\"pigeon-post\"}]}")
            << "pigeon-post";
        QTest::newRow("nameless") << QByteArray("{\"format\":\"tokendock-accounts\",\"schema\":2,"
                                                "\"accounts\":[{\"carrier\":\"banyan\"}]}")
                                  << "name";
        QTest::newRow("twice the same name")
            << QByteArray("{\"format\":\"tokendock-accounts\",\"schema\":2,\"accounts\":[{\"name\":"
                          "\"x\",\"carrier\":\"banyan\"},{\"name\":\"X\",\"carrier\":\"banyan\"}]}")
            << "two accounts";
    }
    void badFilesImportNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        AccountStore store(dir.filePath("c.json"));
        store.load();
        const auto plan = AccountExchange::plan(json, store, CarrierCatalog::builtin());
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error.contains(says), qPrintable(plan.error));
        QString error;
        QVERIFY(!AccountExchange::apply(plan, true, &store, nullptr, &error));
        QVERIFY(store.accounts().isEmpty());
    }

    // An account on a preset from a file takes the preset along, once;
    // built-in presets stay home.
    void exportCarriesFilePresetsOnce()
    {
        CarrierCatalog catalog = CarrierCatalog::builtin();
        const QJsonObject definition = presetDefinition("acme-freight", "auth.acme.example");
        PresetFileProblem problem;
        const auto preset = PresetFiles::read(QJsonDocument(definition).toJson(),
                                              "acme-freight.json", PresetOrigin::User, &problem);
        QVERIFY2(preset, qPrintable(problem.text()));
        catalog.add(*preset);
        const QList<Account> accounts{presetAccount("one", "acme-freight"),
                                      presetAccount("two", "acme-freight"), makeAccount("dhl")};
        const QJsonObject root =
            QJsonDocument::fromJson(AccountExchange::exportJson(accounts, &catalog)).object();
        QCOMPARE(root.value("schema").toInt(), 3);
        const QJsonArray carriers = root.value("carriers").toArray();
        QCOMPARE(carriers.size(), 1);
        QCOMPARE(carriers.at(0).toObject(), definition);
        // built-in presets only: nothing carried, in the format earlier versions read
        const QJsonObject plain =
            QJsonDocument::fromJson(AccountExchange::exportJson({makeAccount("dhl")}, &catalog))
                .object();
        QCOMPARE(plain.value("schema").toInt(), 2);
        QVERIFY(!plain.contains("carriers"));
    }

    // New, same, changed, a built-in id and an administrator's id, planned
    // against a copy; applying replaces the changed one in place and writes
    // the files, and drops the secret a changed token URL would send elsewhere.
    // An account here names a preset whose file is gone (or was skipped): a
    // "new" preset with that id would decide where its stored secret goes, so
    // it counts as dropping that secret, and installing never overwrites a
    // file of that name that holds another preset.
    void newPresetOverAnOrphanedAccountAsksFirst()
    {
        const QString root = dir.filePath("orphan");
        CarrierCatalog here = installedHere(root);
        writeJson(root + "/user/lost.json", presetDefinition("other-id", "auth.other.example"));
        AccountStore store(dir.filePath("orphan.json"));
        store.load();
        Account mine = presetAccount("mine", "lost");
        mine.tokenUrl.clear(); // the preset's URL decides
        QVERIFY(store.add(mine));
        const auto plan =
            AccountExchange::plan(exportWith({presetAccount("theirs", "lost")},
                                             {presetDefinition("lost", "auth.evil.example")}),
                                  store, here);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.presets.first().status, AccountExchange::CarriedPreset::Status::New);
        QCOMPARE(plan.presets.first().secretsDropped.size(), 1);
        QCOMPARE(plan.presetSecretsDropped(), 1);
        AccountExchange::Applied applied;
        QVERIFY(AccountExchange::apply(plan, false, &store, &applied, nullptr));
        QVERIFY(store.findByName("mine")->secretMissing);
        QCOMPARE(applied.forget.size(), 1);
        QString error;
        QVERIFY2(CarriedPresets::install(plan, &here, root + "/user", &applied.presetFiles, &error),
                 qPrintable(error));
        QCOMPARE(applied.presetFiles.size(), 1);
        QVERIFY2(applied.presetFiles.first().endsWith("lost-2.json"),
                 qPrintable(applied.presetFiles.first()));
        QFile kept(root + "/user/lost.json");
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("other-id"));
    }

    void importSortsAndInstallsCarriedPresets()
    {
        using Status = AccountExchange::CarriedPreset::Status;
        const QString root = dir.filePath("sorts");
        CarrierCatalog here = installedHere(root);
        QVERIFY(here.skipped().isEmpty());
        AccountStore store(dir.filePath("sorts.json"));
        store.load();
        Account ours = presetAccount("ours", "acme-freight");
        QVERIFY(store.add(ours));
        const QJsonArray carriers{presetDefinition("new-carrier", "auth.new.example"),
                                  presetDefinition("acme-freight", "auth.elsewhere.example"),
                                  presetDefinition("same-one", "auth.same.example"),
                                  presetDefinition("dhl-ecs", "dhl.elsewhere.example"),
                                  presetDefinition("corp-post", "auth.corp-elsewhere.example")};
        const auto plan = AccountExchange::plan(
            exportWith({presetAccount("theirs", "new-carrier"), presetAccount("dhl", "dhl-ecs")},
                       carriers),
            store, here);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.presets.size(), 5);
        QCOMPARE(plan.presets.at(0).status, Status::New);
        QCOMPARE(plan.presets.at(0).hosts,
                 QStringList({"sandbox.auth.new.example", "auth.new.example"}));
        QCOMPARE(plan.presets.at(0).usedBy, QStringList{"theirs"});
        const auto& changed = plan.presets.at(1);
        QCOMPARE(changed.status, Status::Changed);
        QStringList settings;
        for (const AccountExchange::Change& c : changed.changes)
            settings << c.setting + ": " + c.before + " -> " + c.after;
        QVERIFY2(settings.contains("token_url:production: https://auth.acme.example/oauth/token "
                                   "-> https://auth.elsewhere.example/oauth/token"),
                 qPrintable(settings.join('\n')));
        QCOMPARE(changed.secretsDropped.size(), 1);
        QCOMPARE(changed.secretsDropped.first().id, ours.id);
        QCOMPARE(plan.presetSecretsDropped(), 1);
        QCOMPARE(plan.presets.at(2).status, Status::Same);
        QCOMPARE(plan.presets.at(3).status, Status::Refused);
        QVERIFY(plan.presets.at(3).refusal.contains("built-in"));
        QCOMPARE(plan.presets.at(4).status, Status::Refused);
        QVERIFY(plan.presets.at(4).refusal.contains("administrator"));
        QCOMPARE(plan.presetsToInstall(), 2);
        // planned with the file's presets on a copy; a built-in id stays the built-in preset
        QVERIFY(plan.catalog->find("new-carrier"));
        QVERIFY(!here.find("new-carrier"));
        const Account& dhl = plan.fresh.at(1);
        QCOMPARE(AccountRequest::resolvedUrl(dhl, plan.catalog->find("dhl-ecs")),
                 AccountRequest::resolvedUrl(dhl, CarrierCatalog::builtin().find("dhl-ecs")));

        const CarrierPreset* before = here.find("acme-freight");
        AccountExchange::Applied applied;
        QVERIFY(AccountExchange::apply(plan, false, &store, &applied, nullptr));
        QVERIFY(store.findByName("ours")->secretMissing);
        QCOMPARE(applied.forget.size(), 1);
        QString error;
        QVERIFY2(CarriedPresets::install(plan, &here, root + "/user", &applied.presetFiles, &error),
                 qPrintable(error));
        QCOMPARE(applied.presetFiles.size(), 2);
        QCOMPARE(here.find("acme-freight"), before); // in place: pointers to it stay valid
        QCOMPARE(before->environment("production")->tokenUrl,
                 QString("https://auth.elsewhere.example/oauth/token"));
        QCOMPARE(here.find("new-carrier")->origin, PresetOrigin::User);
        QFile written(root + "/user/new-carrier.json");
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QCOMPARE(QJsonDocument::fromJson(bytes).object(),
                 presetDefinition("new-carrier", "auth.new.example"));
        QVERIFY(bytes.contains("\n    \"id\"")); // pretty, for people to read
        QCOMPARE(modeOf(written.fileName()), 0600);
        QCOMPARE(QDir(root + "/user").entryList({"*.json"}, QDir::Files),
                 QStringList({"acme-freight.json", "new-carrier.json", "same-one.json"}));
        // what the next start reads: the changed one, the administrator's untouched
        const CarrierCatalog next =
            PresetFiles::load(CarrierCatalog::builtin(), {{root + "/system", PresetOrigin::System},
                                                          {root + "/user", PresetOrigin::User}});
        QVERIFY(next.skipped().isEmpty());
        QCOMPARE(next.find("acme-freight")->environment("production")->tokenUrl,
                 QString("https://auth.elsewhere.example/oauth/token"));
        QCOMPARE(next.find("corp-post")->environment("production")->tokenUrl,
                 QString("https://auth.corp.example/oauth/token"));
    }

    // A preset from someone else's file is read as strictly as a preset file
    // and more: one bad preset and nothing at all is imported or written.
    void hostileCarriedPresetsImportNothing_data()
    {
        QTest::addColumn<QJsonValue>("carriers");
        QTest::addColumn<QString>("says");
        const auto edited = [](const std::function<void(QJsonObject&)>& edit) {
            QJsonObject p = presetDefinition("acme-freight", "auth.acme.example");
            edit(p);
            return QJsonValue(QJsonArray{p});
        };
        QTest::newRow("unknown key")
            << edited([](QJsonObject& p) { p.insert("runThis", "rm -rf"); }) << "runThis";
        QTest::newRow("huge") << edited([](QJsonObject& p) {
            p.insert("notes", QString(300 * 1024, 'x'));
        }) << "larger than";
        QTest::newRow("secret value") << edited([](QJsonObject& p) {
            p.insert("fields", QJsonArray{QJsonObject{{"key", "account_pin"},
                                                      {"label", "PIN"},
                                                      {"secret", true},
                                                      {"default", "hunter2-in-the-file"}}});
        }) << "looks like a secret";
        QTest::newRow("secret-looking name") << edited([](QJsonObject& p) {
            p.insert("fields", QJsonArray{QJsonObject{{"key", "x_api_key"},
                                                      {"label", "Key"},
                                                      {"default", "hunter2-in-the-file"}}});
        }) << "looks like a secret";
        QTest::newRow("password in the URL") << edited([](QJsonObject& p) {
            QJsonArray envs = p.value("environments").toArray();
            QJsonObject env = envs.at(1).toObject();
            env.insert("tokenUrl", "https://me:hunter2-in-the-file@auth.acme.example/token");
            envs[1] = env;
            p.insert("environments", envs);
        }) << "user name and password";
        QTest::newRow("plain http") << edited([](QJsonObject& p) {
            QJsonArray envs = p.value("environments").toArray();
            QJsonObject env = envs.at(1).toObject();
            env.insert("tokenUrl", "http://auth.acme.example/token");
            envs[1] = env;
            p.insert("environments", envs);
        }) << "https://";
        QTest::newRow("bidi name")
            << edited([](QJsonObject& p) { p.insert("name", QString::fromUtf8("Acme \u202eLHD")); })
            << "U+202E";
        QJsonArray many;
        for (int i = 0; i <= CarriedPresets::kMaxPresets; ++i)
            many.append(presetDefinition(QString("acme-%1").arg(i), "auth.acme.example"));
        QTest::newRow("too many") << QJsonValue(many) << "at most";
        QTest::newRow("twice") << QJsonValue(
                                      QJsonArray{presetDefinition("acme-freight", "a.example"),
                                                 presetDefinition("acme-freight", "b.example")})
                               << "twice";
        QTest::newRow("not a list") << QJsonValue("acme-freight") << "not a list";
    }
    void hostileCarriedPresetsImportNothing()
    {
        QFETCH(QJsonValue, carriers);
        QFETCH(QString, says);
        const QString root = dir.filePath(QString("hostile-%1").arg(QTest::currentDataTag()));
        CarrierCatalog here = installedHere(root);
        AccountStore store(root + "/accounts.json");
        store.load();
        QJsonObject file =
            QJsonDocument::fromJson(exportWith({presetAccount("theirs", "acme-freight")}, {}))
                .object();
        file.insert("carriers", carriers);
        const auto plan = AccountExchange::plan(QJsonDocument(file).toJson(), store, here);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error.contains(says) && plan.error.contains("Nothing was imported"),
                 qPrintable(plan.error));
        if (QString(QTest::currentDataTag()) != "too many" &&
            QString(QTest::currentDataTag()) != "not a list")
            QVERIFY2(plan.error.contains("acme-freight"), qPrintable(plan.error)); // named
        QVERIFY2(!plan.error.contains("hunter2"), qPrintable(plan.error));
        QString error;
        QVERIFY(!AccountExchange::apply(plan, true, &store, nullptr, &error));
        QStringList written;
        QVERIFY(!CarriedPresets::install(plan, &here, root + "/user", &written, &error));
        QVERIFY(written.isEmpty());
        QVERIFY(store.accounts().isEmpty());
        QCOMPARE(QDir(root + "/user").entryList({"*.json"}, QDir::Files),
                 QStringList({"acme-freight.json", "same-one.json"}));
        QCOMPARE(here.find("acme-freight")->environment("production")->tokenUrl,
                 QString("https://auth.acme.example/oauth/token"));
    }

    void fileRoundTrip()
    {
        const QString file = dir.filePath("export.json");
        QVERIFY(AccountExchange::exportToFile(file, {makeAccount("a"), makeAccount("b")}, nullptr));
        AccountStore store(dir.filePath("d.json"));
        store.load();
        const auto plan = AccountExchange::planFile(file, store, CarrierCatalog::builtin());
        QCOMPARE(plan.fresh.size(), 2);
        QVERIFY(!AccountExchange::planFile(dir.filePath("missing.json"), store,
                                           CarrierCatalog::builtin())
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
