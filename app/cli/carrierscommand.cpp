// SPDX-License-Identifier: Apache-2.0
// tokendock carriers [--json]
#include "alignedrows.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "commandparser.h"
#include "commands.h"
#include "supportreport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject presetJson(const CarrierPreset& p)
{
    QJsonArray environments;
    for (const CarrierEnvironment& e : p.environments)
        environments.append(QJsonObject{{QStringLiteral("id"), e.id},
                                        {QStringLiteral("label"), carrierText(e.label)},
                                        {QStringLiteral("kind"), environmentKindId(e.kind)},
                                        {QStringLiteral("token_url"), textOrNull(e.tokenUrl)},
                                        {QStringLiteral("unconfirmed"), e.unconfirmed},
                                        {QStringLiteral("note"), textOrNull(carrierText(e.note))}});
    QJsonArray fields;
    for (const CarrierField& f : p.fields)
        fields.append(
            QJsonObject{{QStringLiteral("key"), f.key},
                        {QStringLiteral("label"), carrierText(f.label)},
                        {QStringLiteral("help"), textOrNull(carrierText(f.help))},
                        {QStringLiteral("location"), fieldLocationId(f.location)},
                        {QStringLiteral("required"), f.required},
                        {QStringLiteral("secret"), f.secret},
                        {QStringLiteral("default"), textOrNull(f.defaultValue)},
                        {QStringLiteral("placeholder"), textOrNull(f.placeholder)},
                        {QStringLiteral("grant_types"), QJsonArray::fromStringList(f.grantTypes)},
                        {QStringLiteral("choices"), QJsonArray::fromStringList(f.choices)}});
    const RefreshAdvice& r = p.refresh;
    QJsonObject refresh{{QStringLiteral("policy"), refreshKindId(r.kind)},
                        {QStringLiteral("advice"), textOrNull(carrierText(r.text))}};
    if (r.kind == RefreshKind::Fraction)
        refresh.insert(QStringLiteral("fraction"), r.fraction);
    if (r.kind == RefreshKind::Interval)
        refresh.insert(QStringLiteral("interval_seconds"), r.intervalSeconds);
    refresh.insert(QStringLiteral("max_tokens_per_minute"),
                   r.maxTokensPerMinute > 0 ? QJsonValue(r.maxTokensPerMinute) : QJsonValue());
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("vendor"), p.vendor},
        {QStringLiteral("summary"), carrierText(p.summary)},
        {QStringLiteral("notes"), textOrNull(carrierText(p.notes))},
        {QStringLiteral("docs_url"), p.docsUrl.toString()},
        {QStringLiteral("environments"), environments},
        {QStringLiteral("credentials"),
         QJsonObject{{QStringLiteral("accepted"), placementPolicyId(p.placement)},
                     {QStringLiteral("default"), placementId(p.defaultPlacement)}}},
        {QStringLiteral("encoding"), encodingId(p.encoding)},
        {QStringLiteral("grant_types"), QJsonArray::fromStringList(p.grantTypes)},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("token_format"), p.tokenFormat},
        {QStringLiteral("typical_lifetime_seconds"),
         p.typicalLifetimeSeconds > 0 ? QJsonValue(p.typicalLifetimeSeconds) : QJsonValue()},
        {QStringLiteral("refresh"), refresh},
        {QStringLiteral("unconfirmed"), QJsonArray::fromStringList(p.unconfirmed)},
    };
}

QString placementText(const CarrierPreset& p)
{
    switch (p.placement) {
    case PlacementPolicy::Body:
        return CarriersCommand::tr("in the request body");
    case PlacementPolicy::Basic:
        return CarriersCommand::tr("HTTP Basic authentication only");
    case PlacementPolicy::Either:
        return p.defaultPlacement == CredentialPlacement::Basic
                   ? CarriersCommand::tr("HTTP Basic (default) or the request body (--auth body)")
                   : CarriersCommand::tr("the request body (default) or HTTP Basic (--auth basic)");
    }
    return {};
}

QString fieldText(const CarrierField& f)
{
    QStringList traits;
    traits << carrierText(f.label);
    traits << (f.required ? CarriersCommand::tr("required") : CarriersCommand::tr("optional"));
    if (f.secret)
        traits << CarriersCommand::tr("secret: read from standard input");
    else if (f.location == FieldLocation::Header)
        traits << CarriersCommand::tr("sent as a header");
    else if (f.location == FieldLocation::Url)
        traits << CarriersCommand::tr("part of the token URL");
    if (!f.defaultValue.isEmpty())
        traits << CarriersCommand::tr("default %1").arg(f.defaultValue);
    if (!f.grantTypes.isEmpty())
        traits << CarriersCommand::tr("with %1").arg(f.grantTypes.join(QStringLiteral(", ")));
    // a translatable separator: French sets a space before the semicolon
    const QString separator =
        CarriersCommand::tr("; ", "between the traits of a field, e.g. \"required; secret\"");
    return f.key + QStringLiteral(" (") + traits.join(separator) + QLatin1Char(')');
}

QString presetText(const CarrierPreset& p)
{
    AlignedRows rows;
    QString text = p.id + QStringLiteral("  ") + p.name + QStringLiteral(" (") + p.vendor +
                   QStringLiteral(")\n");
    text += QStringLiteral("  ") + carrierText(p.summary) + QLatin1Char('\n');
    text += QStringLiteral("  ") + CarriersCommand::tr("Environments:") + QLatin1Char('\n');
    for (const CarrierEnvironment& e : p.environments) {
        QString url = e.tokenUrl.isEmpty()
                          ? CarriersCommand::tr("(no published URL: give --token-url)")
                          : e.tokenUrl;
        if (e.unconfirmed)
            url += CarriersCommand::tr(" (unconfirmed)");
        text += QStringLiteral("    ") + e.id.leftJustified(14) + QLatin1Char(' ') +
                carrierText(e.label).leftJustified(28) + QLatin1Char(' ') + url + QLatin1Char('\n');
    }
    rows.add(CarriersCommand::tr("Credentials"), placementText(p));
    rows.add(CarriersCommand::tr("Grant types"), p.grantTypes.join(QStringLiteral(", ")));
    for (qsizetype i = 0; i < p.fields.size(); ++i)
        rows.add(i == 0 ? CarriersCommand::tr("Fields") : QString(), fieldText(p.fields.at(i)));
    QString token = p.tokenFormat == QLatin1String("jwt") ? CarriersCommand::tr("JWT")
                    : p.tokenFormat == QLatin1String("opaque")
                        ? CarriersCommand::tr("opaque")
                        : CarriersCommand::tr("JWT or opaque");
    if (p.typicalLifetimeSeconds > 0)
        token += CarriersCommand::tr(", lasts about %1")
                     .arg(SupportReport::duration(p.typicalLifetimeSeconds));
    rows.add(CarriersCommand::tr("Token"), token);
    if (!p.refresh.text.isEmpty())
        rows.add(CarriersCommand::tr("Refresh"), carrierText(p.refresh.text));
    if (!p.notes.isEmpty())
        rows.add(CarriersCommand::tr("Notes"), carrierText(p.notes));
    rows.add(CarriersCommand::tr("Docs"), p.docsUrl.toString());
    return text + rows.text();
}
} // namespace

int CarriersCommand::run(CliSession& session)
{
    CommandParser parser(session, tr("Lists the carrier presets: environments and token URLs, "
                                     "how credentials travel, extra fields and refresh advice."));
    parser.addJsonOption(tr("Print one JSON array."));
    if (const auto exit = parser.parse(0, 0))
        return *exit;
    const QList<CarrierPreset>& presets = session.catalog().presets();
    if (session.json()) {
        QJsonArray list;
        for (const CarrierPreset& p : presets)
            list.append(presetJson(p));
        CliSession::printJson(list);
        return 0;
    }
    QStringList blocks;
    for (const CarrierPreset& p : presets)
        blocks << presetText(p);
    CliSession::out(blocks.join(QLatin1Char('\n')));
    return 0;
}
