// SPDX-License-Identifier: Apache-2.0
// How a carried preset differs from the one installed here, in words.
#include "carriedpresets.h"

#include <QJsonDocument>

namespace {
using Change = AccountExchange::Change;

QString placementWords(CredentialPlacement p, const ExchangeShape& shape)
{
    switch (p) {
    case CredentialPlacement::Body:
        return AccountExchange::tr("request body");
    case CredentialPlacement::Basic:
        return AccountExchange::tr("HTTP Basic");
    case CredentialPlacement::Headers:
        return CarriedPresets::tr("headers %1 and %2")
            .arg(shape.clientIdName, shape.clientSecretName);
    }
    return {};
}

QString placementWords(const CarrierPreset& p)
{
    const QString standard = placementWords(p.defaultPlacement, p.shape);
    switch (p.placement) {
    case PlacementPolicy::Either:
        return CarriedPresets::tr("request body or HTTP Basic (default: %1)").arg(standard);
    case PlacementPolicy::Any:
        return CarriedPresets::tr("as each account says (default: %1)").arg(standard);
    default:
        return standard;
    }
}

QString environmentUrl(const CarrierPreset& p, const QString& id)
{
    const CarrierEnvironment* env = p.environment(id);
    if (!env)
        return {};
    return env->tokenUrl.isEmpty() ? CarriedPresets::tr("(not published)") : env->tokenUrl;
}

QString fieldWords(const CarrierField* f)
{
    if (!f)
        return {};
    QStringList parts;
    if (f->location == FieldLocation::Header)
        parts << CarriedPresets::tr("in the header %1").arg(f->wireName());
    else if (f->location == FieldLocation::Url)
        parts << CarriedPresets::tr("in the token URL");
    else
        parts << CarriedPresets::tr("in the request as %1").arg(f->wireName());
    if (f->required)
        parts << CarriedPresets::tr("required");
    if (f->secret)
        parts << CarriedPresets::tr("secret");
    if (f->sameAs == QLatin1String("client_id"))
        parts << CarriedPresets::tr("the client id");
    else if (!f->defaultValue.isEmpty())
        parts << (f->fixed ? CarriedPresets::tr("always %1") : CarriedPresets::tr("default %1"))
                     .arg(f->defaultValue);
    if (f->apiCalls)
        parts << CarriedPresets::tr("on API calls too");
    if (!f->grantTypes.isEmpty())
        parts << CarriedPresets::tr("with %1").arg(f->grantTypes.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(", "));
}

QString compact(const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// What the words above do not cover: texts, labels, refresh, budget, hints...
QJsonObject uncovered(QJsonObject def)
{
    for (const char* key : {"$schema", "name", "credentials", "defaultCredentials", "grantTypes",
                            "request", "response", "use"})
        def.remove(QLatin1String(key));
    QJsonArray envs = def.value(QStringLiteral("environments")).toArray();
    for (int i = 0; i < envs.size(); ++i) {
        QJsonObject env = envs.at(i).toObject();
        env.remove(QStringLiteral("tokenUrl"));
        envs[i] = env;
    }
    def.insert(QStringLiteral("environments"), envs);
    QJsonArray fields = def.value(QStringLiteral("fields")).toArray();
    for (int i = 0; i < fields.size(); ++i) {
        QJsonObject field = fields.at(i).toObject();
        for (const char* key : {"location", "name", "required", "secret", "sameAs", "default",
                                "fixed", "apiCalls", "grantTypes"})
            field.remove(QLatin1String(key));
        fields[i] = field;
    }
    def.insert(QStringLiteral("fields"), fields);
    return def;
}
} // namespace

QList<Change> CarriedPresets::differences(const CarrierPreset& before, const CarrierPreset& after)
{
    QList<Change> out;
    const auto note = [&out](const QString& setting, const QString& was, const QString& will) {
        if (was != will)
            out.append({setting, was, will});
    };
    note(QStringLiteral("name"), before.name, after.name);
    QStringList envIds;
    for (const CarrierPreset* p : {&before, &after}) {
        for (const CarrierEnvironment& env : p->environments) {
            if (!envIds.contains(env.id))
                envIds << env.id;
        }
    }
    for (const QString& id : std::as_const(envIds))
        note(QStringLiteral("token_url:") + id, environmentUrl(before, id),
             environmentUrl(after, id));
    note(QStringLiteral("credentials"), placementWords(before), placementWords(after));
    note(QStringLiteral("grant_types"), before.grantTypes.join(QStringLiteral(", ")),
         after.grantTypes.join(QStringLiteral(", ")));
    const QJsonObject shapeBefore = before.shape.differencesFrom(ExchangeShape());
    const QJsonObject shapeAfter = after.shape.differencesFrom(ExchangeShape());
    for (const char* part : {"request", "response", "use"})
        note(QStringLiteral("exchange:") + QLatin1String(part),
             compact(shapeBefore.value(QLatin1String(part))),
             compact(shapeAfter.value(QLatin1String(part))));
    QStringList keys;
    for (const CarrierPreset* p : {&before, &after}) {
        for (const CarrierField& f : p->fields) {
            if (!keys.contains(f.key))
                keys << f.key;
        }
    }
    for (const QString& key : std::as_const(keys))
        note(QStringLiteral("field:") + key, fieldWords(before.field(key)),
             fieldWords(after.field(key)));
    if (uncovered(before.definition) != uncovered(after.definition))
        out.append({QStringLiteral("other"), tr("as installed here"), tr("different in the file")});
    return out;
}
