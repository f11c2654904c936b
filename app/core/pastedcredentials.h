// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "accountrequest.h"
#include "carrierpreset.h"
#include "secretbytes.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class CarrierCatalog;

// What a carrier's onboarding text says about an account: a curl or HTTPie
// command from its documentation, a raw HTTP request, a JSON object, .env
// lines or the lines of an e-mail ("Client ID: …"). The text is untrusted:
// nothing in it runs, and every value is checked like one typed by hand.
struct PastedCredentials
{
    enum class Source
    {
        Nothing,
        Curl,
        Httpie,
        HttpRequest,
        Json,
        Lines
    };

    Source source = Source::Nothing;
    QString carrierId;     // the preset the URL's host or the carrier's name points at
    QString environmentId; // the preset environment whose token URL matched, if any
    QString tokenUrl;      // the URL as written, when no preset environment has it
    QString clientId;
    SecretBytes clientSecret;
    QString grantType;
    std::optional<CredentialPlacement> placement; // Basic when the text used HTTP Basic
    QMap<QString, QString> fields;                // request parameters that are not secret
    QMap<QString, SecretBytes> secretFields;      // the preset's secret fields (child_secret)
    // What was found, by the names the form highlights: "carrier",
    // "environment", "token_url", "client_id", "client_secret", "grant_type",
    // "placement" (the request put the credentials in Basic or in the body),
    // and "field:KEY" for each field.
    QStringList recognised;
    // Two different client ids or secrets: the text is about more than one
    // account, or names another service's key; nothing is taken from it.
    bool ambiguous = false;

    // Whether the text held a credential at all; otherwise nothing is filled.
    bool found() const { return !clientId.isEmpty() || !clientSecret.isEmpty(); }
    // The same without the secret and secret fields: what may be kept for
    // showing (the names in `recognised` still say they were found).
    PastedCredentials withoutSecrets() const
    {
        PastedCredentials shown = *this;
        shown.clientSecret = {};
        shown.secretFields.clear();
        return shown;
    }
};

namespace PastedText {

// Texts longer than this are not credentials anyone pastes.
constexpr int kMaxChars = 64 * 1024;

PastedCredentials read(const QString& text, const CarrierCatalog& catalog);

// "<carrier> <environment>", made unique against `taken` ("… 2", "… 3").
QString suggestName(const PastedCredentials& pasted, const CarrierCatalog& catalog,
                    const QStringList& taken);

// The account the text describes (no id, no name): the preset's environment,
// or "custom" with the URL the text gave; fields the preset knows.
Account toAccount(const PastedCredentials& pasted, const CarrierCatalog& catalog);
AccountSecrets toSecrets(const PastedCredentials& pasted);

// "Recognised in the text: carrier …, client id …, the client secret." for the
// person to check; names the secret, never shows it (reads `recognised`, so
// it works on withoutSecrets() too).
QString summary(const PastedCredentials& pasted, const Account& account,
                const CarrierCatalog& catalog);
// A sentence when the account's token URL is not an address of its preset
// (the text named a carrier but sends its credentials elsewhere); else empty.
QString hostNote(const Account& account, const CarrierCatalog& catalog);

} // namespace PastedText
