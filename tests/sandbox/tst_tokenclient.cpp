// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "hostileendpoint.h"
#include "sandboxserver.h"
#include "testsupport.h"
#include "tokenclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

Q_DECLARE_METATYPE(ErrorCategory)
Q_DECLARE_METATYPE(SandboxServer::Fault)

namespace {
constexpr int kShortTimeoutMs = 1500;

// How the wipes during one request treated the arrays that held a canary
// secret: zeroed, or left alone because something else shared them.
struct WipeTally
{
    QByteArray canary;
    int zeroed = 0;
    int skipped = 0;
    const char* secret = nullptr; // the spec's own buffer of the secret
    int secretZeroed = 0;
};
WipeTally g_tally;
void tallyWipe(const QByteArray& bytes, bool zeroed)
{
    if (g_tally.canary.isEmpty() || !bytes.contains(g_tally.canary))
        return;
    ++(zeroed ? g_tally.zeroed : g_tally.skipped);
    if (zeroed && bytes.constData() == g_tally.secret)
        ++g_tally.secretZeroed;
}
struct WipeWatch
{
    explicit WipeWatch(const QByteArray& canary)
    {
        g_tally = {canary, 0, 0};
        setWipeObserver(tallyWipe);
    }
    ~WipeWatch()
    {
        setWipeObserver(nullptr);
        g_tally = {};
    }
    WipeWatch(const WipeWatch&) = delete;
    WipeWatch& operator=(const WipeWatch&) = delete;
};
constexpr int kGraceMs = 2000; // "no wait beyond the timeout plus 2 s"
} // namespace

class TestTokenClient : public QObject
{
    Q_OBJECT

private:
    SandboxServer* sandbox = nullptr;
    TokenClient* client = nullptr;

    TokenResult fetch(const TokenRequestSpec& spec, int* emitted = nullptr)
    {
        return fetchAndCount(*client, spec, emitted);
    }

private slots:
    void init()
    {
        sandbox = new SandboxServer(this);
        QVERIFY(sandbox->start());
        client = new TokenClient(this);
    }
    void cleanup()
    {
        delete client;
        delete sandbox;
    }

    void carriers_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<ErrorCategory>("category");
        QTest::addColumn<int>("requestsSent");
        const QStringList carriers{"banyan", "project44", "dhl-ecs", "oauth2"};
        for (const QString& c : carriers) {
            QTest::addRow("%s right", qPrintable(c)) << c << "" << ErrorCategory::None << 1;
            QTest::addRow("%s wrong secret", qPrintable(c))
                << c << "secret" << ErrorCategory::CredentialsRejected << 1;
            QTest::addRow("%s wrong client id", qPrintable(c))
                << c << "id" << ErrorCategory::CredentialsRejected << 1;
            QTest::addRow("%s wrong grant type", qPrintable(c))
                << c << "grant" << ErrorCategory::CarrierError << 1;
            QTest::addRow("%s missing client id", qPrintable(c))
                << c << "no-id" << ErrorCategory::InvalidInput << 0;
            QTest::addRow("%s missing secret", qPrintable(c))
                << c << "no-secret" << ErrorCategory::InvalidInput << 0;
        }
    }
    void carriers()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, mistake);
        QFETCH(ErrorCategory, category);
        QFETCH(int, requestsSent);
        TokenRequestSpec spec = sandboxSpec(*sandbox, carrier);
        if (mistake == "secret")
            spec.clientSecret = SecretBytes(QByteArray("not-the-secret"));
        else if (mistake == "id")
            spec.clientId = "someone-else";
        else if (mistake == "grant")
            spec.grantType = "password";
        else if (mistake == "no-id")
            spec.clientId.clear();
        else if (mistake == "no-secret")
            spec.clientSecret.clear();

        int signalCount = 0;
        const TokenResult r = fetch(spec, &signalCount);
        QCOMPARE(signalCount, 1);
        QCOMPARE(r.error.category, category);
        QCOMPARE(sandbox->requestCount(), requestsSent);
        if (category == ErrorCategory::None) {
            QCOMPARE(r.httpStatus, 200);
            QCOMPARE(r.token.tokenType, QString("Bearer"));
            QVERIFY(r.token.expiresAt().isValid());
            QVERIFY(r.latencyMs >= 0);
            QVERIFY(sandbox->issuedTokens().contains(r.token.accessToken.expose()));
        } else {
            QVERIFY(!r.error.message.isEmpty());
            QVERIFY(!r.error.hint.isEmpty());
            QVERIFY(!r.error.fullText().contains("not-the-secret"));
        }
        if (category == ErrorCategory::CredentialsRejected)
            QVERIFY2(!r.error.carrierDescription.isEmpty(), "the carrier's own words are quoted");
    }

    void banyanIssuesAJwtWithScopeAndClientRef()
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, "banyan");
        spec.bodyFields = {{"clientrefnum", "REF-1001"}};
        const TokenResult r = fetch(spec);
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        QCOMPARE(r.inspection.format, TokenFormat::Jwt);
        QCOMPARE(r.token.scopes, QStringList({"shipments.view", "shipments.edit"}));
        QCOMPARE(r.token.expiresIn, qint64(3599));
        QCOMPARE(r.inspection.claims.value("clientrefnum").toString(), QString("REF-1001"));
        const RecordedRequest sent = sandbox->requests().value(0);
        QCOMPARE(sent.formValue("clientrefnum"), QByteArray("REF-1001"));
        QCOMPARE(sent.formValue("grant_type"), QByteArray("client_credentials"));
        QVERIFY(!sent.hasHeader("authorization"));
    }

    void banyanRefusesBasic()
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, "banyan");
        spec.placement = CredentialPlacement::Basic;
        const TokenResult r = fetch(spec);
        QCOMPARE(r.error.category, ErrorCategory::CredentialsRejected);
        QVERIFY(r.error.carrierDescription.contains("request body"));
    }

    void project44Placements_data()
    {
        QTest::addColumn<int>("placement");
        QTest::newRow("basic") << int(CredentialPlacement::Basic);
        QTest::newRow("body") << int(CredentialPlacement::Body);
    }
    void project44Placements()
    {
        QFETCH(int, placement);
        TokenRequestSpec spec = sandboxSpec(*sandbox, "project44");
        spec.placement = CredentialPlacement(placement);
        const TokenResult r = fetch(spec);
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        QCOMPARE(r.token.tokenTypeAsSent, QString("BEARER"));
        QCOMPARE(r.token.tokenType, QString("Bearer"));
        const RecordedRequest sent = sandbox->requests().value(0);
        const bool basic = sent.hasHeader("authorization");
        const bool body = sent.hasFormField("client_id") || sent.hasFormField("client_secret");
        QVERIFY2(basic != body, "project44 requests never carry credentials in both places");
        QCOMPARE(basic, placement == int(CredentialPlacement::Basic));
        QCOMPARE(sent.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    }

    void project44DeprecatedEndpointWarns()
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, "project44");
        spec.url = sandbox->deprecatedTokenUrl("project44");
        const TokenResult r = fetch(spec);
        QVERIFY(r.ok());
        QVERIFY2(Message::texts(r.warnings).join(" ").contains("/api/v4/oauth2/token"),
                 qPrintable(Message::texts(r.warnings).join(" ")));
    }

    void dhlIsOpaqueAndEchoesClientId()
    {
        const TokenResult r = fetch(sandboxSpec(*sandbox, "dhl-ecs"));
        QVERIFY(r.ok());
        QCOMPARE(r.inspection.format, TokenFormat::Opaque);
        QCOMPARE(r.token.otherFields.value("client_id").toString(), QString("dhl-ecs-demo-client"));
        QCOMPARE(r.token.expiresIn, qint64(3600));
    }

    void dhlBadCredentialsQuoteTheProblem()
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, "dhl-ecs");
        spec.clientSecret = SecretBytes(QByteArray("wrong"));
        const TokenResult r = fetch(spec);
        QCOMPARE(r.error.category, ErrorCategory::CredentialsRejected);
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.error.carrierDescription, QString("Invalid credentials"));
        QVERIFY(r.error.carrierError.endsWith("/docs/errors/400.0000005"));
        QVERIFY(r.error.hint.text().contains("DHL"));
    }

    void appendixBSecretReachesTheCarrierIntact_data()
    {
        QTest::addColumn<int>("placement");
        QTest::newRow("basic") << int(CredentialPlacement::Basic);
        QTest::newRow("body") << int(CredentialPlacement::Body);
    }
    void appendixBSecretReachesTheCarrierIntact()
    {
        QFETCH(int, placement);
        const QByteArray secret = QString::fromUtf8(" %&+\xC2\xA3\xE2\x82\xAC").toUtf8();
        sandbox->setCredentials("oauth2", "id with space", secret);
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        spec.placement = CredentialPlacement(placement);
        const TokenResult r = fetch(spec);
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
    }

    void faults_data()
    {
        QTest::addColumn<SandboxServer::Fault>("fault");
        QTest::addColumn<ErrorCategory>("category");
        using F = SandboxServer::Fault;
        QTest::newRow("hang") << F::Hang << ErrorCategory::Timeout;
        QTest::newRow("reset") << F::Reset << ErrorCategory::Network;
        QTest::newRow("drip") << F::Drip << ErrorCategory::Timeout;
        QTest::newRow("html500") << F::Html500 << ErrorCategory::CarrierError;
        QTest::newRow("huge") << F::Huge << ErrorCategory::MalformedResponse;
        QTest::newRow("gzip-bomb") << F::GzipBomb << ErrorCategory::MalformedResponse;
        QTest::newRow("bad-json") << F::BadJson << ErrorCategory::MalformedResponse;
        QTest::newRow("no-access-token") << F::NoAccessToken << ErrorCategory::MalformedResponse;
        QTest::newRow("string-expiry") << F::StringExpiry << ErrorCategory::None;
        QTest::newRow("negative-expiry") << F::NegativeExpiry << ErrorCategory::MalformedResponse;
        QTest::newRow("redirect") << F::Redirect << ErrorCategory::CarrierError;
    }
    void faults()
    {
        QFETCH(SandboxServer::Fault, fault);
        QFETCH(ErrorCategory, category);
        client->setTimeout(kShortTimeoutMs);
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        spec.url = sandbox->faultUrl(fault);
        QElapsedTimer timer;
        timer.start();
        int signalCount = 0;
        const TokenResult r = fetch(spec, &signalCount);
        QVERIFY2(timer.elapsed() < kShortTimeoutMs + kGraceMs,
                 "no wait beyond the timeout plus 2 s");
        QCOMPARE(signalCount, 1);
        QCOMPARE(r.error.category, category);
        if (category != ErrorCategory::None) {
            QVERIFY(!r.error.message.isEmpty());
            QVERIFY(!r.error.hint.isEmpty());
        }
    }

    void stringExpiryCountsDown()
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        spec.url = sandbox->faultUrl(SandboxServer::Fault::StringExpiry);
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        client->setClock(&clock);
        const TokenResult r = fetch(spec);
        QVERIFY(r.ok());
        QCOMPARE(r.token.secondsLeft(clock.now()).value(), 3600);
        clock.advance(60);
        QCOMPARE(r.token.secondsLeft(clock.now()).value(), 3540);
        client->setClock(nullptr);
    }

    void compressedBodiesAreRefusedUnread()
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        spec.url = sandbox->faultUrl(SandboxServer::Fault::GzipBomb);
        const TokenResult r = fetch(spec);
        QCOMPARE(r.error.category, ErrorCategory::MalformedResponse);
        QVERIFY2(r.error.message.text().contains("compressed (gzip)"),
                 qPrintable(r.error.message.text()));
        QVERIFY(sandbox->requests().value(0).header("accept-encoding") == "identity");
    }

    void crossOriginRedirectNeverCarriesCredentials()
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        spec.url = sandbox->faultUrl(SandboxServer::Fault::Redirect);
        const TokenResult r = fetch(spec);
        QCOMPARE(r.error.category, ErrorCategory::CarrierError);
        QVERIFY(r.error.message.text().contains(sandbox->otherOriginUrl().host()));
        const quint16 other = sandbox->otherOriginUrl().port();
        for (const RecordedRequest& req : sandbox->requests())
            QVERIFY2(req.localPort != other, "the other origin must never see a request");
        QCOMPARE(sandbox->requestCount(), 1);
    }

    void sameOriginRedirectIsFollowed()
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        spec.url = sandbox->faultUrl(SandboxServer::Fault::RedirectSame);
        const TokenResult r = fetch(spec);
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        QCOMPARE(sandbox->requestCount(), 2);
        QCOMPARE(r.url, sandbox->tokenUrl("oauth2"));
    }

    // A hostile endpoint hands out a token holding a Unicode quote (it would end
    // a PowerShell single-quoted string) or a token type holding markup: both
    // are refused before anything can copy or show them.
    void hostileTokensAreRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("type");
        QTest::newRow("quote in the token")
            << QString::fromUtf8("eyJ0eXAi\xE2\x80\x99; Remove-Item -Recurse ~ ;\xE2\x80\x98")
            << "Bearer";
        QTest::newRow("markup in the type") << "tok-5f3c9a1e77"
                                            << "<img src=x><b>Bearer</b>";
    }
    void hostileTokensAreRefused()
    {
        QFETCH(QString, token);
        QFETCH(QString, type);
        HostileEndpoint hostile;
        QVERIFY(hostile.isListening());
        hostile.answer(
            200, QJsonObject{{"access_token", token}, {"token_type", type}, {"expires_in", 3600}});
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        spec.url = hostile.url();
        const TokenResult r = fetch(spec);
        QCOMPARE(hostile.requestCount(), 1);
        QCOMPARE(r.error.category, ErrorCategory::MalformedResponse);
        QVERIFY2(r.error.message.text().contains("cannot use safely"),
                 qPrintable(r.error.message.text()));
        QVERIFY(r.token.isEmpty());
        QVERIFY(!r.error.fullText().contains(token));
        QVERIFY(!r.error.fullText().contains(type));
        QVERIFY(!r.redactedBody.contains(token.toUtf8()));
        QVERIFY2(r.redactedBody.contains("\"token_type\": \"" + type.toUtf8() + "\""),
                 r.redactedBody.constData());
    }

    void untrustedCertificateIsRefused()
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        spec.url = sandbox->tlsTokenUrl("oauth2");
        QVERIFY2(spec.url.isValid(), "the build makes a sandbox certificate with openssl");
        const TokenResult r = fetch(spec);
        QCOMPARE(r.error.category, ErrorCategory::Tls);
        QVERIFY2(r.error.message.text().contains("self signed", Qt::CaseInsensitive) ||
                     r.error.message.text().contains("self-signed", Qt::CaseInsensitive),
                 qPrintable(r.error.message.text()));
        QCOMPARE(sandbox->requestCount(), 0); // the secret never went over that connection
    }

    void refusedConnection()
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        sandbox->stop();
        const TokenResult r = fetch(spec);
        QCOMPARE(r.error.category, ErrorCategory::Network);
        QVERIFY(r.error.message.text().contains("refused"));
        QVERIFY2(r.error.hint.text().contains("local service"), qPrintable(r.error.hint.text()));
    }

    void insecureUrlsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http to a remote host") << "http://auth.example.com/token";
        QTest::newRow("ftp") << "ftp://127.0.0.1/token";
        QTest::newRow("user info") << "https://user:pw@auth.example.com/token";
        QTest::newRow("empty") << "";
        QTest::newRow("garbage") << "not a url";
        QTest::newRow("unfilled placeholder") << "http://127.0.0.1:1/{tenant}/oauth2/v2.0/token";
    }
    void insecureUrlsRefusedBeforeSending()
    {
        QFETCH(QString, url);
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        spec.url = QUrl(url);
        const TokenResult r = fetch(spec);
        QCOMPARE(r.error.category, ErrorCategory::InvalidInput);
        QCOMPARE(sandbox->requestCount(), 0);
    }

    void loopbackHttpAllowed_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("127.0.0.1") << "127.0.0.1";
        QTest::newRow("localhost") << "localhost";
    }
    void loopbackHttpAllowed()
    {
        QFETCH(QString, host);
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        QUrl url = spec.url;
        url.setHost(host);
        spec.url = url;
        // localhost may resolve to ::1 first; the sandbox listens on IPv4 only,
        // so either a token or a refusal is fine, never an InvalidInput
        const TokenResult r = fetch(spec);
        QVERIFY(r.error.category != ErrorCategory::InvalidInput);
    }

    void cancelStopsAHungRequest()
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        spec.url = sandbox->faultUrl(SandboxServer::Fault::Hang);
        TokenReply* reply = client->fetch(spec);
        QSignalSpy spy(reply, &TokenReply::finished);
        QTRY_COMPARE(sandbox->requestCount(), 1);
        reply->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 1000);
        QCOMPARE(spy.at(0).at(0).value<TokenResult>().error.category, ErrorCategory::Cancelled);
    }

    void cancelBeforeStart()
    {
        TokenReply* reply = client->fetch(sandboxSpec(*sandbox, "oauth2"));
        QSignalSpy spy(reply, &TokenReply::finished);
        reply->cancel();
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<TokenResult>().error.category, ErrorCategory::Cancelled);
        QCOMPARE(sandbox->requestCount(), 0);
    }

    void sizeCapIsEnforcedWhileReading()
    {
        client->setMaxResponseBytes(64 * 1024);
        TokenRequestSpec spec = sandboxSpec(*sandbox, "oauth2");
        spec.url = sandbox->faultUrl(SandboxServer::Fault::Huge);
        const TokenResult r = fetch(spec);
        QCOMPARE(r.error.category, ErrorCategory::MalformedResponse);
        QVERIFY(r.error.message.text().contains("64 KiB"));
    }

    void theSecretsBuffersAreWipedNotLeftShared_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<int>("placement");
        QTest::addColumn<int>("encoding");
        QTest::newRow("form body")
            << "banyan" << int(CredentialPlacement::Body) << int(BodyEncoding::Form);
        QTest::newRow("basic header")
            << "oauth2" << int(CredentialPlacement::Basic) << int(BodyEncoding::Form);
        QTest::newRow("json body")
            << "usps" << int(CredentialPlacement::Body) << int(BodyEncoding::Json);
    }
    void theSecretsBuffersAreWipedNotLeftShared()
    {
        QFETCH(QString, carrier);
        QFETCH(int, placement);
        QFETCH(int, encoding);
        const QByteArray canary = "wipe-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        sandbox->setCredentials(carrier, sandbox->credentials(carrier).clientId, canary);
        const WipeWatch watch(canary);
        {
            TokenRequestSpec spec = sandboxSpec(*sandbox, carrier);
            spec.placement = CredentialPlacement(placement);
            spec.shape.body = BodyEncoding(encoding);
            g_tally.secret = spec.clientSecret.expose().constData();
            const TokenResult r = fetch(spec);
            QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
            // everything of the request is gone once its reply is
            QTRY_VERIFY(client->findChildren<TokenReply*>().isEmpty());
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            // the body or header built from the secret, zeroed as the request went;
            // the secret's own buffer is still the spec's
            QVERIFY2(g_tally.zeroed >= 1, qPrintable(QString::number(g_tally.zeroed)));
            QCOMPARE(g_tally.secretZeroed, 0);
        }
        // the secret's one buffer is zeroed as its last holder, the spec, lets
        // go: a copy the client kept would keep it
        QCOMPARE(g_tally.secretZeroed, 1);
        QCOMPARE(g_tally.skipped, 0);
    }

    void redactedBodyNeverHoldsTheToken()
    {
        const TokenResult r = fetch(sandboxSpec(*sandbox, "banyan"));
        QVERIFY(r.ok());
        QVERIFY(!r.redactedBody.isEmpty());
        QVERIFY(!r.redactedBody.contains(r.token.accessToken.expose()));
        QVERIFY(r.redactedBody.contains("shipments.view"));
    }
};

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
