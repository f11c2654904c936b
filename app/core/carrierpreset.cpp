// SPDX-License-Identifier: Apache-2.0
#include "carrierpreset.h"

#include <QCoreApplication>
#include <QLocale>

const CarrierEnvironment* CarrierPreset::environment(const QString& envId) const
{
    for (const auto& env : environments) {
        if (env.id == envId)
            return &env;
    }
    return nullptr;
}

const CarrierField* CarrierPreset::field(const QString& key) const
{
    for (const auto& f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

bool CarrierPreset::allows(CredentialPlacement p) const
{
    switch (placement) {
    case PlacementPolicy::Any:
        return true;
    case PlacementPolicy::Either:
        return p != CredentialPlacement::Headers;
    case PlacementPolicy::Body:
        return p == CredentialPlacement::Body;
    case PlacementPolicy::Basic:
        return p == CredentialPlacement::Basic;
    case PlacementPolicy::Headers:
        return p == CredentialPlacement::Headers;
    }
    return false;
}

QList<CarrierField> CarrierPreset::fieldsFor(const QString& grantType,
                                             const ExchangeShape* accountShape) const
{
    QList<CarrierField> out;
    for (const auto& f : fields) {
        if (f.appliesTo(grantType))
            out.append(f);
    }
    const ExchangeShape& s = accountShape ? *accountShape : shape;
    if (!s.apiKeyHeader.isEmpty()) {
        CarrierField key;
        key.key = kApiKeyField;
        key.name = s.apiKeyHeader;
        // translated where they are shown, as the catalog's own texts are
        key.label = QStringLiteral(QT_TRANSLATE_NOOP("carriers", "API key"));
        key.help = QStringLiteral(QT_TRANSLATE_NOOP(
            "carriers", "The API key the carrier issued, sent as a header; kept in the keychain."));
        key.location = FieldLocation::Header;
        key.required = true;
        key.secret = true;
        key.apiCalls = s.apiKeyOnApiCalls;
        out.append(key);
    }
    return out;
}

QString placementId(CredentialPlacement p)
{
    switch (p) {
    case CredentialPlacement::Body:
        return QStringLiteral("body");
    case CredentialPlacement::Basic:
        return QStringLiteral("basic");
    case CredentialPlacement::Headers:
        return QStringLiteral("headers");
    }
    return {};
}

QString placementPolicyId(PlacementPolicy p)
{
    switch (p) {
    case PlacementPolicy::Body:
        return QStringLiteral("body");
    case PlacementPolicy::Basic:
        return QStringLiteral("basic");
    case PlacementPolicy::Either:
        return QStringLiteral("either");
    case PlacementPolicy::Headers:
        return QStringLiteral("headers");
    case PlacementPolicy::Any:
        return QStringLiteral("any");
    }
    return {};
}

QString environmentKindId(EnvironmentKind k)
{
    return k == EnvironmentKind::Production ? QStringLiteral("production")
                                            : QStringLiteral("sandbox");
}

QString fieldLocationId(FieldLocation l)
{
    switch (l) {
    case FieldLocation::Body:
        return QStringLiteral("body");
    case FieldLocation::Header:
        return QStringLiteral("header");
    case FieldLocation::Url:
        return QStringLiteral("url");
    }
    return {};
}

QString refreshKindId(RefreshKind k)
{
    switch (k) {
    case RefreshKind::Fraction:
        return QStringLiteral("fraction");
    case RefreshKind::Interval:
        return QStringLiteral("interval");
    case RefreshKind::OnExpiry:
        return QStringLiteral("on-expiry");
    }
    return {};
}

QString presetOriginId(PresetOrigin o)
{
    switch (o) {
    case PresetOrigin::BuiltIn:
        return QStringLiteral("built-in");
    case PresetOrigin::System:
        return QStringLiteral("system");
    case PresetOrigin::User:
        return QStringLiteral("user");
    }
    return {};
}

QString CarrierPreset::searchText() const
{
    QStringList words{id, name, vendor, summary, carrierText(summary)};
    for (const QString& code : countries) {
        words << code;
        const QLocale::Territory t = QLocale::codeToTerritory(code);
        if (t == QLocale::AnyTerritory)
            continue; // "worldwide", said in words already
        words << QLocale::territoryToString(t);
        const QLocale local(QLocale::AnyLanguage, t);
        if (local.territory() == t)
            words << local.nativeTerritoryName();
        if (code == QLatin1String("GB"))
            words << QStringLiteral("UK");
    }
    words << modes;
    return words.join(QLatin1Char(' '));
}

const QStringList& CarrierPreset::knownModes()
{
    static const QStringList modes{
        QStringLiteral("parcel"),     QStringLiteral("postal"),     QStringLiteral("ltl"),
        QStringLiteral("truckload"),  QStringLiteral("intermodal"), QStringLiteral("ocean"),
        QStringLiteral("air"),        QStringLiteral("forwarding"), QStringLiteral("brokerage"),
        QStringLiteral("visibility"), QStringLiteral("delivery"),   QStringLiteral("telematics"),
        QStringLiteral("gateway")};
    return modes;
}

Message carrierMessage(const QString& text)
{
    if (text.isEmpty())
        return {};
    return Message::translate("carriers", text.toUtf8().constData());
}

QString carrierText(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate("carriers", text.toUtf8().constData());
}
