// SPDX-License-Identifier: Apache-2.0
#include "probe.h"

#include "account.h"
#include "carrierpreset.h"
#include "jsonvalues.h"
#include "urlpolicy.h"

#include <QJsonArray>

namespace {
const QString kMethod = QStringLiteral("method");
const QString kUrl = QStringLiteral("url");
const QString kStatus = QStringLiteral("status");
const QString kJson = QStringLiteral("json");
const QString kUnconfirmed = QStringLiteral("unconfirmed");

std::optional<QList<int>> readStatuses(const QJsonValue& v)
{
    if (v.isUndefined())
        return QList<int>();
    if (!v.isArray() || v.toArray().isEmpty())
        return std::nullopt;
    QList<int> out;
    for (const QJsonValue item : v.toArray()) {
        const qint64 status = jsonInteger(item, 0, 100, 599);
        if (status == 0)
            return std::nullopt;
        out << int(status);
    }
    return out;
}

// A token URL of the account's own whose path ends in the carrier's own token
// path (a gateway, a proxy, the sandbox's /<id>/...) keeps its API under the
// same prefix; else the API sits at the origin.
QString mountPoint(const QString& path, const CarrierPreset* preset)
{
    if (!preset)
        return {};
    for (const CarrierEnvironment& env : preset->environments) {
        const QString own = QUrl(env.tokenUrl).path();
        if (own.size() > 1 && !own.contains(u'{') && path.endsWith(own))
            return path.chopped(own.size());
    }
    return {};
}

// The host a target names, or the API base's for a path.
QString hostOf(const ProbeSpec& spec, const QUrl& base)
{
    return spec.isFullUrl() ? QUrl(spec.target).host() : base.host();
}
} // namespace

bool ProbeSpec::isFullUrl() const
{
    return target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           target.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

QString probeMethodId(ProbeMethod m)
{
    return m == ProbeMethod::Head ? QStringLiteral("HEAD") : QStringLiteral("GET");
}

std::optional<ProbeMethod> probeMethodFromId(const QString& id)
{
    if (id.compare(QLatin1String("GET"), Qt::CaseInsensitive) == 0)
        return ProbeMethod::Get;
    if (id.compare(QLatin1String("HEAD"), Qt::CaseInsensitive) == 0)
        return ProbeMethod::Head;
    return std::nullopt;
}

QJsonObject ProbeSpec::toJson() const
{
    QJsonObject obj{{kUrl, target}};
    if (method != ProbeMethod::Get)
        obj.insert(kMethod, probeMethodId(method));
    if (!statuses.isEmpty()) {
        QJsonArray list;
        for (int s : statuses)
            list.append(s);
        obj.insert(kStatus, list);
    }
    if (!jsonPath.isEmpty())
        obj.insert(kJson, jsonPath);
    if (unconfirmed)
        obj.insert(kUnconfirmed, true);
    return obj;
}

std::optional<ProbeSpec> ProbeSpec::fromJson(const QJsonObject& obj, QString* problem)
{
    const auto fail = [problem](const QString& key, const QString& why) {
        *problem = QStringLiteral("\"%1\" %2").arg(key, why);
        return std::nullopt;
    };
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!QStringList{kMethod, kUrl, kStatus, kJson, kUnconfirmed}.contains(it.key()))
            return fail(it.key().left(60), QCoreApplication::translate(
                                               "Probe", "is not a key TokenDock knows in a probe"));
    }
    ProbeSpec spec;
    const QJsonValue method = obj.value(kMethod);
    if (!method.isUndefined()) {
        const auto m = probeMethodFromId(method.toString());
        if (!m)
            return fail(kMethod, QCoreApplication::translate(
                                     "Probe", "must be GET or HEAD: a probe only reads"));
        spec.method = *m;
    }
    if (!obj.value(kUrl).isString() || obj.value(kUrl).toString().trimmed().isEmpty())
        return fail(kUrl, QCoreApplication::translate(
                              "Probe", "must be a path such as /v1/ping or an https URL"));
    spec.target = obj.value(kUrl).toString().trimmed();
    if (!spec.isFullUrl() && !spec.target.startsWith(QLatin1Char('/')))
        return fail(kUrl, QCoreApplication::translate(
                              "Probe", "must be a path such as /v1/ping or an https URL"));
    const auto statuses = readStatuses(obj.value(kStatus));
    if (!statuses)
        return fail(kStatus,
                    QCoreApplication::translate("Probe", "must be a list of HTTP status codes"));
    spec.statuses = *statuses;
    const QJsonValue json = obj.value(kJson);
    if (!json.isUndefined() && !json.isString())
        return fail(kJson, QCoreApplication::translate("Probe", "must be a dotted JSON path"));
    spec.jsonPath = json.toString();
    const QJsonValue unconfirmed = obj.value(kUnconfirmed);
    if (!unconfirmed.isUndefined() && !unconfirmed.isBool())
        return fail(kUnconfirmed, QCoreApplication::translate("Probe", "must be true or false"));
    spec.unconfirmed = unconfirmed.toBool();
    return spec;
}

std::optional<ProbeSpec> Probe::specFor(const Account& account, const CarrierPreset* preset)
{
    if (account.probe.isSet())
        return account.probe;
    if (preset && preset->probe.isSet())
        return preset->probe;
    return std::nullopt;
}

QUrl Probe::apiBase(const Account& account, const CarrierPreset* preset)
{
    const CarrierEnvironment* env = preset ? preset->environment(account.environmentId) : nullptr;
    const QString own = account.tokenUrl.trimmed();
    if (env && !env->apiBase.isEmpty() && (own.isEmpty() || own == env->tokenUrl))
        return QUrl(env->apiBase);
    const QUrl token(account.effectiveTokenUrl(preset));
    QUrl base;
    base.setScheme(token.scheme());
    base.setHost(token.host());
    base.setPort(token.port());
    base.setPath(mountPoint(token.path(), preset));
    return base;
}

ProbePlan Probe::plan(const Account& account, const CarrierPreset* preset,
                      const QString& overrideUrl)
{
    ProbePlan plan;
    const auto spec = specFor(account, preset);
    if (spec)
        plan.spec = *spec;
    if (!overrideUrl.trimmed().isEmpty())
        plan.spec.target = overrideUrl.trimmed();
    if (!plan.spec.isSet()) {
        plan.problem =
            Message::translate("Probe", "No probe is set for this account: give it an API URL "
                                        "to read with the token.");
        return plan;
    }
    // a path is joined to the API base; anything else could name another host
    const auto badTarget = [] {
        return Message::translate("Probe",
                                  "The probe URL is not a valid web address; it should look like "
                                  "https://host/path, or be a path such as /v1/ping.");
    };
    if (plan.spec.isFullUrl()) {
        plan.url = QUrl(plan.spec.target, QUrl::StrictMode);
    } else if (!plan.spec.target.startsWith(QLatin1Char('/'))) {
        plan.problem = badTarget();
        return plan;
    } else {
        const QUrl base = apiBase(account, preset);
        QString path = base.path();
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        plan.url =
            QUrl(base.toString(QUrl::RemovePath | QUrl::RemoveQuery) + path + plan.spec.target,
                 QUrl::StrictMode);
        if (plan.url.host() != base.host() || plan.url.port() != base.port()) {
            plan.problem = badTarget();
            return plan;
        }
    }
    plan.problem = urlProblem(plan.url);
    return plan;
}

Message Probe::urlProblem(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Message::translate("Probe",
                                  "The probe URL is not a valid web address; it should look like "
                                  "https://host/path, or be a path such as /v1/ping.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") &&
        !(scheme == QLatin1String("http") && UrlPolicy::isLoopbackHost(url.host())))
        return Message::translate("Probe", "The probe URL must use https:// so the token is "
                                           "encrypted on the way; plain http:// is only "
                                           "allowed to this computer (localhost).");
    if (!url.userInfo().isEmpty() || url.hasFragment())
        return Message::translate(
            "Probe", "Remove the user name, password or #fragment from the probe URL.");
    const QString hidden = UrlPolicy::hiddenCharacter(url.host() + url.path(QUrl::FullyDecoded) +
                                                      url.query(QUrl::FullyDecoded));
    if (!hidden.isEmpty())
        return Message::translate("Probe", "The probe URL holds an invisible or control "
                                           "character (%1); type the URL again.")
            .arg(hidden);
    return {};
}

QStringList Probe::expectedHosts(const Account& account, const CarrierPreset* preset)
{
    QStringList hosts{QUrl(account.effectiveTokenUrl(preset)).host().toLower()};
    if (preset) {
        for (const CarrierEnvironment& env : preset->environments) {
            hosts << QUrl(env.tokenUrl).host().toLower() << QUrl(env.apiBase).host().toLower();
        }
        if (preset->probe.isFullUrl())
            hosts << QUrl(preset->probe.target).host().toLower();
    }
    hosts.removeAll(QString());
    hosts.removeDuplicates();
    return hosts;
}

QString Probe::unexpectedHost(const Account& account, const CarrierPreset* preset)
{
    if (!account.probe.isSet())
        return {};
    const QString host = hostOf(account.probe, apiBase(account, preset)).toLower();
    if (host.isEmpty() || expectedHosts(account, preset).contains(host))
        return {};
    return host;
}

QString Probe::displayUrl(const Account& account, const CarrierPreset* preset)
{
    const ProbePlan p = plan(account, preset);
    if (p.spec.isSet() && p.url.isValid())
        return p.url.toString(QUrl::RemoveUserInfo);
    return p.spec.target;
}
