// SPDX-License-Identifier: Apache-2.0
// tokendock carriers [ID] [--json]
#include "alignedrows.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "commandparser.h"
#include "commands.h"
#include "presetcheck.h"
#include "supportreport.h"
#include "textpolicy.h"
#include "tokenbudget.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject shapeJson(const ExchangeShape& s)
{
    return QJsonObject{
        {QStringLiteral("request"),
         QJsonObject{{QStringLiteral("method"), methodId(s.method)},
                     {QStringLiteral("body"), encodingId(s.body)},
                     {QStringLiteral("grant_type_name"), textOrNull(s.grantTypeName)},
                     {QStringLiteral("client_id_name"), s.clientIdName},
                     {QStringLiteral("client_secret_name"), s.clientSecretName},
                     {QStringLiteral("api_key_header"), textOrNull(s.apiKeyHeader)}}},
        {QStringLiteral("response"),
         QJsonObject{{QStringLiteral("token"), s.tokenInHeader() ? QJsonValue() : s.tokenPath},
                     {QStringLiteral("token_header"), textOrNull(s.tokenHeader)},
                     {QStringLiteral("expires_in"), textOrNull(s.expiresInPath)},
                     {QStringLiteral("expires_at"), textOrNull(s.expiresAtPath)},
                     {QStringLiteral("refresh_token"), textOrNull(s.refreshTokenPath)}}},
        {QStringLiteral("use"), QJsonObject{{QStringLiteral("header"), s.useHeader},
                                            {QStringLiteral("scheme"), textOrNull(s.useScheme)},
                                            {QStringLiteral("api_key"), s.apiKeyOnApiCalls}}}};
}

// The secrets `--secret-stdin` reads, one a line, in this order.
QStringList secretNames(const CarrierPreset& p)
{
    QStringList out{p.clientSecretLabel.isEmpty() ? CarriersCommand::tr("client secret")
                                                  : carrierText(p.clientSecretLabel)};
    // every grant type's, in catalog order: a grant type reads the ones it uses, in this order
    QList<CarrierField> fields = p.fields;
    const QList<CarrierField> withKey = p.fieldsFor(QString());
    if (!withKey.isEmpty() && withKey.constLast().key == CarrierPreset::kApiKeyField)
        fields << withKey.constLast();
    for (const CarrierField& f : std::as_const(fields)) {
        if (!f.secret)
            continue;
        out << (f.grantTypes.isEmpty()
                    ? carrierText(f.label)
                    : CarriersCommand::tr("%1 (with %2)")
                          .arg(carrierText(f.label), f.grantTypes.join(QStringLiteral(", "))));
    }
    return out;
}

// null when the carrier documents no limit on token requests
QJsonValue budgetJson(const TokenBudgetRule& b)
{
    if (!b.isSet())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("max"), b.max},
                       {QStringLiteral("seconds"), b.seconds},
                       {QStringLiteral("unconfirmed"), b.unconfirmed},
                       {QStringLiteral("note"), textOrNull(carrierText(b.note))}};
}

// "GET /v3/StaticData/Countries (not confirmed)"
QString probeText(const ProbeSpec& probe)
{
    const QString call = probeMethodId(probe.method) + QLatin1Char(' ') + probe.target;
    return probe.unconfirmed ? CarriersCommand::tr("%1 (not confirmed)").arg(call) : call;
}

// "at most 730 days: <where the carrier shows the date>"
QString secretLifetimeText(const SecretLifetime& life)
{
    const QString most = CarriersCommand::tr("at most %n days", nullptr, life.maxDays);
    return life.note.isEmpty()
               ? most
               : CarriersCommand::tr("%1: %2", "a secret's lifetime, then the carrier's note")
                     .arg(most, carrierText(life.note));
}

QJsonValue secretLifetimeJson(const SecretLifetime& life)
{
    if (!life.isSet())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("max_days"), life.maxDays},
                       {QStringLiteral("note"), textOrNull(carrierText(life.note))}};
}

QString budgetText(const TokenBudgetRule& b)
{
    QString text = TokenBudget::allowance(b).text();
    if (b.unconfirmed)
        text += CarriersCommand::tr(" (unconfirmed)");
    if (!b.note.isEmpty())
        text += CarriersCommand::tr(": %1", "a budget, then the carrier's note on it")
                    .arg(carrierText(b.note));
    return text;
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
                        {QStringLiteral("choices"), QJsonArray::fromStringList(f.choices)},
                        {QStringLiteral("name"), f.wireName()},
                        {QStringLiteral("api_calls"), f.apiCalls},
                        {QStringLiteral("same_as"), textOrNull(f.sameAs)},
                        {QStringLiteral("fixed"), f.fixed}});
    const RefreshAdvice& r = p.refresh;
    QJsonObject refresh{{QStringLiteral("policy"), refreshKindId(r.kind)},
                        {QStringLiteral("advice"), textOrNull(carrierText(r.text))}};
    if (r.kind == RefreshKind::Fraction)
        refresh.insert(QStringLiteral("fraction"), r.fraction);
    if (r.kind == RefreshKind::Interval)
        refresh.insert(QStringLiteral("interval_seconds"), r.intervalSeconds);
    QJsonObject out{
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
        {QStringLiteral("exchange"), shapeJson(p.shape)},
        {QStringLiteral("custom_exchange"), p.customShape},
        {QStringLiteral("secrets"), QJsonArray::fromStringList(secretNames(p))},
        {QStringLiteral("grant_types"), QJsonArray::fromStringList(p.grantTypes)},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("token_format"), p.tokenFormat},
        {QStringLiteral("typical_lifetime_seconds"),
         p.typicalLifetimeSeconds > 0 ? QJsonValue(p.typicalLifetimeSeconds) : QJsonValue()},
        {QStringLiteral("refresh"), refresh},
        {QStringLiteral("budget"), budgetJson(p.budget)},
        {QStringLiteral("secret_lifetime"), secretLifetimeJson(p.secretLifetime)},
        {QStringLiteral("probe"), p.probe.isSet() ? QJsonValue(p.probe.toJson()) : QJsonValue()},
        {QStringLiteral("unconfirmed"), QJsonArray::fromStringList(p.unconfirmed)},
        {QStringLiteral("countries"), QJsonArray::fromStringList(p.countries)},
        {QStringLiteral("modes"), QJsonArray::fromStringList(p.modes)},
        {QStringLiteral("origin"), presetOriginId(p.origin)},
        {QStringLiteral("file"), textOrNull(p.sourceFile)},
    };
    return out;
}

QString placementText(const CarrierPreset& p)
{
    switch (p.placement) {
    case PlacementPolicy::Body:
        return CarriersCommand::tr("in the request body as %1 and %2")
            .arg(p.shape.clientIdName, p.shape.clientSecretName);
    case PlacementPolicy::Basic:
        return CarriersCommand::tr("HTTP Basic authentication only");
    case PlacementPolicy::Headers:
        return CarriersCommand::tr("in the %1 and %2 headers")
            .arg(p.shape.clientIdName, p.shape.clientSecretName);
    case PlacementPolicy::Either:
        return p.defaultPlacement == CredentialPlacement::Basic
                   ? CarriersCommand::tr("HTTP Basic (default) or the request body (--auth body)")
                   : CarriersCommand::tr("the request body (default) or HTTP Basic (--auth basic)");
    case PlacementPolicy::Any:
        return CarriersCommand::tr("HTTP Basic, the request body or headers (--auth), as the "
                                   "carrier wants");
    }
    return {};
}

// "POST, form body, grant_type" / "GET, no body, no grant type"
QString requestText(const ExchangeShape& s)
{
    const QString body = s.body == BodyEncoding::Json   ? CarriersCommand::tr("JSON body")
                         : s.body == BodyEncoding::Form ? CarriersCommand::tr("form body")
                                                        : CarriersCommand::tr("no body");
    QStringList parts{methodId(s.method), body};
    parts << (s.grantTypeName.isEmpty()
                  ? CarriersCommand::tr("no grant type")
                  : CarriersCommand::tr("grant type in %1").arg(s.grantTypeName));
    if (!s.apiKeyHeader.isEmpty())
        parts << CarriersCommand::tr("API key in the %1 header").arg(s.apiKeyHeader);
    return parts.join(QStringLiteral(", "));
}

// Where the token and its expiry come from, and how API calls carry it.
QString answerText(const ExchangeShape& s)
{
    QString text = s.tokenInHeader()
                       ? CarriersCommand::tr("token in the %1 response header").arg(s.tokenHeader)
                       : CarriersCommand::tr("token in %1").arg(s.tokenPath);
    if (!s.expiresInPath.isEmpty())
        text += CarriersCommand::tr(", lifetime in %1").arg(s.expiresInPath);
    if (!s.expiresAtPath.isEmpty())
        text += CarriersCommand::tr(", expiry time in %1").arg(s.expiresAtPath);
    return text;
}

QString useText(const CarrierPreset& p)
{
    QStringList headers{
        p.shape.useHeader + QStringLiteral(": ") +
        (p.shape.useScheme.isEmpty() ? QString() : p.shape.useScheme + QLatin1Char(' ')) +
        CarriersCommand::tr("<token>")};
    for (const CarrierField& f : p.fieldsFor(QString())) {
        if (f.apiCalls)
            headers << f.wireName() + QStringLiteral(": <") + carrierText(f.label) +
                           QLatin1Char('>');
    }
    return headers.join(QStringLiteral("; "));
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
    if (p.origin != PresetOrigin::BuiltIn)
        text += QStringLiteral("  ") +
                (p.origin == PresetOrigin::User
                     ? CarriersCommand::tr("Your preset, from %1")
                     : CarriersCommand::tr("An administrator's preset, from %1"))
                    .arg(TextPolicy::oneLine(p.sourceFile)) +
                QLatin1Char('\n');
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
    if (!p.countries.isEmpty() || !p.modes.isEmpty())
        rows.add(CarriersCommand::tr("Serves"), QStringList{p.countries.join(QStringLiteral(", ")),
                                                            p.modes.join(QStringLiteral(", "))}
                                                    .join(QStringLiteral(" \u00b7 ")));
    rows.add(CarriersCommand::tr("Credentials"), placementText(p));
    rows.add(CarriersCommand::tr("Request"), requestText(p.shape));
    if (!p.shape.grantTypeName.isEmpty())
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
    rows.add(CarriersCommand::tr("Answer"), answerText(p.shape));
    rows.add(CarriersCommand::tr("API calls"), useText(p));
    rows.add(CarriersCommand::tr("Secrets"),
             CarriersCommand::tr("%1 (--secret-stdin reads them in this order, one a line)")
                 .arg(secretNames(p).join(QStringLiteral(", "))));
    if (!p.refresh.text.isEmpty())
        rows.add(CarriersCommand::tr("Refresh"), carrierText(p.refresh.text));
    if (p.budget.isSet())
        rows.add(CarriersCommand::tr("Token budget"), budgetText(p.budget));
    if (p.probe.isSet())
        rows.add(CarriersCommand::tr("Probe"), probeText(p.probe));
    if (p.secretLifetime.isSet())
        rows.add(CarriersCommand::tr("Secret lifetime"), secretLifetimeText(p.secretLifetime));
    if (!p.notes.isEmpty())
        rows.add(CarriersCommand::tr("Notes"), carrierText(p.notes));
    rows.add(CarriersCommand::tr("Docs"), p.docsUrl.toString());
    return text + rows.text();
}
} // namespace

int CarriersCommand::run(CliSession& session)
{
    CommandParser parser(session,
                         tr("Lists the carrier presets: environments and token URLs, how "
                            "credentials travel, extra fields, refresh advice and the limit on "
                            "token requests. With ID, only that carrier."));
    parser.addArgument(QStringLiteral("ID"), tr("One carrier preset, e.g. project44."),
                       QStringLiteral("[ID]"));
    parser.addJsonOption(tr("Print one JSON array."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("check"),
        tr("Check a preset file: is it one TokenDock loads, and does the sandbox issue a token "
           "through it (where its exchange is plain OAuth 2.0)? Exit 0 when it holds, 1 when not."),
        QStringLiteral("FILE")));
    if (const auto exit = parser.parse(0, 1))
        return *exit;
    if (parser.isSet(QStringLiteral("check")))
        return PresetCheck::run(session, parser.value(QStringLiteral("check")));
    // a preset file left out is said every time presets are listed
    for (const PresetFileProblem& skipped : session.catalog().skipped())
        CliSession::err(tr("Preset file not loaded: %1").arg(TextPolicy::oneLine(skipped.text())) +
                        QLatin1Char('\n'));
    QList<CarrierPreset> presets(session.catalog().presets().begin(),
                                 session.catalog().presets().end());
    if (!parser.arguments().isEmpty()) {
        const CarrierPreset* one = session.catalog().find(parser.arguments().constFirst());
        if (!one)
            return session.fail(session.usage(
                tr("There is no carrier preset \u201c%1\u201d; \u201ctokendock carriers\u201d "
                   "lists them.")
                    .arg(TextPolicy::oneLine(parser.arguments().constFirst()))));
        presets = {*one};
    }
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
