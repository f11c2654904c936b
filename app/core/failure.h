// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"

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
    HeldBack, // not sent: the carrier's documented token budget is used up for now
    Keychain, // no backend, locked, denied, timed out
    Internal,
};

// Something a person can act on: a token request that failed or an account
// operation that was refused. The HTTP status, when there was one, belongs
// to the request (TokenResult::httpStatus), not to the failure.
struct Failure
{
    // Where the hint came from, so nobody has to compare sentences to find out.
    enum class HintSource
    {
        General,  // defaultHint() of the category
        Carrier,  // the carrier preset's advice for the category
        Specific, // written for this failure
    };

    ErrorCategory category = ErrorCategory::None;
    Message message;            // one sentence: what failed
    QString carrierError;       // the carrier's code: OAuth "error" or problem "type"
    QString carrierDescription; // the carrier's own words, as sent (cleaned, secrets scrubbed)
    QString carrierUri;         // OAuth error_uri, if any
    Message hint;               // what to try next
    HintSource hintSource = HintSource::General;

    bool isError() const { return category != ErrorCategory::None; }
    bool ok() const { return !isError(); }
    // message, the carrier's words and the hint as one paragraph for people,
    // in the language in effect now
    QString fullText() const;

    // With the general hint of the category.
    static Failure make(ErrorCategory category, const Message& message);
    static Failure make(ErrorCategory category, const Message& message, const Message& hint,
                        HintSource hintSource = HintSource::Specific);

    // stable machine ids, e.g. "credentials_rejected"
    static QString categoryId(ErrorCategory category);
    static std::optional<ErrorCategory> categoryFromId(const QString& id);
    // short translated label, e.g. "Credentials rejected"
    static QString categoryLabel(ErrorCategory category);
    // what to try when the carrier preset has nothing more specific
    static Message defaultHint(ErrorCategory category);
    // the command line's documented exit code
    static int exitCode(ErrorCategory category);
};
