// SPDX-License-Identifier: Apache-2.0
#include "carriercatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(PlacementPolicy)

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

    // The built-in presets are read one at a time, when asked for: each is
    // the preset a read of the whole catalog gives, which also finds no
    // fault in any entry (a fault in one would stop the application when
    // that preset is asked for).
    void builtinPresetsAreThoseOfTheWholeRead()
    {
        QFile file(":/tokendock/carriers.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto whole = CarrierCatalog::fromJson(file.readAll(), &error);
        QVERIFY2(whole, qPrintable(error));
        const auto same = [](const CarrierPreset& a, const CarrierPreset& b) {
            QStringList urls[2];
            for (const auto& [preset, out] : {std::pair{&a, &urls[0]}, std::pair{&b, &urls[1]}}) {
                for (const CarrierEnvironment& e : preset->environments)
                    out->append(e.id + " " + e.tokenUrl + " " + e.apiBase);
            }
            return a.id == b.id && a.name == b.name && a.searchText() == b.searchText() &&
                   a.notes == b.notes && urls[0] == urls[1] && a.grantTypes == b.grantTypes &&
                   a.fields.size() == b.fields.size() && a.hints == b.hints &&
                   a.origin == PresetOrigin::BuiltIn && b.origin == a.origin;
        };
        // a copy made before anything reads them all, asked one by one
        const CarrierCatalog oneByOne = CarrierCatalog::builtin();
        for (const CarrierPreset& expected : whole->presets()) {
            const CarrierPreset* found = oneByOne.find(expected.id.toUpper());
            QVERIFY2(found && same(*found, expected), qPrintable(expected.id));
        }
        QVERIFY(!oneByOne.find("no-such-carrier"));
        const auto& all = CarrierCatalog::builtin().presets();
        QCOMPARE(all.size(), whole->presets().size());
        for (size_t i = 0; i < all.size(); ++i)
            QVERIFY2(same(all.at(i), whole->presets().at(i)), qPrintable(all.at(i).id));
        QCOMPARE(CarrierCatalog::builtin().search("ups").size(), whole->search("ups").size());
    }

    // an account file written by hand may spell its carrier in capitals
    void findIgnoresCase_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("id");
        QTest::newRow("as the catalog spells it") << "dhl-ecs"
                                                  << "dhl-ecs";
        QTest::newRow("capitals") << "DHL-ECS"
                                  << "dhl-ecs";
        QTest::newRow("mixed") << "Project44"
                               << "project44";
        QTest::newRow("unknown") << "Project45"
                                 << "";
        QTest::newRow("a shorter id") << "dhl-ec"
                                      << "";
        QTest::newRow("a longer id") << "DHL-ECS-X"
                                     << "";
    }

    void findIgnoresCase()
    {
        QFETCH(QString, asked);
        QFETCH(QString, id);
        const CarrierPreset* p = CarrierCatalog::builtin().find(asked);
        QCOMPARE(p ? p->id : QString(), id);
    }

    void banyanFacts()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("banyan");
        QVERIFY(p);
        QCOMPARE(p->placement, PlacementPolicy::Body);
        QCOMPARE(p->shape.body, BodyEncoding::Form);
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
        QCOMPARE(p->budget.max, 5);
        QCOMPARE(p->budget.seconds, 60);
        QVERIFY(!p->budget.unconfirmed);
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
        QCOMPARE(p->placement, PlacementPolicy::Any);
        QVERIFY(p->customShape);
        for (const char* key : {"scope", "audience", "resource"})
            QVERIFY2(p->field(QString::fromLatin1(key)), key);
    }

    void builtinHasTheParcelAndLtlCarriers()
    {
        const auto& catalog = CarrierCatalog::builtin();
        for (const char* id : {"fedex", "ups", "usps", "xpo", "tforce"})
            QVERIFY2(catalog.find(QString::fromLatin1(id)), id);
    }

    // What every preset needs so a person can use it without reading the code.
    void presetIsComplete_data()
    {
        QTest::addColumn<QString>("id");
        for (const CarrierPreset& p : CarrierCatalog::builtin().presets())
            QTest::newRow(qPrintable(p.id)) << p.id;
    }
    void presetIsComplete()
    {
        QFETCH(QString, id);
        const CarrierPreset* p = CarrierCatalog::builtin().find(id);
        QVERIFY(p);
        QVERIFY(!p->name.isEmpty() && !p->vendor.isEmpty() && !p->summary.isEmpty());
        QCOMPARE(p->docsUrl.scheme(), QString("https"));
        QVERIFY(!p->refresh.text.isEmpty());
        bool anyUrl = false;
        for (const CarrierEnvironment& env : p->environments) {
            anyUrl = anyUrl || !env.tokenUrl.isEmpty();
            if (!env.tokenUrl.isEmpty())
                QVERIFY2(env.tokenUrl.startsWith("https://"), qPrintable(env.tokenUrl));
            else if (id != "oauth2")
                QVERIFY2(!env.note.isEmpty(), "an empty token URL says why");
        }
        // a carrier that publishes no token URL at all (J.B. Hunt, Expeditors) says so
        QVERIFY(anyUrl || id == "oauth2" || p->unconfirmed.join(' ').contains("token URL"));
        if (!p->unconfirmed.isEmpty())
            QVERIFY2(p->notes.contains("not confirmed") || p->notes.contains("not publish"),
                     "unconfirmed facts are called out in the notes");
        for (const CarrierField& f : p->fields) {
            if (f.location == FieldLocation::Url) {
                const bool inEveryUrl = std::all_of(
                    p->environments.cbegin(), p->environments.cend(),
                    [&f](const CarrierEnvironment& env) {
                        return env.tokenUrl.isEmpty() || env.tokenUrl.contains("{" + f.key + "}");
                    });
                QVERIFY2(inEveryUrl, qPrintable(f.key));
            }
        }
    }

    void fedexFacts()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("fedex");
        QVERIFY(p);
        QCOMPARE(p->environment("sandbox")->tokenUrl,
                 QString("https://apis-sandbox.fedex.com/oauth/token"));
        QCOMPARE(p->environment("production")->tokenUrl,
                 QString("https://apis.fedex.com/oauth/token"));
        QCOMPARE(p->placement, PlacementPolicy::Body);
        QVERIFY(!p->allows(CredentialPlacement::Basic));
        QCOMPARE(p->shape.body, BodyEncoding::Form);
        QCOMPARE(p->grantTypes,
                 QStringList({"client_credentials", "csp_credentials", "client_pc_credentials"}));
        QVERIFY(p->fieldsFor("client_credentials").isEmpty());
        for (const char* grant : {"csp_credentials", "client_pc_credentials"}) {
            const QList<CarrierField> fields = p->fieldsFor(QString::fromLatin1(grant));
            QCOMPARE(fields.size(), 2);
            QCOMPARE(fields.at(0).key, QString("child_Key"));
            QCOMPARE(fields.at(1).key, QString("child_secret"));
        }
        QVERIFY(p->field("child_Key")->required);
        QVERIFY(!p->field("child_Key")->secret);
        QVERIFY(p->field("child_secret")->required);
        QVERIFY2(p->field("child_secret")->secret, "the child secret belongs in the keychain");
        QCOMPARE(p->tokenFormat, QString("jwt"));
        QCOMPARE(p->typicalLifetimeSeconds, 3600);
        QVERIFY(p->unconfirmed.isEmpty());
    }

    // FedEx Freight LTL accounts use the same token endpoint as parcel accounts.
    void fedexCoversLtlFreight()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("fedex");
        QVERIFY(p);
        QVERIFY(p->modes.contains("ltl"));
        QVERIFY(p->notes.contains("FedEx Freight LTL"));
        QVERIFY(p->notes.contains("own LTL API project"));
    }

    // The exchanges that are not a textbook client-credentials form POST, as
    // each carrier (or public integration code) describes it.
    void moreShapes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<PlacementPolicy>("placement");
        QTest::addColumn<QString>("request"); // method body grant-type-name client-id-name
        QTest::addColumn<QString>("grant");
        QTest::addColumn<QString>("token"); // token path, expires-at path, refresh path
        QTest::addColumn<int>("lifetime");
        using P = PlacementPolicy;
        QTest::newRow("dhl-ecs-global") << "dhl-ecs-global" << P::Basic << "GET none  client_id"
                                        << "client_credentials"
                                        << "access_token  refresh_token" << 18000;
        QTest::newRow("dpi") << "dpi" << P::Basic << "GET none  client_id"
                             << "client_credentials"
                             << "access_token  refresh_token" << 18000;
        QTest::newRow("sapient") << "sapient" << P::Body << "POST form grant_type client_id"
                                 << "client_credentials"
                                 << "access_token  refresh_token" << 0;
        QTest::newRow("hermes") << "hermes" << P::Body << "POST form grant_type client_id"
                                << "password"
                                << "access_token  refresh_token" << 3600;
        QTest::newRow("jbhunt") << "jbhunt" << P::Either << "POST form grant_type client_id"
                                << "password"
                                << "access_token  refresh_token" << 0;
        QTest::newRow("asendia") << "asendia" << P::Body << "POST json  username"
                                 << "client_credentials"
                                 << "id_token  refresh_token" << 86400;
        QTest::newRow("dhl-parcel-nl") << "dhl-parcel-nl" << P::Body << "POST json  userId"
                                       << "client_credentials"
                                       << "accessToken accessTokenExpiration refreshToken" << 900;
    }
    void moreShapes()
    {
        QFETCH(QString, id);
        QFETCH(PlacementPolicy, placement);
        QFETCH(QString, request);
        QFETCH(QString, grant);
        QFETCH(QString, token);
        QFETCH(int, lifetime);
        const CarrierPreset* p = CarrierCatalog::builtin().find(id);
        QVERIFY(p);
        const ExchangeShape& s = p->shape;
        QCOMPARE(p->placement, placement);
        QCOMPARE(
            QStringList({methodId(s.method), encodingId(s.body), s.grantTypeName, s.clientIdName})
                .join(' '),
            request);
        QCOMPARE(p->grantTypes, QStringList{grant});
        QCOMPARE(QStringList({s.tokenPath, s.expiresAtPath, s.refreshTokenPath}).join(' '), token);
        QCOMPARE(p->typicalLifetimeSeconds, lifetime);
        QVERIFY(s.usesAuthorization());
        QVERIFY2(!p->unconfirmed.isEmpty(), "each of these rests on something unconfirmed");
        if (grant == "password") {
            QVERIFY(p->field("username") && p->field("username")->required);
            QVERIFY(p->field("password") && p->field("password")->secret);
        }
    }

    void upsFacts()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("ups");
        QVERIFY(p);
        QCOMPARE(p->environment("sandbox")->tokenUrl,
                 QString("https://wwwcie.ups.com/security/v1/oauth/token"));
        QCOMPARE(p->environment("production")->tokenUrl,
                 QString("https://onlinetools.ups.com/security/v1/oauth/token"));
        QCOMPARE(p->placement, PlacementPolicy::Basic);
        QCOMPARE(p->defaultPlacement, CredentialPlacement::Basic);
        QVERIFY(!p->allows(CredentialPlacement::Body));
        QCOMPARE(p->grantTypes, QStringList{"client_credentials"});
        const CarrierField* merchant = p->field("x-merchant-id");
        QVERIFY(merchant);
        QCOMPARE(merchant->location, FieldLocation::Header);
        QVERIFY(!merchant->required);
        QVERIFY(!merchant->secret);
        QCOMPARE(p->tokenFormat, QString("any"));
        QCOMPARE(p->typicalLifetimeSeconds, 14399);
        QVERIFY(p->unconfirmed.contains("token format"));
    }

    void uspsFacts()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("usps");
        QVERIFY(p);
        QCOMPARE(p->environment("sandbox")->tokenUrl,
                 QString("https://apis-tem.usps.com/oauth2/v3/token"));
        QCOMPARE(p->environment("production")->tokenUrl,
                 QString("https://apis.usps.com/oauth2/v3/token"));
        QCOMPARE(p->placement, PlacementPolicy::Body);
        QCOMPARE(p->shape.body, BodyEncoding::Json);
        QVERIFY(p->fields.isEmpty());
        QCOMPARE(p->tokenFormat, QString("jwt"));
        QCOMPARE(p->typicalLifetimeSeconds, 28800);
        QCOMPARE(p->unconfirmed.size(), 2);
        QVERIFY(p->unconfirmed.join(' ').contains("kid"));
        QVERIFY(p->unconfirmed.join(' ').contains("lifetime"));
    }

    void xpoFacts()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("xpo");
        QVERIFY(p);
        QCOMPARE(p->environment("production")->tokenUrl,
                 QString("https://login.authxpo.com/connect/token"));
        QVERIFY(p->environment("sandbox")->tokenUrl.isEmpty());
        QVERIFY(!p->environment("sandbox")->note.isEmpty());
        QCOMPARE(p->placement, PlacementPolicy::Body);
        QCOMPARE(p->shape.body, BodyEncoding::Form);
        const CarrierField* scope = p->field("scope");
        QVERIFY(scope);
        QVERIFY(scope->required);
        QCOMPARE(scope->location, FieldLocation::Body);
        QCOMPARE(scope->defaultValue, QString("connect-orders"));
        QCOMPARE(p->typicalLifetimeSeconds, 3600);
        QVERIFY(p->unconfirmed.contains("token format"));
    }

    void tforceFacts()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("tforce");
        QVERIFY(p);
        QCOMPARE(p->environment("production")->tokenUrl,
                 QString("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"));
        QVERIFY(p->environment("sandbox")->tokenUrl.isEmpty());
        QCOMPARE(p->placement, PlacementPolicy::Body);
        QCOMPARE(p->shape.body, BodyEncoding::Form);
        const CarrierField* tenant = p->field("tenant");
        QVERIFY(tenant);
        QCOMPARE(tenant->location, FieldLocation::Url);
        QVERIFY(tenant->required);
        const CarrierField* scope = p->field("scope");
        QVERIFY(scope);
        QVERIFY(scope->required);
        QVERIFY2(scope->defaultValue.isEmpty(), "the scope names the user's own app");
        QCOMPARE(scope->placeholder,
                 QString("https://tffproduction.onmicrosoft.com/{app-id}/.default"));
        QCOMPARE(p->tokenFormat, QString("jwt"));
        QCOMPARE(p->typicalLifetimeSeconds, 3600);
        QVERIFY(p->unconfirmed.join(' ').contains("lifetime"));
    }

    // The facts of the freight, forwarding and delivery presets, from the
    // carriers' documentation (CARRIERS-MORE.md), one row each.
    void moreCarrierFacts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("production"); // "" = not published
        QTest::addColumn<PlacementPolicy>("placement");
        QTest::addColumn<int>("lifetime"); // 0 = not documented
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("budgetMax"); // 0 = no documented limit
        QTest::addColumn<int>("budgetSeconds");
        using P = PlacementPolicy;
        QTest::newRow("echo") << "echo"
                              << "https://auth.echo.com/token" << P::Body << 3600 << "any" << 3
                              << 1;
        QTest::newRow("trimble") << "trimble"
                                 << "https://id.trimble.com/oauth/token" << P::Basic << 3600
                                 << "jwt" << 0 << 0;
        QTest::newRow("uber") << "uber"
                              << "https://auth.uber.com/oauth/v2/token" << P::Body << 2592000
                              << "any" << 100 << 3600;
        QTest::newRow("motive") << "motive"
                                << "https://api.keeptruckin.com/oauth/token" << P::Body << 7200
                                << "any" << 3 << 1;
        QTest::newRow("loadsmart")
            << "loadsmart"
            << "https://api.loadsmart.com/auth/token" << P::Basic << 0 << "any" << 0 << 0;
        QTest::newRow("expeditors")
            << "expeditors" << QString() << P::Basic << 7200 << "opaque" << 10 << 3600;
        QTest::newRow("gls") << "gls"
                             << "https://api.gls-group.net/oauth2/v2/token" << P::Basic << 0
                             << "any" << 0 << 0;
        QTest::newRow("dhl-freight")
            << "dhl-freight"
            << "https://api.dhl.com/auth/v1/token?response_type={response_type}&grant_type="
               "client_credentials"
            << P::Basic << 1800 << "any" << 0 << 0;
    }
    void moreCarrierFacts()
    {
        QFETCH(QString, id);
        QFETCH(QString, production);
        QFETCH(PlacementPolicy, placement);
        QFETCH(int, lifetime);
        QFETCH(QString, format);
        QFETCH(int, budgetMax);
        QFETCH(int, budgetSeconds);
        const CarrierPreset* p = CarrierCatalog::builtin().find(id);
        QVERIFY(p);
        QCOMPARE(p->environment("production")->tokenUrl, production);
        QCOMPARE(p->placement, placement);
        QCOMPARE(p->grantTypes, QStringList{"client_credentials"});
        QCOMPARE(p->typicalLifetimeSeconds, lifetime);
        QCOMPARE(p->tokenFormat, format);
        QCOMPARE(p->budget.max, budgetMax);
        QCOMPARE(p->budget.seconds, budgetSeconds);
        QVERIFY2(!p->unconfirmed.isEmpty(), "each of these has facts still to confirm");
        QVERIFY(!p->countries.isEmpty() && !p->modes.isEmpty());
    }

    // Echo's API key travels as x-api-key on the token call and on every API call.
    void echoApiKeyAndScope()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("echo");
        QVERIFY(p);
        QCOMPARE(p->shape.apiKeyHeader, QString("x-api-key"));
        QVERIFY(p->shape.apiKeyOnApiCalls);
        const QList<CarrierField> fields = p->fieldsFor("client_credentials");
        QCOMPARE(fields.constLast().key, CarrierPreset::kApiKeyField);
        QVERIFY(fields.constLast().secret && fields.constLast().apiCalls);
        QVERIFY(p->field("scope") && p->field("scope")->required);
        QVERIFY(p->budget.unconfirmed);
        const CarrierField* uberScope = CarrierCatalog::builtin().find("uber")->field("scope");
        QVERIFY(uberScope && uberScope->required);
    }

    // Expeditors names no host, so neither environment offers a URL; each says why.
    void expeditorsAsksForItsUrl()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("expeditors");
        QVERIFY(p);
        for (const CarrierEnvironment& env : p->environments) {
            QVERIFY(env.tokenUrl.isEmpty());
            QVERIFY(env.note.contains("oauth2/token"));
        }
        QCOMPARE(p->refresh.kind, RefreshKind::OnExpiry);
    }

    // DHL takes the response type and grant type in the URL, nothing in a body.
    void dhlFreightResponseTypeIsAChoice()
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find("dhl-freight");
        QVERIFY(p);
        QCOMPARE(p->shape.body, BodyEncoding::None);
        QVERIFY(p->shape.grantTypeName.isEmpty());
        const CarrierField* type = p->field("response_type");
        QVERIFY(type);
        QCOMPARE(type->location, FieldLocation::Url);
        QCOMPARE(type->defaultValue, QString("access_token"));
        QCOMPARE(type->choices, (QStringList{"access_token", "id_token"}));
        QVERIFY(type->unconfirmed);
        for (const CarrierEnvironment& env : p->environments)
            QVERIFY(env.unconfirmed);
    }

    void searchFindsTheNewCarriers_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("id");
        QTest::newRow("ups") << "ups"
                             << "ups";
        QTest::newRow("UPS upper case") << "UPS"
                                        << "ups";
        QTest::newRow("fedex") << "fedex"
                               << "fedex";
        QTest::newRow("postal") << "postal service"
                                << "usps";
        QTest::newRow("xpo") << "xpo"
                             << "xpo";
        QTest::newRow("tforce by name") << "TForce Freight"
                                        << "tforce";
        QTest::newRow("freight ltl") << "freight ltl"
                                     << "xpo";
    }
    void searchFindsTheNewCarriers()
    {
        QFETCH(QString, query);
        QFETCH(QString, id);
        QStringList found;
        for (const CarrierPreset* p : CarrierCatalog::builtin().search(query))
            found << p->id;
        QVERIFY2(found.contains(id), qPrintable(found.join(", ")));
        QVERIFY2(!found.contains("dhl-ecs"), qPrintable(found.join(", ")));
    }

    // A person looks for a carrier by where it works and what it moves.
    void searchFindsCountriesAndModes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("notFound");
        QTest::newRow("country code") << "DE parcel"
                                      << "dhl-parcel-de"
                                      << "usps";
        QTest::newRow("country in English") << "germany"
                                            << "dhl-parcel-de"
                                            << "royalmail";
        QTest::newRow("country in its language") << "Deutschland"
                                                 << "dhl-parcel-de"
                                                 << "estes";
        QTest::newRow("UK for GB") << "UK postal"
                                   << "royalmail"
                                   << "usps";
        QTest::newRow("mode") << "ocean"
                              << "maersk"
                              << "estes";
        QTest::newRow("country and mode") << "united states ltl"
                                          << "odfl"
                                          << "royalmail";
        QTest::newRow("Benelux parcel") << "netherlands parcel"
                                        << "dhl-parcel-nl"
                                        << "dhl-parcel-de";
        QTest::newRow("intermodal") << "intermodal"
                                    << "jbhunt"
                                    << "estes";
        QTest::newRow("German parcel by name") << "hermes deutschland"
                                               << "hermes"
                                               << "dpd";
        QTest::newRow("FedEx Freight LTL") << "fedex ltl"
                                           << "fedex"
                                           << "ups";
    }
    void searchFindsCountriesAndModes()
    {
        QFETCH(QString, query);
        QFETCH(QString, id);
        QFETCH(QString, notFound);
        QStringList found;
        for (const CarrierPreset* p : CarrierCatalog::builtin().search(query))
            found << p->id;
        QVERIFY2(found.contains(id), qPrintable(found.join(", ")));
        QVERIFY2(!found.contains(notFound), qPrintable(found.join(", ")));
    }

    void searchMatchesEveryWord()
    {
        const auto& catalog = CarrierCatalog::builtin();
        const auto ids = [&](const QString& query) {
            QStringList found;
            for (const CarrierPreset* p : catalog.search(query))
                found << p->id;
            return found;
        };
        QVERIFY(ids("dhl").contains("dhl-ecs") && ids("dhl").contains("dhl-parcel-de"));
        QVERIFY(!ids("dhl").contains("fedex"));
        // every word must match: "parcel" alone finds FedEx, with "dhl" it does not
        QVERIFY(ids("parcel").contains("fedex"));
        QVERIFY(ids("dhl parcel").contains("dhl-parcel-de"));
        QVERIFY(!ids("dhl parcel").contains("fedex"));
        QCOMPARE(catalog.search("DHL americas").size(), 1);
        QCOMPARE(catalog.search("DHL americas").value(0)->id, QString("dhl-ecs"));
        QVERIFY(catalog.search("nonexistent carrier").isEmpty());
        QCOMPARE(catalog.search("").size(), qsizetype(catalog.presets().size()));
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
        }) << QStringList{"\"oauth2\"", "extra field 6", "client_secret"};
        QTest::newRow("unknown hint category") << withEdit("dhl-ecs", [](QJsonObject& c) {
            c.insert("errors", QJsonObject{{"hints", QJsonObject{{"sunspots", "x"}}}});
        }) << QStringList{"\"dhl-ecs\"", "hints", "sunspots"};
        // find() relies on ids being lower case: a catalog cannot hold another
        QTest::newRow("upper-case id")
            << withEdit("ups", [](QJsonObject& c) { c.insert("id", "UPS"); })
            << QStringList{"\"id\"", "lower-case"};
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

    void badBudgetNamesTheField_data()
    {
        QTest::addColumn<QJsonValue>("budget");
        QTest::addColumn<QStringList>("mentions");
        const auto o = [](std::initializer_list<QPair<QString, QJsonValue>> pairs) {
            QJsonObject obj;
            for (const auto& [key, value] : pairs)
                obj.insert(key, value);
            return QJsonValue(obj);
        };
        QTest::newRow("not an object") << QJsonValue(5) << QStringList{"budget", "object"};
        QTest::newRow("no max") << o({{"seconds", 60}}) << QStringList{"\"max\"", "missing"};
        QTest::newRow("no seconds") << o({{"max", 5}}) << QStringList{"\"seconds\"", "missing"};
        QTest::newRow("max zero") << o({{"max", 0}, {"seconds", 60}})
                                  << QStringList{"\"max\"", "from 1 to 10000"};
        QTest::newRow("max a fraction")
            << o({{"max", 2.5}, {"seconds", 60}}) << QStringList{"\"max\"", "whole number"};
        QTest::newRow("max as text")
            << o({{"max", "5"}, {"seconds", 60}}) << QStringList{"\"max\"", "whole number"};
        QTest::newRow("seconds zero")
            << o({{"max", 5}, {"seconds", 0}}) << QStringList{"\"seconds\"", "from 1 to 604800"};
        QTest::newRow("seconds over a week")
            << o({{"max", 5}, {"seconds", 604801}}) << QStringList{"\"seconds\"", "604800"};
        QTest::newRow("unconfirmed not a flag")
            << o({{"max", 5}, {"seconds", 60}, {"unconfirmed", "yes"}})
            << QStringList{"\"unconfirmed\"", "true or false"};
        QTest::newRow("note not text")
            << o({{"max", 5}, {"seconds", 60}, {"note", 3}}) << QStringList{"\"note\"", "string"};
    }
    void badBudgetNamesTheField()
    {
        QFETCH(QJsonValue, budget);
        QFETCH(QStringList, mentions);
        const QByteArray json =
            withEdit("project44", [&budget](QJsonObject& c) { c.insert("budget", budget); });
        QString error;
        QVERIFY(!CarrierCatalog::fromJson(json, &error));
        for (const QString& m : QStringList{"\"project44\"", "budget"} + mentions)
            QVERIFY2(error.contains(m), qPrintable(error + " should mention " + m));
    }

    void budgetIsReadWithItsNote()
    {
        const QByteArray json = withEdit("banyan", [](QJsonObject& c) {
            c.insert("budget", QJsonObject{{"max", 1},
                                           {"seconds", 86400},
                                           {"unconfirmed", true},
                                           {"note", "About once a day."}});
        });
        QString error;
        const auto catalog = CarrierCatalog::fromJson(json, &error);
        QVERIFY2(catalog, qPrintable(error));
        const TokenBudgetRule& b = catalog->find("banyan")->budget;
        QVERIFY(b.isSet());
        QCOMPARE(b.max, 1);
        QCOMPARE(b.seconds, 86400);
        QVERIFY(b.unconfirmed);
        QCOMPARE(b.note, QString("About once a day."));
        // a preset without one has none
        QVERIFY(!catalog->find("fedex")->budget.isSet());
    }

    // the old place of the limit is refused, so a catalog is never read without it
    void maxPerMinuteInRefreshIsRefused()
    {
        const QByteArray json = withEdit("project44", [](QJsonObject& c) {
            QJsonObject refresh = c.value("refresh").toObject();
            refresh.insert("maxPerMinute", 5);
            c.insert("refresh", refresh);
        });
        QString error;
        QVERIFY(!CarrierCatalog::fromJson(json, &error));
        QVERIFY2(error.contains("maxPerMinute") && error.contains("\"budget\""), qPrintable(error));
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
