// SPDX-License-Identifier: Apache-2.0
// JWT signatures checked with keys made here through libcrypto: every
// algorithm TokenDock checks, every way a key or token can be wrong, the
// claims against the clock, and the limits of the key reader.
#include "account.h"
#include "carriercatalog.h"
#include "clock.h"
#include "jwks.h"
#include "jwtsignature.h"
#include "signaturecheck.h"
#include "signatureverifier.h"
#include "signingkey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

namespace {
using Verdict = SignatureCheck::Verdict;

QByteArray b64(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject claims(qint64 now)
{
    return {{"iss", "https://id.example.com"}, {"iat", now}, {"exp", now + 3600}};
}

KeySet keySetOf(const QJsonObject& jwk)
{
    return Jwks::parse(QJsonDocument(QJsonObject{{"keys", QJsonArray{jwk}}}).toJson());
}

SignatureCheck checkWith(const QByteArray& token, const KeySet& keys)
{
    const auto parts = JwtParts::split(token);
    if (!parts)
        return {};
    return SignatureVerifier::check(*parts, keys, Message::plain("test keys"));
}
} // namespace

class TestJwtSignature : public QObject
{
    Q_OBJECT

private slots:
    void everyAlgorithmVerifies_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("kind");
        for (const char* alg : {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"})
            QTest::newRow(alg) << QString(alg) << "rsa";
        QTest::newRow("ES256") << "ES256"
                               << "P-256";
        QTest::newRow("ES384") << "ES384"
                               << "P-384";
        QTest::newRow("ES512") << "ES512"
                               << "P-521";
        QTest::newRow("EdDSA") << "EdDSA"
                               << "ed25519";
    }
    void everyAlgorithmVerifies()
    {
        QFETCH(QString, alg);
        QFETCH(QString, kind);
        const SigningKey key = kind == "rsa"       ? SigningKey::rsa()
                               : kind == "ed25519" ? SigningKey::ed25519()
                                                   : SigningKey::ec(kind.toLatin1().constData());
        QVERIFY(!key.isNull());
        const QByteArray token = key.jwt(claims(1700000000), alg, "k1");
        const SignatureCheck good = checkWith(token, keySetOf(key.jwk("k1")));
        QCOMPARE(good.verdictId(), QString("verified"));
        QCOMPARE(good.kid, QString("k1"));
        QCOMPARE(good.alg, alg);
        QCOMPARE(good.source.text(), QString("test keys"));

        // the same key as PEM, pasted without a kid
        const SignatureCheck pem = checkWith(token, Jwks::parse(key.pem()));
        QCOMPARE(pem.verdictId(), QString("verified"));

        // a payload changed after signing
        const QList<QByteArray> parts = token.split('.');
        QJsonObject changed = claims(1700000000);
        changed.insert("sub", "someone-else");
        const QByteArray tampered = parts[0] + '.' +
                                    b64(QJsonDocument(changed).toJson(QJsonDocument::Compact)) +
                                    '.' + parts[2];
        const SignatureCheck bad = checkWith(tampered, keySetOf(key.jwk("k1")));
        QCOMPARE(bad.verdictId(), QString("invalid"));
        QVERIFY2(bad.detail.text().contains("does not match"), qPrintable(bad.detail.text()));
    }

    void anotherKeyIsInvalid()
    {
        const SigningKey signer = SigningKey::ec();
        const SigningKey other = SigningKey::ec();
        const SignatureCheck c =
            checkWith(signer.jwt(claims(1), "ES256", "k1"), keySetOf(other.jwk("k1")));
        QCOMPARE(c.verdict, Verdict::Invalid);
        QVERIFY(c.detail.text().contains("does not match"));
    }

    void unknownKidIsNamed()
    {
        const SigningKey key = SigningKey::ec();
        const SignatureCheck c =
            checkWith(key.jwt(claims(1), "ES256", "new-kid"), keySetOf(key.jwk("old-kid")));
        QCOMPARE(c.verdict, Verdict::Invalid);
        QVERIFY2(c.detail.text().contains("\u201cnew-kid\u201d"), qPrintable(c.detail.text()));
        QVERIFY(!SignatureVerifier::knowsKid(keySetOf(key.jwk("old-kid")), "new-kid"));
        QVERIFY(SignatureVerifier::knowsKid(keySetOf(key.jwk("old-kid")), "old-kid"));
    }

    void algorithmAndKeyMustFit()
    {
        const SigningKey rsa = SigningKey::rsa();
        const SigningKey ec = SigningKey::ec();
        // an RS256 token against an EC key
        SignatureCheck c = checkWith(rsa.jwt(claims(1), "RS256", "k"), keySetOf(ec.jwk("k")));
        QCOMPARE(c.verdict, Verdict::Invalid);
        QVERIFY2(c.detail.text().contains("does not fit"), qPrintable(c.detail.text()));
        // an ES384 token against a P-256 key
        c = checkWith(ec.jwk("k").isEmpty() ? QByteArray() : ec.jwt(claims(1), "ES384", "k"),
                      keySetOf(ec.jwk("k")));
        QCOMPARE(c.verdict, Verdict::Invalid);
        // a JWK whose "alg" says PS256, for a token saying RS256
        QJsonObject jwk = rsa.jwk("k");
        jwk.insert("alg", "PS256");
        c = checkWith(rsa.jwt(claims(1), "RS256", "k"), keySetOf(jwk));
        QCOMPARE(c.verdict, Verdict::Invalid);
        QVERIFY(c.detail.text().contains("does not fit"));
    }

    void weakOrMisusedKeysAreRefused()
    {
        const SigningKey weak = SigningKey::rsa(1024);
        SignatureCheck c = checkWith(weak.jwt(claims(1), "RS256", "w"), keySetOf(weak.jwk("w")));
        QCOMPARE(c.verdict, Verdict::Invalid);
        QVERIFY2(c.detail.text().contains("only 1024 bits"), qPrintable(c.detail.text()));
        c = checkWith(weak.jwt(claims(1), "RS256", ""), Jwks::parse(weak.pem()));
        QCOMPARE(c.verdict, Verdict::Invalid);
        QVERIFY(c.detail.text().contains("1024"));

        // a 256-bit curve that is not P-256 must not pass for ES256 (RFC 7518 §3.4)
        for (const char* curve : {"secp256k1", "brainpoolP256r1"}) {
            const SigningKey other = SigningKey::ec(curve);
            const KeySet pem = Jwks::parse(other.pem());
            QVERIFY2(pem.keys.isEmpty(), curve);
            QCOMPARE(pem.refused.size(), 1);
            QVERIFY2(pem.refused.first().why.text().contains(curve),
                     qPrintable(pem.refused.first().why.text()));
            c = checkWith(other.jwt(claims(1), "ES256", ""), pem);
            QVERIFY2(c.verdict != Verdict::Verified, curve);
        }

        const SigningKey ec = SigningKey::ec();
        QJsonObject enc = ec.jwk("e");
        enc.insert("use", "enc");
        c = checkWith(ec.jwt(claims(1), "ES256", "e"), keySetOf(enc));
        QCOMPARE(c.verdict, Verdict::Invalid);
        QVERIFY(c.detail.text().contains("encryption"));
    }

    void unsignedAndSharedSecretAreSaidSo()
    {
        QNetworkAccessManager network;
        ManualClock clock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        SignatureVerifier verifier(&network, clock);
        const auto verdictOf = [&](const QByteArray& header) {
            SignatureCheck got;
            const QByteArray token = b64(header) + '.' + b64(R"({"sub":"x"})") + ".c2ln";
            verifier.verify(token, {}, nullptr, [&](const SignatureCheck& c) { got = c; });
            return got;
        };
        QCOMPARE(verdictOf(R"({"alg":"none"})").verdict, Verdict::Unsigned);
        const SignatureCheck hmac = verdictOf(R"({"alg":"HS256"})");
        QCOMPARE(hmac.verdict, Verdict::SharedSecret);
        QCOMPARE(hmac.alg, QString("HS256"));
        QVERIFY(hmac.detail.text().contains("secret"));
        // no key anywhere: said plainly, with what to try
        const SigningKey key = SigningKey::ec();
        SignatureCheck none;
        verifier.verify(key.jwt({{"sub", "x"}}, "ES256", "k"), {}, nullptr,
                        [&](const SignatureCheck& c) { none = c; });
        QCOMPARE(none.verdict, Verdict::CannotVerify);
        QVERIFY(none.detail.text().contains("JWKS URL"));
        // an opaque token: nothing to check
        SignatureCheck opaque;
        opaque.verdict = Verdict::Invalid;
        verifier.verify("abcdef", {}, nullptr, [&](const SignatureCheck& c) { opaque = c; });
        QCOMPARE(opaque.verdict, Verdict::NotChecked);
    }

    void pastedKeyIsTheAccountKey()
    {
        QNetworkAccessManager network;
        ManualClock clock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        SignatureVerifier verifier(&network, clock);
        const SigningKey key = SigningKey::rsa();
        SignatureSources sources;
        sources.accountKey = QString::fromLatin1(key.pem());
        SignatureCheck got;
        verifier.verify(key.jwt(claims(1700000000), "PS384", "k"), sources, nullptr,
                        [&](const SignatureCheck& c) { got = c; });
        QCOMPARE(got.verdict, Verdict::Verified);
        QCOMPARE(got.source.text(), QString("account key"));
        QVERIFY(got.claimProblems.isEmpty());
        sources.accountKey.clear();
        sources.presetKey = QString::fromUtf8(QJsonDocument(key.jwk("k")).toJson());
        verifier.verify(key.jwt(claims(1700000000), "RS256", "k"), sources, nullptr,
                        [&](const SignatureCheck& c) { got = c; });
        QCOMPARE(got.verdict, Verdict::Verified);
        QCOMPARE(got.source.text(), QString("preset key"));
    }

    // The catalog's "keys": TForce Freight's issuer is its tenant's, filled
    // like the token URL; Trimble Identity's is marked unconfirmed.
    void presetKeysAreFilledFromTheAccount()
    {
        const CarrierCatalog& catalog = CarrierCatalog::builtin();
        Account tforce;
        tforce.carrierId = "tforce";
        tforce.environmentId = "production";
        tforce.fields.insert("tenant", "contoso.onmicrosoft.com");
        tforce.issuer = " https://login.example.com/ ";
        const SignatureSources s = SignatureSources::forAccount(tforce, catalog.find("tforce"));
        QCOMPARE(s.presetIssuers,
                 QStringList{"https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0"});
        QCOMPARE(s.tokenUrl.host(), QString("login.microsoftonline.com"));
        QCOMPARE(s.accountIssuer, QString("https://login.example.com/"));
        const CarrierPreset* trimble = catalog.find("trimble");
        QCOMPARE(trimble->keys.issuers, QStringList{"https://id.trimble.com"});
        QVERIFY(trimble->keys.unconfirmed);
        // which issuers may be asked: the token URL's site, the preset's, the account's
        JwtParts parts;
        const auto allowed = [&](const QString& iss) {
            parts.claims = {{"iss", iss}};
            Message refusal;
            return !SignatureVerifier::trustedIssuer(parts, s, &refusal).isEmpty();
        };
        QVERIFY(allowed("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0"));
        QVERIFY(allowed("https://login.microsoftonline.com/another-tenant/v2.0")); // same site
        QVERIFY(allowed("https://login.example.com"));
        QVERIFY(!allowed("https://evil.example.com"));
        QVERIFY(!allowed("http://login.microsoftonline.com/x")); // another origin: http
    }

    void claimsAgainstTheClock_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("says");
        const qint64 now = 1700000000;
        QTest::newRow("expired") << QJsonObject{{"exp", now - 61}} << ""
                                 << ""
                                 << "expired";
        QTest::newRow("nbf ahead") << QJsonObject{{"nbf", now + 120}} << ""
                                   << ""
                                   << "not valid before";
        QTest::newRow("iat ahead") << QJsonObject{{"iat", now + 120}} << ""
                                   << ""
                                   << "in the future";
        QTest::newRow("aud") << QJsonObject{{"aud", QJsonArray{"a", "b"}}} << "c"
                             << ""
                             << "not meant for c";
        QTest::newRow("iss") << QJsonObject{{"iss", "https://x"}} << ""
                             << "https://y"
                             << "discovery document says";
        QTest::newRow("within leeway")
            << QJsonObject{{"exp", now - 59}, {"nbf", now + 59}, {"aud", QJsonArray{"a", "c"}}}
            << "c"
            << ""
            << "";
    }
    void claimsAgainstTheClock()
    {
        QFETCH(QJsonObject, claims);
        QFETCH(QString, audience);
        QFETCH(QString, issuer);
        QFETCH(QString, says);
        const QList<Message> problems = SignatureCheck::checkClaims(
            claims, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC), audience, issuer);
        if (says.isEmpty()) {
            QVERIFY(problems.isEmpty());
            return;
        }
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().text().contains(says), qPrintable(problems.first().text()));
    }

    void cacheLifetimeIsBounded_data()
    {
        QTest::addColumn<QByteArray>("cacheControl");
        QTest::addColumn<QByteArray>("expires");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("max-age") << QByteArray("public, max-age=600") << QByteArray() << 600LL;
        QTest::newRow("too short") << QByteArray("max-age=5") << QByteArray() << 60LL;
        QTest::newRow("too long") << QByteArray("max-age=999999") << QByteArray() << 86400LL;
        QTest::newRow("no-store") << QByteArray("no-store") << QByteArray() << 60LL;
        QTest::newRow("expires") << QByteArray() << QByteArray("Wed, 15 Nov 2023 00:13:20 GMT")
                                 << 7200LL;
        QTest::newRow("nothing") << QByteArray() << QByteArray() << 3600LL;
        QTest::newRow("garbage") << QByteArray("max-age=abc") << QByteArray("soon") << 3600LL;
    }
    void cacheLifetimeIsBounded()
    {
        QFETCH(QByteArray, cacheControl);
        QFETCH(QByteArray, expires);
        QFETCH(qint64, seconds);
        // 2023-11-14 22:13:20 UTC
        QCOMPARE(SignatureVerifier::cacheSeconds(
                     cacheControl, expires, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC)),
                 seconds);
    }

    void keyReaderIsBounded()
    {
        const SigningKey key = SigningKey::ec();
        QJsonArray many;
        for (int i = 0; i < 100; ++i)
            many.append(key.jwk(QString::number(i)));
        const KeySet set = Jwks::parse(QJsonDocument(QJsonObject{{"keys", many}}).toJson());
        QCOMPARE(set.keys.size(), Jwks::kMaxKeys);
        QVERIFY(!Jwks::parse(QByteArray(Jwks::kMaxTextBytes + 1, ' ')).problem.isEmpty());
        for (const QByteArray& hostile :
             {QByteArray("{\"keys\":[1,\"x\",{\"kty\":\"RSA\",\"n\":5}]}"),
              QByteArray("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AAAA\",\"y\":\"AAAA\"}"),
              QByteArray("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"),
              QByteArray("[]"), QByteArray("")}) {
            const KeySet s = Jwks::parse(hostile);
            QVERIFY(s.keys.isEmpty());
        }
        // a point that is not on the curve
        QJsonObject off = key.jwk("k");
        off.insert("y", QString::fromLatin1(b64(QByteArray(32, '\x01'))));
        QVERIFY(keySetOf(off).keys.isEmpty());
    }
};

QTEST_MAIN(TestJwtSignature)
#include "tst_jwtsignature.moc"
