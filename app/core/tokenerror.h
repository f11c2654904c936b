// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// What went wrong, in the groups a person can act on. The command line maps
// them to exit codes; the GUI to banners.
enum class ErrorCategory
{
    None,
    InvalidInput,        // our side: a field is missing or a URL is refused
    CredentialsRejected, // the carrier said the id or secret is wrong
    CarrierError,        // any other 4xx/5xx, or a redirect we would not follow
    Network,             // DNS, refused, reset
    Tls,                 // certificate or handshake
    Timeout,
    MalformedResponse, // not JSON, no access_token, too large, nonsense fields
    Cancelled,
    Keychain, // no backend, locked, denied, timed out
    Internal,
};

struct TokenError
{
    Q_DECLARE_TR_FUNCTIONS(TokenError)

public:
    ErrorCategory category = ErrorCategory::None;
    QString message;            // one sentence: what failed
    QString carrierError;       // the carrier's code: OAuth "error" or problem "type"
    QString carrierDescription; // the carrier's own words, as sent (cleaned, secrets scrubbed)
    QString carrierUri;         // OAuth error_uri, if any
    QString hint;               // what to try next
    int httpStatus = 0;

    bool isError() const { return category != ErrorCategory::None; }
    // message, the carrier's words and the hint as one paragraph for people
    QString fullText() const;

    static TokenError make(ErrorCategory category, const QString& message,
                           const QString& hint = {});

    // stable machine ids, e.g. "credentials_rejected"
    static QString categoryId(ErrorCategory category);
    static std::optional<ErrorCategory> categoryFromId(const QString& id);
    // short translated label, e.g. "Credentials rejected"
    static QString categoryLabel(ErrorCategory category);
    // what to try when the carrier preset has nothing more specific
    static QString defaultHint(ErrorCategory category);
    // the command line's documented exit code
    static int exitCode(ErrorCategory category);
};
