// SPDX-License-Identifier: Apache-2.0
// PastedText: what a carrier's onboarding text (a curl or HTTPie command, a
// raw request, JSON, .env or e-mail lines) fills in, and what it never does.
#include "carriercatalog.h"
#include "pastedcredentials.h"

#include <QTest>

using Fields = QMap<QString, QString>;

class TestPastedCredentials : public QObject
{
    Q_OBJECT

    const CarrierCatalog& catalog = CarrierCatalog::builtin();

private slots:
    void recognises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<Fields>("fields");

        QTest::newRow("banyan curl, continued lines")
            << "curl --location --request POST "
               "'https://ws.integration.banyantechnology.com/auth/connect/token' \\\n"
               "  --header 'Content-Type: application/x-www-form-urlencoded' \\\n"
               "  --data-urlencode 'grant_type=client_credentials' \\\n"
               "  --data-urlencode 'client_id=acme-banyan-7' \\\n"
               "  --data-urlencode 'client_secret=s3cr&t=yes' \\\n"
               "  --data-urlencode 'clientrefnum=ACME-1042'"
            << "banyan"
            << "sandbox"
            << "acme-banyan-7" << QByteArray("s3cr&t=yes") << Fields{{"clientrefnum", "ACME-1042"}};
        QTest::newRow("project44 curl -u and -d")
            << "$ curl -X POST https://na12.api.project44.com/api/v4/oauth2/token -u "
               "p44-id:p44%secret -d grant_type=client_credentials"
            << "project44"
            << "production"
            << "p44-id" << QByteArray("p44%secret") << Fields{};
        QTest::newRow("curl, Windows continuations, Basic header")
            << "curl.exe -X POST \"https://apis-sandbox.fedex.com/oauth/token\" ^\n"
               " -H \"Authorization: Basic ZmVkLWlkOmZlZC1zZWNyZXQ=\" ^\n"
               " -d \"grant_type=client_credentials\""
            << "fedex"
            << "sandbox"
            << "fed-id" << QByteArray("fed-secret") << Fields{};
        QTest::newRow("curl, JSON body")
            << "curl -s https://apis.usps.com/oauth2/v3/token -H 'Content-Type: application/json' "
               "-d '{\"client_id\": \"usps-id\", \"client_secret\": \"usps-secret\", "
               "\"grant_type\": \"client_credentials\"}'"
            << "usps"
            << "production"
            << "usps-id" << QByteArray("usps-secret") << Fields{};
        QTest::newRow("httpie form")
            << "http -f POST https://api-sandbox.dhlecs.com/auth/v4/accesstoken "
               "grant_type=client_credentials client_id=dhl-id client_secret=dhl-secret"
            << "dhl-ecs"
            << "sandbox"
            << "dhl-id" << QByteArray("dhl-secret") << Fields{};
        QTest::newRow("httpie --auth, https without scheme")
            << "https --form POST apis.fedex.com/oauth/token --auth fx-id:fx-secret "
               "grant_type=csp_credentials child_Key=child-7 child_secret=child-s"
            << "fedex"
            << "production"
            << "fx-id" << QByteArray("fx-secret") << Fields{{"child_Key", "child-7"}};
        QTest::newRow("raw HTTP request")
            << "POST /auth/v4/accesstoken HTTP/1.1\r\nHost: api.dhlecs.com\r\n"
               "Content-Type: application/x-www-form-urlencoded\r\n\r\n"
               "grant_type=client_credentials&client_id=raw-id&client_secret=raw%2Bsecret"
            << "dhl-ecs"
            << "production"
            << "raw-id" << QByteArray("raw+secret") << Fields{};
        QTest::newRow("JSON, camel case, nested")
            << "{\"carrier\": \"project44\", \"credentials\": {\"clientId\": \"cam-id\", "
               "\"clientSecret\": \"cam-secret\"}, \"environment\": \"sandbox\"}"
            << "project44"
            << "sandbox"
            << "cam-id" << QByteArray("cam-secret") << Fields{};
        QTest::newRow("JSON, key and secret")
            << "{\"key\": \"k-123\", \"secret\": \"s-456\", \"token_url\": "
               "\"https://wwwcie.ups.com/security/v1/oauth/token\"}"
            << "ups"
            << "sandbox"
            << "k-123" << QByteArray("s-456") << Fields{};
        QTest::newRow(".env lines")
            << "# UPS\nexport UPS_CLIENT_ID=env-id\nCLIENT_SECRET=\"env secret\"\n"
               "TOKEN_URL=https://onlinetools.ups.com/security/v1/oauth/token\n"
            << "ups"
            << "production"
            << "env-id" << QByteArray("env secret") << Fields{};
        QTest::newRow("English e-mail")
            << "Hello,\n\nyour XPO Connect API access is ready.\n\n"
               "  • Client ID: xpo-mail-id\n  • Client Secret: xpo-mail-secret\n"
               "  • Scope: xpo-api\n\nKind regards"
            << "xpo"
            << ""
            << "xpo-mail-id" << QByteArray("xpo-mail-secret") << Fields{{"scope", "xpo-api"}};
        QTest::newRow("German e-mail, Markdown bold")
            << "Guten Tag,\n\nhier Ihre Zugangsdaten für DHL eCommerce (Testumgebung):\n"
               "**Client-ID:** de-id\n**Client-Geheimnis:** de-geheim\n"
            << "dhl-ecs"
            << "sandbox"
            << "de-id" << QByteArray("de-geheim") << Fields{};
        QTest::newRow("Spanish e-mail")
            << "Estimado cliente:\nID de cliente: es-id\nSecreto de cliente: es-secreto\n"
               "Entorno: producción\nTransportista: FedEx"
            << "fedex"
            << "production"
            << "es-id" << QByteArray("es-secreto") << Fields{};
        QTest::newRow("French e-mail, TForce tenant in the URL")
            << "Bonjour,\nIdentifiant client : fr-id\nSecret client : fr-secret\n"
               "URL du jeton : "
               "https://login.microsoftonline.com/ca1e5c8d-0001/oauth2/v2.0/token\n"
            << "tforce"
            << "production"
            << "fr-id" << QByteArray("fr-secret") << Fields{{"tenant", "ca1e5c8d-0001"}};
        QTest::newRow("unknown host: generic with its URL")
            << "client_id=gen-id\nclient_secret=gen-secret\n"
               "token_url=https://auth.example.net/oauth/token"
            << "oauth2"
            << ""
            << "gen-id" << QByteArray("gen-secret") << Fields{};
    }

    void recognises()
    {
        QFETCH(QString, text);
        QFETCH(QString, carrier);
        QFETCH(QString, environment);
        QFETCH(QString, clientId);
        QFETCH(QByteArray, secret);
        QFETCH(Fields, fields);
        const PastedCredentials p = PastedText::read(text, catalog);
        QVERIFY(p.found());
        QCOMPARE(p.carrierId, carrier);
        QCOMPARE(p.environmentId, environment);
        QCOMPARE(p.clientId, clientId);
        QCOMPARE(p.clientSecret.expose(), secret);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QCOMPARE(p.fields.value(it.key()), it.value());
            QVERIFY(p.recognised.contains("field:" + it.key()));
        }
        QVERIFY(p.recognised.contains("client_id"));
        QVERIFY(p.recognised.contains("client_secret"));
        QCOMPARE(p.recognised.contains("carrier"), !carrier.isEmpty());
    }

    void secretFieldsStayApartFromFields()
    {
        const PastedCredentials p = PastedText::read(
            "curl https://apis.fedex.com/oauth/token -d grant_type=csp_credentials "
            "-d client_id=a -d client_secret=b -d child_Key=ck -d child_secret=cs",
            catalog);
        QCOMPARE(p.secretFields.value("child_secret").expose(), QByteArray("cs"));
        QVERIFY(!p.fields.contains("child_secret"));
        QCOMPARE(p.grantType, QString("csp_credentials"));
        QVERIFY(p.recognised.contains("field:child_secret"));
    }

    void basicCredentialsKeepTheirPlacement()
    {
        const PastedCredentials p = PastedText::read(
            "curl -u 'id:se:cret' https://na12.api.sandbox.p-44.com/api/v4/oauth2/token", catalog);
        QCOMPARE(p.clientSecret.expose(), QByteArray("se:cret"));
        QVERIFY(p.placement.has_value());
        QCOMPARE(*p.placement, CredentialPlacement::Basic);
        QCOMPARE(p.source, PastedCredentials::Source::Curl);
    }

    // Credentials in a URL's user info are read as Basic and never kept in
    // the URL that is shown, summarised and saved.
    void userInfoInTheUrlIsReadNotKept()
    {
        const PastedCredentials p = PastedText::read(
            "curl -X POST 'https://url-id:url%40secret@auth.example.net/oauth/token' "
            "-d grant_type=client_credentials",
            catalog);
        QCOMPARE(p.clientId, QString("url-id"));
        QCOMPARE(p.clientSecret.expose(), QByteArray("url@secret"));
        QCOMPARE(p.tokenUrl, QString("https://auth.example.net/oauth/token"));
        QCOMPARE(*p.placement, CredentialPlacement::Basic);
        const Account account = PastedText::toAccount(p, catalog);
        const QString summary = PastedText::summary(p.withoutSecrets(), account, catalog);
        QVERIFY2(!summary.contains("secret@") && !summary.contains("url%40secret"),
                 "the summary repeats no secret");
        QVERIFY(!account.tokenUrl.contains("url-id"));
    }

    // A request that sends the secret as a form field is sent that way again,
    // also where the preset's own default is Basic; lines that only name the
    // secret leave the preset's default.
    void bodyCredentialsKeepTheirPlacement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("placement"); // -1: none stated
        QTest::newRow("curl -d") << "curl https://auth.example.net/token -d client_id=a "
                                    "-d client_secret=b"
                                 << int(CredentialPlacement::Body);
        QTest::newRow("httpie form") << "http -f POST auth.example.net/token client_id=a "
                                        "client_secret=b"
                                     << int(CredentialPlacement::Body);
        QTest::newRow("raw request") << "POST /token HTTP/1.1\r\nHost: auth.example.net\r\n\r\n"
                                        "client_id=a&client_secret=b"
                                     << int(CredentialPlacement::Body);
        QTest::newRow("curl Basic header")
            << "curl https://auth.example.net/token -H 'Authorization: Basic YTpi' "
               "-d grant_type=client_credentials"
            << int(CredentialPlacement::Basic);
        QTest::newRow("e-mail") << "Client ID: a\nClient secret: b" << -1;
        QTest::newRow("JSON") << "{\"client_id\": \"a\", \"client_secret\": \"b\"}" << -1;
    }

    void bodyCredentialsKeepTheirPlacement()
    {
        QFETCH(QString, text);
        QFETCH(int, placement);
        const PastedCredentials p = PastedText::read(text, catalog);
        QCOMPARE(p.clientSecret.expose(), QByteArray("b"));
        QCOMPARE(p.placement.has_value() ? int(*p.placement) : -1, placement);
        QCOMPARE(p.recognised.contains("placement"), placement >= 0);
        if (placement >= 0) {
            const Account account = PastedText::toAccount(p, catalog);
            QCOMPARE(account.carrierId, QString("oauth2"));
            QCOMPARE(account.effectivePlacement(catalog.find("oauth2")),
                     CredentialPlacement(placement));
        }
    }

    // Documentation samples and ordinary text fill nothing, so the form is
    // never half filled from them.
    void nothingRecognised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("prose") << "Thanks for the call today, talk soon!";
        QTest::newRow("placeholders only")
            << "curl --location --request POST "
               "'https://ws.integration.banyantechnology.com/auth/connect/token' "
               "--data-urlencode 'client_id=<client_id>' --data-urlencode "
               "'client_secret=YOUR_CLIENT_SECRET'";
        QTest::newRow("ellipsis and braces")
            << "{\"client_id\": \"\u2026\", \"client_secret\": \"{{secret}}\"}";
        QTest::newRow("control characters") << QString("Client ID: a\x1b[2Jb\nSecret: c\x07");
        QTest::newRow("too long") << "Client ID: " + QString(PastedText::kMaxChars, 'x');
    }

    void nothingRecognised()
    {
        QFETCH(QString, text);
        const PastedCredentials p = PastedText::read(text, catalog);
        QVERIFY(!p.found());
        QVERIFY(p.carrierId.isEmpty());
        QVERIFY(p.recognised.isEmpty());
        QCOMPARE(p.source, PastedCredentials::Source::Nothing);
    }

    // Nothing in the text runs: shell syntax is read as text, never expanded.
    void nothingRuns()
    {
        const PastedCredentials p = PastedText::read(
            "curl https://apis.usps.com/oauth2/v3/token -d \"client_id=$(touch /tmp/pwned)\" "
            "-d 'client_secret=$(id)'",
            catalog);
        QCOMPARE(p.clientId, QString("$(touch /tmp/pwned)"));
        QCOMPARE(p.clientSecret.expose(), QByteArray("$(id)"));
        QVERIFY(!QFile::exists("/tmp/pwned"));
    }

    // A carrier's name inside a host that is not the carrier's lends the
    // account nothing: it stays generic, with the URL as written.
    void lookAlikeHostsStayGeneric_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("carrier host as a subdomain")
            << "curl https://apis.fedex.com.evil.example/oauth/token -u a-id:a-secret";
        QTest::newRow("carrier name in the host")
            << "curl https://evil-fedex.com/oauth/token -d client_id=a-id -d client_secret=s";
        QTest::newRow("carrier named in the text, unknown host")
            << "Your FedEx access:\nToken URL: https://fedex-login.example.org/token\n"
               "Client ID: a-id\nSecret: s";
    }
    void lookAlikeHostsStayGeneric()
    {
        QFETCH(QString, text);
        const PastedCredentials p = PastedText::read(text, catalog);
        QVERIFY(p.found());
        QCOMPARE(p.carrierId, QString("oauth2"));
        QVERIFY(!p.tokenUrl.isEmpty());
    }

    // Two keys for one role (another service's API key before the carrier's
    // id): nothing is taken, so no secret lands in the account file as an id.
    void twoDifferentCredentialsAreRefused()
    {
        const PastedCredentials p = PastedText::read(
            "STRIPE_API_KEY=sk_live_51abc\nUPS_CLIENT_ID=ups-id\nUPS_CLIENT_SECRET=ups-secret\n",
            catalog);
        QVERIFY(p.ambiguous);
        QVERIFY(!p.found());
        QVERIFY(p.clientId.isEmpty());
        // the same value twice is no ambiguity
        const PastedCredentials same = PastedText::read(
            "curl https://apis.usps.com/oauth2/v3/token -u id1:sec1 -d client_id=id1", catalog);
        QVERIFY(!same.ambiguous);
        QCOMPARE(same.clientId, QString("id1"));
    }

    void aTokenUrlKeepsNoQuery()
    {
        const PastedCredentials p = PastedText::read(
            "curl 'https://auth.example.net/token?client_id=q-id&client_secret=q-secret#x'",
            catalog);
        QCOMPARE(p.tokenUrl, QString("https://auth.example.net/token"));
        QCOMPARE(p.clientId, QString("q-id"));
        QCOMPARE(p.clientSecret.expose(), QByteArray("q-secret"));
    }

    void realValuesAreNotPlaceholders()
    {
        const PastedCredentials p = PastedText::read(
            "Client ID: {6F9619FF-8B86-D011-B42D-00CF4FC964FF}\nClient Secret: $ab12cd\n"
            "Carrier: UPS",
            catalog);
        QCOMPARE(p.clientId, QString("{6F9619FF-8B86-D011-B42D-00CF4FC964FF}"));
        QCOMPARE(p.clientSecret.expose(), QByteArray("$ab12cd"));
    }

    void theLongestEnvironmentNameWins()
    {
        const PastedCredentials p = PastedText::read(
            "project44 production-eu\nClient ID: eu-id\nSecret: eu-secret", catalog);
        QCOMPARE(p.carrierId, QString("project44"));
        QCOMPARE(p.environmentId, QString("production-eu"));
    }

    // A line of bullets and spaces as long as a paste may be is read through
    // once, not tried from every position.
    void longDecoratedLinesEndQuickly()
    {
        QString line;
        for (int i = 0; i < PastedText::kMaxChars / 2 - 10; ++i)
            line += i % 2 ? QLatin1Char(' ') : QLatin1Char('*');
        const PastedCredentials p =
            PastedText::read(line + "\nClient ID: x-id\nSecret: x-secret", catalog);
        QCOMPARE(p.clientId, QString("x-id"));
    }

    void namesAreMadeUnique()
    {
        PastedCredentials p = PastedText::read(
            "curl https://na12.api.sandbox.p-44.com/api/v4/oauth2/token -u a:b", catalog);
        const QString first = PastedText::suggestName(p, catalog, {});
        QVERIFY(first.startsWith("project44 "));
        QCOMPARE(PastedText::suggestName(p, catalog, {first, first.toUpper() + " 2"}),
                 first + " 3");
    }
};

QTEST_GUILESS_MAIN(TestPastedCredentials)
#include "tst_pastedcredentials.moc"
