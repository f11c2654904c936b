// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "documentfetch.h"
#include "jwks.h"
#include "jwtsignature.h"
#include "signaturecheck.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

struct Account;
struct CarrierPreset;
class Clock;
class QNetworkAccessManager;

// Where the keys for one account's tokens may come from, most specific first:
// a key pasted in the account, its JWKS URL, the preset's key and JWKS URL,
// then the OpenID discovery of an issuer TokenDock trusts for this account
// (at the token URL's origin, listed by the preset, or set in the account).
struct SignatureSources
{
    QUrl tokenUrl;
    QString accountIssuer;
    QString accountJwksUrl;
    QString accountKey; // PEM, JWK or JWK set text
    QStringList presetIssuers;
    QString presetJwksUrl;
    QString presetKey;
    QString audience; // the preset's expected "aud"; empty = not documented
    // The carrier's clock minus this computer's when the answer showed it
    // off (IssuedToken::serverClockAhead): exp, nbf and iat are checked on
    // the carrier's clock, as the clock warning already said.
    qint64 serverClockAhead = 0;

    // Placeholders in the preset's issuers and JWKS URL filled from the
    // account's fields, like the token URL.
    static SignatureSources forAccount(const Account& account, const CarrierPreset* preset);
};

// Checks JWT signatures (JwtSignature) with keys from SignatureSources,
// fetching discovery documents and JWK sets under the token requests' rules
// (DocumentFetch) and keeping them in memory as long as their Cache-Control
// or Expires allows (within kMinCacheSeconds .. kMaxCacheSeconds). A token
// naming a kid the cached set lacks fetches the set again, once.
class SignatureVerifier : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SignatureCheck&)>;
    static constexpr qint64 kMinCacheSeconds = 60;
    static constexpr qint64 kMaxCacheSeconds = 24 * 3600;
    static constexpr qint64 kDefaultCacheSeconds = 3600;

    SignatureVerifier(QNetworkAccessManager* network, const Clock& clock,
                      QObject* parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // `done` is called once, possibly before this returns (nothing to fetch),
    // unless `context` is gone by then.
    void verify(const QByteArray& token, const SignatureSources& sources, QObject* context,
                Done done);

    // How long a fetched document is kept, from its headers.
    static qint64 cacheSeconds(const QByteArray& cacheControl, const QByteArray& expires,
                               const QDateTime& now);
    // The verdict of `parts` against `keys` (no network); `source` names where they came from.
    static SignatureCheck check(const JwtParts& parts, const KeySet& keys, const Message& source);
    // Whether `keys` hold a key `kid` may name (any key without a kid counts).
    static bool knowsKid(const KeySet& keys, const QString& kid);
    // The issuer whose discovery may be fetched for this token, or why none is.
    static QString trustedIssuer(const JwtParts& parts, const SignatureSources& sources,
                                 Message* refusal);

private:
    struct Job;
    using DocumentDone = std::function<void(const FetchedDocument& doc, bool fresh)>;
    void document(const QUrl& url, bool force, DocumentDone done);
    void withDiscovery(const std::shared_ptr<Job>& job, const QString& issuer);
    void withJwks(const std::shared_ptr<Job>& job, const QUrl& url, bool refetched);
    void finish(const std::shared_ptr<Job>& job, SignatureCheck check);

    struct Cached
    {
        FetchedDocument doc;
        QDateTime until;
    };
    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    int m_timeoutMs;
    QHash<QString, Cached> m_cache;
};
