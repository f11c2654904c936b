// SPDX-License-Identifier: Apache-2.0
#include "accountexchange.h"
#include "accountstore.h"
#include "carriercatalog.h"

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
} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

private slots:
    void exportCarriesSettingsOnly()
    {
        Account p = makeAccount("acme-dhl");
        p.keepFresh = true;
        const QByteArray json = AccountExchange::exportJson({p});
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value("format").toString(), QString("tokendock-accounts"));
        QCOMPARE(root.value("schema").toInt(), 2);
        const QJsonObject exported = root.value("accounts").toArray().at(0).toObject();
        QCOMPARE(exported.value("name").toString(), QString("acme-dhl"));
        QCOMPARE(exported.value("client_id").toString(), QString("client-1"));
        for (const char* key :
             {"id", "history", "keep_fresh", "secret_missing", "created", "updated"})
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
            << QByteArray("{\"format\":\"tokendock-accounts\",\"schema\":3,\"accounts\":[]}")
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
