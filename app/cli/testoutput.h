// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "tokenresult.h"

#include <QCoreApplication>
#include <QJsonObject>

// What `tokendock test` prints: a verdict line with details for people, or
// one JSON document for scripts. Neither ever holds the token or a secret.
class TestOutput
{
    Q_DECLARE_TR_FUNCTIONS(TestOutput)

public:
    // `test`'s exit status for a token whose signature does not hold.
    static constexpr int kInvalidSignatureExit = 8;

    // account may be null when the account was not found; preset is its
    // carrier's, null when unknown.
    static QJsonObject json(const QString& name, const Account* account,
                            const CarrierPreset* preset, const TokenResult& result,
                            const QDateTime& now);
    // json() with the probe's object: what `test --json` prints, and the
    // trial of `rotate --json`.
    static QJsonObject document(const QString& name, const Account* account,
                                const CarrierPreset* preset, const TokenResult& result,
                                const QDateTime& now);
    // "OK  acme-banyan: token issued by ... (HTTP 200, 143 ms)" and the details.
    static QString success(const Account& account, const CarrierPreset* preset,
                           const TokenResult& result, const QDateTime& now);
    // "FAILED  acme-dhl: Credentials rejected — <what failed>" and, on a second
    // line, the carrier's own words and what to try.
    static QString failure(const QString& name, const Failure& error);
    // The signature check (testoutputsignature.cpp): a JSON object, or null
    // when no JWT was checked; one line for people; the exit status it makes.
    static QJsonValue signatureJson(const SignatureCheck& check);
    static QString signatureLine(const SignatureCheck& check);
    static int exitCode(const TokenResult& result);
};
