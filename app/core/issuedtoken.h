// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretbytes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// A header an API call sends besides the token's own (Maersk Consumer-Key,
// Estes apikey); the value may be a secret.
struct ApiHeader
{
    QByteArray name;
    SecretBytes value;
};

// Where a token's expiry time came from, for people to judge it by.
enum class ExpirySource
{
    Unknown,
    ExpiresIn,  // the answer's lifetime in seconds
    StatedTime, // an absolute time in the answer
    Jwt,        // the token's own "exp" claim
    Documented  // the carrier's documented lifetime: the answer and the token say nothing
};

// A token the carrier issued, with what we know about its life and how API
// calls carry it.
struct IssuedToken
{
    SecretBytes accessToken;
    QString tokenType;       // normalised for headers: "Bearer" whatever case the carrier used
    QString tokenTypeAsSent; // as the carrier sent it (may be empty)
    QDateTime obtainedAt;    // UTC, when the response arrived
    qint64 expiresIn = -1;   // seconds from the response; -1 when not given
    QDateTime expiresAtFromResponse; // obtainedAt + expires_in
    QDateTime expiresAtStated;       // an absolute expiry time the answer gave
    QDateTime expiresAtFromJwt;      // the JWT "exp" claim
    // The carrier's clock minus this computer's when it is off by more than
    // ClockReading::kToleranceSeconds, else 0: the stated and JWT times are
    // on the carrier's clock and are moved onto this one for the countdown.
    qint64 serverClockAhead = 0;
    QDateTime expiresAtDocumented; // obtainedAt + the carrier's documented lifetime
    SecretBytes refreshToken;      // when the carrier handed one out
    QStringList scopes;
    QJsonObject otherFields; // every response field but the token itself, for display
    QByteArray issuedFor;    // AccountRequest::issuedFor() of the settings it was requested with
    // How API calls carry it: "<useHeader>: <scheme> <token>", the scheme being
    // the token type in Authorization and useScheme elsewhere (the token alone
    // when empty); then the headers every API call needs.
    QString useHeader = QStringLiteral("Authorization");
    QString useScheme = QStringLiteral("Bearer");
    QList<ApiHeader> apiHeaders;

    bool isEmpty() const { return accessToken.isEmpty(); }
    // The earliest of the times the answer and the token state; the
    // documented lifetime only when neither states one; invalid when unknown.
    QDateTime expiresAt() const;
    // A time the carrier stated (on its clock) on this computer's clock.
    QDateTime onThisClock(const QDateTime& carrierTime) const;
    ExpirySource expirySource() const;
    // The token's own header value: "Bearer abc", or "abc" for a named header without a scheme.
    QString headerValue() const;
    // Every header an API call needs, the token's first: name and value.
    QList<QPair<QString, QString>> headers() const;
    // Seconds until expiresAt(), negative once expired; nothing when unknown.
    std::optional<qint64> secondsLeft(const QDateTime& now) const;
    // True when the token is known to live at least `margin` more seconds.
    bool validFor(qint64 margin, const QDateTime& now) const;
    // Total lifetime from obtainedAt to expiresAt(); nothing when unknown.
    std::optional<qint64> lifetime() const;
};

// "bearer", "BEARER" → "Bearer"; other types keep their spelling; empty → "Bearer".
QString normaliseTokenType(const QString& sent);
QString expirySourceId(ExpirySource source); // "expires_in", "stated_time", "jwt", ...
