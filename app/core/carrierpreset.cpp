// SPDX-License-Identifier: Apache-2.0
#include "carrierpreset.h"

#include <QCoreApplication>

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
    case PlacementPolicy::Either:
        return true;
    case PlacementPolicy::Body:
        return p == CredentialPlacement::Body;
    case PlacementPolicy::Basic:
        return p == CredentialPlacement::Basic;
    }
    return false;
}

QList<CarrierField> CarrierPreset::fieldsFor(const QString& grantType) const
{
    QList<CarrierField> out;
    for (const auto& f : fields) {
        if (f.appliesTo(grantType))
            out.append(f);
    }
    return out;
}

QString placementId(CredentialPlacement p)
{
    return p == CredentialPlacement::Basic ? QStringLiteral("basic") : QStringLiteral("body");
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
    }
    return {};
}

QString encodingId(BodyEncoding e)
{
    return e == BodyEncoding::Json ? QStringLiteral("json") : QStringLiteral("form");
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
