// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

// Where the client id and secret travel in a token request.
enum class CredentialPlacement
{
    Body,
    Basic
};
// What a carrier accepts. Either means one or the other, never both at once.
enum class PlacementPolicy
{
    Body,
    Basic,
    Either
};
enum class BodyEncoding
{
    Form,
    Json
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
};

struct CarrierField
{
    QString key;   // request parameter, header name or URL placeholder
    QString label; // shown to people
    QString help;
    FieldLocation location = FieldLocation::Body;
    bool required = false;
    bool secret = false;    // kept in the keychain, never in the accounts file
    QString defaultValue;   // pre-filled, editable
    QString placeholder;    // example shown in an empty editor
    QStringList grantTypes; // empty = sent with every grant type
    QStringList choices;    // empty = free text
    bool unconfirmed = false;

    bool appliesTo(const QString& grantType) const
    {
        return grantTypes.isEmpty() || grantTypes.contains(grantType);
    }
};

struct RefreshAdvice
{
    RefreshKind kind = RefreshKind::Fraction;
    double fraction = 0.8;      // Fraction: renew after this share of the lifetime
    int intervalSeconds = 0;    // Interval: renew this often
    int maxTokensPerMinute = 0; // 0 = no documented limit
    QString text;               // the carrier's advice, for people
};

struct DeprecatedPath
{
    QString path;
    QString replacement;
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
    BodyEncoding encoding = BodyEncoding::Form;
    QStringList grantTypes; // first is the default
    QList<CarrierField> fields;
    QString tokenFormat = QStringLiteral("any"); // "jwt", "opaque" or "any"
    int typicalLifetimeSeconds = 0;              // 0 = not documented
    RefreshAdvice refresh;
    QStringList credentialErrorTitles; // carrier error texts that mean "wrong id or secret"
    QMap<QString, QString> hints;      // error category id -> what to try
    QList<DeprecatedPath> deprecatedPaths;
    QStringList unconfirmed; // facts not confirmed by the carrier's own docs

    const CarrierEnvironment* environment(const QString& id) const;
    const CarrierField* field(const QString& key) const;
    bool allows(CredentialPlacement p) const;
    QList<CarrierField> fieldsFor(const QString& grantType) const;
};

QString placementId(CredentialPlacement p);
QString placementPolicyId(PlacementPolicy p);
QString encodingId(BodyEncoding e);
QString environmentKindId(EnvironmentKind k);
QString fieldLocationId(FieldLocation l);
QString refreshKindId(RefreshKind k);

// A text from carriers.json (summary, notes, labels, help, refresh advice,
// hints) in the language in use now; empty stays empty. The carriers' own
// words in their answers never go through this.
QString carrierText(const QString& text);
// The same text kept as a Message, to be shown in whatever language is in use then.
Message carrierMessage(const QString& text);
