// SPDX-License-Identifier: Apache-2.0
// Signatures of the sandbox's tokens checked the way TokenDock checks a
// carrier's: keys found through OpenID discovery at the token URL's site,
// fetched under the token requests' rules, kept, and fetched again once when
// a token names a new key.
#include "clock.h"
#include "sandboxserver.h"
#include "signatureverifier.h"
#include "testsupport.h"
#include "tokenclient.h"

#include <QTest>

namespace {
using Verdict = SignatureCheck::Verdict;
}

class TestSignatureVerifier : public QObject
{
    Q_OBJECT

    SandboxServer* sandbox = nullptr;
    TokenClient* client = nullptr;
    ManualClock clock;
    SignatureVerifier* verifier = nullptr;

    QByteArray tokenFrom(const QUrl& url, const QString& carrier = QStringLiteral("oauth2"))
    {
        TokenRequestSpec spec = sandboxSpec(*sandbox, carrier);
        if (!url.isEmpty())
            spec.url = url;
        const TokenResult r = fetchAndCount(*client, spec);
        return r.token.accessToken.expose();
    }
    SignatureCheck verify(const QByteArray& token, const SignatureSources& sources)
    {
        std::optional<SignatureCheck> got;
        verifier->verify(token, sources, this, [&](const SignatureCheck& c) { got = c; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        }();
        return got.value_or(SignatureCheck());
    }
    SignatureSources at(const QUrl& tokenUrl)
    {
        SignatureSources s;
        s.tokenUrl = tokenUrl;
        return s;
    }

private slots:
    void init()
    {
        clock.setNow(QDateTime::currentDateTimeUtc());
        sandbox = new SandboxServer(this);
        QVERIFY(sandbox->start());
        client = new TokenClient(this);
        verifier = new SignatureVerifier(client->network(), clock, this);
    }
    void cleanup()
    {
        delete verifier;
        delete client;
        delete sandbox;
    }

    void discoveryAtTheTokenUrlsSite_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS256") << "oauth2"
                               << "RS256";
        QTest::newRow("ES256") << "trimble"
                               << "ES256";
    }
    void discoveryAtTheTokenUrlsSite()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, alg);
        const QByteArray token = tokenFrom({}, carrier);
        QVERIFY(!token.isEmpty());
        const SignatureCheck c = verify(token, at(sandbox->tokenUrl(carrier)));
        QCOMPARE(c.verdictId(), QString("verified"));
        QCOMPARE(c.alg, alg);
        QCOMPARE(c.kid, "sandbox-" + carrier + "-" + alg.toLower() + "-1");
        QCOMPARE(c.source.text(), sandbox->baseUrl().toString() + "/" + carrier + "/jwks");
        QVERIFY(c.claimProblems.isEmpty());
        QCOMPARE(sandbox->keyRequestCount("/.well-known/openid-configuration"), 1);
        QCOMPARE(sandbox->keyRequestCount("/jwks"), 1);
        // kept: the next token is checked without asking again
        QCOMPARE(verify(tokenFrom({}, carrier), at(sandbox->tokenUrl(carrier))).verdict,
                 Verdict::Verified);
        QCOMPARE(sandbox->keyRequestCount(), 2);
    }

    void wrongKeyIsInvalid()
    {
        const QUrl url = sandbox->faultUrl(SandboxServer::Fault::WrongKey);
        const SignatureCheck c = verify(tokenFrom(url), at(url));
        QCOMPARE(c.verdict, Verdict::Invalid);
        QVERIFY2(c.detail.text().contains("does not match"), qPrintable(c.detail.text()));
    }

    void tamperedTokenIsInvalid()
    {
        QByteArray token = tokenFrom({});
        QList<QByteArray> parts = token.split('.');
        parts[1] = QByteArray(R"({"iss":")" + sandbox->baseUrl().toString().toLatin1() +
                              R"(/oauth2","sub":"admin"})")
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const SignatureCheck c = verify(parts.join('.'), at(sandbox->tokenUrl("oauth2")));
        QCOMPARE(c.verdict, Verdict::Invalid);
    }

    void rotatedKeysAreFetchedOnce()
    {
        const QUrl url = sandbox->faultUrl(SandboxServer::Fault::RotateKeys);
        const SignatureCheck first = verify(tokenFrom(url), at(url));
        QCOMPARE(first.verdict, Verdict::Verified);
        QCOMPARE(sandbox->keyRequestCount("/jwks"), 1);
        // a new kid: the kept set lacks it, so the set is fetched again, once
        const SignatureCheck c = verify(tokenFrom(url), at(url));
        QCOMPARE(c.verdict, Verdict::Verified);
        QVERIFY(c.kid != first.kid);
        QCOMPARE(sandbox->keyRequestCount("/jwks"), 2);
        QCOMPARE(sandbox->keyRequestCount("/.well-known/openid-configuration"), 1);
        // a kid no set holds even after fetching again: invalid after one more fetch
        SigningKey stranger = SigningKey::rsa();
        const QByteArray forged = stranger.jwt({{"iss", url.toString()}, {"sub", "x"}}, "RS256",
                                               "sandbox-fault-rs256-99");
        const SignatureCheck unknown = verify(forged, at(url));
        QCOMPARE(unknown.verdict, Verdict::Invalid);
        QCOMPARE(sandbox->keyRequestCount("/jwks"), 3);
    }

    void foreignIssuerIsNotAsked()
    {
        const QUrl url = sandbox->faultUrl(SandboxServer::Fault::ForeignIssuer);
        const QByteArray token = tokenFrom(url);
        sandbox->clearRequests();
        const SignatureCheck c = verify(token, at(url));
        QCOMPARE(c.verdict, Verdict::CannotVerify);
        QVERIFY2(c.detail.text().contains(sandbox->otherOriginUrl().toString()),
                 qPrintable(c.detail.text()));
        QCOMPARE(sandbox->requestCount(), 0);
        QCOMPARE(sandbox->keyRequestCount(), 0);
        // listed by the preset, the issuer is asked
        SignatureSources listed = at(url);
        listed.presetIssuers << sandbox->otherOriginUrl().toString() + "/issuer";
        verify(token, listed);
        QCOMPARE(sandbox->requestCount("/issuer/.well-known/openid-configuration"), 1);
    }

    void plainHttpKeysElsewhereAreRefused()
    {
        SignatureSources s = at(sandbox->tokenUrl("oauth2"));
        s.accountJwksUrl = "http://keys.example.com/jwks";
        const SignatureCheck c = verify(tokenFrom({}), s);
        QCOMPARE(c.verdict, Verdict::CannotVerify);
        QVERIFY2(c.detail.text().contains("https"), qPrintable(c.detail.text()));
        // an account's JWKS URL on loopback is fine
        s.accountJwksUrl = sandbox->baseUrl().toString() + "/oauth2/jwks";
        QCOMPARE(verify(tokenFrom({}), s).verdict, Verdict::Verified);
    }

    void claimsAreChecked()
    {
        SignatureSources s = at(sandbox->tokenUrl("oauth2"));
        s.audience = "https://api.example.com";
        const QByteArray token = tokenFrom({});
        clock.advance(2 * 3600);
        const SignatureCheck c = verify(token, s);
        QCOMPARE(c.verdict, Verdict::Verified);
        const QString problems = Message::texts(c.claimProblems).join('\n');
        QVERIFY2(problems.contains("expired"), qPrintable(problems));
        QVERIFY2(problems.contains("not meant for https://api.example.com"), qPrintable(problems));
    }
};

QTEST_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
