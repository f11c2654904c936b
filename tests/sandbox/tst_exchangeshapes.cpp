// SPDX-License-Identifier: Apache-2.0
#include "accountrequest.h"
#include "carriercatalog.h"
#include "headerformat.h"
#include "sandboxserver.h"
#include "testsupport.h"
#include "tokenclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

Q_DECLARE_METATYPE(ErrorCategory)
Q_DECLARE_METATYPE(ExpirySource)

// Every exchange shape end to end, as a person's account would send it: the
// account and its secrets go through AccountRequest (the catalog's data, no
// code per carrier) and TokenClient to the carrier's emulation, and the token
// comes back from wherever that carrier puts it, with the headers API calls need.
class TestExchangeShapes : public QObject
{
    Q_OBJECT

private:
    SandboxServer* sandbox = nullptr;
    TokenClient* client = nullptr;

    struct Filled
    {
        Account account;
        AccountSecrets secrets;
    };

    // An account for the sandbox, every field filled as the carrier's sandbox expects.
    Filled filled(const QString& carrier) const
    {
        Filled f;
        f.account.id = QUuid::createUuid();
        f.account.name = carrier + " sandbox";
        f.account.carrierId = carrier;
        f.account.environmentId = Account::kCustomEnvironment;
        f.account.tokenUrl = sandbox->tokenUrl(carrier).toString();
        sandbox->fillAccount(CarrierCatalog::builtin().find(carrier), &f.account, &f.secrets);
        return f;
    }

    TokenRequestSpec spec(const Filled& f) const
    {
        Failure error;
        const auto s = AccountRequest::build(
            f.account, CarrierCatalog::builtin().find(f.account.carrierId), f.secrets, &error);
        [&] {
            QVERIFY2(s, qPrintable(error.message.text()));
        }();
        return s.value_or(TokenRequestSpec());
    }

    TokenResult fetch(const TokenRequestSpec& s) { return fetchAndCount(*client, s); }

private slots:
    void initTestCase()
    {
        sandbox = new SandboxServer(this);
        QVERIFY(sandbox->start());
        client = new TokenClient(this);
    }

    void tokenComesFromItsPlace_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<ExpirySource>("expiry");
        QTest::addColumn<qint64>("lifetime");
        QTest::addColumn<bool>("refreshToken");
        QTest::addColumn<QStringList>("headers"); // what API calls send, in order
        using E = ExpirySource;
        const QStringList bearer{"Authorization"};
        QTest::newRow("password grant")
            << "dhl-parcel-de" << E::ExpiresIn << 1799LL << false << bearer;
        QTest::newRow("token in a response header")
            << "dpd" << E::Jwt << 86400LL << false << bearer;
        QTest::newRow("GET with Basic, sessionToken")
            << "odfl" << E::Documented << 3600LL << false << bearer;
        QTest::newRow("JSON principal and credential")
            << "eshipper" << E::ExpiresIn << 3600LL << true << bearer;
        QTest::newRow("fixed audience")
            << "chrobinson" << E::ExpiresIn << 86400LL << false << bearer;
        QTest::newRow("consumer key on every call") << "maersk" << E::ExpiresIn << 7199LL << false
                                                    << QStringList{"Authorization", "Consumer-Key"};
        QTest::newRow("named token header") << "royalmail" << E::Documented << 14400LL << false
                                            << QStringList{"X-RMG-Auth-Token", "X-IBM-Client-Id"};
        QTest::newRow("API key and Basic login") << "estes" << E::ExpiresIn << 35999LL << false
                                                 << QStringList{"Authorization", "apikey"};
        QTest::newRow("GET with Basic, five hours")
            << "dhl-ecs-global" << E::ExpiresIn << 18000LL << false << bearer;
        QTest::newRow("DPI GET with Basic") << "dpi" << E::ExpiresIn << 18000LL << false << bearer;
        QTest::newRow("form client credentials")
            << "sapient" << E::ExpiresIn << 3600LL << false << bearer;
        QTest::newRow("Hermes password grant")
            << "hermes" << E::ExpiresIn << 3600LL << false << bearer;
        QTest::newRow("password grant and subscription key")
            << "jbhunt" << E::ExpiresIn << 300LL << false
            << QStringList{"Authorization", "Ocp-Apim-Subscription-Key"};
        QTest::newRow("JSON login, id_token") << "asendia" << E::Jwt << 86400LL << false << bearer;
        QTest::newRow("absolute expiry and refreshToken")
            << "dhl-parcel-nl" << E::StatedTime << 900LL << true << bearer;
        QTest::newRow("API key header and scope") << "echo" << E::ExpiresIn << 3600LL << false
                                                  << QStringList{"Authorization", "x-api-key"};
        QTest::newRow("Basic, hour-long JWT")
            << "trimble" << E::ExpiresIn << 3600LL << false << bearer;
        QTest::newRow("required scope, 30 days")
            << "uber" << E::ExpiresIn << 2592000LL << false << bearer;
        QTest::newRow("form body, two hours")
            << "motive" << E::ExpiresIn << 7200LL << false << bearer;
        QTest::newRow("Basic") << "loadsmart" << E::ExpiresIn << 3600LL << false << bearer;
        QTest::newRow("Basic at the customer's host")
            << "expeditors" << E::ExpiresIn << 7199LL << false << bearer;
        QTest::newRow("Basic and a grant_type body")
            << "gls" << E::ExpiresIn << 14400LL << false << bearer;
        QTest::newRow("response type in the URL")
            << "dhl-freight" << E::ExpiresIn << 1799LL << false << bearer;
    }
    void tokenComesFromItsPlace()
    {
        QFETCH(QString, carrier);
        QFETCH(ExpirySource, expiry);
        QFETCH(qint64, lifetime);
        QFETCH(bool, refreshToken);
        QFETCH(QStringList, headers);
        const Filled f = filled(carrier);
        const TokenRequestSpec s = spec(f);
        const int before = sandbox->tokenRequestCount(carrier);
        TokenResult r = fetch(s);
        QVERIFY2(r.ok(), qPrintable(r.error.message.text() + " / " + r.error.carrierDescription));
        QCOMPARE(sandbox->tokenRequestCount(carrier), before + 1);
        // the token is the one the carrier issued, from its field or header
        QCOMPARE(QByteArray(r.token.accessToken.expose()), sandbox->issuedTokens().constLast());
        QCOMPARE(r.token.expirySource(), expiry);
        QVERIFY(qAbs(*r.token.lifetime() - lifetime) <= 2);
        QCOMPARE(r.token.refreshToken.isEmpty(), !refreshToken);
        // nothing the carrier handed out is on show
        QVERIFY(!r.redactedBody.contains(r.token.accessToken.expose()));
        QVERIFY(
            !QJsonDocument(r.token.otherFields).toJson().contains(r.token.accessToken.expose()));
        if (refreshToken)
            QVERIFY(!r.redactedBody.contains(r.token.refreshToken.expose()));

        // the copy formats carry every header API calls need, the token's first
        r.token.apiHeaders = s.apiHeaders;
        QStringList names;
        for (const auto& h : r.token.headers())
            names << h.first;
        QCOMPARE(names, headers);
        const QString token = QString::fromUtf8(r.token.accessToken.expose());
        const QStringList lines =
            HeaderFormat::render(HeaderFormat::Header, r.token).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), headers.size());
        QVERIFY(lines.first().startsWith(headers.first() + ": "));
        QVERIFY(lines.first().endsWith(token));
        const QString curl = HeaderFormat::render(HeaderFormat::Curl, r.token, s.url);
        const QString httpie = HeaderFormat::render(HeaderFormat::Httpie, r.token, s.url);
        const QString ps = HeaderFormat::render(HeaderFormat::PowerShell, r.token, s.url);
        const QJsonObject json =
            QJsonDocument::fromJson(HeaderFormat::render(HeaderFormat::Json, r.token).toUtf8())
                .object();
        for (const QString& name : headers) {
            QVERIFY2(curl.contains("'" + name + ": "), qPrintable(curl));
            QVERIFY2(httpie.contains("'" + name + ":"), qPrintable(httpie));
            QVERIFY2(ps.contains(name), qPrintable(ps));
            QVERIFY(json.value("headers").toObject().contains(name));
        }
        QCOMPARE(json.value("expires_from").toString(), expirySourceId(expiry));
    }

    void wrongCredentialsAreRefused_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("secret"); // which secret is wrong: "" = the client secret
        for (const char* id :
             {"dhl-parcel-de", "dpd",       "odfl",           "eshipper", "chrobinson", "maersk",
              "royalmail",     "estes",     "dhl-ecs-global", "dpi",      "sapient",    "hermes",
              "jbhunt",        "asendia",   "dhl-parcel-nl",  "echo",     "trimble",    "uber",
              "motive",        "loadsmart", "expeditors",     "gls",      "dhl-freight"})
            QTest::newRow(id) << id << "";
        QTest::newRow("dhl-parcel-de password") << "dhl-parcel-de"
                                                << "password";
        QTest::newRow("royalmail password") << "royalmail"
                                            << "X-RMG-Security-Password";
        QTest::newRow("estes API key") << "estes" << CarrierPreset::kApiKeyField;
        QTest::newRow("hermes password") << "hermes"
                                         << "password";
        QTest::newRow("jbhunt password") << "jbhunt"
                                         << "password";
        QTest::newRow("jbhunt subscription key") << "jbhunt"
                                                 << "Ocp-Apim-Subscription-Key";
        QTest::newRow("echo API key") << "echo" << CarrierPreset::kApiKeyField;
    }
    void wrongCredentialsAreRefused()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, secret);
        Filled f = filled(carrier);
        if (secret.isEmpty())
            f.secrets.clientSecret = SecretBytes("not-the-secret");
        else
            f.secrets.fields.insert(secret, SecretBytes("not-the-secret"));
        const TokenResult r = fetch(spec(f));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.category, ErrorCategory::CredentialsRejected);
        QCOMPARE(r.httpStatus, 401);
        QVERIFY(!r.error.message.text().contains("not-the-secret"));
    }

    // A request in another carrier's shape is refused by this one, and the
    // person reads why in the carrier's own words.
    void wrongShapeIsRefused_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("mistake");
        QTest::newRow("dpd credentials in the body") << "dpd"
                                                     << "body";
        QTest::newRow("odfl POST") << "odfl"
                                   << "post";
        QTest::newRow("eshipper form") << "eshipper"
                                       << "form";
        QTest::newRow("estes without Basic") << "estes"
                                             << "body";
        QTest::newRow("maersk without Consumer-Key") << "maersk"
                                                     << "no-api-headers";
        QTest::newRow("chrobinson without audience") << "chrobinson"
                                                     << "no-fields";
        QTest::newRow("royalmail in Basic") << "royalmail"
                                            << "basic";
        QTest::newRow("dhl-parcel-de client credentials") << "dhl-parcel-de"
                                                          << "grant";
        QTest::newRow("dhl-ecs-global POST") << "dhl-ecs-global"
                                             << "post";
        QTest::newRow("dpi POST") << "dpi"
                                  << "post";
        QTest::newRow("sapient in Basic") << "sapient"
                                          << "basic";
        QTest::newRow("hermes client credentials") << "hermes"
                                                   << "grant";
        QTest::newRow("jbhunt client credentials") << "jbhunt"
                                                   << "grant";
        QTest::newRow("jbhunt without subscription key") << "jbhunt"
                                                         << "no-secret-headers";
        QTest::newRow("asendia form") << "asendia"
                                      << "form";
        QTest::newRow("dhl-parcel-nl form") << "dhl-parcel-nl"
                                            << "form";
        QTest::newRow("echo without x-api-key") << "echo"
                                                << "no-api-key";
        QTest::newRow("echo without scope") << "echo"
                                            << "no-fields";
        QTest::newRow("uber without scope") << "uber"
                                            << "no-fields";
        for (const char* id : {"trimble", "loadsmart", "expeditors", "gls"})
            QTest::newRow((QByteArray(id) + " without Basic").constData()) << id << "body";
        QTest::newRow("dhl-freight with a body") << "dhl-freight"
                                                 << "body";
        QTest::newRow("dhl-freight without the URL's query") << "dhl-freight"
                                                             << "no-query";
    }
    void wrongShapeIsRefused()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, mistake);
        TokenRequestSpec s = spec(filled(carrier));
        if (mistake == "body") {
            s.placement = CredentialPlacement::Body;
            s.shape.body = BodyEncoding::Form;
        } else if (mistake == "post") {
            s.shape.method = HttpMethod::Post;
        } else if (mistake == "form") {
            s.shape.body = BodyEncoding::Form;
        } else if (mistake == "no-api-headers") {
            s.headers.clear();
        } else if (mistake == "no-secret-headers") {
            s.secretHeaders.clear();
        } else if (mistake == "no-fields") {
            s.bodyFields.clear();
        } else if (mistake == "basic") {
            s.placement = CredentialPlacement::Basic;
        } else if (mistake == "grant") {
            s.grantType = "client_credentials";
        } else if (mistake == "no-api-key") {
            s.secretHeaders.clear();
        } else if (mistake == "no-query") {
            s.url.setQuery(QString());
        }
        const int issued = sandbox->issuedTokenCount(carrier);
        const TokenResult r = fetch(s);
        QVERIFY(!r.ok());
        QCOMPARE(sandbox->issuedTokenCount(carrier), issued);
        QVERIFY(r.httpStatus >= 400 && r.httpStatus < 500);
        // what the carrier said about it reaches the person
        QVERIFY2(!r.error.carrierDescription.isEmpty() || !r.error.carrierError.isEmpty(),
                 qPrintable(r.error.message.text()));
    }

    // DHL Parcel NL logs in with userId and key in JSON and states the expiry
    // as a Unix time in accessTokenExpiration; a refreshToken comes along.
    void dhlParcelNlExpiryIsAStatedTime()
    {
        sandbox->setTokenLifetime("dhl-parcel-nl", 1234); // not the preset's 15 minutes
        const TokenRequestSpec s = spec(filled("dhl-parcel-nl"));
        const TokenResult r = fetch(s);
        sandbox->setTokenLifetime("dhl-parcel-nl", 0);
        QVERIFY2(r.ok(), qPrintable(r.error.message.text() + " / " + r.error.carrierDescription));
        const RecordedRequest sent = sandbox->requests().constLast();
        QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(sent.body).object().keys(),
                 QStringList({"key", "userId"}));
        QCOMPARE(r.token.expirySource(), ExpirySource::StatedTime);
        QVERIFY(r.token.expiresAtStated.isValid());
        QVERIFY(qAbs(*r.token.lifetime() - 1234) <= 2);
        QCOMPARE(QByteArray(r.token.refreshToken.expose()),
                 sandbox->issuedRefreshTokens().constLast());
        QVERIFY(!r.redactedBody.contains(r.token.refreshToken.expose()));
    }

    // J.B. Hunt: a password grant, and the subscription key header on the
    // token request and on every API call; the token URL is not published.
    void jbhuntPasswordGrantAndSubscriptionKey()
    {
        const Filled f = filled("jbhunt");
        const TokenRequestSpec s = spec(f);
        TokenResult r = fetch(s);
        QVERIFY2(r.ok(), qPrintable(r.error.message.text() + " / " + r.error.carrierDescription));
        const auto creds = sandbox->credentials("jbhunt");
        const QByteArray key = creds.fields.value("Ocp-Apim-Subscription-Key");
        const RecordedRequest sent = sandbox->requests().constLast();
        QCOMPARE(sent.formValue("grant_type"), QByteArray("password"));
        QCOMPARE(sent.formValue("username"), creds.fields.value("username"));
        QCOMPARE(sent.header("ocp-apim-subscription-key"), key);
        r.token.apiHeaders = s.apiHeaders;
        const auto headers = r.token.headers();
        QCOMPARE(headers.size(), 2);
        QCOMPARE(headers.at(1).first, QString("Ocp-Apim-Subscription-Key"));
        QCOMPARE(headers.at(1).second.toUtf8(), key);

        // the header name is a guess and says so; the key is a secret
        const CarrierPreset* preset = CarrierCatalog::builtin().find("jbhunt");
        const CarrierField* field = preset->field("Ocp-Apim-Subscription-Key");
        QVERIFY(field && field->unconfirmed && field->secret && field->apiCalls);
        // with no published URL, an account for production is told to enter its own
        Account production = f.account;
        production.environmentId = "production";
        production.tokenUrl.clear();
        const QSet<QString> present{"client_secret", "password", "Ocp-Apim-Subscription-Key"};
        const auto issues = AccountRequest::validate(production, preset, present);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QString("token_url"));
        QVERIFY(issues.first().message.contains("J.B. Hunt"));
    }

    // Echo and Uber refuse a token request without a scope; TokenDock asks for
    // one before it sends anything.
    void scopeIsRequired_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::newRow("echo") << "echo";
        QTest::newRow("uber") << "uber";
    }
    void scopeIsRequired()
    {
        QFETCH(QString, carrier);
        Filled f = filled(carrier);
        QVERIFY(!f.account.fields.value("scope").isEmpty());
        f.account.fields.remove("scope");
        Failure error;
        const auto s = AccountRequest::build(f.account, CarrierCatalog::builtin().find(carrier),
                                             f.secrets, &error);
        QVERIFY(!s);
        QVERIFY2(error.message.text().contains("Scope"), qPrintable(error.message.text()));
    }

    // DHL's response type rides in the token URL; each of its two values gets a
    // token, and a value DHL does not know is refused before anything is sent.
    void dhlFreightResponseTypeGoesInTheUrl_data()
    {
        QTest::addColumn<QString>("responseType");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("opaque") << "access_token" << true;
        QTest::newRow("JWT") << "id_token" << true;
        QTest::newRow("unknown") << "jwt" << false;
    }
    void dhlFreightResponseTypeGoesInTheUrl()
    {
        QFETCH(QString, responseType);
        QFETCH(bool, accepted);
        Filled f = filled("dhl-freight");
        // the preset's own URL template, moved onto the sandbox
        const QString url =
            CarrierCatalog::builtin().find("dhl-freight")->environment("sandbox")->tokenUrl;
        f.account.tokenUrl =
            sandbox->baseUrl().toString() + "/dhl-freight" + url.mid(url.indexOf("/auth/"));
        f.account.fields.insert("response_type", responseType);
        const int before = sandbox->tokenRequestCount("dhl-freight");
        Failure error;
        const auto s = AccountRequest::build(
            f.account, CarrierCatalog::builtin().find("dhl-freight"), f.secrets, &error);
        QCOMPARE(bool(s), accepted);
        if (!accepted) {
            QVERIFY2(error.message.text().contains("access_token, id_token"),
                     qPrintable(error.message.text()));
            QCOMPARE(sandbox->tokenRequestCount("dhl-freight"), before);
            return;
        }
        QCOMPARE(QUrlQuery(s->url).queryItemValue("response_type"), responseType);
        QCOMPARE(QUrlQuery(s->url).queryItemValue("grant_type"), QString("client_credentials"));
        // Qt's own "content-type missing" line would reach a shell's stderr
        QTest::failOnWarning(QRegularExpression(QStringLiteral("content-type"),
                                                QRegularExpression::CaseInsensitiveOption));
        const TokenResult r = fetch(*s);
        QVERIFY2(r.ok(), qPrintable(r.error.message.text() + " / " + r.error.carrierDescription));
        QCOMPARE(sandbox->tokenRequestCount("dhl-freight"), before + 1);
        const RecordedRequest sent = sandbox->requests().constLast();
        QCOMPARE(sent.method, QByteArray("POST"));
        QVERIFY(sent.body.isEmpty());
        QCOMPARE(sent.header("content-length"), QByteArray("0"));
        QVERIFY2(!sent.hasHeader("content-type"), sent.header("content-type").constData());
    }
};

QTEST_GUILESS_MAIN(TestExchangeShapes)
#include "tst_exchangeshapes.moc"
