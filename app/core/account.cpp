// SPDX-License-Identifier: Apache-2.0
#include "account.h"

#include "jsonvalues.h"
#include "redaction.h"

#include <QJsonArray>

namespace {
QJsonObject mapToJson(const QMap<QString, QString>& map)
{
    QJsonObject obj;
    for (auto it = map.begin(); it != map.end(); ++it)
        obj.insert(it.key(), it.value());
    return obj;
}

bool mapFromJson(const QJsonValue& value, QMap<QString, QString>* out)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!it.value().isString())
            return false;
        out->insert(it.key(), it.value().toString());
    }
    return true;
}

QString isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue& v)
{
    return Account::timeFromText(v.toString());
}
const char* const kHintSources[] = {"general", "carrier", "specific"};

QJsonObject failureToJson(const Failure& f)
{
    QJsonObject obj{
        {QStringLiteral("message"), f.message.toJson()},
        {QStringLiteral("hint"), f.hint.toJson()},
        {QStringLiteral("hint_source"), QLatin1String(kHintSources[int(f.hintSource)])}};
    // the carrier's words were cleaned of secrets when they arrived
    const auto put = [&obj](const char* key, const QString& text) {
        if (!text.isEmpty())
            obj.insert(QLatin1String(key), Redaction::cleanCarrierText(text));
    };
    put("carrier_error", f.carrierError);
    put("carrier_description", f.carrierDescription);
    put("carrier_uri", f.carrierUri);
    return obj;
}

// The file may have been edited: the carrier's words are cleaned again.
Failure failureFromJson(const QJsonObject& obj, ErrorCategory category)
{
    Failure f;
    f.category = category;
    f.message = Message::fromJson(obj.value(QStringLiteral("message")).toObject());
    f.hint = Message::fromJson(obj.value(QStringLiteral("hint")).toObject());
    const QString source = obj.value(QStringLiteral("hint_source")).toString();
    for (int i = 0; i < 3; ++i) {
        if (source == QLatin1String(kHintSources[i]))
            f.hintSource = Failure::HintSource(i);
    }
    const auto text = [&obj](const char* key) {
        return Redaction::cleanCarrierText(obj.value(QLatin1String(key)).toString());
    };
    f.carrierError = text("carrier_error");
    f.carrierDescription = text("carrier_description");
    f.carrierUri = text("carrier_uri");
    return f;
}
// "probe" (the account's own, as ProbeSpec::toJson) and "probe_off".
bool readProbeSettings(const QJsonObject& obj, Account* account)
{
    const QJsonValue probe = obj.value(QStringLiteral("probe"));
    if (!probe.isUndefined()) {
        QString problem;
        const auto spec =
            probe.isObject() ? ProbeSpec::fromJson(probe.toObject(), &problem) : std::nullopt;
        if (!spec)
            return false;
        account->probe = *spec;
    }
    account->probeOn = !obj.value(QStringLiteral("probe_off")).toBool(false);
    return true;
}
} // namespace

QJsonObject TestRecord::toJson() const
{
    QJsonObject obj{{QStringLiteral("at"), isoTime(at)}, {QStringLiteral("outcome"), category}};
    if (httpStatus > 0)
        obj.insert(QStringLiteral("http_status"), httpStatus);
    if (latencyMs >= 0)
        obj.insert(QStringLiteral("latency_ms"), latencyMs);
    if (failure)
        obj.insert(QStringLiteral("failure"), failureToJson(*failure));
    if (probe)
        obj.insert(QStringLiteral("probe"), probe->toJson());
    return obj;
}

std::optional<TestRecord> TestRecord::fromJson(const QJsonObject& obj)
{
    TestRecord r;
    r.at = parseTime(obj.value(QStringLiteral("at")));
    r.category = obj.value(QStringLiteral("outcome")).toString();
    r.httpStatus = obj.value(QStringLiteral("http_status")).toInt(0);
    r.latencyMs = jsonInteger(obj.value(QStringLiteral("latency_ms")), -1, 0, 86400000);
    if (!r.at.isValid() || r.category.isEmpty())
        return std::nullopt;
    const QJsonValue failure = obj.value(QStringLiteral("failure"));
    const auto category = Failure::categoryFromId(r.category);
    if (failure.isObject() && category && *category != ErrorCategory::None)
        r.failure = failureFromJson(failure.toObject(), *category);
    if (const QJsonValue probe = obj.value(QStringLiteral("probe")); probe.isObject())
        r.probe = ProbeOutcome::fromJson(probe.toObject());
    return r;
}

QString TestRecord::carrierWords() const
{
    if (!failure)
        return {};
    return failure->carrierDescription.isEmpty() ? failure->carrierError
                                                 : failure->carrierDescription;
}

void Account::recordTest(const TestRecord& record)
{
    // newest first by the test's own time: results saved late (by another
    // process, say) still land where they belong
    qsizetype at = 0;
    while (at < history.size() && history.at(at).at > record.at)
        ++at;
    history.insert(at, record);
    while (history.size() > kMaxHistory)
        history.removeLast();
    // a cancelled test says nothing about the account
    if (record.category == QLatin1String("cancelled"))
        return;
    if (record.worked() && record.at > workedAt) {
        workedAt = record.at;
        if (failingSince.isValid() && failingSince <= record.at)
            failingSince = QDateTime();
    } else if (!record.worked() && !failingSince.isValid() && record.at > workedAt) {
        failingSince = record.at;
    }
}

QDateTime Account::failingStart() const
{
    // the oldest failure after the newest test that worked; none when that
    // newest real test worked
    QDateTime start;
    for (const TestRecord& r : history) {
        if (r.category == QLatin1String("cancelled"))
            continue;
        if (r.worked())
            break;
        start = r.at;
    }
    if (!start.isValid())
        return {};
    return failingSince.isValid() ? failingSince : start;
}

QDateTime Account::lastWorked() const
{
    QDateTime last = workedAt;
    for (const TestRecord& r : history) {
        if (r.worked() && r.at > last)
            last = r.at;
    }
    return last;
}

std::optional<TestRecord> Account::lastTest() const
{
    if (history.isEmpty())
        return std::nullopt;
    return history.first();
}

QString Account::effectiveTokenUrl(const CarrierPreset* preset) const
{
    if (!tokenUrl.trimmed().isEmpty())
        return tokenUrl.trimmed();
    if (!preset)
        return {};
    const CarrierEnvironment* env = preset->environment(environmentId);
    return env ? env->tokenUrl : QString();
}

CredentialPlacement Account::effectivePlacement(const CarrierPreset* preset) const
{
    if (!preset)
        return placement.value_or(CredentialPlacement::Basic);
    if (placement && preset->allows(*placement))
        return *placement;
    return preset->defaultPlacement;
}

QString Account::effectiveGrantType(const CarrierPreset* preset) const
{
    if (preset && !grantType.isEmpty() && preset->grantTypes.contains(grantType))
        return grantType;
    if (preset && !preset->grantTypes.isEmpty())
        return preset->grantTypes.first();
    return grantType.isEmpty() ? QStringLiteral("client_credentials") : grantType;
}

EnvironmentKind Account::environmentKind(const CarrierPreset* preset) const
{
    const CarrierEnvironment* env = preset ? preset->environment(environmentId) : nullptr;
    if (env)
        return env->kind;
    // a custom URL is treated as production unless it plainly says otherwise: safer to warn
    const QString url = tokenUrl.toLower();
    const bool looksSandbox =
        url.contains(QLatin1String("sandbox")) || url.contains(QLatin1String("test")) ||
        url.contains(QLatin1String("integration")) || url.contains(QLatin1String("127.0.0.1")) ||
        url.contains(QLatin1String("localhost"));
    return looksSandbox ? EnvironmentKind::Sandbox : EnvironmentKind::Production;
}

QString Account::environmentLabel(const CarrierPreset* preset) const
{
    const CarrierEnvironment* env = preset ? preset->environment(environmentId) : nullptr;
    if (env)
        return carrierText(env->label);
    return tr("Custom");
}

QString Account::nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

bool Account::sameName(const QString& a, const QString& b)
{
    return nameKey(a) == nameKey(b);
}

Account Account::merged(const Account& base, const Account& edited, const Account& current)
{
    const QJsonObject before = base.toJson(false);
    const QJsonObject after = edited.toJson(false);
    QJsonObject result = current.toJson(false);
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString& key : std::as_const(keys)) {
        if (before.value(key) == after.value(key))
            continue;
        if (after.contains(key))
            result.insert(key, after.value(key));
        else
            result.remove(key);
    }
    std::optional<Account> out = fromJson(result, nullptr);
    if (!out)
        return edited;
    out->history = current.history;
    out->workedAt = current.workedAt;
    out->failingSince = current.failingSince;
    return *out;
}

QJsonObject Account::toJson(bool withHistory) const
{
    QJsonObject obj{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("carrier"), carrierId},
                    {QStringLiteral("environment"), environmentId},
                    {QStringLiteral("client_id"), clientId}};
    if (!tokenUrl.isEmpty())
        obj.insert(QStringLiteral("token_url"), tokenUrl);
    if (placement)
        obj.insert(QStringLiteral("credentials"), placementId(*placement));
    if (!grantType.isEmpty())
        obj.insert(QStringLiteral("grant_type"), grantType);
    if (!fields.isEmpty())
        obj.insert(QStringLiteral("fields"), mapToJson(fields));
    if (!headers.isEmpty())
        obj.insert(QStringLiteral("headers"), mapToJson(headers));
    if (!shape.isEmpty())
        obj.insert(QStringLiteral("shape"), shape);
    insertKeySettings(&obj);
    if (keepFresh)
        obj.insert(QStringLiteral("keep_fresh"), true);
    if (probe.isSet())
        obj.insert(QStringLiteral("probe"), probe.toJson());
    if (!probeOn)
        obj.insert(QStringLiteral("probe_off"), true);
    if (secretMissing)
        obj.insert(QStringLiteral("secret_missing"), true);
    if (!keychainFields.isEmpty())
        obj.insert(QStringLiteral("keychain_fields"), QJsonArray::fromStringList(keychainFields));
    if (created.isValid())
        obj.insert(QStringLiteral("created"), isoTime(created));
    if (updated.isValid())
        obj.insert(QStringLiteral("updated"), isoTime(updated));
    insertSecretLife(&obj);
    // when a test last worked goes with the history: it is no setting
    if (withHistory && workedAt.isValid())
        obj.insert(QStringLiteral("last_worked"), isoTime(workedAt));
    if (withHistory && failingSince.isValid())
        obj.insert(QStringLiteral("failing_since"), isoTime(failingSince));
    if (withHistory && !history.isEmpty()) {
        QJsonArray arr;
        for (const TestRecord& r : history)
            arr.append(r.toJson());
        obj.insert(QStringLiteral("history"), arr);
    }
    return obj;
}

QList<TestRecord> Account::historyFromJson(const QJsonArray& list)
{
    QList<TestRecord> history;
    for (const QJsonValue v : list) {
        if (auto r = TestRecord::fromJson(v.toObject()))
            history.append(*r);
        if (history.size() >= kMaxHistory)
            break;
    }
    return history;
}

QDateTime Account::timeFromText(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

std::optional<Account> Account::fromJson(const QJsonObject& obj, QString* error)
{
    const auto fail = [error](const QString& field) {
        if (error)
            *error = tr("field \"%1\" is missing or not valid").arg(field);
        return std::nullopt;
    };
    Account p;
    p.id = QUuid::fromString(obj.value(QStringLiteral("id")).toString());
    if (p.id.isNull())
        return fail(QStringLiteral("id"));
    p.name = obj.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty())
        return fail(QStringLiteral("name"));
    p.carrierId = obj.value(QStringLiteral("carrier")).toString();
    if (p.carrierId.isEmpty())
        return fail(QStringLiteral("carrier"));
    p.environmentId = obj.value(QStringLiteral("environment")).toString();
    p.tokenUrl = obj.value(QStringLiteral("token_url")).toString();
    p.clientId = obj.value(QStringLiteral("client_id")).toString();
    const QString credentials = obj.value(QStringLiteral("credentials")).toString();
    if (credentials == QLatin1String("basic"))
        p.placement = CredentialPlacement::Basic;
    else if (credentials == QLatin1String("body"))
        p.placement = CredentialPlacement::Body;
    else if (credentials == QLatin1String("headers"))
        p.placement = CredentialPlacement::Headers;
    else if (!credentials.isEmpty())
        return fail(QStringLiteral("credentials"));
    p.grantType = obj.value(QStringLiteral("grant_type")).toString();
    if (!mapFromJson(obj.value(QStringLiteral("fields")), &p.fields))
        return fail(QStringLiteral("fields"));
    if (!mapFromJson(obj.value(QStringLiteral("headers")), &p.headers))
        return fail(QStringLiteral("headers"));
    // the account's own exchange (the generic preset): checked here, where a
    // shared account file comes in, as the catalog's is
    const QJsonValue shape = obj.value(QStringLiteral("shape"));
    if (!shape.isUndefined() && (!shape.isObject() || ExchangeShape().apply(shape.toObject())))
        return fail(QStringLiteral("shape"));
    p.shape = shape.toObject();
    if (!p.readKeySettings(obj))
        return fail(QStringLiteral("signing_key"));
    p.keepFresh = obj.value(QStringLiteral("keep_fresh")).toBool(false);
    if (!readProbeSettings(obj, &p))
        return fail(QStringLiteral("probe"));
    p.secretMissing = obj.value(QStringLiteral("secret_missing")).toBool(false);
    for (const QJsonValue v : obj.value(QStringLiteral("keychain_fields")).toArray()) {
        const QString key = v.toString();
        // a key names an item under this account's id, never a path elsewhere
        if (!key.isEmpty() && !key.contains(QLatin1Char('/')) && key.size() <= 128 &&
            !p.keychainFields.contains(key))
            p.keychainFields << key;
    }
    p.created = parseTime(obj.value(QStringLiteral("created")));
    p.updated = parseTime(obj.value(QStringLiteral("updated")));
    const QJsonValue history = obj.value(QStringLiteral("history"));
    if (!history.isUndefined() && !history.isArray())
        return fail(QStringLiteral("history"));
    p.history = historyFromJson(history.toArray());
    if (!p.readSecretLife(obj))
        return fail(QStringLiteral("secret_expires"));
    return p;
}

void Account::insertKeySettings(QJsonObject* obj) const
{
    if (!issuer.isEmpty())
        obj->insert(QStringLiteral("issuer"), issuer);
    if (!jwksUrl.isEmpty())
        obj->insert(QStringLiteral("jwks_url"), jwksUrl);
    if (!signingKey.isEmpty())
        obj->insert(QStringLiteral("signing_key"), signingKey);
}

bool Account::readKeySettings(const QJsonObject& obj)
{
    issuer = obj.value(QStringLiteral("issuer")).toString().trimmed().left(kMaxKeySettingLength);
    jwksUrl = obj.value(QStringLiteral("jwks_url")).toString().trimmed().left(kMaxKeySettingLength);
    const QJsonValue key = obj.value(QStringLiteral("signing_key"));
    if (!key.isUndefined() && (!key.isString() || key.toString().size() > kMaxSigningKeyLength))
        return false;
    signingKey = key.toString();
    return true;
}

void Account::insertSecretLife(QJsonObject* obj) const
{
    if (secretSetAt.isValid())
        obj->insert(QStringLiteral("secret_set"), isoTime(secretSetAt));
    if (secretExpires.isValid())
        obj->insert(QStringLiteral("secret_expires"), secretExpires.toString(Qt::ISODate));
}

bool Account::readSecretLife(const QJsonObject& obj)
{
    secretSetAt = parseTime(obj.value(QStringLiteral("secret_set")));
    workedAt = parseTime(obj.value(QStringLiteral("last_worked")));
    failingSince = parseTime(obj.value(QStringLiteral("failing_since")));
    const QJsonValue expires = obj.value(QStringLiteral("secret_expires"));
    if (expires.isUndefined())
        return true;
    secretExpires = QDate::fromString(expires.toString(), Qt::ISODate);
    return secretExpires.isValid();
}

std::optional<qint64> Account::secretAgeDays(const QDateTime& now) const
{
    // an account from before the date was kept got its secret when it was made
    const QDateTime set = secretSet();
    if (!set.isValid() || secretMissing)
        return std::nullopt;
    return std::max<qint64>(0, set.toLocalTime().date().daysTo(now.toLocalTime().date()));
}

std::optional<qint64> Account::daysUntilSecretExpires(const QDateTime& now) const
{
    if (!secretExpires.isValid())
        return std::nullopt;
    return now.toLocalTime().date().daysTo(secretExpires);
}
