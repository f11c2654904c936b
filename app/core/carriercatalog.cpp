// SPDX-License-Identifier: Apache-2.0
#include "carriercatalog.h"

#include "jwks.h"
#include "logging.h"
#include "textpolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

using ReadProblem = CarrierCatalog::ReadProblem;

// Reads one JSON object and remembers the first problem, naming where it is
// in words and as a path a file's line can be found from.
class Reader
{
public:
    Reader(const QJsonObject& obj, QString where, ReadProblem* problem, QStringList path = {})
        : m_obj(obj)
        , m_where(std::move(where))
        , m_problem(problem)
        , m_path(std::move(path))
    {}

    bool ok() const { return m_problem->text.isEmpty(); }
    bool has(const QString& key) const { return m_obj.contains(key); }
    const QString& where() const { return m_where; }
    // The path of a member of this object, or of element `index` of its list `key`.
    QStringList path(const QString& key, int index = -1) const
    {
        QStringList out = m_path;
        out << key;
        if (index >= 0)
            out << QString::number(index);
        return out;
    }

    void fail(const QString& field, const QString& problem)
    {
        if (!ok())
            return;
        m_problem->text = CarrierCatalog::tr("%1, field \"%2\": %3").arg(m_where, field, problem);
        m_problem->path = path(field);
    }

    // A key no reader asks for is a typo that would otherwise be ignored.
    void rejectUnknown(const QStringList& known)
    {
        for (auto it = m_obj.begin(); ok() && it != m_obj.end(); ++it) {
            if (!known.contains(it.key()))
                fail(TextPolicy::oneLine(it.key().left(60)),
                     CarrierCatalog::tr("is not a key TokenDock knows here; known "
                                        "keys are %1")
                         .arg(known.join(QStringLiteral(", "))));
        }
    }

    QString string(const QString& key, bool required, const QString& fallback = {})
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, CarrierCatalog::tr("is missing"));
            return fallback;
        }
        if (!v.isString()) {
            fail(key, CarrierCatalog::tr("must be a string"));
            return fallback;
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(key, CarrierCatalog::tr("must not be empty"));
        return v.toString();
    }

    bool boolean(const QString& key, bool fallback)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(key, CarrierCatalog::tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    double number(const QString& key, double fallback, double min, double max)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            fail(key, CarrierCatalog::tr("must be a number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return v.toDouble();
    }

    // A whole number; 2.5 or "5" is refused.
    int integer(const QString& key, int fallback, int min, int max)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble();
        if (!v.isDouble() || d < min || d > max || d != double(qint64(d))) {
            fail(key, CarrierCatalog::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }

    QStringList strings(const QString& key)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(key, CarrierCatalog::tr("must be a list of strings"));
            return {};
        }
        QStringList out;
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString() || item.toString().isEmpty()) {
                fail(key, CarrierCatalog::tr("must be a list of non-empty strings"));
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }

    QJsonArray array(const QString& key, bool required)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray()) {
            fail(key, required && v.isUndefined() ? CarrierCatalog::tr("is missing")
                                                  : CarrierCatalog::tr("must be a list"));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QString& key, bool required)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isObject()) {
            fail(key, required && v.isUndefined() ? CarrierCatalog::tr("is missing")
                                                  : CarrierCatalog::tr("must be an object"));
            return {};
        }
        return v.toObject();
    }

    // A string that must be one of the given words; returns its index.
    // Without a fallback the field is required.
    int oneOf(const QString& key, const QStringList& words,
              std::optional<int> fallback = std::nullopt)
    {
        const QString value = string(key, !fallback.has_value());
        if (value.isEmpty())
            return fallback.value_or(0);
        const int idx = static_cast<int>(words.indexOf(value));
        if (idx < 0) {
            fail(key,
                 CarrierCatalog::tr("must be one of %1").arg(words.join(QStringLiteral(", "))));
            return fallback.value_or(0);
        }
        return idx;
    }

private:
    QJsonObject m_obj;
    QString m_where;
    ReadProblem* m_problem;
    QStringList m_path;
};

bool isUrlOrEmpty(const QString& url)
{
    if (url.isEmpty())
        return true;
    // {placeholders} are filled from fields later; check the shape around them
    QString probe = url;
    probe.replace(QLatin1Char('{'), QString()).replace(QLatin1Char('}'), QString());
    const QUrl u(probe, QUrl::StrictMode);
    return u.isValid() &&
           (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http")) &&
           !u.host().isEmpty();
}

CarrierEnvironment readEnvironment(Reader& r)
{
    r.rejectUnknown({QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("kind"),
                     QStringLiteral("tokenUrl"), QStringLiteral("unconfirmed"),
                     QStringLiteral("note"), QStringLiteral("apiBase")});
    CarrierEnvironment env;
    env.id = r.string(QStringLiteral("id"), true);
    env.label = r.string(QStringLiteral("label"), true);
    env.kind = static_cast<EnvironmentKind>(
        r.oneOf(QStringLiteral("kind"), {QStringLiteral("sandbox"), QStringLiteral("production")}));
    env.tokenUrl = r.string(QStringLiteral("tokenUrl"), false);
    if (!isUrlOrEmpty(env.tokenUrl))
        r.fail(QStringLiteral("tokenUrl"), CarrierCatalog::tr("is not an http(s) URL"));
    env.unconfirmed = r.boolean(QStringLiteral("unconfirmed"), false);
    env.note = r.string(QStringLiteral("note"), false);
    env.apiBase = r.string(QStringLiteral("apiBase"), false);
    if (!env.apiBase.isEmpty() && (!isUrlOrEmpty(env.apiBase) || env.apiBase.contains(u'{')))
        r.fail(QStringLiteral("apiBase"), CarrierCatalog::tr("is not an http(s) URL"));
    return env;
}

CarrierField readField(Reader& r)
{
    r.rejectUnknown(
        {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("label"),
         QStringLiteral("help"), QStringLiteral("location"), QStringLiteral("required"),
         QStringLiteral("secret"), QStringLiteral("default"), QStringLiteral("placeholder"),
         QStringLiteral("grantTypes"), QStringLiteral("choices"), QStringLiteral("unconfirmed"),
         QStringLiteral("apiCalls"), QStringLiteral("sameAs"), QStringLiteral("fixed")});
    CarrierField f;
    f.key = r.string(QStringLiteral("key"), true);
    f.name = r.string(QStringLiteral("name"), false);
    f.label = r.string(QStringLiteral("label"), true);
    f.help = r.string(QStringLiteral("help"), false);
    f.location = static_cast<FieldLocation>(
        r.oneOf(QStringLiteral("location"),
                {QStringLiteral("body"), QStringLiteral("header"), QStringLiteral("url")}, 0));
    f.required = r.boolean(QStringLiteral("required"), false);
    f.secret = r.boolean(QStringLiteral("secret"), false);
    f.defaultValue = r.string(QStringLiteral("default"), false);
    f.placeholder = r.string(QStringLiteral("placeholder"), false);
    f.grantTypes = r.strings(QStringLiteral("grantTypes"));
    f.choices = r.strings(QStringLiteral("choices"));
    f.unconfirmed = r.boolean(QStringLiteral("unconfirmed"), false);
    f.apiCalls = r.boolean(QStringLiteral("apiCalls"), false);
    f.sameAs = r.string(QStringLiteral("sameAs"), false);
    f.fixed = r.boolean(QStringLiteral("fixed"), false);
    if (f.secret && f.location == FieldLocation::Url)
        r.fail(QStringLiteral("secret"),
               CarrierCatalog::tr("a secret never goes into the URL; use a body or header field"));
    if (f.apiCalls && f.location != FieldLocation::Header)
        r.fail(QStringLiteral("apiCalls"),
               CarrierCatalog::tr("only header fields go on API calls"));
    if (!f.sameAs.isEmpty() && (f.sameAs != QLatin1String("client_id") || f.secret))
        r.fail(QStringLiteral("sameAs"),
               CarrierCatalog::tr("can only be \"client_id\", on a field that is not secret"));
    if (f.fixed && (f.defaultValue.isEmpty() || f.secret))
        r.fail(QStringLiteral("fixed"),
               CarrierCatalog::tr("needs a \"default\" value and a field that is not secret"));
    return f;
}

RefreshAdvice readRefresh(Reader& r)
{
    r.rejectUnknown({QStringLiteral("policy"), QStringLiteral("fraction"),
                     QStringLiteral("seconds"), QStringLiteral("maxPerMinute"),
                     QStringLiteral("advice")});
    RefreshAdvice a;
    a.kind = static_cast<RefreshKind>(
        r.oneOf(QStringLiteral("policy"), {QStringLiteral("fraction"), QStringLiteral("interval"),
                                           QStringLiteral("on-expiry")}));
    a.fraction = r.number(QStringLiteral("fraction"), 0.8, 0.1, 0.95);
    a.intervalSeconds = static_cast<int>(r.number(QStringLiteral("seconds"), 0, 0, 86400));
    if (r.has(QStringLiteral("maxPerMinute")))
        r.fail(QStringLiteral("maxPerMinute"),
               CarrierCatalog::tr("is no longer read; give the carrier a \"budget\" instead"));
    a.text = r.string(QStringLiteral("advice"), true);
    if (a.kind == RefreshKind::Interval && a.intervalSeconds < 60)
        r.fail(QStringLiteral("seconds"),
               CarrierCatalog::tr("must be at least 60 for an interval policy"));
    return a;
}

// The exchange's shape (method, body, names, where the token and its life
// are in the answer, how API calls carry it) and the carrier's own words
// for the two credentials.
void readExchange(Reader& r, const QJsonObject& obj, CarrierPreset* preset)
{
    QJsonObject shape;
    for (const char* part : {"request", "response", "use"}) {
        const QString key = QLatin1String(part);
        if (!r.object(key, false).isEmpty())
            shape.insert(key, obj.value(key));
    }
    if (!r.ok())
        return;
    if (const auto problem = preset->shape.apply(shape)) {
        // the shape's sentence names "section.key"; point at that section
        QString section = QStringLiteral("request");
        for (const char* part : {"response", "use"}) {
            if (problem->contains(QLatin1Char('"') + QLatin1String(part) + QLatin1Char('.')))
                section = QLatin1String(part);
        }
        r.fail(section, *problem);
    }
    if (preset->shape.body == BodyEncoding::None &&
        (preset->allows(CredentialPlacement::Body) && !preset->customShape))
        r.fail(QStringLiteral("credentials"),
               CarrierCatalog::tr("credentials in the body need a form or json body"));
    const QJsonObject labels = r.object(QStringLiteral("labels"), false);
    for (auto it = labels.begin(); r.ok() && it != labels.end(); ++it) {
        const bool known =
            it.key() == QLatin1String("clientId") || it.key() == QLatin1String("clientSecret");
        if (!known || !it.value().isString() || it.value().toString().trimmed().isEmpty())
            r.fail(QStringLiteral("labels"),
                   CarrierCatalog::tr("holds clientId and clientSecret, each a text"));
    }
    preset->clientIdLabel = labels.value(QStringLiteral("clientId")).toString();
    preset->clientSecretLabel = labels.value(QStringLiteral("clientSecret")).toString();
}

// "probe": {"url", "method", "status", "json", "unconfirmed"}: a harmless read
// that shows whether a token opens the carrier's API.
void readProbe(Reader& r, CarrierPreset* preset)
{
    if (!r.ok() || !r.has(QStringLiteral("probe")))
        return;
    const QJsonObject obj = r.object(QStringLiteral("probe"), true);
    if (!r.ok())
        return;
    QString problem;
    const auto spec = ProbeSpec::fromJson(obj, &problem);
    if (!spec)
        r.fail(QStringLiteral("probe"), problem);
    else
        preset->probe = *spec;
}

// "budget": {"max": N, "seconds": S}: the carrier's documented limit on token requests.
void readBudget(Reader& r, ReadProblem* error, CarrierPreset* preset)
{
    if (!r.ok() || !r.has(QStringLiteral("budget")))
        return;
    Reader br(r.object(QStringLiteral("budget"), true),
              CarrierCatalog::tr("%1, budget").arg(r.where()), error,
              r.path(QStringLiteral("budget")));
    if (!r.ok())
        return;
    br.rejectUnknown({QStringLiteral("max"), QStringLiteral("seconds"),
                      QStringLiteral("unconfirmed"), QStringLiteral("note")});
    TokenBudgetRule& b = preset->budget;
    if (!br.has(QStringLiteral("max")))
        br.fail(QStringLiteral("max"), CarrierCatalog::tr("is missing"));
    if (!br.has(QStringLiteral("seconds")))
        br.fail(QStringLiteral("seconds"), CarrierCatalog::tr("is missing"));
    b.max = br.integer(QStringLiteral("max"), 0, 1, TokenBudgetRule::kMaxRequests);
    b.seconds = br.integer(QStringLiteral("seconds"), 0, 1, TokenBudgetRule::kMaxSeconds);
    b.unconfirmed = br.boolean(QStringLiteral("unconfirmed"), false);
    b.note = br.string(QStringLiteral("note"), false);
    if (!br.ok())
        b = TokenBudgetRule();
}

// "secretLifetime": {"maxDays": N, "note": "..."}: client secrets expire.
void readSecretLifetime(Reader& r, ReadProblem* error, CarrierPreset* preset)
{
    if (!r.ok() || !r.has(QStringLiteral("secretLifetime")))
        return;
    Reader lr(r.object(QStringLiteral("secretLifetime"), true),
              CarrierCatalog::tr("%1, secretLifetime").arg(r.where()), error,
              r.path(QStringLiteral("secretLifetime")));
    if (!r.ok())
        return;
    lr.rejectUnknown({QStringLiteral("maxDays"), QStringLiteral("note")});
    if (!lr.has(QStringLiteral("maxDays")))
        lr.fail(QStringLiteral("maxDays"), CarrierCatalog::tr("is missing"));
    SecretLifetime& l = preset->secretLifetime;
    l.maxDays = lr.integer(QStringLiteral("maxDays"), 0, 1, SecretLifetime::kMaxDays);
    l.note = lr.string(QStringLiteral("note"), false);
    if (!lr.ok())
        l = SecretLifetime();
}

// An https URL that may hold {placeholders} filled from the account's fields.
bool httpsTemplate(const QString& url)
{
    QString probe = url;
    probe.replace(QRegularExpression(QStringLiteral("\\{[A-Za-z0-9_-]+\\}")), QStringLiteral("x"));
    const QUrl u(probe, QUrl::StrictMode);
    return u.isValid() && u.scheme() == QLatin1String("https") && !u.host().isEmpty() &&
           u.userInfo().isEmpty() && !u.hasFragment();
}

// "keys": {"issuers": [...], "jwks": URL, "key": PEM or JWK text, "audience": "..."}:
// where the carrier publishes the keys its JWTs are signed with.
void readKeys(Reader& r, ReadProblem* error, CarrierPreset* preset)
{
    if (!r.ok() || !r.has(QStringLiteral("keys")))
        return;
    Reader kr(r.object(QStringLiteral("keys"), true), CarrierCatalog::tr("%1, keys").arg(r.where()),
              error, r.path(QStringLiteral("keys")));
    if (!r.ok())
        return;
    kr.rejectUnknown({QStringLiteral("issuers"), QStringLiteral("jwks"), QStringLiteral("key"),
                      QStringLiteral("audience"), QStringLiteral("unconfirmed")});
    SigningKeys& k = preset->keys;
    k.issuers = kr.strings(QStringLiteral("issuers"));
    for (const QString& issuer : std::as_const(k.issuers)) {
        if (!httpsTemplate(issuer))
            kr.fail(QStringLiteral("issuers"), CarrierCatalog::tr("must be https URLs"));
    }
    k.jwks = kr.string(QStringLiteral("jwks"), false);
    if (!k.jwks.isEmpty() && !httpsTemplate(k.jwks))
        kr.fail(QStringLiteral("jwks"), CarrierCatalog::tr("must be an https URL"));
    k.key = kr.string(QStringLiteral("key"), false);
    if (!k.key.isEmpty() && Jwks::parse(k.key.toUtf8()).isEmpty())
        kr.fail(QStringLiteral("key"),
                CarrierCatalog::tr("must be a PEM public key, a JWK or a JWK set"));
    k.audience = kr.string(QStringLiteral("audience"), false);
    k.unconfirmed = kr.boolean(QStringLiteral("unconfirmed"), false);
    if (!kr.ok() || !k.isSet())
        k = SigningKeys();
    if (kr.ok() && !k.isSet())
        kr.fail(QStringLiteral("issuers"),
                CarrierCatalog::tr("name an issuer, a JWKS URL, a key or an audience"));
}

// How the credentials travel and in which encoding.
void readRequestShape(Reader& r, const QJsonObject& obj, CarrierPreset* preset)
{
    CarrierPreset& p = *preset;
    p.placement = static_cast<PlacementPolicy>(
        r.oneOf(QStringLiteral("credentials"),
                {QStringLiteral("body"), QStringLiteral("basic"), QStringLiteral("either"),
                 QStringLiteral("headers"), QStringLiteral("any")}));
    const int defaultPlacement =
        r.oneOf(QStringLiteral("defaultCredentials"),
                {QStringLiteral("body"), QStringLiteral("basic"), QStringLiteral("headers")}, 0);
    switch (p.placement) {
    case PlacementPolicy::Body:
        p.defaultPlacement = CredentialPlacement::Body;
        break;
    case PlacementPolicy::Basic:
        p.defaultPlacement = CredentialPlacement::Basic;
        break;
    case PlacementPolicy::Headers:
        p.defaultPlacement = CredentialPlacement::Headers;
        break;
    case PlacementPolicy::Either:
    case PlacementPolicy::Any:
        p.defaultPlacement = static_cast<CredentialPlacement>(defaultPlacement);
        break;
    }
    if (obj.contains(QStringLiteral("defaultCredentials")) && !p.allows(p.defaultPlacement))
        r.fail(QStringLiteral("defaultCredentials"),
               CarrierCatalog::tr("is not allowed by \"credentials\""));
    p.grantTypes = r.strings(QStringLiteral("grantTypes"));
    if (p.grantTypes.isEmpty())
        p.grantTypes = {QStringLiteral("client_credentials")};
    p.customShape = r.boolean(QStringLiteral("customShape"), false);
    readExchange(r, obj, &p);
}

void readEnvironments(Reader& r, ReadProblem* error, CarrierPreset* preset)
{
    CarrierPreset& p = *preset;
    const QJsonArray envs = r.array(QStringLiteral("environments"), true);
    if (r.ok() && envs.isEmpty())
        r.fail(QStringLiteral("environments"),
               CarrierCatalog::tr("needs at least one environment"));
    QSet<QString> envIds;
    for (int i = 0; r.ok() && i < envs.size(); ++i) {
        if (!envs.at(i).isObject()) {
            r.fail(QStringLiteral("environments"),
                   CarrierCatalog::tr("entry %1 must be an object").arg(i + 1));
            break;
        }
        Reader er(envs.at(i).toObject(),
                  CarrierCatalog::tr("%1, environment %2").arg(r.where()).arg(i + 1), error,
                  r.path(QStringLiteral("environments"), i));
        CarrierEnvironment env = readEnvironment(er);
        if (er.ok() && (envIds.contains(env.id) || env.id == QLatin1String("custom")))
            er.fail(QStringLiteral("id"),
                    CarrierCatalog::tr("\"%1\" is used twice or reserved").arg(env.id));
        envIds.insert(env.id);
        p.environments.append(env);
    }
}

// The preset's extra request fields (clientrefnum, scope, child keys).
void readFields(Reader& r, ReadProblem* error, CarrierPreset* preset)
{
    CarrierPreset& p = *preset;
    const QJsonArray fields = r.array(QStringLiteral("fields"), false);
    QSet<QString> keys;
    for (int i = 0; r.ok() && i < fields.size(); ++i) {
        if (!fields.at(i).isObject()) {
            r.fail(QStringLiteral("fields"),
                   CarrierCatalog::tr("entry %1 must be an object").arg(i + 1));
            break;
        }
        Reader fr(fields.at(i).toObject(),
                  CarrierCatalog::tr("%1, extra field %2").arg(r.where()).arg(i + 1), error,
                  r.path(QStringLiteral("fields"), i));
        CarrierField f = readField(fr);
        const QSet<QString> reserved{p.shape.grantTypeName, p.shape.clientIdName,
                                     p.shape.clientSecretName};
        if (fr.ok() && (keys.contains(f.key) || reserved.contains(f.key)))
            fr.fail(QStringLiteral("key"),
                    CarrierCatalog::tr("\"%1\" is used twice or reserved").arg(f.key));
        for (const QString& g : std::as_const(f.grantTypes)) {
            if (fr.ok() && !p.grantTypes.contains(g))
                fr.fail(
                    QStringLiteral("grantTypes"),
                    CarrierCatalog::tr("\"%1\" is not one of the carrier's grant types").arg(g));
        }
        keys.insert(f.key);
        p.fields.append(f);
    }
}

// What the token looks like and when to fetch a new one.
void readTokenAndRefresh(Reader& r, ReadProblem* error, CarrierPreset* preset)
{
    CarrierPreset& p = *preset;
    const QJsonObject token = r.object(QStringLiteral("token"), false);
    if (r.ok() && !token.isEmpty()) {
        Reader tr_(token, CarrierCatalog::tr("%1, token").arg(r.where()), error,
                   r.path(QStringLiteral("token")));
        tr_.rejectUnknown({QStringLiteral("format"), QStringLiteral("lifetime")});
        const int fmt =
            tr_.oneOf(QStringLiteral("format"),
                      {QStringLiteral("any"), QStringLiteral("jwt"), QStringLiteral("opaque")}, 0);
        p.tokenFormat =
            QStringList{QStringLiteral("any"), QStringLiteral("jwt"), QStringLiteral("opaque")}.at(
                fmt);
        p.typicalLifetimeSeconds =
            static_cast<int>(tr_.number(QStringLiteral("lifetime"), 0, 0, 31 * 86400));
    }

    if (r.ok()) {
        Reader rr(r.object(QStringLiteral("refresh"), true),
                  CarrierCatalog::tr("%1, refresh").arg(r.where()), error,
                  r.path(QStringLiteral("refresh")));
        if (r.ok())
            p.refresh = readRefresh(rr);
    }
}

// How the carrier words a refusal, the hints per error category, and the
// paths it has moved away from.
void readErrorsAndPaths(Reader& r, ReadProblem* error, CarrierPreset* preset)
{
    CarrierPreset& p = *preset;
    const QJsonObject errors = r.object(QStringLiteral("errors"), false);
    if (r.ok() && !errors.isEmpty()) {
        Reader xr(errors, CarrierCatalog::tr("%1, errors").arg(r.where()), error,
                  r.path(QStringLiteral("errors")));
        xr.rejectUnknown({QStringLiteral("credentialTitles"), QStringLiteral("hints")});
        p.credentialErrorTitles = xr.strings(QStringLiteral("credentialTitles"));
        const QJsonObject hints = xr.object(QStringLiteral("hints"), false);
        static const QSet<QString> categories{QStringLiteral("credentials_rejected"),
                                              QStringLiteral("carrier_error"),
                                              QStringLiteral("network"),
                                              QStringLiteral("tls"),
                                              QStringLiteral("timeout"),
                                              QStringLiteral("malformed_response")};
        for (auto it = hints.begin(); xr.ok() && it != hints.end(); ++it) {
            if (!categories.contains(it.key()) || !it.value().isString())
                xr.fail(QStringLiteral("hints"),
                        CarrierCatalog::tr("\"%1\" is not an error category with a text hint")
                            .arg(it.key()));
            else
                p.hints.insert(it.key(), it.value().toString());
        }
    }

    const QJsonArray deprecated = r.array(QStringLiteral("deprecatedPaths"), false);
    for (int i = 0; r.ok() && i < deprecated.size(); ++i) {
        Reader dr(deprecated.at(i).toObject(),
                  CarrierCatalog::tr("%1, deprecated path %2").arg(r.where()).arg(i + 1), error,
                  r.path(QStringLiteral("deprecatedPaths"), i));
        dr.rejectUnknown({QStringLiteral("path"), QStringLiteral("use")});
        DeprecatedPath d;
        d.path = dr.string(QStringLiteral("path"), true);
        d.replacement = dr.string(QStringLiteral("use"), true);
        p.deprecatedPaths.append(d);
    }
}

// "countries" (ISO codes, or "worldwide") and "modes", which the picker searches.
void readWhereAndWhat(Reader& r, CarrierPreset* preset)
{
    preset->countries = r.strings(QStringLiteral("countries"));
    for (const QString& c : std::as_const(preset->countries)) {
        const bool worldwide = c == CarrierPreset::kWorldwide && preset->countries.size() == 1;
        const bool code = c.size() == 2 && c == c.toUpper() &&
                          QLocale::codeToTerritory(c) != QLocale::AnyTerritory;
        if (r.ok() && !worldwide && !code)
            r.fail(QStringLiteral("countries"),
                   CarrierCatalog::tr("\"%1\" is not a two-letter country code (ISO 3166-1, "
                                      "e.g. \"DE\"); or give just \"worldwide\"")
                       .arg(c));
    }
    preset->modes = r.strings(QStringLiteral("modes"));
    for (const QString& m : std::as_const(preset->modes)) {
        if (r.ok() && !CarrierPreset::knownModes().contains(m))
            r.fail(QStringLiteral("modes"),
                   CarrierCatalog::tr("\"%1\" is not one of %2")
                       .arg(m, CarrierPreset::knownModes().join(QStringLiteral(", "))));
    }
}

// Every key a preset may have; "$schema" lets an editor find the schema of a file.
const QStringList& presetKeys()
{
    static const QStringList keys{
        QStringLiteral("$schema"),     QStringLiteral("id"),
        QStringLiteral("name"),        QStringLiteral("vendor"),
        QStringLiteral("summary"),     QStringLiteral("notes"),
        QStringLiteral("docs"),        QStringLiteral("countries"),
        QStringLiteral("modes"),       QStringLiteral("environments"),
        QStringLiteral("credentials"), QStringLiteral("defaultCredentials"),
        QStringLiteral("grantTypes"),  QStringLiteral("customShape"),
        QStringLiteral("request"),     QStringLiteral("response"),
        QStringLiteral("use"),         QStringLiteral("labels"),
        QStringLiteral("fields"),      QStringLiteral("token"),
        QStringLiteral("refresh"),     QStringLiteral("budget"),
        QStringLiteral("errors"),      QStringLiteral("deprecatedPaths"),
        QStringLiteral("unconfirmed"), QStringLiteral("keys"),
        QStringLiteral("probe"),       QStringLiteral("secretLifetime")};
    return keys;
}

void readNames(Reader& r, CarrierPreset* preset)
{
    CarrierPreset& p = *preset;
    p.id = r.string(QStringLiteral("id"), true);
    static const QRegularExpression idShape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    if (r.ok() && !idShape.match(p.id).hasMatch())
        r.fail(QStringLiteral("id"),
               CarrierCatalog::tr("must be 1 to 40 lower-case letters, digits and dashes, "
                                  "e.g. \"acme-freight\""));
    p.name = r.string(QStringLiteral("name"), true);
    p.vendor = r.string(QStringLiteral("vendor"), true);
    p.summary = r.string(QStringLiteral("summary"), true);
    p.notes = r.string(QStringLiteral("notes"), false);
    const QString docs = r.string(QStringLiteral("docs"), false);
    if (!docs.isEmpty()) {
        p.docsUrl = QUrl(docs, QUrl::StrictMode);
        if (!p.docsUrl.isValid() || p.docsUrl.scheme() != QLatin1String("https"))
            r.fail(QStringLiteral("docs"), CarrierCatalog::tr("must be an https URL"));
    }
}

} // namespace

std::optional<CarrierPreset> CarrierCatalog::readPreset(const QJsonObject& obj,
                                                        const QString& where,
                                                        const QStringList& path,
                                                        ReadProblem* problem)
{
    *problem = ReadProblem();
    Reader r(obj, where, problem, path);
    r.rejectUnknown(presetKeys());
    CarrierPreset p;
    readNames(r, &p);
    readRequestShape(r, obj, &p);
    readEnvironments(r, problem, &p);
    readFields(r, problem, &p);
    readTokenAndRefresh(r, problem, &p);
    readBudget(r, problem, &p);
    readSecretLifetime(r, problem, &p);
    readKeys(r, problem, &p);
    readProbe(r, &p);
    readErrorsAndPaths(r, problem, &p);
    p.unconfirmed = r.strings(QStringLiteral("unconfirmed"));
    readWhereAndWhat(r, &p);

    if (!r.ok())
        return std::nullopt;
    return p;
}

CarrierCatalog::CarrierCatalog(const CarrierCatalog& other)
{
    *this = other;
}

CarrierCatalog& CarrierCatalog::operator=(const CarrierCatalog& other)
{
    if (this == &other)
        return *this;
    const std::scoped_lock lock(m_reading, other.m_reading);
    m_presets = other.m_presets;
    m_unread = other.m_unread;
    m_skipped = other.m_skipped;
    m_allRead.store(other.m_allRead.load());
    return *this;
}

std::optional<CarrierCatalog> CarrierCatalog::withEntriesUnread(const QByteArray& json,
                                                                QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The carrier catalog is not valid JSON (%1 at offset %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("The carrier catalog must be a JSON object.");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toInt(-1) != 1) {
        *error = tr("The carrier catalog has schema %1; this version of TokenDock reads schema 1.")
                     .arg(root.value(QStringLiteral("schema")).toVariant().toString());
        return std::nullopt;
    }
    const QJsonValue carriers = root.value(QStringLiteral("carriers"));
    if (!carriers.isArray() || carriers.toArray().isEmpty()) {
        *error = tr("The carrier catalog has no \"carriers\" list.");
        return std::nullopt;
    }
    CarrierCatalog catalog;
    const QJsonArray list = carriers.toArray();
    for (const QJsonValue& entry : list) {
        CarrierPreset unread;
        unread.id = entry.toObject().value(QStringLiteral("id")).toString();
        catalog.m_presets.push_back(unread);
        catalog.m_unread.emplace_back(entry);
    }
    catalog.m_allRead.store(false);
    return catalog;
}

std::optional<CarrierPreset> CarrierCatalog::readEntry(size_t index, QString* error) const
{
    const QJsonValue& entry = *m_unread.at(index);
    const int number = int(index) + 1;
    if (!entry.isObject()) {
        *error = tr("Carrier entry %1 must be a JSON object.").arg(number);
        return std::nullopt;
    }
    const QString& id = m_presets.at(index).id;
    ReadProblem problem;
    auto preset = readPreset(entry.toObject(),
                             id.isEmpty() ? tr("carrier entry %1").arg(number)
                                          : tr("carrier \"%1\" (entry %2)").arg(id).arg(number),
                             {QStringLiteral("carriers"), QString::number(index)}, &problem);
    if (!preset)
        *error = problem.text;
    return preset;
}

std::optional<CarrierCatalog> CarrierCatalog::fromJson(const QByteArray& json, QString* error)
{
    QString localError;
    QString& err = error ? *error : localError;
    err.clear();
    auto catalog = withEntriesUnread(json, &err);
    if (!catalog)
        return std::nullopt;
    // every entry read now, in order: the first fault is the one named
    QSet<QString> ids;
    for (size_t i = 0; i < catalog->m_unread.size(); ++i) {
        auto preset = catalog->readEntry(i, &err);
        if (!preset)
            return std::nullopt;
        if (ids.contains(preset->id)) {
            err = tr("Carrier entry %1, field \"id\": \"%2\" is used twice.")
                      .arg(i + 1)
                      .arg(preset->id);
            return std::nullopt;
        }
        ids.insert(preset->id);
        catalog->m_presets[i] = *preset;
    }
    catalog->m_unread.clear();
    catalog->m_allRead.store(true);
    return catalog;
}

const CarrierCatalog& CarrierCatalog::builtin()
{
    static const CarrierCatalog catalog = [] {
        QFile file(QStringLiteral(":/tokendock/carriers.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in carrier catalog is missing from the application resources.");
        QString error;
        // each preset is read when first asked for (tst_carriercatalog reads
        // them all as fromJson() does, and the tests fail on any fault)
        auto parsed = withEntriesUnread(file.readAll(), &error);
        if (!parsed)
            qFatal("The built-in carrier catalog is invalid: %s", qUtf8Printable(error));
        QSet<QString> ids;
        for (const CarrierPreset& unread : parsed->m_presets) {
            if (ids.contains(unread.id))
                qFatal("The built-in carrier catalog has the id %s twice.",
                       qUtf8Printable(unread.id));
            ids.insert(unread.id);
        }
        qCDebug(lcCatalog) << "found" << parsed->m_presets.size() << "carrier presets";
        return *parsed;
    }();
    return catalog;
}

void CarrierCatalog::read(size_t index) const
{
    if (index >= m_unread.size() || !m_unread.at(index))
        return;
    QString error;
    auto preset = readEntry(index, &error);
    if (!preset)
        qFatal("The built-in carrier catalog is invalid: %s", qUtf8Printable(error));
    m_presets[index] = *preset;
    m_unread[index].reset();
    // once the last one is read, lookups need no lock
    if (std::none_of(m_unread.cbegin(), m_unread.cend(),
                     [](const std::optional<QJsonValue>& entry) { return entry.has_value(); }))
        m_allRead.store(true, std::memory_order_release);
}

const std::deque<CarrierPreset>& CarrierCatalog::presets() const
{
    if (!m_allRead.load(std::memory_order_acquire)) {
        const std::lock_guard<std::mutex> lock(m_reading);
        for (size_t i = 0; i < m_unread.size(); ++i)
            read(i);
        m_allRead.store(true, std::memory_order_release);
    }
    return m_presets;
}

CarrierCatalog& CarrierCatalog::installed()
{
    static CarrierCatalog catalog = PresetFiles::load(builtin(), PresetFiles::standardFolders());
    return catalog;
}

const CarrierPreset* CarrierCatalog::find(const QString& id) const
{
    if (m_allRead.load(std::memory_order_acquire)) {
        const auto place = placeOf(id);
        return place ? &m_presets[*place] : nullptr;
    }
    // worker threads ask too (the list command's cache check)
    const std::lock_guard<std::mutex> lock(m_reading);
    const auto place = placeOf(id);
    if (!place)
        return nullptr;
    read(*place);
    return &m_presets[*place];
}

std::optional<size_t> CarrierCatalog::placeOf(const QString& id) const
{
    // Preset ids are lower case (readPreset), so an id as the catalog spells
    // it matches exactly; comparing without case is slow, and the account
    // list asks once per row it filters or paints.
    for (size_t i = 0; i < m_presets.size(); ++i) {
        if (m_presets[i].id == id)
            return i;
    }
    for (size_t i = 0; i < m_presets.size(); ++i) {
        if (m_presets[i].id.compare(id, Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

bool CarrierCatalog::replace(const CarrierPreset& preset)
{
    for (auto& p : m_presets) {
        if (p.id.compare(preset.id, Qt::CaseInsensitive) != 0)
            continue;
        if (p.origin == PresetOrigin::BuiltIn)
            return false;
        p = preset;
        return true;
    }
    return false;
}

QList<const CarrierPreset*> CarrierCatalog::search(const QString& query) const
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<const CarrierPreset*> out;
    for (const auto& p : presets()) {
        const QString haystack = p.searchText();
        bool all = true;
        for (const QString& w : words)
            all = all && haystack.contains(w, Qt::CaseInsensitive);
        if (all)
            out.append(&p);
    }
    return out;
}
