// SPDX-License-Identifier: Apache-2.0
#include "accountrequest.h"
#include "carriercatalog.h"

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
};

QTEST_GUILESS_MAIN(TestAccountRequest)
#include "tst_accountrequest.moc"
