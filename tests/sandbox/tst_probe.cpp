// SPDX-License-Identifier: Apache-2.0
#include "account.h"
#include "clock.h"
#include "pastedcredentials.h"
#include "probeclient.h"
#include "testsupport.h"

#include <QTcpServer>

Q_DECLARE_METATYPE(ProbeOutcome)

// The probe against the sandbox's API endpoints: one verdict for each way an
// API can answer, the token sent to the probe URL's own origin only, and
// the words a person reads.
class TestProbe : public QObject
{
    Q_OBJECT

private:
    SandboxServer* sandbox = nullptr;
    TokenClient* client = nullptr;
    ManualClock clock;

    IssuedToken token(const QString& carrier)
    {
        const TokenResult r = fetchAndCount(*client, sandboxSpec(*sandbox, carrier));
        [&] {
            QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        }();
        return r.token;
    }

    static ProbePlan plan(const QUrl& url, const ProbeSpec& spec = {})
    {
        ProbePlan p;
        p.spec = spec;
        p.spec.target = url.toString();
        p.url = url;
        p.problem = Probe::urlProblem(url);
        return p;
    }

    ProbeOutcome probe(const ProbePlan& p, const IssuedToken& t)
    {
        ProbeReply* reply = ProbeReply::send(client, p, t);
        QSignalSpy spy(reply, &ProbeReply::finished);
        QSignalSpy gone(reply, &QObject::destroyed);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, client->timeout() + 2000);
            QTRY_COMPARE(gone.count(), 1);
        }();
        return spy.isEmpty() ? ProbeOutcome() : spy.at(0).at(0).value<ProbeOutcome>();
    }

    // Requests that reached the other origin since `from`.
    int otherOriginRequests() const
    {
        int n = 0;
        for (const RecordedRequest& r : sandbox->requests())
            n += r.localPort == sandbox->otherOriginUrl().port();
        return n;
    }

    static QString said(const ProbeOutcome& o) { return o.fullText(); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeOutcome>();
        sandbox = new SandboxServer(this);
        sandbox->setClock(&clock);
        QVERIFY(sandbox->start());
        client = new TokenClient(this);
        client->setClock(&clock);
    }
    void init()
    {
        clock.setNow(QDateTime::currentDateTimeUtc());
        client->setTimeout(TokenClient::kDefaultTimeoutMs);
        for (const QString& id : SandboxServer::carrierIds()) {
            sandbox->setProbeEntitled(id, true);
            sandbox->setProbeScope(id, {});
        }
    }

    void works()
    {
        const IssuedToken t = token("oauth2");
        const ProbeOutcome o = probe(plan(sandbox->probeUrl("oauth2")), t);
        QCOMPARE(ProbeOutcome::verdictId(o.verdict), QString("works"));
        QCOMPARE(o.httpStatus, 200);
        QVERIFY(o.latencyMs >= 0);
        QVERIFY(o.hint().isEmpty());
        // the token went in the header API calls use
        const RecordedRequest last = sandbox->requests().constLast();
        QCOMPARE(last.method, QByteArray("GET"));
        QVERIFY(last.header("authorization") == "Bearer " + t.accessToken.expose());
    }

    void headAndApiHeadersToo()
    {
        IssuedToken t = token("oauth2");
        t.apiHeaders.append({"Consumer-Key", SecretBytes(QByteArray("api-key-canary-1"))});
        ProbeSpec spec;
        spec.method = ProbeMethod::Head;
        const ProbeOutcome o = probe(plan(sandbox->probeUrl("oauth2"), spec), t);
        QVERIFY(o.ok());
        const RecordedRequest last = sandbox->requests().constLast();
        QCOMPARE(last.method, QByteArray("HEAD"));
        QCOMPARE(last.header("consumer-key"), QByteArray("api-key-canary-1"));
    }

    void expectationsAreChecked()
    {
        const IssuedToken t = token("oauth2");
        ProbeSpec spec;
        spec.jsonPath = "items";
        QVERIFY(probe(plan(sandbox->probeUrl("oauth2"), spec), t).ok());
        spec.jsonPath = "data.shipments";
        const ProbeOutcome missing = probe(plan(sandbox->probeUrl("oauth2"), spec), t);
        QCOMPARE(missing.verdict, ProbeVerdict::ExpectationNotMet);
        QVERIFY2(said(missing).contains("data.shipments"), qPrintable(said(missing)));
        ProbeSpec status;
        status.statuses = {204};
        QCOMPARE(probe(plan(sandbox->probeUrl("oauth2"), status), t).verdict,
                 ProbeVerdict::UnexpectedStatus);
    }

    void anotherCarriersTokenIsNotAccepted()
    {
        const IssuedToken banyan = token("banyan");
        const ProbeOutcome o = probe(plan(sandbox->probeUrl("oauth2")), banyan);
        QCOMPARE(o.verdict, ProbeVerdict::TokenNotAccepted);
        QCOMPARE(o.httpStatus, 401);
        // the WWW-Authenticate error_description, quoted
        QVERIFY2(o.carrierWords.contains("another audience"), qPrintable(o.carrierWords));
        QVERIFY2(said(o).contains("environment"), qPrintable(said(o)));
        QVERIFY(!said(o).toUtf8().contains(banyan.accessToken.expose()));
    }

    void expiredAndUnknownTokensAreNotAccepted()
    {
        const IssuedToken t = token("oauth2");
        clock.advance(7200);
        QCOMPARE(probe(plan(sandbox->probeUrl("oauth2")), t).verdict,
                 ProbeVerdict::TokenNotAccepted);
        IssuedToken made = t;
        made.accessToken = SecretBytes(QByteArray("never-issued-token"));
        const ProbeOutcome o = probe(plan(sandbox->probeUrl("oauth2")), made);
        QCOMPARE(o.verdict, ProbeVerdict::TokenNotAccepted);
        QVERIFY(!said(o).contains("never-issued-token"));
    }

    void notEntitledQuotesTheCarrier_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::newRow("oauth") << "oauth2";
        QTest::newRow("project44 style") << "project44";
        QTest::newRow("problem style") << "dhl-ecs";
    }
    void notEntitledQuotesTheCarrier()
    {
        QFETCH(QString, carrier);
        const IssuedToken t = token(carrier);
        sandbox->setProbeEntitled(carrier, false);
        const ProbeOutcome o = probe(plan(sandbox->probeUrl(carrier)), t);
        QCOMPARE(o.verdict, ProbeVerdict::NotEntitled);
        QCOMPARE(o.httpStatus, 403);
        QVERIFY2(o.carrierWords.contains("not provisioned"), qPrintable(o.carrierWords));
        QVERIFY2(said(o).contains("enable this API"), qPrintable(said(o)));
    }

    void missingScopeIsNotEntitled()
    {
        const IssuedToken t = token("banyan");
        sandbox->setProbeScope("banyan", "tracking.view");
        const ProbeOutcome o = probe(plan(sandbox->probeUrl("banyan")), t);
        QCOMPARE(o.verdict, ProbeVerdict::NotEntitled);
        QVERIFY2(o.carrierWords.contains("tracking.view"), qPrintable(o.carrierWords));
        sandbox->setProbeScope("banyan", "shipments.view"); // one Banyan grants
        QVERIFY(probe(plan(sandbox->probeUrl("banyan")), t).ok());
    }

    void faultsHaveTheirVerdicts_data()
    {
        QTest::addColumn<SandboxServer::ProbeFault>("fault");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        using F = SandboxServer::ProbeFault;
        QTest::newRow("404") << F::NotFound << "wrong_address" << 404 << "probe URL";
        QTest::newRow("429") << F::RateLimited << "rate_limited" << 429 << "30 s";
        QTest::newRow("500") << F::ServerError << "carrier_trouble" << 500 << "status page";
        QTest::newRow("503") << F::Unavailable << "carrier_trouble" << 503 << "maintenance";
        QTest::newRow("418") << F::Teapot << "unexpected_status" << 418 << "HTTP 418";
        QTest::newRow("huge") << F::Huge << "too_large" << 200 << "stopped reading";
        QTest::newRow("401") << F::Unauthorized << "token_not_accepted" << 401
                             << "The token audience is not this API.";
        QTest::newRow("403") << F::Forbidden << "not_entitled" << 403 << "not provisioned";
    }
    void faultsHaveTheirVerdicts()
    {
        QFETCH(SandboxServer::ProbeFault, fault);
        QFETCH(QString, verdict);
        QFETCH(int, status);
        QFETCH(QString, words);
        const ProbeOutcome o = probe(plan(sandbox->probeFaultUrl(fault)), token("oauth2"));
        QCOMPARE(ProbeOutcome::verdictId(o.verdict), verdict);
        QCOMPARE(o.httpStatus, status);
        QVERIFY2(said(o).contains(words), qPrintable(said(o)));
        QVERIFY(!o.hint().isEmpty());
        if (fault == SandboxServer::ProbeFault::RateLimited)
            QCOMPARE(o.retryAfterSeconds, 30);
    }

    void redirectToAnotherOriginNeverCarriesTheToken()
    {
        const IssuedToken t = token("oauth2");
        const int before = otherOriginRequests();
        const ProbeOutcome o =
            probe(plan(sandbox->probeFaultUrl(SandboxServer::ProbeFault::Redirect)), t);
        QCOMPARE(o.verdict, ProbeVerdict::RedirectRefused);
        QCOMPARE(o.httpStatus, 307);
        QVERIFY2(said(o).contains(sandbox->otherOriginUrl().host()), qPrintable(said(o)));
        QCOMPARE(otherOriginRequests(), before);
        for (const RecordedRequest& r : sandbox->requests()) {
            if (r.localPort != sandbox->port())
                QVERIFY(!r.header("authorization").contains(t.accessToken.expose()));
        }
    }

    void networkTlsAndTimeout()
    {
        const IssuedToken t = token("oauth2");
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const ProbeOutcome refused =
            probe(plan(QUrl(QString("http://127.0.0.1:%1/v1/probe").arg(port))), t);
        QCOMPARE(refused.verdict, ProbeVerdict::Network);
        if (const QUrl tls = sandbox->tlsTokenUrl("oauth2"); tls.isValid())
            QCOMPARE(probe(plan(tls), t).verdict, ProbeVerdict::Tls);
        client->setTimeout(300);
        QCOMPARE(probe(plan(sandbox->faultUrl(SandboxServer::Fault::Hang)), t).verdict,
                 ProbeVerdict::Timeout);
    }

    void refusedUrlsAreNeverSent()
    {
        const IssuedToken t = token("oauth2");
        const int before = sandbox->requestCount();
        const ProbeOutcome o = probe(plan(QUrl("http://api.example.com/v1/probe")), t);
        QCOMPARE(o.verdict, ProbeVerdict::NotSent);
        QVERIFY2(said(o).contains("https://"), qPrintable(said(o)));
        QCOMPARE(sandbox->requestCount(), before);
        QString problem;
        QVERIFY(!ProbeSpec::fromJson({{"url", "/v1/x"}, {"method", "POST"}}, &problem));
        QVERIFY(problem.contains("GET or HEAD"));
        QVERIFY(!ProbeSpec::fromJson({{"url", "v1/x"}}, &problem));
    }

    void planJoinsThePathToTheApiBase()
    {
        CarrierPreset preset;
        preset.id = "acme";
        preset.environments = {{"sandbox",
                                "Sandbox",
                                EnvironmentKind::Sandbox,
                                "https://auth.acme.example/oauth/token",
                                false,
                                {},
                                "https://api.acme.example/v2/"}};
        preset.probe.target = "/ping";
        Account a;
        a.carrierId = "acme";
        a.environmentId = "sandbox";
        QCOMPARE(Probe::plan(a, &preset).url, QUrl("https://api.acme.example/v2/ping"));
        // an account's own token URL: its origin is the API base
        a.tokenUrl = "https://gw.acme.example:8443/token";
        QCOMPARE(Probe::plan(a, &preset).url, QUrl("https://gw.acme.example:8443/ping"));
        QCOMPARE(Probe::plan(a, &preset, "/other").url, QUrl("https://gw.acme.example:8443/other"));
        // a gateway that mounts the carrier under a prefix keeps its API there too
        a.tokenUrl = "https://gw.acme.example/acme/oauth/token";
        QCOMPARE(Probe::plan(a, &preset).url, QUrl("https://gw.acme.example/acme/ping"));
        QVERIFY(Probe::unexpectedHost(a, &preset).isEmpty());
        a.probe.target = "https://api.acme.example/v2/countries";
        QVERIFY(Probe::unexpectedHost(a, &preset).isEmpty());
        a.probe.target = "https://collector.evil.example/v2/countries";
        QCOMPARE(Probe::unexpectedHost(a, &preset), QString("collector.evil.example"));
        a.probe = {};
        preset.probe = {};
        QVERIFY(!Probe::plan(a, &preset).ok());
    }

    // An onboarding text naming an API call, even one with a token, never sets
    // where the probe sends the token.
    void pastedTextNeverSetsAProbe()
    {
        const QString text =
            "curl -X POST https://ws.integration.banyantechnology.com/auth/connect/token "
            "-d grant_type=client_credentials -d client_id=acme -d client_secret=s3cr3t\n"
            "curl https://collector.example.net/v3/StaticData/Countries "
            "-H 'Authorization: Bearer abc'\n";
        const PastedCredentials pasted = PastedText::read(text, CarrierCatalog::builtin());
        const Account a = PastedText::toAccount(pasted, CarrierCatalog::builtin());
        QVERIFY(!a.probe.isSet());
        QVERIFY(a.probeOn);
        QVERIFY(!pasted.recognised.join(' ').contains("probe"));
    }

    void outcomeAndHistoryRoundTrip()
    {
        ProbeOutcome o;
        o.verdict = ProbeVerdict::RateLimited;
        o.httpStatus = 429;
        o.url = QUrl("https://api.acme.example/v1/ping");
        o.latencyMs = 12;
        o.retryAfterSeconds = 30;
        o.carrierWords = "Slow down";
        QCOMPARE(ProbeOutcome::fromJson(o.toJson()).value(), o);
        TestRecord r;
        r.at = QDateTime::currentDateTimeUtc();
        r.category = "none";
        r.probe = o;
        const auto back = TestRecord::fromJson(r.toJson());
        QVERIFY(back && back->probe);
        QCOMPARE(*back->probe, o);
        Account a;
        a.id = QUuid::createUuid();
        a.name = "x";
        a.carrierId = "oauth2";
        a.probeOn = false;
        a.probe.target = "/v1/ping";
        a.probe.jsonPath = "items";
        const auto read = Account::fromJson(a.toJson(), nullptr);
        QVERIFY(read);
        QCOMPARE(read->probe, a.probe);
        QVERIFY(!read->probeOn);
    }
};

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
