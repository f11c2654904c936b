// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clockcheck.h"
#include "failure.h"
#include "issuedtoken.h"
#include "probeoutcome.h"
#include "signaturecheck.h"
#include "tokeninspector.h"

#include <QMetaType>
#include <QUrl>

// The outcome of one token request: a token, or an error a person can act on.
struct TokenResult
{
    IssuedToken token;
    TokenInspection inspection;
    Failure error;
    int httpStatus = 0;    // 0 when no HTTP response arrived
    qint64 latencyMs = -1; // request sent to response complete
    QUrl url;              // where the request finally went
    QByteArray contentType;
    QByteArray redactedBody;  // the response with token values replaced, for display
    QList<Message> warnings;  // things worth knowing that did not stop the token
    SignatureCheck signature; // a JWT's signature and claims, checked after it arrived
    ClockReading clock;       // how far the carrier's clock is from this computer's
    ProbeOutcome probe;       // the API call made with the token, when a test asked for one

    bool ok() const { return !error.isError() && !token.isEmpty(); }
    // The whole test held: a token came, its signature (when checked) is not
    // invalid and the probe (when made) worked.
    bool passed() const
    {
        return ok() && signature.verdict != SignatureCheck::Verdict::Invalid &&
               (!probe.ran() || probe.ok());
    }
};

Q_DECLARE_METATYPE(TokenResult)
