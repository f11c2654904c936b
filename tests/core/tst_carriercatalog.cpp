#include "carriercatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QJsonObject builtinJson()
{
    QFile file(":/tokendock/carriers.json");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The built-in catalog with one edit applied to one carrier.
QByteArray withEdit(const QString& carrierId, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = builtinJson();
    QJsonArray carriers = root.value("carriers").toArray();
    for (qsizetype i = 0; i < carriers.size(); ++i) {
        QJsonObject c = carriers.at(i).toObject();
        if (c.value("id").toString() == carrierId) {
            edit(c);
            carriers[i] = c;
        }
    }
    root.insert("carriers", carriers);
    return QJsonDocument(root).toJson();
}
} // namespace

class TestCarrierCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtinHasTheFirstCarriers()
    {
        const auto& catalog = CarrierCatalog::builtin();
        for (const char* id : {"banyan", "project44", "dhl-ecs", "oauth2"})
            QVERIFY2(catalog.find(QString::fromLatin1(id)), id);
    }

    void banyanFacts()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("banyan");
        QVERIFY(p);
        QCOMPARE(p->placement, PlacementPolicy::Body);
        QCOMPARE(p->encoding, BodyEncoding::Form);
        QCOMPARE(p->environment("sandbox")->tokenUrl,
                 QString("https://ws.integration.banyantechnology.com/auth/connect/token"));
        QVERIFY(p->environment("production")->tokenUrl.isEmpty());
        QVERIFY(p->field("clientrefnum"));
        QVERIFY(!p->field("clientrefnum")->required);
        QCOMPARE(p->typicalLifetimeSeconds, 3599);
        QCOMPARE(p->tokenFormat, QString("jwt"));
    }

    void project44Facts()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("project44");
        QVERIFY(p);
        QCOMPARE(p->placement, PlacementPolicy::Either);
        QVERIFY(p->allows(CredentialPlacement::Basic));
        QVERIFY(p->allows(CredentialPlacement::Body));
        QCOMPARE(p->environment("production")->tokenUrl,
                 QString("https://na12.api.project44.com/api/v4/oauth2/token"));
        QCOMPARE(p->environment("production-eu")->tokenUrl,
                 QString("https://eu12.api.project44.com/api/v4/oauth2/token"));
        QCOMPARE(p->refresh.kind, RefreshKind::OnExpiry);
        QCOMPARE(p->refresh.maxTokensPerMinute, 5);
        QCOMPARE(p->deprecatedPaths.value(0).path, QString("/api/v4/oauth/token"));
    }

    void dhlFacts()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("dhl-ecs");
        QVERIFY(p);
        QCOMPARE(p->placement, PlacementPolicy::Body);
        QCOMPARE(p->environment("sandbox")->tokenUrl,
                 QString("https://api-sandbox.dhlecs.com/auth/v4/accesstoken"));
        QCOMPARE(p->environment("production")->tokenUrl,
                 QString("https://api.dhlecs.com/auth/v4/accesstoken"));
        QCOMPARE(p->refresh.kind, RefreshKind::Interval);
        QCOMPARE(p->refresh.intervalSeconds, 1200);
        QVERIFY(p->credentialErrorTitles.contains("Invalid credentials"));
        QCOMPARE(p->tokenFormat, QString("opaque"));
    }

    void genericHasScopeAudienceResource()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("oauth2");
        QVERIFY(p);
        QCOMPARE(p->placement, PlacementPolicy::Either);
        for (const char* key : {"scope", "audience", "resource"})
            QVERIFY2(p->field(QString::fromLatin1(key)), key);
    }

    void searchMatchesEveryWord()
    {
        const auto& catalog = CarrierCatalog::builtin();
        QCOMPARE(catalog.search("dhl").size(), 1);
        QCOMPARE(catalog.search("dhl").value(0)->id, QString("dhl-ecs"));
        QCOMPARE(catalog.search("DHL americas").size(), 1);
        QVERIFY(catalog.search("nonexistent carrier").isEmpty());
        QCOMPARE(catalog.search("").size(), catalog.presets().size());
    }

    void malformedCatalogNamesEntryAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("not json") << QByteArray("{\"schema\":1,") << QStringList{"not valid JSON"};
        QTest::newRow("newer schema")
            << QByteArray("{\"schema\":7,\"carriers\":[]}") << QStringList{"schema 7"};
        QTest::newRow("bad placement")
            << withEdit("project44", [](QJsonObject& c) { c.insert("credentials", "both"); })
            << QStringList{"\"project44\"", "credentials", "body, basic, either"};
        QTest::newRow("missing name")
            << withEdit("dhl-ecs", [](QJsonObject& c) { c.remove("name"); })
            << QStringList{"\"dhl-ecs\"", "\"name\"", "missing"};
        QTest::newRow("bad url") << withEdit("banyan", [](QJsonObject& c) {
            QJsonArray envs = c.value("environments").toArray();
            QJsonObject e = envs.at(0).toObject();
            e.insert("tokenUrl", "ftp://example.com/token");
            envs[0] = e;
            c.insert("environments", envs);
        }) << QStringList{"\"banyan\"", "environment 1", "tokenUrl"};
        QTest::newRow("reserved field") << withEdit("oauth2", [](QJsonObject& c) {
            QJsonArray fields = c.value("fields").toArray();
            fields.append(QJsonObject{{"key", "client_secret"}, {"label", "x"}});
            c.insert("fields", fields);
        }) << QStringList{"\"oauth2\"", "extra field 4", "client_secret"};
        QTest::newRow("unknown hint category") << withEdit("dhl-ecs", [](QJsonObject& c) {
            c.insert("errors", QJsonObject{{"hints", QJsonObject{{"sunspots", "x"}}}});
        }) << QStringList{"\"dhl-ecs\"", "hints", "sunspots"};
        QTest::newRow("interval too short") << withEdit("dhl-ecs", [](QJsonObject& c) {
            c.insert("refresh",
                     QJsonObject{{"policy", "interval"}, {"seconds", 5}, {"advice", "x"}});
        }) << QStringList{"\"dhl-ecs\"", "refresh", "seconds"};
    }
    void malformedCatalogNamesEntryAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        QString error;
        QVERIFY(!CarrierCatalog::fromJson(json, &error));
        for (const QString& m : mentions)
            QVERIFY2(error.contains(m), qPrintable(error + " should mention " + m));
    }

    void duplicateIdsRejected()
    {
        QJsonObject root = builtinJson();
        QJsonArray carriers = root.value("carriers").toArray();
        carriers.append(carriers.at(0));
        root.insert("carriers", carriers);
        QString error;
        QVERIFY(!CarrierCatalog::fromJson(QJsonDocument(root).toJson(), &error));
        QVERIFY2(error.contains("used twice"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCarrierCatalog)
#include "tst_carriercatalog.moc"
