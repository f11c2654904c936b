// SPDX-License-Identifier: Apache-2.0
#include "formencoding.h"
#include "sandboxserver.h"
#include "tokenminter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <optional>

// The token exchanges that are not a plain client-credentials form POST, as
// the wire contract describes them: each right request gets a token from the
// right place, and each wrong one is refused in the carrier's own error style
// with words that name the mistake. The requests are written out here from
// the contract, not from the sandbox's own tables.
namespace {

// One raw request, exactly as it goes on the wire.
struct Wire
{
    QByteArray method = "POST";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::optional<QString> query; // set: replaces the token URL's query (DHL response_type)

    Wire& header(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
        return *this;
    }
    Wire& without(const QByteArray& name)
    {
        headers.removeIf(
            [&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        return *this;
    }
    // One value replaced wherever it travels, HTTP Basic included.
    Wire& swap(const QByteArray& from, const QByteArray& to)
    {
        body.replace(from, to);
        for (auto& h : headers) {
            if (h.second.startsWith("Basic "))
                h.second =
                    "Basic " + QByteArray::fromBase64(h.second.mid(6)).replace(from, to).toBase64();
            else if (h.second == from)
                h.second = to;
        }
        return *this;
    }
    Wire& basic(const QByteArray& id, const QByteArray& secret)
    {
        return header("Authorization", FormEncoding::basicCredentials(id, secret));
    }
    Wire& form(const QList<QPair<QByteArray, QByteArray>>& fields)
    {
        without("Content-Type").header("Content-Type", "application/x-www-form-urlencoded");
        body = FormEncoding::join(fields);
        return *this;
    }
    Wire& json(const QJsonObject& obj)
    {
        without("Content-Type").header("Content-Type", "application/json");
        body = QJsonDocument(obj).toJson(QJsonDocument::Compact);
        return *this;
    }
};

// Where the token is in a good answer, and what comes with it.
struct Expect
{
    QByteArray tokenHeader; // set: the token is this response header
    QString tokenField;     // else: this JSON field
    bool jwt = false;
    int expiresIn = -1;  // -1: no expires_in in the answer
    int jwtLifetime = 0; // for a JWT: exp - iat
    bool refreshToken = false;
};

} // namespace

Q_DECLARE_METATYPE(Expect)

class TestSandboxShapes : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        QNetworkReply::RawHeaderPair tokenHeader;
        QByteArray allow;
    };

    SandboxServer* sandbox = nullptr;
    QNetworkAccessManager* nam = nullptr;

    Answer send(const QString& carrier, const Wire& wire, const QByteArray& tokenHeader = {})
    {
        QUrl url = sandbox->tokenUrl(carrier);
        if (wire.query)
            url.setQuery(*wire.query);
        QNetworkRequest req(url);
        for (const auto& h : wire.headers)
            req.setRawHeader(h.first, h.second);
        QNetworkReply* reply = nam->sendCustomRequest(req, wire.method, wire.body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        [&] {
            QTRY_COMPARE(spy.count(), 1);
        }();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body).object();
        a.allow = reply->rawHeader("Allow");
        if (!tokenHeader.isEmpty() && reply->hasRawHeader(tokenHeader))
            a.tokenHeader = {tokenHeader, reply->rawHeader(tokenHeader)};
        reply->deleteLater();
        return a;
    }

    CarrierEmulator::Credentials creds(const QString& carrier) const
    {
        return sandbox->credentials(carrier);
    }

    QByteArray field(const QString& carrier, const QString& key) const
    {
        return sandbox->credentials(carrier).fields.value(key);
    }

    // The request the contract describes for each carrier, with the sandbox's credentials.
    Wire rightRequest(const QString& carrier) const
    {
        const auto c = creds(carrier);
        Wire w;
        if (carrier == "dhl-parcel-de")
            w.form({{"grant_type", "password"},
                    {"username", field(carrier, "username")},
                    {"password", field(carrier, "password")},
                    {"client_id", c.clientId},
                    {"client_secret", c.clientSecret}});
        else if (carrier == "dpd")
            w.header("X-DPD-CLIENTID", c.clientId)
                .header("X-DPD-CLIENTSECRET", c.clientSecret)
                .header("X-DPD-BUCODE", field(carrier, "X-DPD-BUCODE"));
        else if (carrier == "odfl")
            w.basic(c.clientId, c.clientSecret).method = "GET";
        else if (carrier == "eshipper")
            w.json({{"principal", QString(c.clientId)}, {"credential", QString(c.clientSecret)}});
        else if (carrier == "chrobinson")
            w.json({{"client_id", QString(c.clientId)},
                    {"client_secret", QString(c.clientSecret)},
                    {"grant_type", "client_credentials"},
                    {"audience", "https://inavisphere.chrobinson.com"}});
        else if (carrier == "maersk")
            w.form({{"grant_type", "client_credentials"},
                    {"client_id", c.clientId},
                    {"client_secret", c.clientSecret}})
                .header("Consumer-Key", c.clientId);
        else if (carrier == "royalmail")
            w.header("X-IBM-Client-Id", c.clientId)
                .header("X-IBM-Client-Secret", c.clientSecret)
                .header("X-RMG-Security-Username", field(carrier, "X-RMG-Security-Username"))
                .header("X-RMG-Security-Password", field(carrier, "X-RMG-Security-Password"))
                .method = "GET";
        else if (carrier == "estes")
            w.basic(c.clientId, c.clientSecret).header("apikey", field(carrier, "apikey"));
        else if (carrier == "echo")
            w.form({{"grant_type", "client_credentials"},
                    {"client_id", c.clientId},
                    {"client_secret", c.clientSecret},
                    {"scope", "quotes:create loads:read"}})
                .header("x-api-key", field(carrier, "x-api-key"));
        else if (carrier == "uber")
            w.form({{"grant_type", "client_credentials"},
                    {"client_id", c.clientId},
                    {"client_secret", c.clientSecret},
                    {"scope", "eats.deliveries"}});
        else if (carrier == "motive")
            w.form({{"grant_type", "client_credentials"},
                    {"client_id", c.clientId},
                    {"client_secret", c.clientSecret}});
        else if (carrier == "trimble" || carrier == "loadsmart" || carrier == "expeditors" ||
                 carrier == "gls")
            w.basic(c.clientId, c.clientSecret).form({{"grant_type", "client_credentials"}});
        else if (carrier == "dhl-freight") // an empty POST; the URL carries the rest
            w.basic(c.clientId, c.clientSecret);
        else if (carrier == "dhl-ecs-global" || carrier == "dpi")
            w.basic(c.clientId, c.clientSecret).method = "GET";
        else if (carrier == "sapient")
            w.form({{"grant_type", "client_credentials"},
                    {"client_id", c.clientId},
                    {"client_secret", c.clientSecret}});
        else if (carrier == "hermes" || carrier == "jbhunt")
            w.form({{"grant_type", "password"},
                    {"username", field(carrier, "username")},
                    {"password", field(carrier, "password")},
                    {"client_id", c.clientId},
                    {"client_secret", c.clientSecret}});
        else if (carrier == "asendia")
            w.json({{"username", QString(c.clientId)}, {"password", QString(c.clientSecret)}});
        else if (carrier == "dhl-parcel-nl")
            w.json({{"userId", QString(c.clientId)}, {"key", QString(c.clientSecret)}});
        if (carrier == "jbhunt") // the API gateway's key rides along
            w.header("Ocp-Apim-Subscription-Key", field(carrier, "Ocp-Apim-Subscription-Key"));
        return w;
    }

    static QJsonObject jwtClaims(const QByteArray& token)
    {
        const QList<QByteArray> parts = token.split('.');
        if (parts.size() != 3)
            return {};
        return QJsonDocument::fromJson(
                   QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
            .object();
    }

    // The carrier's words in its own error style; empty when the style is not that.
    static QString wordsInStyle(const QString& style, int status, const QJsonObject& json)
    {
        if (style == "oauth")
            return json.value("error").isString() ? json.value("error_description").toString()
                                                  : QString();
        if (style == "message")
            return json.keys() == QStringList{"message"} ? json.value("message").toString()
                                                         : QString();
        if (style == "problem")
            return json.value("status").toInt() == status && !json.value("title").isUndefined()
                       ? json.value("detail").toString()
                       : QString();
        if (style == "ibm")
            return json.value("httpCode").toString() == QString::number(status) &&
                           !json.value("httpMessage").toString().isEmpty()
                       ? json.value("moreInformation").toString()
                       : QString();
        return {};
    }

private slots:
    void init()
    {
        sandbox = new SandboxServer(this);
        QVERIFY(sandbox->start());
        nam = new QNetworkAccessManager(this);
    }
    void cleanup()
    {
        delete nam;
        delete sandbox;
    }

    void rightRequestGetsAToken_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<Expect>("expect");
        const auto row = [](const char* carrier, const Expect& e) {
            QTest::newRow(carrier) << QString(carrier) << e;
        };
        row("dhl-parcel-de", {{}, "access_token", false, 1799, 0, false});
        row("dpd", {"X-DPD-TOKEN", {}, true, -1, 86400, false});
        row("odfl", {{}, "sessionToken", false, -1, 0, false});
        row("eshipper", {{}, "token", true, 3600, 3600, true});
        row("chrobinson", {{}, "access_token", true, 86400, 86400, false});
        row("maersk", {{}, "access_token", false, 7199, 0, false});
        row("royalmail", {{}, "token", false, -1, 0, false});
        row("estes", {{}, "access_token", true, 35999, 35999, false});
        row("dhl-ecs-global", {{}, "access_token", false, 18000, 0, false});
        row("dpi", {{}, "access_token", false, 18000, 0, false});
        row("sapient", {{}, "access_token", true, 3600, 3600, false});
        row("hermes", {{}, "access_token", false, 3600, 0, false});
        row("jbhunt", {{}, "access_token", true, 300, 300, false});
        row("asendia", {{}, "id_token", true, -1, 86400, false});
        row("dhl-parcel-nl", {{}, "accessToken", true, -1, 900, true});
        row("echo", {{}, "access_token", false, 3600, 0, false});
        row("trimble", {{}, "access_token", true, 3600, 3600, false});
        row("uber", {{}, "access_token", false, 2592000, 0, false});
        row("motive", {{}, "access_token", false, 7200, 0, false});
        row("loadsmart", {{}, "access_token", false, 3600, 0, false});
        row("expeditors", {{}, "access_token", false, 7199, 0, false});
        row("gls", {{}, "access_token", false, 14400, 0, false});
        row("dhl-freight", {{}, "access_token", false, 1799, 0, false});
    }
    void rightRequestGetsAToken()
    {
        QFETCH(QString, carrier);
        QFETCH(Expect, expect);
        const Answer a = send(carrier, rightRequest(carrier), expect.tokenHeader);
        QVERIFY2(a.status == 200, a.body.constData());
        QByteArray token;
        if (!expect.tokenHeader.isEmpty()) {
            token = a.tokenHeader.second;
            QVERIFY(a.json.isEmpty()); // "{}" or nothing
        } else {
            token = a.json.value(expect.tokenField).toString().toLatin1();
            QVERIFY2(a.json.value("access_token").isUndefined() ||
                         expect.tokenField == "access_token",
                     a.body.constData());
        }
        QVERIFY2(!token.isEmpty(), a.body.constData());
        QCOMPARE(sandbox->issuedTokens(), QList<QByteArray>{token});
        QCOMPARE(a.json.contains("expires_in"), expect.expiresIn >= 0);
        if (expect.expiresIn >= 0)
            QCOMPARE(a.json.value("expires_in").toInt(), expect.expiresIn);
        const QJsonObject claims = jwtClaims(token);
        QCOMPARE(!claims.isEmpty(), expect.jwt);
        if (expect.jwt)
            QCOMPARE(claims.value("exp").toInteger() - claims.value("iat").toInteger(),
                     qint64(expect.jwtLifetime));
        // DHL Parcel NL names its own: refreshToken, and the end of life as a Unix time
        const bool nl = carrier == "dhl-parcel-nl";
        QCOMPARE(!a.json.value(nl ? "refreshToken" : "refresh_token").toString().isEmpty(),
                 expect.refreshToken);
        if (nl)
            QCOMPARE(a.json.value("accessTokenExpiration").toInteger(),
                     claims.value("exp").toInteger());
        QCOMPARE(sandbox->tokenRequestCount(carrier), 1);
        QCOMPARE(sandbox->issuedTokenCount(carrier), 1);
    }

    void wrongRequestIsRefused_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("words");
        const auto row = [](const QString& carrier, const char* mistake, int status,
                            const char* style, const char* words) {
            QTest::newRow(qPrintable(carrier + ": " + mistake))
                << carrier << QString(mistake) << status << QString(style) << QString(words);
        };
        // wrong values
        row("dhl-parcel-de", "wrong client secret", 401, "oauth", "authentication failed");
        row("dhl-parcel-de", "wrong password", 401, "oauth", "password is not valid");
        row("dpd", "wrong client secret", 401, "message", "authentication failed");
        row("dpd", "wrong BU code", 401, "message", "X-DPD-BUCODE header is not valid");
        row("odfl", "wrong password", 401, "message", "authentication failed");
        row("eshipper", "wrong credential", 401, "message", "authentication failed");
        row("chrobinson", "wrong client secret", 401, "oauth", "authentication failed");
        row("maersk", "wrong client secret", 401, "oauth", "authentication failed");
        row("maersk", "Consumer-Key of another client", 401, "oauth",
            "Consumer-Key header must be the client id");
        row("royalmail", "wrong client secret", 401, "ibm", "authentication failed");
        row("royalmail", "wrong security password", 401, "ibm",
            "X-RMG-Security-Password header is not valid");
        row("estes", "wrong password", 401, "message", "authentication failed");
        row("estes", "wrong api key", 401, "message", "apikey header is not valid");
        row("dhl-ecs-global", "wrong client secret", 401, "oauth", "authentication failed");
        row("dpi", "wrong client secret", 401, "oauth", "authentication failed");
        row("sapient", "wrong client secret", 401, "oauth", "authentication failed");
        row("hermes", "wrong password", 401, "oauth", "password is not valid");
        row("jbhunt", "wrong password", 401, "oauth", "password is not valid");
        row("jbhunt", "wrong subscription key", 401, "oauth",
            "Ocp-Apim-Subscription-Key header is not valid");
        row("asendia", "wrong credential", 401, "message", "authentication failed");
        row("dhl-parcel-nl", "wrong credential", 401, "message", "authentication failed");
        // wrong shapes
        row("dhl-parcel-de", "client_credentials grant", 400, "oauth", "use password");
        row("dhl-parcel-de", "no username", 400, "oauth", "username is required");
        row("dpd", "credentials in the body", 400, "message",
            "no request body; send the credentials in the X-DPD-CLIENTID and X-DPD-CLIENTSECRET "
            "headers");
        row("dpd", "HTTP Basic instead of headers", 401, "message",
            "must be sent in the X-DPD-CLIENTID and X-DPD-CLIENTSECRET headers");
        row("dpd", "no BU code", 400, "message", "X-DPD-BUCODE header is required");
        row("dpd", "no client secret header", 401, "message",
            "must be sent in the X-DPD-CLIENTID and X-DPD-CLIENTSECRET headers");
        row("royalmail", "no client secret header", 401, "ibm",
            "must be sent in the X-IBM-Client-Id and X-IBM-Client-Secret headers");
        row("dpd", "BU code of two digits", 400, "message", "it must be three digits, e.g. 021");
        row("dpd", "GET", 405, "message", "only accepts POST");
        row("odfl", "POST", 405, "message", "only accepts GET");
        row("odfl", "no HTTP Basic", 401, "message", "must be sent with HTTP Basic");
        row("eshipper", "form instead of JSON", 415, "message",
            "Content-Type must be application/json");
        row("eshipper", "OAuth field names", 400, "message",
            "principal and credential are required");
        row("eshipper", "with grant_type", 400, "message", "takes no grant_type");
        row("chrobinson", "no audience", 400, "oauth", "audience is required");
        row("chrobinson", "another audience", 400, "oauth",
            "it must be https://inavisphere.chrobinson.com");
        row("chrobinson", "form instead of JSON", 415, "oauth",
            "Content-Type must be application/json");
        row("maersk", "no Consumer-Key", 401, "oauth", "Consumer-Key header is required");
        row("maersk", "HTTP Basic instead of the body", 401, "oauth", "in the request body");
        row("royalmail", "POST", 405, "ibm", "only accepts GET");
        row("royalmail", "no security user name", 400, "ibm",
            "X-RMG-Security-Username header is required");
        row("royalmail", "HTTP Basic instead of headers", 401, "ibm",
            "in the X-IBM-Client-Id and X-IBM-Client-Secret headers");
        row("estes", "no HTTP Basic", 401, "message", "must be sent with HTTP Basic");
        row("estes", "no api key", 401, "message", "apikey header is required");
        row("estes", "credentials in the body", 400, "message",
            "no request body; send the credentials with HTTP Basic");
        row("dhl-ecs-global", "POST", 405, "oauth", "only accepts GET");
        row("dhl-ecs-global", "no HTTP Basic", 401, "oauth", "must be sent with HTTP Basic");
        row("dpi", "POST", 405, "oauth", "only accepts GET");
        row("dpi", "no HTTP Basic", 401, "oauth", "must be sent with HTTP Basic");
        row("sapient", "HTTP Basic instead of the body", 401, "oauth", "in the request body");
        row("hermes", "client_credentials grant", 400, "oauth", "use password");
        row("hermes", "no username", 400, "oauth", "username is required");
        row("jbhunt", "client_credentials grant", 400, "oauth", "use password");
        row("jbhunt", "no subscription key", 401, "oauth",
            "Ocp-Apim-Subscription-Key header is required");
        row("asendia", "form instead of JSON", 415, "message",
            "Content-Type must be application/json");
        row("asendia", "OAuth field names", 400, "message", "username and password are required");
        row("asendia", "with grant_type", 400, "message", "takes no grant_type");
        row("dhl-parcel-nl", "form instead of JSON", 415, "message",
            "Content-Type must be application/json");
        row("dhl-parcel-nl", "OAuth field names", 400, "message", "userId and key are required");
        row("echo", "wrong client secret", 401, "oauth", "authentication failed");
        row("echo", "wrong x-api-key", 401, "oauth", "x-api-key header is not valid");
        row("echo", "no x-api-key", 401, "oauth", "x-api-key header is required");
        row("echo", "scope not resource:action", 400, "oauth",
            "it must be scopes such as quotes:create");
        row("uber", "no scope", 400, "oauth", "scope is required");
        row("echo", "no scope", 400, "oauth", "scope is required");
        row("trimble", "credentials in the form body", 401, "oauth",
            "must be sent with HTTP Basic");
        row("loadsmart", "credentials in the form body", 401, "oauth",
            "must be sent with HTTP Basic");
        row("expeditors", "password grant", 400, "oauth", "use client_credentials");
        row("gls", "no grant_type", 400, "oauth", "grant_type is required");
        row("dhl-freight", "wrong client secret", 401, "problem", "authentication failed");
        row("dhl-freight", "no response_type", 400, "problem",
            "response_type parameter in the URL is required");
        row("dhl-freight", "unknown response_type", 400, "problem",
            "it must be access_token or id_token");
        row("dhl-freight", "grant_type in a form body", 400, "problem", "no request body");
    }
    void wrongRequestIsRefused()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, mistake);
        QFETCH(int, status);
        QFETCH(QString, style);
        QFETCH(QString, words);
        const Wire wire = mistaken(carrier, mistake);
        const Answer a = send(carrier, wire);
        QVERIFY2(a.status == status, a.body.constData());
        const QString said = wordsInStyle(style, status, a.json);
        QVERIFY2(said.contains(words), a.body.constData());
        if (status == 405)
            QCOMPARE(a.allow, mistake == "POST" ? QByteArray("GET") : QByteArray("POST"));
        QVERIFY(sandbox->issuedTokens().isEmpty());
        QCOMPARE(sandbox->tokenRequestCount(carrier), 1);
        QCOMPARE(sandbox->issuedTokenCount(carrier), 0);
        // the refusal repeats no secret the request carried
        for (const QByteArray& secret : {creds(carrier).clientSecret, QByteArray("canary-secret")})
            QVERIFY(!a.body.contains(secret));
    }

    void sandboxCredentialFieldsAreExposed_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("dhl-parcel-de username") << "dhl-parcel-de"
                                                << "username" << QByteArray("sandbox-user");
        QTest::newRow("dhl-parcel-de password")
            << "dhl-parcel-de"
            << "password" << QByteArray("dhl-parcel-de-demo-password");
        QTest::newRow("dpd BU code") << "dpd"
                                     << "X-DPD-BUCODE" << QByteArray("021");
        QTest::newRow("royalmail user name")
            << "royalmail"
            << "X-RMG-Security-Username" << QByteArray("sandbox-user");
        QTest::newRow("royalmail password")
            << "royalmail"
            << "X-RMG-Security-Password" << QByteArray("royalmail-demo-x-rmg-security-password");
        QTest::newRow("estes api key") << "estes"
                                       << "apikey" << QByteArray("estes-demo-apikey");
        QTest::newRow("hermes username") << "hermes"
                                         << "username" << QByteArray("sandbox-user");
        QTest::newRow("hermes password") << "hermes"
                                         << "password" << QByteArray("hermes-demo-password");
        QTest::newRow("jbhunt subscription key")
            << "jbhunt"
            << "Ocp-Apim-Subscription-Key" << QByteArray("jbhunt-demo-ocp-apim-subscription-key");
        QTest::newRow("echo api key") << "echo"
                                      << "x-api-key" << QByteArray("echo-demo-x-api-key");
    }
    void sandboxCredentialFieldsAreExposed()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, key);
        QFETCH(QByteArray, value);
        QCOMPARE(sandbox->credentials(carrier).fields.value(key), value);
        // a changed value is the only one accepted from then on
        const Wire before = rightRequest(carrier);
        sandbox->setCredentialField(carrier, key, key == "X-DPD-BUCODE" ? "042" : "rotated-value");
        QCOMPARE(send(carrier, before).status, 401);
        QCOMPARE(send(carrier, rightRequest(carrier)).status, 200);
        QCOMPARE(sandbox->tokenRequestCount(carrier), 2);
        QCOMPARE(sandbox->issuedTokenCount(carrier), 1);
    }

    // The counts a token-budget test reads: every request that reached an
    // endpoint, refused or not, and the tokens it handed out.
    void countsTokenRequestsPerCarrier()
    {
        const Wire good = rightRequest("odfl");
        QCOMPARE(send("odfl", good).status, 200);
        QCOMPARE(send("odfl", mistaken("odfl", "wrong password")).status, 401);
        QCOMPARE(send("odfl", good).status, 200);
        QCOMPARE(send("estes", rightRequest("estes")).status, 200);
        QCOMPARE(sandbox->tokenRequestCount("odfl"), 3);
        QCOMPARE(sandbox->issuedTokenCount("odfl"), 2);
        QCOMPARE(sandbox->tokenRequestCount("estes"), 1);
        QCOMPARE(sandbox->tokenRequestCount("dpd"), 0);
        sandbox->clearRequests();
        QCOMPARE(sandbox->tokenRequestCount("odfl"), 0);
        QCOMPARE(sandbox->issuedTokenCount("odfl"), 2);
    }

    // For carriers that state when the token ends rather than how long it lasts.
    void absoluteExpiryField()
    {
        EmulatedCarrier c = *CarrierEmulator::find("maersk");
        c.expiresAtField = "expires_at";
        c.sendsExpiresIn = false;
        const TokenMinter minter;
        CarrierEmulator::Context ctx;
        ctx.valid = sandbox->credentials("maersk");
        ctx.minter = &minter;
        ctx.issuer = "http://127.0.0.1/maersk";
        ctx.lifetimeSeconds = c.lifetimeSeconds;
        ctx.now = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
        RecordedRequest request;
        request.method = "POST";
        request.path = "/maersk/oauth2/access_token";
        for (const auto& h : rightRequest("maersk").headers)
            request.headers.append({h.first.toLower(), h.second});
        request.body = rightRequest("maersk").body;
        QByteArray issued;
        const HttpResponse r = CarrierEmulator::handle(c, request, ctx, &issued);
        QCOMPARE(r.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value("expires_at").toInteger(), ctx.now.toSecsSinceEpoch() + 7199);
        QVERIFY(!body.contains("expires_in"));
        QCOMPARE(body.value("access_token").toString().toLatin1(), issued);
    }

private:
    // The right request with one mistake in it.
    Wire mistaken(const QString& carrier, const QString& mistake) const
    {
        const auto c = creds(carrier);
        const QString id = QString::fromUtf8(c.clientId);
        const QString secret = QString::fromUtf8(c.clientSecret);
        const QByteArray canary = "canary-secret";
        Wire w = rightRequest(carrier);
        // the user's password is a field of its own; in other logins it is the secret
        const bool passwordGrant =
            QStringList{"dhl-parcel-de", "hermes", "jbhunt"}.contains(carrier);
        if (mistake.startsWith("wrong client secret") || mistake == "wrong credential" ||
            (mistake == "wrong password" && !passwordGrant))
            return w.swap(c.clientSecret, canary); // ODFL and Estes: the password is the secret
        if (mistake == "wrong password")
            return w.swap(field(carrier, "password"), canary);
        if (mistake == "wrong security password")
            return w.swap(field(carrier, "X-RMG-Security-Password"), canary);
        if (mistake == "wrong api key")
            return w.swap(field(carrier, "apikey"), canary);
        if (mistake == "wrong x-api-key")
            return w.swap(field(carrier, "x-api-key"), canary);
        if (mistake == "no x-api-key")
            return w.without("x-api-key");
        if (mistake == "scope not resource:action")
            return w.form({{"grant_type", "client_credentials"},
                           {"client_id", c.clientId},
                           {"client_secret", c.clientSecret},
                           {"scope", "everything"}});
        if (mistake == "no scope")
            return w.form({{"grant_type", "client_credentials"},
                           {"client_id", c.clientId},
                           {"client_secret", c.clientSecret}});
        if (mistake == "credentials in the form body")
            return w.without("Authorization")
                .form({{"grant_type", "client_credentials"},
                       {"client_id", c.clientId},
                       {"client_secret", c.clientSecret}});
        if (mistake == "password grant")
            return w.form({{"grant_type", "password"}});
        if (mistake == "no grant_type")
            return w.form({});
        if (mistake == "no response_type") {
            w.query = QStringLiteral("grant_type=client_credentials");
            return w;
        }
        if (mistake == "unknown response_type") {
            w.query = QStringLiteral("response_type=jwt&grant_type=client_credentials");
            return w;
        }
        if (mistake == "grant_type in a form body")
            return w.form({{"grant_type", "client_credentials"}});
        if (mistake == "wrong BU code")
            return w.without("X-DPD-BUCODE").header("X-DPD-BUCODE", "999");
        if (mistake == "BU code of two digits")
            return w.without("X-DPD-BUCODE").header("X-DPD-BUCODE", "21");
        if (mistake == "no client secret header")
            return w.without("X-DPD-CLIENTSECRET").without("X-IBM-Client-Secret");
        if (mistake == "no BU code")
            return w.without("X-DPD-BUCODE");
        if (mistake == "Consumer-Key of another client")
            return w.without("Consumer-Key").header("Consumer-Key", "someone-else");
        if (mistake == "wrong subscription key")
            return w.swap(field(carrier, "Ocp-Apim-Subscription-Key"), canary);
        if (mistake == "no subscription key")
            return w.without("Ocp-Apim-Subscription-Key");
        if (mistake == "no Consumer-Key")
            return w.without("Consumer-Key");
        if (mistake == "client_credentials grant")
            return w.swap("grant_type=password", "grant_type=client_credentials");
        if (mistake == "no username")
            return w.form({{"grant_type", "password"},
                           {"password", field(carrier, "password")},
                           {"client_id", c.clientId},
                           {"client_secret", c.clientSecret}});
        if (mistake == "GET" || mistake == "POST") {
            w.method = mistake.toLatin1();
            return w;
        }
        if (mistake == "no HTTP Basic")
            return w.without("Authorization");
        if (mistake == "no api key")
            return w.without("apikey");
        if (mistake == "no security user name")
            return w.without("X-RMG-Security-Username");
        if (mistake == "credentials in the body")
            return w.without("X-DPD-CLIENTID")
                .without("X-DPD-CLIENTSECRET")
                .without("Authorization")
                .json({{"clientId", id}, {"password", secret}});
        if (mistake == "HTTP Basic instead of headers")
            return w.without("X-DPD-CLIENTID")
                .without("X-DPD-CLIENTSECRET")
                .without("X-IBM-Client-Id")
                .without("X-IBM-Client-Secret")
                .basic(c.clientId, c.clientSecret);
        if (mistake == "HTTP Basic instead of the body")
            return w.form({{"grant_type", "client_credentials"}}).basic(c.clientId, c.clientSecret);
        if (mistake == "form instead of JSON" && carrier == "eshipper")
            return w.form({{"principal", c.clientId}, {"credential", c.clientSecret}});
        if (mistake == "form instead of JSON" && carrier == "asendia")
            return w.form({{"username", c.clientId}, {"password", c.clientSecret}});
        if (mistake == "form instead of JSON" && carrier == "dhl-parcel-nl")
            return w.form({{"userId", c.clientId}, {"key", c.clientSecret}});
        if (mistake == "form instead of JSON")
            return w.form({{"client_id", c.clientId},
                           {"client_secret", c.clientSecret},
                           {"grant_type", "client_credentials"},
                           {"audience", "https://inavisphere.chrobinson.com"}});
        if (mistake == "OAuth field names")
            return w.json({{"client_id", id}, {"client_secret", secret}});
        if (mistake == "with grant_type" && carrier == "asendia")
            return w.json(
                {{"username", id}, {"password", secret}, {"grant_type", "client_credentials"}});
        if (mistake == "with grant_type")
            return w.json(
                {{"principal", id}, {"credential", secret}, {"grant_type", "client_credentials"}});
        if (mistake == "no audience")
            return w.json({{"client_id", id},
                           {"client_secret", secret},
                           {"grant_type", "client_credentials"}});
        if (mistake == "another audience")
            return w.json({{"client_id", id},
                           {"client_secret", secret},
                           {"grant_type", "client_credentials"},
                           {"audience", "https://api.navisphere.com"}});
        qFatal("no such mistake: %s", qPrintable(mistake));
        return w;
    }
};

QTEST_GUILESS_MAIN(TestSandboxShapes)
#include "tst_sandboxshapes.moc"
