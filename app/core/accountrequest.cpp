// SPDX-License-Identifier: Apache-2.0
#include "accountrequest.h"

#include "jsontext.h"
#include "textpolicy.h"
#include "urlpolicy.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <openssl/evp.h>

namespace {
// OpenSSL's, not QCryptographicHash: the same digest, several times quicker
// where the CPU hashes SHA-256 itself, and list --json takes thousands
QByteArray sha256Hex(const QByteArray& text)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(text.constData(), size_t(text.size()), digest, &size, EVP_sha256(), nullptr) !=
        1)
        return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
    return QByteArray(reinterpret_cast<const char*>(digest), int(size)).toHex();
}

QString translatedLabel(const CarrierField& f)
{
    return QCoreApplication::translate("carriers", f.label.toUtf8().constData());
}

// A field's value into the request: body or header, secret or not, and the
// headers API calls need kept with the spec for the token.
void addFields(const Account& account, const QList<CarrierField>& fields,
               const AccountSecrets& secrets, TokenRequestSpec* spec)
{
    for (const CarrierField& f : fields) {
        const QByteArray name = f.wireName().toUtf8();
        if (f.secret) {
            const SecretBytes value = secrets.fields.value(f.key);
            if (f.location == FieldLocation::Header)
                spec->secretHeaders.append({name, value});
            else
                spec->secretBodyFields.append({f.wireName(), value});
            if (f.apiCalls)
                spec->apiHeaders.append({name, value});
            continue;
        }
        const QString value = f.sameAs == QLatin1String("client_id") ? account.clientId.trimmed()
                              : f.fixed                              ? f.defaultValue
                                        : account.fields.value(f.key, f.defaultValue).trimmed();
        if (value.isEmpty())
            continue;
        if (f.location == FieldLocation::Body)
            spec->bodyFields.append({f.wireName(), value});
        else if (f.location == FieldLocation::Header)
            spec->headers.append({name, value.toUtf8()});
        if (f.apiCalls)
            spec->apiHeaders.append({name, SecretBytes(value.toUtf8())});
    }
}

// What the exchange itself gets wrong: body credentials or fields with no body
// to carry them, a credential under a header TokenDock sets itself.
void addExchangeIssues(const Account& account, const CarrierPreset& preset,
                       QList<ValidationIssue>* issues)
{
    const ExchangeShape own = AccountRequest::shape(account, &preset);
    const auto inBody = [&preset](const QString& key) {
        const CarrierField* f = preset.field(key);
        return !f || f->location == FieldLocation::Body; // extra parameters go in the body
    };
    const QStringList keys = account.fields.keys();
    if (own.body == BodyEncoding::None &&
        (account.effectivePlacement(&preset) == CredentialPlacement::Body ||
         std::any_of(keys.cbegin(), keys.cend(), inBody)))
        issues->append({QStringLiteral("shape"),
                        AccountRequest::tr("This exchange sends no request body, so nothing can "
                                           "travel in it: send the credentials in HTTP Basic or "
                                           "headers, or choose a form or JSON body.")});
    if (const auto problem = own.headerNameProblem())
        issues->append({QStringLiteral("shape"), *problem});
}

bool isReservedParam(const QString& key, const ExchangeShape& shape)
{
    return key == shape.grantTypeName || key == shape.clientIdName || key == shape.clientSecretName;
}
} // namespace

QString AccountRequest::placementAdvice(const CarrierPreset& preset)
{
    switch (preset.defaultPlacement) {
    case CredentialPlacement::Body:
        return tr("%1 expects the client credentials in the request body.").arg(preset.name);
    case CredentialPlacement::Basic:
        return tr("%1 expects the client credentials in HTTP Basic authentication.")
            .arg(preset.name);
    case CredentialPlacement::Headers:
        return tr("%1 expects the client credentials in the %2 and %3 headers.")
            .arg(preset.name, preset.shape.clientIdName, preset.shape.clientSecretName);
    }
    return {};
}

QString AccountRequest::resolvedUrl(const Account& account, const CarrierPreset* preset)
{
    return filled(account.effectiveTokenUrl(preset), account, preset);
}

QString AccountRequest::filled(QString url, const Account& account, const CarrierPreset* preset)
{
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
    // The compact JSON of the account's settings, keys sorted, as
    // QJsonDocument wrote it from Account::toJson() less its bookkeeping
    // (id, name, dates, keep_fresh, the keys that check a signature):
    // written straight, as building a QJsonObject per account cost list
    // --json more than reading the list. tst_accountrequest compares the
    // two. A new setting in Account::toJson() belongs here too.
    QByteArray text;
    text.reserve(512);
    bool first = true;
    const auto key = [&text, &first](const char* name) {
        text += first ? "{\"" : ",\"";
        first = false;
        text += name;
        text += "\":";
    };
    const auto string = [&text, &key](const char* name, const QString& value) {
        key(name);
        JsonText::appendString(text, value);
    };
    const auto map = [&text, &key](const char* name, const QMap<QString, QString>& values) {
        key(name); // a QMap's order is QJsonObject's: UTF-16 code units
        char separator = '{';
        for (auto it = values.begin(); it != values.end(); ++it) {
            text += separator;
            separator = ',';
            JsonText::appendString(text, it.key());
            text += ':';
            JsonText::appendString(text, it.value());
        }
        text += '}';
    };
    const auto object = [&text, &key](const char* name, const QJsonObject& value) {
        key(name);
        text += QJsonDocument(value).toJson(QJsonDocument::Compact);
    };
    string("carrier", account.carrierId);
    string("client_id", account.clientId);
    if (account.placement)
        string("credentials", placementId(*account.placement));
    string("effective_credentials", placementId(account.effectivePlacement(preset)));
    string("effective_grant", account.effectiveGrantType(preset));
    string("environment", account.environmentId);
    if (!account.fields.isEmpty())
        map("fields", account.fields);
    if (!account.grantType.isEmpty())
        string("grant_type", account.grantType);
    if (!account.headers.isEmpty())
        map("headers", account.headers);
    if (account.probe.isSet())
        object("probe", account.probe.toJson());
    if (!account.probeOn) {
        key("probe_off");
        text += "true";
    }
    string("resolved_url", resolvedUrl(account, preset));
    if (!account.shape.isEmpty())
        object("shape", account.shape);
    if (!account.tokenUrl.isEmpty())
        string("token_url", account.tokenUrl);
    text += '}';
    return sha256Hex(text);
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
           a.clientId == b.clientId && shape(a, presetA) == shape(b, presetB) &&
           secretPlaces(a, presetA) == secretPlaces(b, presetB);
}

QStringList AccountRequest::secretPlaces(const Account& account, const CarrierPreset* preset)
{
    // where each secret field travels: a preset that moves one (or puts it on
    // every API call) sends the secret somewhere new
    QStringList out;
    for (const CarrierField& f : secretFields(account, preset))
        out << f.key + QLatin1Char('|') + f.wireName() + QLatin1Char('|') +
                   fieldLocationId(f.location) + (f.apiCalls ? QStringLiteral("|api") : QString());
    return out;
}

ExchangeShape AccountRequest::shape(const Account& account, const CarrierPreset* preset)
{
    ExchangeShape out = preset ? preset->shape : ExchangeShape();
    // checked when the account was read: a shape that does not apply is ignored whole
    if (preset && preset->customShape && !account.shape.isEmpty()) {
        ExchangeShape own = out;
        if (!own.apply(account.shape))
            out = own;
    }
    return out;
}

QList<CarrierField> AccountRequest::fields(const Account& account, const CarrierPreset* preset)
{
    if (!preset)
        return {};
    const ExchangeShape s = shape(account, preset);
    return preset->fieldsFor(account.effectiveGrantType(preset), &s);
}

QList<CarrierField> AccountRequest::secretFields(const Account& account,
                                                 const CarrierPreset* preset)
{
    QList<CarrierField> out;
    for (const CarrierField& f : fields(account, preset)) {
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
        add(QStringLiteral("client_id"),
            preset->clientIdLabel.isEmpty()
                ? tr("Enter the client id.")
                : tr("Enter %1.").arg(carrierText(preset->clientIdLabel)));
    else if (const auto problem = TextPolicy::validateClientId(account.clientId))
        add(QStringLiteral("client_id"), *problem);
    if (!secretsPresent.contains(QStringLiteral("client_secret")))
        add(QStringLiteral("client_secret"),
            preset->clientSecretLabel.isEmpty()
                ? tr("Enter the client secret.")
                : tr("Enter %1.").arg(carrierText(preset->clientSecretLabel)));
    if (!account.grantType.isEmpty() && !preset->grantTypes.contains(account.grantType))
        add(QStringLiteral("grant_type"),
            tr("%1 does not accept the grant type %2.").arg(preset->name, account.grantType));
    if (account.placement && !preset->allows(*account.placement))
        add(QStringLiteral("credentials"), placementAdvice(*preset));
    addExchangeIssues(account, *preset, &issues);

    for (const CarrierField& f : fields(account, preset)) {
        if (!f.entered())
            continue;
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
        else if (isReservedParam(it.key(), shape(account, preset)))
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
    spec.shape = shape(account, preset);
    spec.placement = account.effectivePlacement(preset);
    spec.grantType = account.effectiveGrantType(preset);
    spec.clientId = account.clientId.trimmed();
    spec.clientSecret = secrets.clientSecret;
    addFields(account, fields(account, preset), secrets, &spec);
    // extra parameters the preset does not know about travel in the body
    for (auto it = account.fields.begin(); it != account.fields.end(); ++it) {
        if (!preset->field(it.key()) && !it.value().isEmpty())
            spec.bodyFields.append({it.key(), it.value()});
    }
    for (auto it = account.headers.begin(); it != account.headers.end(); ++it)
        spec.headers.append({it.key().toLatin1(), it.value().toUtf8()});
    return spec;
}
