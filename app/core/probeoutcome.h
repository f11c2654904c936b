// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// What a probe found, in words a person would use.
enum class ProbeVerdict
{
    NotRun,
    Works,            // 2xx and the expectation holds
    TokenNotAccepted, // 401
    NotEntitled,      // 403
    WrongAddress,     // 404, 405, 410
    RateLimited,      // 429
    CarrierTrouble,   // 5xx
    UnexpectedStatus, // any other status
    ExpectationNotMet,
    RedirectRefused, // to another site, or too many
    TooLarge,
    Network,
    Tls,
    Timeout,
    NotSent, // refused before sending: no token, no probe, a URL or method refused
};

// The outcome of one probe. Its sentences are made from these fields when
// shown, so a record read back after a restart says the same.
struct ProbeOutcome
{
    // `tokendock test` and `tokendock probe` exit with this when the token
    // came but the probe did not work.
    static constexpr int kExitCode = 7;

    ProbeVerdict verdict = ProbeVerdict::NotRun;
    int httpStatus = 0;
    QUrl url; // where it went (without its query)
    qint64 latencyMs = -1;
    QString carrierWords; // cleaned, the token scrubbed
    qint64 retryAfterSeconds = -1;
    // plain detail: Qt's network error, the JSON path not found, a redirect's target
    QString detail;

    bool ran() const { return verdict != ProbeVerdict::NotRun; }
    bool ok() const { return verdict == ProbeVerdict::Works; }
    // "works", "token_not_accepted", ...
    static QString verdictId(ProbeVerdict verdict);
    static std::optional<ProbeVerdict> verdictFromId(const QString& id);
    // A short label: "Works", "Token not accepted"
    static QString label(ProbeVerdict verdict);
    // One sentence of what happened, and what to try next.
    Message message() const;
    Message hint() const;
    // The sentence, the carrier's words and the hint, for people.
    QString fullText() const;

    QJsonObject toJson() const;
    static std::optional<ProbeOutcome> fromJson(const QJsonObject& obj);
    bool operator==(const ProbeOutcome& o) const { return toJson() == o.toJson(); }
};
