// SPDX-License-Identifier: Apache-2.0
#include "tokenerror.h"

#include <array>

namespace {
struct CategoryInfo
{
    ErrorCategory category;
    const char* id;
    int exitCode;
};

constexpr std::array<CategoryInfo, 11> kCategories{{
    {ErrorCategory::None, "none", 0},
    {ErrorCategory::InvalidInput, "invalid_input", 2},
    {ErrorCategory::CredentialsRejected, "credentials_rejected", 3},
    {ErrorCategory::CarrierError, "carrier_error", 6},
    {ErrorCategory::Network, "network", 4},
    {ErrorCategory::Tls, "tls", 4},
    {ErrorCategory::Timeout, "timeout", 4},
    {ErrorCategory::MalformedResponse, "malformed_response", 6},
    {ErrorCategory::Cancelled, "cancelled", 1},
    {ErrorCategory::Keychain, "keychain", 5},
    {ErrorCategory::Internal, "internal", 1},
}};
} // namespace

TokenError TokenError::make(ErrorCategory category, const QString& message, const QString& hint)
{
    TokenError e;
    e.category = category;
    e.message = message;
    e.hint = hint.isEmpty() ? defaultHint(category) : hint;
    return e;
}

QString TokenError::fullText() const
{
    QStringList parts{message};
    if (!carrierDescription.isEmpty() || !carrierError.isEmpty()) {
        const QString words = carrierDescription.isEmpty() ? carrierError : carrierDescription;
        parts << tr("The carrier said: \u201c%1\u201d.").arg(words);
    }
    if (!hint.isEmpty())
        parts << hint;
    return parts.join(QLatin1Char(' '));
}

QString TokenError::categoryId(ErrorCategory category)
{
    for (const auto& info : kCategories) {
        if (info.category == category)
            return QString::fromLatin1(info.id);
    }
    return QStringLiteral("internal");
}

std::optional<ErrorCategory> TokenError::categoryFromId(const QString& id)
{
    for (const auto& info : kCategories) {
        if (id == QLatin1String(info.id))
            return info.category;
    }
    return std::nullopt;
}

int TokenError::exitCode(ErrorCategory category)
{
    for (const auto& info : kCategories) {
        if (info.category == category)
            return info.exitCode;
    }
    return 1;
}

QString TokenError::categoryLabel(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::None:
        return tr("Success");
    case ErrorCategory::InvalidInput:
        return tr("Check the account settings");
    case ErrorCategory::CredentialsRejected:
        return tr("Credentials rejected");
    case ErrorCategory::CarrierError:
        return tr("Carrier error");
    case ErrorCategory::Network:
        return tr("Network error");
    case ErrorCategory::Tls:
        return tr("Secure connection failed");
    case ErrorCategory::Timeout:
        return tr("Timed out");
    case ErrorCategory::MalformedResponse:
        return tr("Unusable response");
    case ErrorCategory::Cancelled:
        return tr("Cancelled");
    case ErrorCategory::Keychain:
        return tr("Keychain problem");
    case ErrorCategory::Internal:
        return tr("Unexpected error");
    }
    return {};
}

QString TokenError::defaultHint(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::None:
    case ErrorCategory::Cancelled:
        return {};
    case ErrorCategory::InvalidInput:
        return tr("Correct that setting and try again.");
    case ErrorCategory::CredentialsRejected:
        return tr("Check the client id and secret, and that they belong to this environment.");
    case ErrorCategory::CarrierError:
        return tr("Check the token URL and the account's extra fields; if they are right, the "
                  "carrier may be having trouble, so try again later.");
    case ErrorCategory::Network:
        return tr(
            "Check your internet connection, VPN or proxy, and the host name in the token URL.");
    case ErrorCategory::Tls:
        return tr("Check the token URL's host name; a company proxy that inspects TLS needs its "
                  "certificate installed in the system.");
    case ErrorCategory::Timeout:
        return tr("Try again; if it keeps happening, check the network or allow a longer "
                  "request timeout.");
    case ErrorCategory::MalformedResponse:
        return tr(
            "Check that the token URL points at the carrier's token endpoint, not a web page.");
    case ErrorCategory::Keychain:
        return tr("Unlock or start the system keychain, then try again.");
    case ErrorCategory::Internal:
        return tr("Try again; if it keeps happening, please report it.");
    }
    return {};
}
