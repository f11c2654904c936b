// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretbytes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// A token the carrier issued, with what we know about its life.
struct IssuedToken
{
    SecretBytes accessToken;
    QString tokenType;       // normalised for headers: "Bearer" whatever case the carrier used
    QString tokenTypeAsSent; // as the carrier sent it (may be empty)
    QDateTime obtainedAt;    // UTC, when the response arrived
    qint64 expiresIn = -1;   // seconds from the response; -1 when not given
    QDateTime expiresAtFromResponse; // obtainedAt + expires_in
    QDateTime expiresAtFromJwt;      // the JWT "exp" claim
    QStringList scopes;
    QJsonObject otherFields; // every response field but the token itself, for display
    QByteArray issuedFor;    // AccountRequest::issuedFor() of the settings it was requested with

    bool isEmpty() const { return accessToken.isEmpty(); }
    // The earlier of the two expiry times when both exist; invalid when neither does.
    QDateTime expiresAt() const;
    // Seconds until expiresAt(), negative once expired; nothing when unknown.
    std::optional<qint64> secondsLeft(const QDateTime& now) const;
    // True when the token is known to live at least `margin` more seconds.
    bool validFor(qint64 margin, const QDateTime& now) const;
    // Total lifetime from obtainedAt to expiresAt(); nothing when unknown.
    std::optional<qint64> lifetime() const;
};

// "bearer", "BEARER" → "Bearer"; other types keep their spelling; empty → "Bearer".
QString normaliseTokenType(const QString& sent);
