// SPDX-License-Identifier: Apache-2.0
#include "failure.h"

#include <QCoreApplication>

#include <array>

// The texts keep the context they were translated under when this type was
// TokenError, so the existing translations still match.

namespace {
struct CategoryInfo
{
    ErrorCategory category;
    const char* id;
    int exitCode;
};

constexpr std::array<CategoryInfo, 12> kCategories{{
    {ErrorCategory::None, "none", 0},
    {ErrorCategory::InvalidInput, "invalid_input", 2},
    {ErrorCategory::CredentialsRejected, "credentials_rejected", 3},
    {ErrorCategory::CarrierError, "carrier_error", 6},
    {ErrorCategory::Network, "network", 4},
    {ErrorCategory::Tls, "tls", 4},
    {ErrorCategory::Timeout, "timeout", 4},
    {ErrorCategory::MalformedResponse, "malformed_response", 6},
    {ErrorCategory::Cancelled, "cancelled", 1},
    {ErrorCategory::HeldBack, "held_back", 1},
    {ErrorCategory::Keychain, "keychain", 5},
    {ErrorCategory::Internal, "internal", 1},
}};
} // namespace

Failure Failure::make(ErrorCategory category, const Message& message)
{
    return make(category, message, defaultHint(category), HintSource::General);
}

Failure Failure::make(ErrorCategory category, const Message& message, const Message& hint,
                      HintSource hintSource)
{
    Failure f;
    f.category = category;
    f.message = message;
    f.hint = hint;
    f.hintSource = hintSource;
    return f;
}

QString Failure::fullText() const
{
    QStringList parts{message.text()};
    if (!carrierDescription.isEmpty() || !carrierError.isEmpty()) {
        const QString words = carrierDescription.isEmpty() ? carrierError : carrierDescription;
        parts << QCoreApplication::translate("TokenError", "The carrier said: \u201c%1\u201d.")
                     .arg(words);
    }
    if (!hint.isEmpty())
        parts << hint.text();
    return parts.join(QLatin1Char(' '));
}

QString Failure::categoryId(ErrorCategory category)
{
    for (const auto& info : kCategories) {
        if (info.category == category)
            return QString::fromLatin1(info.id);
    }
    return QStringLiteral("internal");
}

std::optional<ErrorCategory> Failure::categoryFromId(const QString& id)
{
    for (const auto& info : kCategories) {
        if (id == QLatin1String(info.id))
            return info.category;
    }
    return std::nullopt;
}

int Failure::exitCode(ErrorCategory category)
{
    for (const auto& info : kCategories) {
        if (info.category == category)
            return info.exitCode;
    }
    return 1;
}

QString Failure::categoryLabel(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::None:
        return QCoreApplication::translate("TokenError", "Success");
    case ErrorCategory::InvalidInput:
        return QCoreApplication::translate("TokenError", "Check the account settings");
    case ErrorCategory::CredentialsRejected:
        return QCoreApplication::translate("TokenError", "Credentials rejected");
    case ErrorCategory::CarrierError:
        return QCoreApplication::translate("TokenError", "Carrier error");
    case ErrorCategory::Network:
        return QCoreApplication::translate("TokenError", "Network error");
    case ErrorCategory::Tls:
        return QCoreApplication::translate("TokenError", "Secure connection failed");
    case ErrorCategory::Timeout:
        return QCoreApplication::translate("TokenError", "Timed out");
    case ErrorCategory::MalformedResponse:
        return QCoreApplication::translate("TokenError", "Unusable response");
    case ErrorCategory::Cancelled:
        return QCoreApplication::translate("TokenError", "Cancelled");
    case ErrorCategory::HeldBack:
        return QCoreApplication::translate("TokenError", "Not sent yet");
    case ErrorCategory::Keychain:
        return QCoreApplication::translate("TokenError", "Keychain problem");
    case ErrorCategory::Internal:
        return QCoreApplication::translate("TokenError", "Unexpected error");
    }
    return {};
}

Message Failure::defaultHint(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::None:
    case ErrorCategory::Cancelled:
    case ErrorCategory::HeldBack: // its refusal says when to try again
        return {};
    case ErrorCategory::InvalidInput:
        return Message::translate("TokenError", "Correct that setting and try again.");
    case ErrorCategory::CredentialsRejected:
        return Message::translate(
            "TokenError",
            "Check the client id and secret, and that they belong to this environment.");
    case ErrorCategory::CarrierError:
        return Message::translate(
            "TokenError",
            "Check the token URL and the account's extra fields; if they are right, the "
            "carrier may be having trouble, so try again later.");
    case ErrorCategory::Network:
        return Message::translate(
            "TokenError",
            "Check your internet connection, VPN or proxy, and the host name in the token URL.");
    case ErrorCategory::Tls:
        return Message::translate(
            "TokenError",
            "Check the token URL's host name; a company proxy that inspects TLS needs its "
            "certificate installed in the system.");
    case ErrorCategory::Timeout:
        return Message::translate(
            "TokenError", "Try again; if it keeps happening, check the network or allow a longer "
                          "request timeout.");
    case ErrorCategory::MalformedResponse:
        return Message::translate(
            "TokenError",
            "Check that the token URL points at the carrier's token endpoint, not a web page.");
    case ErrorCategory::Keychain:
        return Message::translate("TokenError",
                                  "Unlock or start the system keychain, then try again.");
    case ErrorCategory::Internal:
        return Message::translate("TokenError",
                                  "Try again; if it keeps happening, please report it.");
    }
    return {};
}
