// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "failure.h"
#include "tokenrequest.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

// The secrets of one account, read from the keychain for one request.
struct AccountSecrets
{
    SecretBytes clientSecret;
    QMap<QString, SecretBytes> fields; // secret extra fields, e.g. FedEx child_secret
};

// A problem with an account's settings, tied to the field to highlight.
struct ValidationIssue
{
    QString field;   // "name", "token_url", "client_id", "client_secret", "field:<key>",
                     // "header:<name>", "shape" (the account's own exchange), ...
    QString message; // what to fix
};

// Turns an account and its secrets into a token request, the same way for
// the GUI and the command line, and says what is missing before anything is sent.
class AccountRequest
{
    Q_DECLARE_TR_FUNCTIONS(AccountRequest)

public:
    // secretsPresent: "client_secret" and the keys of secret fields that have a value.
    static QList<ValidationIssue> validate(const Account& account, const CarrierPreset* preset,
                                           const QSet<QString>& secretsPresent);
    // Where the preset wants the client credentials, for a setting it refuses.
    static QString placementAdvice(const CarrierPreset& preset);
    // Advice that does not block a request (e.g. a deprecated endpoint).
    static QStringList warnings(const Account& account, const CarrierPreset* preset);
    // The token URL with {placeholders} filled from the account's URL fields.
    static QString resolvedUrl(const Account& account, const CarrierPreset* preset);
    // Any URL of the preset's (an issuer, a JWKS URL) filled the same way.
    static QString filled(QString url, const Account& account, const CarrierPreset* preset);
    // What a token is issued for: a digest of every setting that shapes the
    // request (resolved URL, carrier, environment, client id, grant, placement,
    // fields, headers). A cached token is handed out only while it matches.
    static QByteArray issuedFor(const Account& account, const CarrierPreset* preset);
    // Whether a secret entered for `a` may be sent for `b`: same carrier,
    // environment, token URL origin, credential placement, client id and
    // exchange (the names and headers each secret travels under).
    static bool sameSecretDestination(const Account& a, const CarrierPreset* presetA,
                                      const Account& b, const CarrierPreset* presetB);
    // The exchange this account's requests take: the preset's, with the
    // account's own over it where the preset allows one (the generic preset).
    static ExchangeShape shape(const Account& account, const CarrierPreset* preset);
    // The fields that apply to this account's grant type and shape, an API
    // key among them when the shape sends one.
    static QList<CarrierField> fields(const Account& account, const CarrierPreset* preset);
    // The secret ones, in the order `tokendock carriers ID` lists them.
    static QList<CarrierField> secretFields(const Account& account, const CarrierPreset* preset);
    // Each secret field's key, wire name, place and API-call use, for sameSecretDestination.
    static QStringList secretPlaces(const Account& account, const CarrierPreset* preset);
    // nullopt with *error set (InvalidInput) when validate() finds a problem.
    static std::optional<TokenRequestSpec> build(const Account& account,
                                                 const CarrierPreset* preset,
                                                 const AccountSecrets& secrets, Failure* error);
};
