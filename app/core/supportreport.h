// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "signaturecheck.h"
#include "tokenresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

// The text a person pastes into a support ticket after a token test. The
// GUI's "Copy report" and `tokendock test --report` both use it, so they
// match word for word. It never holds the secret or the token, and the
// client id only as its first 4 and last 2 characters.
class SupportReport
{
    Q_DECLARE_TR_FUNCTIONS(SupportReport)

public:
    // atUtc: when the test ran. The app version is QCoreApplication's.
    static QString text(const Account& account, const CarrierPreset* preset,
                        const TokenResult& result, const QDateTime& atUtc);

    // "2024-05-01 11:31:30 UTC"
    static QString utcTime(const QDateTime& time);
    // "1 h 2 min 3 s", "45 s" (the sign is ignored)
    static QString duration(qint64 seconds);
    // A claim value for people: NumericDate claims (exp, iat, nbf, auth_time)
    // also as a UTC time, strings as they are, anything else as compact JSON.
    static QString claimText(const QString& key, const QJsonValue& value);
    // "JWT (RS256)" or "opaque"
    static QString formatText(const TokenInspection& inspection);
    // How the carrier's clock compares with this computer's, and how it was measured.
    static QString clockText(const ClockReading& clock);
    // "Signature verified (RS256, key k1 from https://…/jwks)", "Signature invalid: …";
    // empty when no JWT was checked.
    static QStringList signatureLines(const SignatureCheck& check);
    // "API probe: Works (HTTP 200, 40 ms)", its URL and, when it did not
    // work, what went wrong and what to try; nothing when no probe was made.
    static QList<QPair<QString, QString>> probeLines(const ProbeOutcome& probe);
};
