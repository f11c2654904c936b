// SPDX-License-Identifier: Apache-2.0
#include "signatureverifier.h"

#include "account.h"
#include "accountrequest.h"
#include "clock.h"
#include "defaults.h"
#include "logging.h"
#include "secretbytes.h"
#include "urlpolicy.h"

#include <QJsonDocument>
#include <QRegularExpression>

struct SignatureVerifier::Job
{
    JwtParts parts;
    SignatureSources sources;
    QPointer<QObject> context;
    bool hasContext = false;
    Done done;
    QString discoveredIssuer; // the discovery document's "issuer", for the iss check

    // the signed part is the token but for its signature: it goes with the check
    ~Job() { wipe(parts.signingInput); }
};

namespace {
QString withoutSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

SignatureCheck cannotVerify(const Message& why)
{
    SignatureCheck c;
    c.verdict = SignatureCheck::Verdict::CannotVerify;
    c.detail = why;
    return c;
}
} // namespace

SignatureSources SignatureSources::forAccount(const Account& account, const CarrierPreset* preset)
{
    SignatureSources s;
    s.tokenUrl = QUrl(AccountRequest::resolvedUrl(account, preset));
    s.accountIssuer = account.issuer.trimmed();
    s.accountJwksUrl = account.jwksUrl.trimmed();
    s.accountKey = account.signingKey;
    if (preset) {
        for (const QString& issuer : preset->keys.issuers)
            s.presetIssuers << AccountRequest::filled(issuer, account, preset);
        if (!preset->keys.jwks.isEmpty())
            s.presetJwksUrl = AccountRequest::filled(preset->keys.jwks, account, preset);
        s.presetKey = preset->keys.key;
        s.audience = preset->keys.audience;
    }
    return s;
}

SignatureVerifier::SignatureVerifier(QNetworkAccessManager* network, const Clock& clock,
                                     QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_timeoutMs(Defaults::kRequestTimeoutSeconds * 1000)
{}

qint64 SignatureVerifier::cacheSeconds(const QByteArray& cacheControl, const QByteArray& expires,
                                       const QDateTime& now)
{
    qint64 seconds = -1;
    const QString cc = QString::fromLatin1(cacheControl).toLower();
    static const QRegularExpression maxAge(
        QStringLiteral("(?:^|[,\\s])max-age\\s*=\\s*(\\d{1,9})"));
    if (const auto m = maxAge.match(cc); m.hasMatch())
        seconds = m.captured(1).toLongLong();
    else if (cc.contains(QLatin1String("no-store")) || cc.contains(QLatin1String("no-cache")))
        seconds = 0;
    else if (!expires.isEmpty()) {
        // HTTP dates end in "GMT", which Qt's RFC 2822 reader does not take
        QString text = QString::fromLatin1(expires).trimmed();
        if (text.endsWith(QLatin1String(" GMT")))
            text = text.chopped(3) + QLatin1String("+0000");
        const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
        if (at.isValid())
            seconds = now.secsTo(at);
    }
    if (seconds < 0)
        return kDefaultCacheSeconds;
    return qBound(kMinCacheSeconds, seconds, kMaxCacheSeconds);
}

bool SignatureVerifier::knowsKid(const KeySet& keys, const QString& kid)
{
    if (kid.isEmpty())
        return true;
    for (const PublicKey& k : keys.keys) {
        if (k.kid.isEmpty() || k.kid == kid)
            return true;
    }
    for (const RefusedKey& r : keys.refused) {
        if (r.kid == kid)
            return true;
    }
    return false;
}

SignatureCheck SignatureVerifier::check(const JwtParts& parts, const KeySet& keys,
                                        const Message& source)
{
    SignatureCheck c;
    c.alg = parts.alg();
    c.kid = parts.kid();
    c.source = source;
    c.verdict = SignatureCheck::Verdict::Invalid;
    if (!keys.problem.isEmpty() && keys.keys.isEmpty() && keys.refused.isEmpty())
        return cannotVerify(keys.problem);
    for (const RefusedKey& r : keys.refused) {
        if (!c.kid.isEmpty() && r.kid == c.kid) {
            c.detail = r.why;
            return c;
        }
    }
    QList<PublicKey> named;
    for (const PublicKey& k : keys.keys) {
        if (c.kid.isEmpty() || k.kid.isEmpty() || k.kid == c.kid)
            named << k;
    }
    if (named.isEmpty()) {
        c.detail =
            keys.keys.isEmpty() && !keys.refused.isEmpty()
                ? keys.refused.first().why
                : Message::translate("SignatureVerifier", "The token names the key “%1”, which %2 "
                                                          "does not hold.")
                      .arg(c.kid.left(200))
                      .arg(source);
        return c;
    }
    bool anyFits = false;
    for (const PublicKey& k : named) {
        const auto r = JwtSignature::verify(parts.signingInput, parts.signature, c.alg, k);
        if (r == JwtSignature::Result::Verified) {
            c.verdict = SignatureCheck::Verdict::Verified;
            if (c.kid.isEmpty())
                c.kid = k.kid;
            return c;
        }
        anyFits = anyFits || r != JwtSignature::Result::KeyMismatch;
    }
    c.detail = anyFits ? Message::translate("SignatureVerifier",
                                            "The signature does not match the key; the token was "
                                            "changed or signed with another key.")
                       : Message::translate("SignatureVerifier",
                                            "The token says %1, but the key is %2 and does not fit "
                                            "that algorithm (or its JWK names another “alg”).")
                             .arg(c.alg.left(20))
                             .arg(Jwks::typeName(named.first().type));
    return c;
}

QString SignatureVerifier::trustedIssuer(const JwtParts& parts, const SignatureSources& sources,
                                         Message* refusal)
{
    const QString iss = parts.claims.value(QLatin1String("iss")).toString();
    const QString issuer = iss.isEmpty() ? sources.accountIssuer : iss;
    if (issuer.isEmpty())
        return {};
    const QUrl url(issuer);
    bool trusted = withoutSlash(issuer) == withoutSlash(sources.accountIssuer) ||
                   (url.isValid() && UrlPolicy::sameOrigin(url, sources.tokenUrl));
    for (const QString& listed : sources.presetIssuers)
        trusted = trusted || withoutSlash(listed) == withoutSlash(issuer);
    if (!trusted) {
        *refusal = Message::translate("SignatureVerifier",
                                      "The token names the issuer %1, which is neither at the "
                                      "token URL's site nor one the preset lists; TokenDock did "
                                      "not fetch its keys.")
                       .arg(issuer.left(200));
        return {};
    }
    return issuer;
}

void SignatureVerifier::verify(const QByteArray& token, const SignatureSources& sources,
                               QObject* context, Done done)
{
    const std::optional<JwtParts> parts = JwtParts::split(token);
    if (!parts)
        return done(SignatureCheck());
    auto job = std::make_shared<Job>();
    job->parts = *parts;
    job->sources = sources;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    const QString alg = parts->alg();
    SignatureCheck c;
    if (alg == QLatin1String("none") || alg.isEmpty()) {
        c.verdict = SignatureCheck::Verdict::Unsigned;
        c.detail =
            Message::translate("SignatureVerifier", "The token is not signed (“alg”: none); anyone "
                                                    "could have written it.");
        return finish(job, c);
    }
    if (JwtSignature::isHmac(alg)) {
        c.verdict = SignatureCheck::Verdict::SharedSecret;
        c.detail = Message::translate("SignatureVerifier",
                                      "The token is signed with a secret only the carrier holds "
                                      "(%1); it cannot be checked without it.")
                       .arg(alg.left(20));
        return finish(job, c);
    }
    if (!JwtSignature::isSupported(alg))
        return finish(
            job, cannotVerify(Message::translate("SignatureVerifier", "TokenDock does not check %1 "
                                                                      "signatures.")
                                  .arg(alg.left(20))));
    if (!sources.accountKey.trimmed().isEmpty())
        return finish(job, check(*parts, Jwks::parse(sources.accountKey.toUtf8()),
                                 Message::translate("SignatureVerifier", "account key")));
    if (!sources.accountJwksUrl.isEmpty())
        return withJwks(job, QUrl(sources.accountJwksUrl), false);
    if (!sources.presetKey.trimmed().isEmpty())
        return finish(job, check(*parts, Jwks::parse(sources.presetKey.toUtf8()),
                                 Message::translate("SignatureVerifier", "preset key")));
    if (!sources.presetJwksUrl.isEmpty())
        return withJwks(job, QUrl(sources.presetJwksUrl), false);
    Message refusal;
    const QString issuer = trustedIssuer(*parts, sources, &refusal);
    if (!issuer.isEmpty())
        return withDiscovery(job, issuer);
    finish(job, cannotVerify(!refusal.isEmpty()
                                 ? refusal
                                 : Message::translate(
                                       "SignatureVerifier",
                                       "No key to check it with: the token names no issuer and "
                                       "neither the account nor the preset has a JWKS URL or "
                                       "key. Ask the carrier for its public key or JWKS URL and "
                                       "add it to the account.")));
}

void SignatureVerifier::document(const QUrl& url, bool force, DocumentDone done)
{
    const QString key = url.toString();
    const QDateTime now = m_clock.now();
    if (!force) {
        const auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd() && it->until > now)
            return done(it->doc, false);
    }
    QPointer<SignatureVerifier> self(this);
    DocumentFetch::get(m_network, url, m_timeoutMs, [self, key, done](const FetchedDocument& doc) {
        if (!self)
            return;
        if (doc.ok()) {
            const QDateTime at = self->m_clock.now();
            self->m_cache.insert(
                key, {doc, at.addSecs(cacheSeconds(doc.cacheControl, doc.expires, at))});
        }
        done(doc, true);
    });
}

void SignatureVerifier::withDiscovery(const std::shared_ptr<Job>& job, const QString& issuer)
{
    const QUrl url(withoutSlash(issuer) + QStringLiteral("/.well-known/openid-configuration"));
    document(url, false, [this, job, issuer](const FetchedDocument& doc, bool) {
        if (!doc.ok())
            return finish(job, cannotVerify(Message::translate("SignatureVerifier",
                                                               "The issuer's discovery document "
                                                               "could not be fetched: %1")
                                                .arg(doc.problem)));
        const QJsonObject config = QJsonDocument::fromJson(doc.body).object();
        const QString jwksUri = config.value(QLatin1String("jwks_uri")).toString();
        job->discoveredIssuer = config.value(QLatin1String("issuer")).toString();
        if (jwksUri.isEmpty())
            return finish(job, cannotVerify(Message::translate("SignatureVerifier",
                                                               "%1 publishes no JWKS URL "
                                                               "(“jwks_uri”) in its "
                                                               "discovery document.")
                                                .arg(issuer.left(200))));
        withJwks(job, QUrl(jwksUri), false);
    });
}

void SignatureVerifier::withJwks(const std::shared_ptr<Job>& job, const QUrl& url, bool refetched)
{
    document(url, refetched, [this, job, url, refetched](const FetchedDocument& doc, bool fresh) {
        if (!doc.ok())
            return finish(job, cannotVerify(Message::translate("SignatureVerifier",
                                                               "The carrier's keys could not be "
                                                               "fetched: %1")
                                                .arg(doc.problem)));
        const KeySet keys = Jwks::parse(doc.body);
        // a kid the kept set lacks: the carrier may have rotated its keys since
        if (!fresh && !refetched && !knowsKid(keys, job->parts.kid())) {
            qCDebug(lcNetwork) << "unknown kid; fetching the key set again";
            return withJwks(job, url, true);
        }
        finish(job, check(job->parts, keys,
                          Message::plain(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
    });
}

void SignatureVerifier::finish(const std::shared_ptr<Job>& job, SignatureCheck check)
{
    if (check.alg.isEmpty())
        check.alg = job->parts.alg().left(20);
    if (check.kid.isEmpty())
        check.kid = job->parts.kid().left(200);
    check.claimProblems = SignatureCheck::checkClaims(
        job->parts.claims, m_clock.now().addSecs(job->sources.serverClockAhead),
        job->sources.audience, job->discoveredIssuer);
    if (job->hasContext && !job->context)
        return;
    if (job->done)
        job->done(check);
}
