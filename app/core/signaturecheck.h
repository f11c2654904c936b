// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// Whether a JWT's signature was checked against the carrier's key, and what
// its claims say against the clock, the expected audience and the issuer.
struct SignatureCheck
{
    enum class Verdict
    {
        NotChecked,   // not a JWT, or no check was made
        Verified,     // a key from `source` checks the signature
        Invalid,      // a key was found and the signature does not hold; `detail` says why
        CannotVerify, // no key published or found; `detail` says why and what to try
        Unsigned,     // "alg": "none"
        SharedSecret  // HMAC (HS*): only the carrier's secret checks it
    };
    static constexpr qint64 kLeewaySeconds = 60;

    Verdict verdict = Verdict::NotChecked;
    QString alg;
    QString kid;
    Message source; // the JWKS URL (plain), or "account key" / "preset key"
    Message detail;
    QList<Message> claimProblems;

    bool checked() const { return verdict != Verdict::NotChecked; }
    QString verdictId() const { return verdictId(verdict); }
    static QString verdictId(Verdict verdict);
    // A short headline: "Signature verified", "Signature invalid", ...
    Message headline() const;

    // exp, nbf and iat against `now` with kLeewaySeconds; aud against
    // `audience` and iss against `issuer` where they are not empty.
    static QList<Message> checkClaims(const QJsonObject& claims, const QDateTime& now,
                                      const QString& audience, const QString& issuer);
};
