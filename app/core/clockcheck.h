// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// How far this computer's clock is from the carrier's, measured when an
// answer arrived: from its HTTP Date header, else from the token's "iat".
// A token that "expired the moment it arrived" is usually this clock.
struct ClockReading
{
    enum class Source
    {
        None,
        DateHeader, // the token endpoint's Date header
        IssuedAt    // the JWT's "iat" claim (no Date header came)
    };
    // Apart by more than this, people are told and the countdown follows the
    // carrier's clock; below it, a Date header's one-second steps and the
    // request's own time are noise.
    static constexpr qint64 kToleranceSeconds = 60;

    Source source = Source::None;
    qint64 serverAheadSeconds = 0; // the carrier's clock minus this computer's

    bool measured() const { return source != Source::None; }
    bool isOff() const { return measured() && qAbs(serverAheadSeconds) > kToleranceSeconds; }
    // Whether the countdown may follow the carrier's clock: a Date header
    // says its time; a token issued in this computer's future does too, but a
    // token already dead on arrival may just be an old one handed out again.
    bool movesTheCountdown() const
    {
        return isOff() && (source == Source::DateHeader || serverAheadSeconds > 0);
    }
    QString sourceId() const; // "date_header", "iat" or "none"
    // How far apart, for people: whole minutes once it is minutes, as the
    // Date header's whole seconds and the request's own time blur the rest.
    qint64 shownSeconds() const;
    // "This computer's clock is 5 minutes behind …": only when isOff().
    Message warning(const QString& carrierName) const;
};

namespace ClockCheck {
// An HTTP date (RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and
// asctime forms); invalid for anything else.
QDateTime parseHttpDate(const QByteArray& value);
// The reading from a Date header sent by the server; nothing measured when
// the header is missing or unusable.
ClockReading fromDateHeader(const QByteArray& value, const QDateTime& receivedAt);
// The reading from a token's issue time, for answers without a Date header.
// A token reused by its carrier was issued earlier, so only an issue time
// in this computer's future tells something (this clock is behind), or one
// further in the past than the token's whole life.
ClockReading fromIssuedAt(const QDateTime& issuedAt, const QDateTime& expiresAt,
                          const QDateTime& receivedAt);
} // namespace ClockCheck
