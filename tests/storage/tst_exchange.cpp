// SPDX-License-Identifier: Apache-2.0
#include "carriercatalog.h"
#include "profileexchange.h"
#include "profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
Profile makeProfile(const QString& name, const QString& clientId = "client-1")
{
    Profile p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.carrierId = "dhl-ecs";
    p.environmentId = "sandbox";
    p.clientId = clientId;
    p.recordTest({QDateTime::currentDateTimeUtc(), "none", 200, 120});
    return p;
}
} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

private slots:
    void exportCarriesSettingsOnly()
    {
        Profile p = makeProfile("acme-dhl");
        p.keepFresh = true;
        const QByteArray json = ProfileExchange::exportJson({p});
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value("format").toString(), QString("tokendock-profiles"));
        QCOMPARE(root.value("schema").toInt(), 1);
        const QJsonObject exported = root.value("profiles").toArray().at(0).toObject();
        QCOMPARE(exported.value("name").toString(), QString("acme-dhl"));
        QCOMPARE(exported.value("client_id").toString(), QString("client-1"));
        for (const char* key :
             {"id", "history", "keep_fresh", "secret_missing", "created", "updated"})
            QVERIFY2(!exported.contains(QLatin1String(key)), key);
        QVERIFY(!json.contains("secret\""));
    }

    void importAddsWithNewIdsAndMissingSecrets()
    {
        ProfileStore store(dir.filePath("a.json"));
        store.load();
        const Profile original = makeProfile("acme-dhl");
        const auto plan = ProfileExchange::plan(ProfileExchange::exportJson({original}), store,
                                                CarrierCatalog::builtin());
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.fresh.size(), 1);
        QVERIFY(plan.conflicts.isEmpty());
        ProfileExchange::Applied stale;
        QVERIFY(ProfileExchange::apply(plan, false, &store, &stale, nullptr));
        const Profile* imported = store.findByName("acme-dhl");
        QVERIFY(imported);
        QVERIFY(imported->id != original.id);
        QVERIFY(imported->secretMissing);
        QVERIFY(imported->history.isEmpty());
        QVERIFY(stale.staleTokens.isEmpty());
    }

    void conflictsAreListedAndNotOverwrittenUnlessAsked()
    {
        ProfileStore store(dir.filePath("b.json"));
        store.load();
        Profile mine = makeProfile("Acme-DHL", "my-client");
        QVERIFY(store.add(mine));
        Profile theirs = makeProfile("acme-dhl", "their-client");
        theirs.environmentId = "production";
        const QByteArray json = ProfileExchange::exportJson({theirs, makeProfile("other")});
        auto plan = ProfileExchange::plan(json, store, CarrierCatalog::builtin());
        QCOMPARE(plan.conflicts.size(), 1);
        QCOMPARE(plan.conflicts.first().existing.id, mine.id);
        QCOMPARE(plan.fresh.size(), 1);

        ProfileExchange::Applied stale;
        QVERIFY(ProfileExchange::apply(plan, false, &store, &stale, nullptr));
        QCOMPARE(store.find(mine.id)->clientId, QString("my-client"));
        QCOMPARE(store.profiles().size(), 2);

        plan = ProfileExchange::plan(json, store, CarrierCatalog::builtin());
        QVERIFY(ProfileExchange::apply(plan, true, &store, &stale, nullptr));
        const Profile* replaced = store.find(mine.id);
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
        ProfileStore window(path);
        window.load();
        QVERIFY(window.add(makeProfile("mine")));
        const auto plan =
            ProfileExchange::plan(ProfileExchange::exportJson({makeProfile("theirs")}), window,
                                  CarrierCatalog::builtin());
        ProfileStore script(path);
        script.load();
        QVERIFY(script.add(makeProfile("scripted")));
        ProfileExchange::Applied applied;
        QString error;
        QVERIFY2(ProfileExchange::apply(plan, false, &window, &applied, &error), qPrintable(error));
        ProfileStore reread(path);
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
    }
    void conflictsListTheirChanges()
    {
        QFETCH(QString, setting);
        QFETCH(QString, value);
        QFETCH(bool, dropsSecret);
        ProfileStore store(
            dir.filePath(QStringLiteral("changes-%1.json").arg(QTest::currentDataTag())));
        store.load();
        Profile mine = makeProfile("acme");
        mine.tokenUrl = "https://api-sandbox.dhlecs.com/auth/v4/accesstoken";
        QVERIFY(store.add(mine));
        QJsonObject root = QJsonDocument::fromJson(ProfileExchange::exportJson({mine})).object();
        QJsonArray list = root.value("profiles").toArray();
        QJsonObject account = list.at(0).toObject();
        account.insert(setting, value);
        list[0] = account;
        root.insert("profiles", list);
        const auto plan =
            ProfileExchange::plan(QJsonDocument(root).toJson(), store, CarrierCatalog::builtin());
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.conflicts.size(), 1);
        const auto& conflict = plan.conflicts.first();
        QCOMPARE(conflict.dropsSecret, dropsSecret);
        QCOMPARE(plan.secretsDropped(), dropsSecret ? 1 : 0);
        if (setting != "grant_type")
            QVERIFY(!conflict.changes.isEmpty());
        ProfileExchange::Applied applied;
        QVERIFY(ProfileExchange::apply(plan, true, &store, &applied, nullptr));
        QCOMPARE(store.find(mine.id)->secretMissing, dropsSecret);
        QCOMPARE(applied.forget.size(), dropsSecret ? 1 : 0);
    }

    void badFilesImportNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("hello") << "not a TokenDock export";
        QTest::newRow("other format")
            << QByteArray("{\"format\":\"postman\",\"schema\":1,\"profiles\":[]}")
            << "not a TokenDock export";
        QTest::newRow("newer")
            << QByteArray("{\"format\":\"tokendock-profiles\",\"schema\":3,\"profiles\":[]}")
            << "newer TokenDock";
        QTest::newRow("unknown carrier")
            << QByteArray("{\"format\":\"tokendock-profiles\",\"schema\":1,\"profiles\":[{\"name\":"
                          "\"x\",\"carrier\":\"pigeon-post\"}]}")
            << "pigeon-post";
        QTest::newRow("nameless") << QByteArray("{\"format\":\"tokendock-profiles\",\"schema\":1,"
                                                "\"profiles\":[{\"carrier\":\"banyan\"}]}")
                                  << "name";
        QTest::newRow("twice the same name")
            << QByteArray("{\"format\":\"tokendock-profiles\",\"schema\":1,\"profiles\":[{\"name\":"
                          "\"x\",\"carrier\":\"banyan\"},{\"name\":\"X\",\"carrier\":\"banyan\"}]}")
            << "two accounts";
    }
    void badFilesImportNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        ProfileStore store(dir.filePath("c.json"));
        store.load();
        const auto plan = ProfileExchange::plan(json, store, CarrierCatalog::builtin());
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error.contains(says), qPrintable(plan.error));
        QString error;
        QVERIFY(!ProfileExchange::apply(plan, true, &store, nullptr, &error));
        QVERIFY(store.profiles().isEmpty());
    }

    void fileRoundTrip()
    {
        const QString file = dir.filePath("export.json");
        QVERIFY(ProfileExchange::exportToFile(file, {makeProfile("a"), makeProfile("b")}, nullptr));
        ProfileStore store(dir.filePath("d.json"));
        store.load();
        const auto plan = ProfileExchange::planFile(file, store, CarrierCatalog::builtin());
        QCOMPARE(plan.fresh.size(), 2);
        QVERIFY(!ProfileExchange::planFile(dir.filePath("missing.json"), store,
                                           CarrierCatalog::builtin())
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
