// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchangeshape.h"
#include "message.h"
#include "probe.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

// Where the client id and secret travel in a token request: body fields,
// HTTP Basic, or two named headers (ExchangeShape names them all).
enum class CredentialPlacement
{
    Body,
    Basic,
    Headers
};
// What a carrier accepts. Either: body or Basic, never both at once. Any:
// every placement (the generic preset, whose account describes the carrier).
enum class PlacementPolicy
{
    Body,
    Basic,
    Either,
    Headers,
    Any
};
enum class EnvironmentKind
{
    Sandbox,
    Production
};
// Body: a request parameter. Header: an HTTP header. Url: fills {key} in the token URL.
enum class FieldLocation
{
    Body,
    Header,
    Url
};
// How a carrier wants tokens renewed.
enum class RefreshKind
{
    Fraction,
    Interval,
    OnExpiry
};

struct CarrierEnvironment
{
    QString id; // "sandbox", "production", "production-eu", ...
    QString label;
    EnvironmentKind kind = EnvironmentKind::Sandbox;
    QString tokenUrl; // empty when the carrier does not publish it; may hold {placeholders}
    bool unconfirmed = false;
    QString note;
    QString apiBase; // where its API calls go, when not the token URL's origin
};

struct CarrierField
{
    QString key;   // request parameter, header name or URL placeholder; names the secret
    QString name;  // what goes on the wire when it differs from the key
    QString label; // shown to people
    QString help;
    FieldLocation location = FieldLocation::Body;
    bool required = false;
    bool secret = false;    // kept in the keychain, never in the accounts file
    bool apiCalls = false;  // a header every API call needs too (Maersk Consumer-Key)
    QString sameAs;         // "client_id": the value is the account's client id, not entered
    bool fixed = false;     // always the default value (C.H. Robinson audience)
    QString defaultValue;   // pre-filled, editable
    QString placeholder;    // example shown in an empty editor
    QStringList grantTypes; // empty = sent with every grant type
    QStringList choices;    // empty = free text
    bool unconfirmed = false;

    bool appliesTo(const QString& grantType) const
    {
        return grantTypes.isEmpty() || grantTypes.contains(grantType);
    }
    // Whether a person enters this field's value (not a copy of the client id, not fixed).
    bool entered() const { return sameAs.isEmpty() && !fixed; }
    QString wireName() const { return name.isEmpty() ? key : name; }
};

struct RefreshAdvice
{
    RefreshKind kind = RefreshKind::Fraction;
    double fraction = 0.8;   // Fraction: renew after this share of the lifetime
    int intervalSeconds = 0; // Interval: renew this often
    QString text;            // the carrier's advice, for people
};

// A carrier's documented limit on token requests: at most `max` in any
// `seconds` for one client at one token URL origin.
struct TokenBudgetRule
{
    static constexpr int kMaxSeconds = 7 * 86400;
    static constexpr int kMaxRequests = 10000;
    int max = 0; // 0 = no documented limit
    int seconds = 0;
    bool unconfirmed = false;
    QString note; // the carrier's words on it, for people

    bool isSet() const { return max > 0 && seconds > 0; }
};

// How long the carrier's client secrets live, where it documents a limit
// (Microsoft identity platform: at most 24 months). The exact date is the
// account's to enter; this only makes the window ask for it.
struct SecretLifetime
{
    static constexpr int kMaxDays = 3660;
    int maxDays = 0; // 0 = no documented limit
    QString note;    // where the carrier shows the date, for people

    bool isSet() const { return maxDays > 0; }
};

// Where a carrier publishes the keys its JWTs are signed with, and whom its
// tokens are for ("keys" in carriers.json).
struct SigningKeys
{
    QStringList issuers; // OpenID issuers whose discovery may be fetched; may hold {placeholders}
    QString jwks;        // a JWK set URL; may hold {placeholders}
    QString key;         // a PEM public key, JWK or JWK set
    QString audience;    // the "aud" the carrier's tokens carry
    bool unconfirmed = false;

    bool isSet() const
    {
        return !issuers.isEmpty() || !jwks.isEmpty() || !key.isEmpty() || !audience.isEmpty();
    }
};

struct DeprecatedPath
{
    QString path;
    QString replacement;
};

// Where a preset comes from: compiled in, a file an administrator put in the
// system folder, or a file in the user's own carriers folder.
enum class PresetOrigin
{
    BuiltIn,
    System,
    User
};

struct CarrierPreset
{
    QString id;
    QString name;
    QString vendor;
    QString summary;
    QString notes;
    QUrl docsUrl;
    QList<CarrierEnvironment> environments;
    PlacementPolicy placement = PlacementPolicy::Body;
    CredentialPlacement defaultPlacement = CredentialPlacement::Body;
    ExchangeShape shape;
    bool customShape = false; // an account may describe its own exchange (the generic preset)
    QString clientIdLabel; // what the carrier calls the client id ("User name"); empty: client id
    QString clientSecretLabel; // and the client secret ("Password")
    QStringList grantTypes;    // first is the default
    QList<CarrierField> fields;
    QString tokenFormat = QStringLiteral("any"); // "jwt", "opaque" or "any"
    int typicalLifetimeSeconds = 0;              // 0 = not documented
    RefreshAdvice refresh;
    TokenBudgetRule budget;
    SecretLifetime secretLifetime;
    SigningKeys keys;
    QStringList credentialErrorTitles; // carrier error texts that mean "wrong id or secret"
    QMap<QString, QString> hints;      // error category id -> what to try
    QList<DeprecatedPath> deprecatedPaths;
    QStringList unconfirmed; // facts not confirmed by the carrier's own docs
    ProbeSpec probe;         // a harmless documented read; unset when none is known
    // Where the carrier works, as ISO 3166-1 alpha-2 codes, or just "worldwide";
    // empty = not said (the generic preset).
    QStringList countries;
    QStringList modes; // what the carrier moves or offers: one of kModes each
    PresetOrigin origin = PresetOrigin::BuiltIn;
    QString sourceFile;     // the file a System or User preset was read from
    QJsonObject definition; // a file preset's JSON as read, carried by an export

    static inline const QString kWorldwide = QStringLiteral("worldwide");
    // What a search matches: id, name, vendor, summary, the countries by code
    // and by name (in English and in their own language), and the modes.
    QString searchText() const;
    // The modes a preset may name, in the order they are shown.
    static const QStringList& knownModes();

    const CarrierEnvironment* environment(const QString& id) const;
    const CarrierField* field(const QString& key) const;
    bool allows(CredentialPlacement p) const;
    // Whether an account chooses where its credentials go (Either, Any).
    bool placementIsChoice() const
    {
        return placement == PlacementPolicy::Either || placement == PlacementPolicy::Any;
    }
    // The fields sent with a grant type; with an API key header in the shape
    // (the preset's, or an account's own), the API key as one more secret field.
    QList<CarrierField> fieldsFor(const QString& grantType,
                                  const ExchangeShape* accountShape = nullptr) const;
    static inline const QString kApiKeyField = QStringLiteral("api_key");
};

QString placementId(CredentialPlacement p);
QString placementPolicyId(PlacementPolicy p);
QString environmentKindId(EnvironmentKind k);
QString fieldLocationId(FieldLocation l);
QString refreshKindId(RefreshKind k);
QString presetOriginId(PresetOrigin o);

// A text from carriers.json (summary, notes, labels, help, refresh advice,
// hints) in the language in use now; empty stays empty. The carriers' own
// words in their answers never go through this.
QString carrierText(const QString& text);
// The same text kept as a Message, to be shown in whatever language is in use then.
Message carrierMessage(const QString& text);
