// SPDX-License-Identifier: Apache-2.0
#include "accountrequest.h"

#include "textpolicy.h"
#include "urlpolicy.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {
QString translatedLabel(const CarrierField& f)
{
    return QCoreApplication::translate("carriers", f.label.toUtf8().constData());
}

bool isReservedParam(const QString& key)
{
    return key == QLatin1String("grant_type") || key == QLatin1String("client_id") ||
           key == QLatin1String("client_secret");
}
} // namespace

QString AccountRequest::resolvedUrl(const Account& account, const CarrierPreset* preset)
{
    QString url = account.effectiveTokenUrl(preset);
    if (!preset)
        return url;
    for (const CarrierField& f : preset->fields) {
        if (f.location != FieldLocation::Url)
            continue;
        const QString value = account.fields.value(f.key, f.defaultValue).trimmed();
        if (!value.isEmpty())
            url.replace(QLatin1Char('{') + f.key + QLatin1Char('}'),
                        QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return url;
}

QByteArray AccountRequest::issuedFor(const Account& account, const CarrierPreset* preset)
{
    QJsonObject shape = account.toJson(false);
    // local bookkeeping does not change what a token is for
    for (const char* local :
         {"id", "name", "keep_fresh", "secret_missing", "keychain_fields", "created", "updated"})
        shape.remove(QLatin1String(local));
    shape.insert(QStringLiteral("resolved_url"), resolvedUrl(account, preset));
    shape.insert(QStringLiteral("effective_grant"), account.effectiveGrantType(preset));
    shape.insert(QStringLiteral("effective_credentials"),
                 placementId(account.effectivePlacement(preset)));
    // QJsonObject keeps its keys sorted, so equal settings give equal bytes
    return QCryptographicHash::hash(QJsonDocument(shape).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

bool AccountRequest::sameSecretDestination(const Account& a, const CarrierPreset* presetA,
                                           const Account& b, const CarrierPreset* presetB)
{
    const auto origin = [](const QString& url) {
        return QUrl(url)
            .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                      QUrl::RemoveUserInfo)
            .toString();
    };
    return a.carrierId == b.carrierId && a.environmentId == b.environmentId &&
           origin(resolvedUrl(a, presetA)) == origin(resolvedUrl(b, presetB)) &&
           a.effectivePlacement(presetA) == b.effectivePlacement(presetB) &&
           a.clientId == b.clientId;
}

QList<CarrierField> AccountRequest::secretFields(const Account& account,
                                                 const CarrierPreset* preset)
{
    QList<CarrierField> out;
    if (!preset)
        return out;
    for (const CarrierField& f : preset->fieldsFor(account.effectiveGrantType(preset))) {
        if (f.secret)
            out << f;
    }
    return out;
}

QList<ValidationIssue> AccountRequest::validate(const Account& account, const CarrierPreset* preset,
                                                const QSet<QString>& secretsPresent)
{
    QList<ValidationIssue> issues;
    const auto add = [&issues](const QString& field, const QString& message) {
        issues.append({field, message});
    };
    if (const auto problem = TextPolicy::validateAccountName(account.name))
        add(QStringLiteral("name"), *problem);
    if (!preset) {
        add(QStringLiteral("carrier"),
            tr("Choose a carrier; \u201c%1\u201d is not one TokenDock knows.")
                .arg(TextPolicy::oneLine(account.carrierId)));
        return issues;
    }
    const CarrierEnvironment* env = preset->environment(account.environmentId);
    if (!env && account.environmentId != Account::kCustomEnvironment)
        add(QStringLiteral("environment"), tr("Choose an environment for %1.").arg(preset->name));

    const QString url = resolvedUrl(account, preset);
    if (url.trimmed().isEmpty() && env && !env->note.isEmpty())
        add(QStringLiteral("token_url"),
            QCoreApplication::translate("carriers", env->note.toUtf8().constData()));
    else if (const QString problem = UrlPolicy::problem(url); !problem.isEmpty())
        add(QStringLiteral("token_url"), problem);

    if (account.clientId.trimmed().isEmpty())
        add(QStringLiteral("client_id"), tr("Enter the client id."));
    else if (const auto problem = TextPolicy::validateClientId(account.clientId))
        add(QStringLiteral("client_id"), *problem);
    if (!secretsPresent.contains(QStringLiteral("client_secret")))
        add(QStringLiteral("client_secret"), tr("Enter the client secret."));
    if (!account.grantType.isEmpty() && !preset->grantTypes.contains(account.grantType))
        add(QStringLiteral("grant_type"),
            tr("%1 does not accept the grant type %2.").arg(preset->name, account.grantType));
    if (account.placement && !preset->allows(*account.placement))
        add(QStringLiteral("credentials"),
            *account.placement == CredentialPlacement::Basic
                ? tr("%1 expects the client credentials in the request body.").arg(preset->name)
                : tr("%1 expects the client credentials in HTTP Basic authentication.")
                      .arg(preset->name));

    const QString grant = account.effectiveGrantType(preset);
    for (const CarrierField& f : preset->fieldsFor(grant)) {
        const QString id = QStringLiteral("field:") + f.key;
        const bool present = f.secret
                                 ? secretsPresent.contains(f.key)
                                 : !account.fields.value(f.key, f.defaultValue).trimmed().isEmpty();
        if (f.required && !present)
            add(id, tr("Enter %1.").arg(translatedLabel(f)));
        const QString value = account.fields.value(f.key);
        if (!f.secret && !f.choices.isEmpty() && !value.isEmpty() && !f.choices.contains(value))
            add(id, tr("%1 must be one of: %2.")
                        .arg(translatedLabel(f), f.choices.join(QStringLiteral(", "))));
    }
    for (auto it = account.fields.begin(); it != account.fields.end(); ++it) {
        // a field can travel as a header (UPS x-merchant-id): a line break would start another
        if (const auto problem = TextPolicy::validateField(it.key(), it.value()))
            add(QStringLiteral("field:") + it.key(), *problem);
        else if (isReservedParam(it.key()))
            add(QStringLiteral("field:") + it.key(),
                tr("%1 is set by TokenDock itself; remove it from the extra parameters.")
                    .arg(it.key()));
    }
    for (auto it = account.headers.begin(); it != account.headers.end(); ++it) {
        if (const auto problem = TextPolicy::validateHeaderName(it.key()))
            add(QStringLiteral("header:") + it.key(), *problem);
        else if (isReservedHeader(it.key().toLatin1()))
            add(QStringLiteral("header:") + it.key(),
                tr("The %1 header is set by TokenDock itself.").arg(it.key()));
        else if (const auto valueProblem = TextPolicy::validateHeaderValue(it.key(), it.value()))
            add(QStringLiteral("header:") + it.key(), *valueProblem);
    }
    return issues;
}

QStringList AccountRequest::warnings(const Account& account, const CarrierPreset* preset)
{
    QStringList out;
    if (!preset)
        return out;
    const QUrl url(resolvedUrl(account, preset));
    for (const DeprecatedPath& d : preset->deprecatedPaths) {
        if (url.path().endsWith(d.path))
            out << tr("%1 is deprecated; use %2 instead.").arg(d.path, d.replacement);
    }
    const CarrierEnvironment* env = preset->environment(account.environmentId);
    if (env && env->unconfirmed && account.tokenUrl.isEmpty())
        out << tr("This token URL is not confirmed by %1's documentation; check it against what "
                  "the carrier gave you.")
                   .arg(preset->name);
    return out;
}

std::optional<TokenRequestSpec> AccountRequest::build(const Account& account,
                                                      const CarrierPreset* preset,
                                                      const AccountSecrets& secrets, Failure* error)
{
    QSet<QString> present;
    if (!secrets.clientSecret.isEmpty())
        present.insert(QStringLiteral("client_secret"));
    for (auto it = secrets.fields.begin(); it != secrets.fields.end(); ++it) {
        if (!it.value().isEmpty())
            present.insert(it.key());
    }
    QList<ValidationIssue> issues = validate(account, preset, present);
    // the name never travels: an account kept from an older version with a
    // name TokenDock no longer accepts can still be tested
    issues.removeIf(
        [](const ValidationIssue& issue) { return issue.field == QLatin1String("name"); });
    if (!issues.isEmpty()) {
        if (error)
            *error =
                Failure::make(ErrorCategory::InvalidInput, Message::plain(issues.first().message));
        return std::nullopt;
    }

    TokenRequestSpec spec;
    spec.preset = preset;
    spec.url = QUrl(resolvedUrl(account, preset).trimmed(), QUrl::StrictMode);
    spec.encoding = preset->encoding;
    spec.placement = account.effectivePlacement(preset);
    spec.grantType = account.effectiveGrantType(preset);
    spec.clientId = account.clientId.trimmed();
    spec.clientSecret = secrets.clientSecret;

    const QList<CarrierField> applicable = preset->fieldsFor(spec.grantType);
    for (const CarrierField& f : applicable) {
        if (f.secret) {
            spec.secretBodyFields.append({f.key, secrets.fields.value(f.key)});
            continue;
        }
        const QString value = account.fields.value(f.key, f.defaultValue).trimmed();
        if (value.isEmpty())
            continue;
        if (f.location == FieldLocation::Body)
            spec.bodyFields.append({f.key, value});
        else if (f.location == FieldLocation::Header)
            spec.headers.append({f.key.toLatin1(), value.toUtf8()});
    }
    // extra parameters the preset does not know about travel in the body
    for (auto it = account.fields.begin(); it != account.fields.end(); ++it) {
        if (!preset->field(it.key()) && !it.value().isEmpty())
            spec.bodyFields.append({it.key(), it.value()});
    }
    for (auto it = account.headers.begin(); it != account.headers.end(); ++it)
        spec.headers.append({it.key().toLatin1(), it.value().toUtf8()});
    return spec;
}
