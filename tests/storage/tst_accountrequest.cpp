// SPDX-License-Identifier: Apache-2.0
#include "accountrequest.h"
#include "carriercatalog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

namespace {
Account accountFor(const QString& carrier, const QString& env = "sandbox")
{
    Account p;
    p.id = QUuid::createUuid();
    p.name = "acct";
    p.carrierId = carrier;
    p.environmentId = env;
    p.clientId = "client-1";
    return p;
}

AccountSecrets secret(const QByteArray& value = "s3cret")
{
    AccountSecrets s;
    s.clientSecret = SecretBytes(value);
    return s;
}

const CarrierPreset* preset(const QString& id)
{
    return CarrierCatalog::builtin().find(id);
}

// What issuedFor() hashed when it built the document from Account::toJson():
// the digest of every cached token already in a keychain. A token is handed
// out only while it still matches, so a digest that changed would make every
// user's cached tokens look issued for other settings.
QByteArray issuedForAsRecorded(const Account& account, const CarrierPreset* preset)
{
    QJsonObject shape = account.toJson(false);
    for (const char* local :
         {"id", "name", "keep_fresh", "secret_missing", "keychain_fields", "created", "updated",
          "secret_set", "last_worked", "secret_expires", "issuer", "jwks_url", "signing_key"})
        shape.remove(QLatin1String(local));
    shape.insert(QStringLiteral("resolved_url"), AccountRequest::resolvedUrl(account, preset));
    shape.insert(QStringLiteral("effective_grant"), account.effectiveGrantType(preset));
    shape.insert(QStringLiteral("effective_credentials"),
                 placementId(account.effectivePlacement(preset)));
    return QCryptographicHash::hash(QJsonDocument(shape).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

// Text a user or a shared file may put in a setting: quotes, escapes,
// control characters, accents, CJK, an emoji, characters above the
// surrogates (where UTF-16 and code point order differ), a lone surrogate.
QString awkwardText(QRandomGenerator& random)
{
    static const QStringList pieces{"a",          "Z",      "0",         "_",      "-",
                                    " ",          "\"",     "\\",        "/",      "\n",
                                    "\t",         "\x01",   "\x1f",      "\x7f",   "\u00e9",
                                    "\u00ff",     "\u0100", "\u4e2d",    "\u2028", "\u00a0",
                                    "{",          "}",      ":",         ",",      "%20",
                                    "&",          "?",      "https://x", "<b>",    "\xe2\x80\x8b",
                                    "\U0001F69A", "\uff01", "\ufffd"};
    QString out;
    const int length = int(random.bounded(0, 12));
    for (int i = 0; i < length; ++i)
        out += pieces.at(int(random.bounded(pieces.size())));
    if (random.bounded(20) == 0)
        out += QChar(random.bounded(2) ? 0xd800 : 0xdc00); // a lone surrogate
    return out;
}

QStringList fieldsOf(const QList<ValidationIssue>& issues)
{
    QStringList out;
    for (const auto& i : issues)
        out << i.field;
    return out;
}
} // namespace

class TestAccountRequest : public QObject
{
    Q_OBJECT

private slots:
    void presetUrlAndPlacement()
    {
        Failure error;
        const auto spec =
            AccountRequest::build(accountFor("dhl-ecs"), preset("dhl-ecs"), secret(), &error);
        QVERIFY2(spec, qPrintable(error.message.text()));
        QCOMPARE(spec->url, QUrl("https://api-sandbox.dhlecs.com/auth/v4/accesstoken"));
        QCOMPARE(spec->placement, CredentialPlacement::Body);
        QCOMPARE(spec->grantType, QString("client_credentials"));
        QCOMPARE(spec->clientSecret.expose(), QByteArray("s3cret"));
    }

    void overrideUrlWins()
    {
        Account p = accountFor("project44", "production");
        p.tokenUrl = "https://eu12.api.project44.com/api/v4/oauth2/token";
        const auto spec = AccountRequest::build(p, preset("project44"), secret(), nullptr);
        QVERIFY(spec);
        QCOMPARE(spec->url.host(), QString("eu12.api.project44.com"));
        QCOMPARE(spec->placement, CredentialPlacement::Basic); // project44 default
        p.placement = CredentialPlacement::Body;
        QCOMPARE(AccountRequest::build(p, preset("project44"), secret(), nullptr)->placement,
                 CredentialPlacement::Body);
    }

    void banyanClientRefTravelsInTheBody()
    {
        Account p = accountFor("banyan");
        p.fields.insert("clientrefnum", "REF-7");
        const auto spec = AccountRequest::build(p, preset("banyan"), secret(), nullptr);
        QVERIFY(spec);
        QCOMPARE(spec->bodyFields, (QList<QPair<QString, QString>>{{"clientrefnum", "REF-7"}}));
    }

    void genericFieldsAndCustomParamsAndHeaders()
    {
        Account p = accountFor("oauth2", "custom");
        p.tokenUrl = "https://login.example.com/oauth/token";
        p.fields.insert("scope", "read write");
        p.fields.insert("audience", "https://api.example.com");
        p.fields.insert("tenant_hint", "acme");
        p.headers.insert("x-request-source", "tokendock");
        const auto spec = AccountRequest::build(p, preset("oauth2"), secret(), nullptr);
        QVERIFY(spec);
        QVERIFY(spec->bodyFields.contains(qMakePair(QString("scope"), QString("read write"))));
        QVERIFY(spec->bodyFields.contains(
            qMakePair(QString("audience"), QString("https://api.example.com"))));
        QVERIFY(spec->bodyFields.contains(qMakePair(QString("tenant_hint"), QString("acme"))));
        QVERIFY(spec->headers.contains(
            qMakePair(QByteArray("x-request-source"), QByteArray("tokendock"))));
    }

    void validationNamesTheFieldToFix_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("tokenUrl");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("hasSecret");
        QTest::addColumn<QString>("field");
        QTest::newRow("no secret") << "banyan"
                                   << "sandbox"
                                   << ""
                                   << "c" << false << "client_secret";
        QTest::newRow("no client id") << "banyan"
                                      << "sandbox"
                                      << ""
                                      << "" << true << "client_id";
        QTest::newRow("banyan production needs a url") << "banyan"
                                                       << "production"
                                                       << ""
                                                       << "c" << true << "token_url";
        QTest::newRow("http off loopback") << "oauth2"
                                           << "custom"
                                           << "http://auth.example.com/token"
                                           << "c" << true << "token_url";
        QTest::newRow("custom without url") << "oauth2"
                                            << "custom"
                                            << ""
                                            << "c" << true << "token_url";
        QTest::newRow("unknown environment") << "dhl-ecs"
                                             << "moon"
                                             << ""
                                             << "c" << true << "environment";
        QTest::newRow("unknown carrier") << "zz-carrier"
                                         << "sandbox"
                                         << ""
                                         << "c" << true << "carrier";
    }
    void validationNamesTheFieldToFix()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, env);
        QFETCH(QString, tokenUrl);
        QFETCH(QString, clientId);
        QFETCH(bool, hasSecret);
        QFETCH(QString, field);
        Account p = accountFor(carrier, env);
        p.tokenUrl = tokenUrl;
        p.clientId = clientId;
        QSet<QString> present;
        if (hasSecret)
            present << "client_secret";
        const auto issues = AccountRequest::validate(p, preset(carrier), present);
        QVERIFY2(fieldsOf(issues).contains(field), qPrintable(fieldsOf(issues).join(",")));
        for (const auto& i : issues)
            QVERIFY(!i.message.isEmpty());
        Failure error;
        QVERIFY(!AccountRequest::build(p, preset(carrier), hasSecret ? secret() : AccountSecrets(),
                                       &error));
        QCOMPARE(error.category, ErrorCategory::InvalidInput);
    }

    void banyanProductionSaysWhereTheUrlComesFrom()
    {
        const auto issues = AccountRequest::validate(accountFor("banyan", "production"),
                                                     preset("banyan"), {"client_secret"});
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().message.contains("Banyan"), qPrintable(issues.first().message));
    }

    void reservedHeadersAndParamsRefused()
    {
        Account p = accountFor("oauth2", "custom");
        p.tokenUrl = "https://login.example.com/token";
        p.headers.insert("Authorization", "Bearer x");
        p.headers.insert("bad header", "x");
        p.fields.insert("client_secret", "oops");
        const QStringList fields =
            fieldsOf(AccountRequest::validate(p, preset("oauth2"), {"client_secret"}));
        QVERIFY(fields.contains("header:Authorization"));
        QVERIFY(fields.contains("header:bad header"));
        QVERIFY(fields.contains("field:client_secret"));
    }

    void wrongPlacementForThePreset()
    {
        Account p = accountFor("dhl-ecs");
        p.placement = CredentialPlacement::Basic;
        QVERIFY(fieldsOf(AccountRequest::validate(p, preset("dhl-ecs"), {"client_secret"}))
                    .contains("credentials"));
    }

    void deprecatedEndpointWarns()
    {
        Account p = accountFor("project44", "production");
        p.tokenUrl = "https://na12.api.project44.com/api/v4/oauth/token";
        const QStringList w = AccountRequest::warnings(p, preset("project44"));
        QCOMPARE(w.size(), 1);
        QVERIFY(w.first().contains("/api/v4/oauth2/token"));
    }

    void environmentKind()
    {
        QCOMPARE(accountFor("dhl-ecs", "production").environmentKind(preset("dhl-ecs")),
                 EnvironmentKind::Production);
        QCOMPARE(accountFor("dhl-ecs", "sandbox").environmentKind(preset("dhl-ecs")),
                 EnvironmentKind::Sandbox);
        Account custom = accountFor("oauth2", "custom");
        custom.tokenUrl = "https://login.example.com/token";
        QCOMPARE(custom.environmentKind(preset("oauth2")), EnvironmentKind::Production);
        custom.tokenUrl = "https://auth.sandbox.example.com/token";
        QCOMPARE(custom.environmentKind(preset("oauth2")), EnvironmentKind::Sandbox);
    }

    // The digest is what it was when written through Account::toJson(), for
    // every preset and for settings of every kind: no cached token is lost.
    void issuedForMatchesWhatCachedTokensRecorded()
    {
        QRandomGenerator random(20261205);
        QList<const CarrierPreset*> presets{nullptr};
        for (const CarrierPreset& p : CarrierCatalog::builtin().presets())
            presets << &p;
        const QList<std::optional<CredentialPlacement>> placements{
            std::nullopt, CredentialPlacement::Basic, CredentialPlacement::Body,
            CredentialPlacement::Headers};
        for (int i = 0; i < 3000; ++i) {
            const CarrierPreset* preset = presets.at(i % presets.size());
            Account a = accountFor(preset ? preset->id : awkwardText(random) + "x");
            if (preset && !preset->environments.isEmpty() && random.bounded(4) != 0)
                a.environmentId =
                    preset->environments.at(int(random.bounded(preset->environments.size()))).id;
            else
                a.environmentId =
                    random.bounded(2) ? Account::kCustomEnvironment : awkwardText(random);
            a.name = awkwardText(random) + "n";
            a.clientId = awkwardText(random);
            if (random.bounded(2))
                a.tokenUrl =
                    "https://auth.example.com/" + awkwardText(random) + "?q=" + awkwardText(random);
            a.placement = placements.at(int(random.bounded(placements.size())));
            if (random.bounded(2))
                a.grantType =
                    random.bounded(2) ? QString("client_credentials") : awkwardText(random);
            for (int f = int(random.bounded(4)); f > 0; --f)
                a.fields.insert(awkwardText(random) + "k", awkwardText(random));
            for (int h = int(random.bounded(3)); h > 0; --h)
                a.headers.insert(awkwardText(random) + "H", awkwardText(random));
            if (random.bounded(4) == 0)
                a.shape = QJsonObject{{"body", "json"},
                                      {"token_path", awkwardText(random)},
                                      {"expires", qint64(random.bounded(100000))}};
            if (random.bounded(4) == 0) {
                a.probe.target = "/v1/" + awkwardText(random);
                a.probe.statuses = {200, int(random.bounded(200, 600))};
                a.probe.jsonPath = awkwardText(random);
            }
            a.probeOn = random.bounded(5) != 0;
            a.keepFresh = random.bounded(2);
            a.secretMissing = random.bounded(2);
            // bookkeeping, which the digest leaves out
            a.issuer = awkwardText(random);
            a.jwksUrl = "https://keys.example.com/" + awkwardText(random);
            a.signingKey = awkwardText(random);
            a.keychainFields = QStringList{awkwardText(random) + "f"};
            const QDateTime at = QDateTime::fromSecsSinceEpoch(1790000000 + random.bounded(999999));
            a.created = a.updated = a.secretSetAt = a.workedAt = a.failingSince = at;
            a.secretExpires = QDate(2027, 1, 1 + int(random.bounded(28)));
            const QByteArray digest = AccountRequest::issuedFor(a, preset);
            QVERIFY2(digest == issuedForAsRecorded(a, preset),
                     qPrintable(QStringLiteral("account %1, carrier %2").arg(i).arg(a.carrierId)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountRequest)
#include "tst_accountrequest.moc"
