// SPDX-License-Identifier: Apache-2.0
#include "accountoptions.h"

#include "alignedrows.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "commandparser.h"
#include "redaction.h"
#include "secretinput.h"
#include "textpolicy.h"

namespace {
const QString kCarrier = QStringLiteral("carrier");
const QString kEnvironment = QStringLiteral("environment");
const QString kTokenUrl = QStringLiteral("token-url");
const QString kClientId = QStringLiteral("client-id");
const QString kAuth = QStringLiteral("auth");
const QString kExchange = QStringLiteral("exchange");
const QString kGrantType = QStringLiteral("grant-type");
const QString kParam = QStringLiteral("param");
const QString kHeader = QStringLiteral("header");
const QString kSecretStdin = QStringLiteral("secret-stdin");
const QString kName = QStringLiteral("name");

QString fieldLabel(const CarrierField& f)
{
    return carrierText(f.label);
}

// What the carrier calls the client secret ("MyEstes password").
QString clientSecretLabel(const CarrierPreset* preset)
{
    return preset && !preset->clientSecretLabel.isEmpty() ? carrierText(preset->clientSecretLabel)
                                                          : AccountOptions::tr("the client secret");
}

// KEY=VALUE; an empty VALUE is allowed (it removes the entry when editing).
bool splitPair(const QString& text, QString* key, QString* value)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    *key = text.left(eq).trimmed();
    *value = text.mid(eq + 1);
    return !key->isEmpty();
}
} // namespace

void AccountOptions::declare(CommandParser& parser, bool editing)
{
    const auto option = [&parser](const QString& name, const QString& description,
                                  const QString& valueName = {}) {
        parser.addOption(QCommandLineOption(name, description, valueName));
    };
    if (editing)
        option(kName, tr("Rename the account."), tr("NEW"));
    option(kCarrier, tr("The carrier preset (see \u201ctokendock carriers\u201d)."), tr("ID"));
    option(kEnvironment,
           tr("An environment id of the preset (default: its first), or “custom” "
              "together with --token-url."),
           tr("ENV"));
    option(kTokenUrl,
           tr("The token URL, in place of the preset's (https; http only to this computer)."),
           tr("URL"));
    option(kClientId, tr("The client id (API key)."), tr("ID"));
    option(kAuth,
           tr("How the client id and secret travel: “body”, “basic” (HTTP Basic) or "
              "“headers”, where the carrier accepts more than one."),
           tr("body|basic|headers"));
    option(kExchange,
           tr("For the generic preset: one part of a token exchange that is not textbook "
              "OAuth, e.g. request.method=GET, request.body=json|form|none, "
              "request.clientId=principal, request.grantType=none (no grant type sent), "
              "request.apiKeyHeader=x-api-key, response.token=data.token, "
              "response.tokenHeader=X-Token, response.expiresIn=ttl, response.expiresAt=expiry, "
              "use.header=X-Auth-Token, use.scheme=none (the bare token), use.apiKey=true. "
              "Repeatable; KEY= goes back to the default."),
           tr("KEY=VALUE"));
    option(kGrantType, tr("The grant type, for carriers that have several (FedEx)."), tr("TYPE"));
    option(kParam,
           tr("A preset field (e.g. clientrefnum, scope, child_Key, tenant) or an extra body "
              "parameter. Repeatable; KEY= removes it. Secret fields are read from standard "
              "input, never given here."),
           tr("KEY=VALUE"));
    option(kHeader, tr("An extra request header. Repeatable; KEY= removes it."), tr("KEY=VALUE"));
    declareKeys(parser);
    declareProbe(parser);
    declareSecretExpires(parser);
    option(kSecretStdin,
           editing ? tr("Read a new client secret from standard input (one line; an empty line "
                        "keeps the stored one), then one line per secret field of the preset, "
                        "e.g. FedEx child_secret. At a terminal you are asked without echo.")
                   : tr("Read the client secret from standard input (one line), then one line "
                        "per secret field of the preset, e.g. FedEx child_secret. Without it "
                        "you are asked at the terminal, without echo."));
}

bool AccountOptions::apply(const CommandParser& parser, CliSession& session, bool creating,
                           Account* account, Failure* error)
{
    if (!creating && parser.isSet(kName))
        account->name = parser.value(kName).trimmed();
    const CarrierPreset* preset = applyCarrier(parser, session, creating, account, error);
    return preset && applyConnection(parser, session, *preset, creating, account, error) &&
           applyShape(parser, session, *preset, account, error) &&
           applyParams(parser, session, *preset, account, error) &&
           applyHeaders(parser, session, account, error) &&
           applyKeys(parser, session, account, error) &&
           applyProbe(parser, session, *preset, account, error) &&
           applySecretExpires(parser, session, account, error);
}

const CarrierPreset* AccountOptions::applyCarrier(const CommandParser& parser, CliSession& session,
                                                  bool creating, Account* account, Failure* error)
{
    const CarrierCatalog& catalog = session.catalog();
    if (parser.isSet(kCarrier)) {
        const QString id = parser.value(kCarrier).trimmed();
        const CarrierPreset* preset = catalog.find(id);
        if (!preset) {
            *error = CliSession::failure(
                ErrorCategory::InvalidInput,
                tr("TokenDock knows no carrier \u201c%1\u201d.").arg(id),
                tr("Run \u201ctokendock carriers\u201d to see the carrier ids."));
            return nullptr;
        }
        if (preset->id != account->carrierId) {
            // settings that only meant something to the previous carrier go with it
            if (const CarrierPreset* previous = catalog.find(account->carrierId)) {
                for (const CarrierField& f : previous->fields) {
                    if (!preset->field(f.key))
                        account->fields.remove(f.key);
                }
            }
            account->carrierId = preset->id;
            account->environmentId = preset->environments.value(0).id;
            account->tokenUrl.clear();
            if (!preset->grantTypes.contains(account->grantType))
                account->grantType.clear();
            if (account->placement && !preset->allows(*account->placement))
                account->placement.reset();
        }
    }
    const CarrierPreset* preset = catalog.find(account->carrierId);
    if (!preset) {
        *error = CliSession::failure(
            ErrorCategory::InvalidInput,
            creating ? tr("Choose the carrier with --carrier ID.")
                     : tr("The account uses the carrier \u201c%1\u201d, which TokenDock does "
                          "not know; choose one with --carrier ID.")
                           .arg(account->carrierId),
            tr("Run \u201ctokendock carriers\u201d to see the carrier ids."));
        return nullptr;
    }
    return preset;
}

bool AccountOptions::applyConnection(const CommandParser& parser, CliSession& session,
                                     const CarrierPreset& preset, bool creating, Account* account,
                                     Failure* error)
{
    const auto fail = [&](const QString& message) {
        *error = session.usage(message);
        return false;
    };
    if (creating && account->environmentId.isEmpty())
        account->environmentId = preset.environments.value(0).id;
    if (parser.isSet(kEnvironment)) {
        const QString env = parser.value(kEnvironment).trimmed();
        if (env != Account::kCustomEnvironment && !preset.environment(env)) {
            QStringList ids;
            for (const CarrierEnvironment& e : preset.environments)
                ids << e.id;
            ids << Account::kCustomEnvironment;
            return fail(tr("%1 has no environment \u201c%2\u201d; choose one of: %3.")
                            .arg(preset.name, env, ids.join(QStringLiteral(", "))));
        }
        account->environmentId = env;
    }
    if (parser.isSet(kTokenUrl))
        account->tokenUrl = parser.value(kTokenUrl).trimmed();
    if (account->environmentId == Account::kCustomEnvironment && account->tokenUrl.isEmpty())
        return fail(tr("The custom environment needs a token URL: add --token-url URL."));
    if (parser.isSet(kClientId))
        account->clientId = parser.value(kClientId).trimmed();
    if (parser.isSet(kAuth)) {
        const QString auth = parser.value(kAuth).trimmed().toLower();
        if (auth == QLatin1String("body"))
            account->placement = CredentialPlacement::Body;
        else if (auth == QLatin1String("basic"))
            account->placement = CredentialPlacement::Basic;
        else if (auth == QLatin1String("headers"))
            account->placement = CredentialPlacement::Headers;
        else
            return fail(tr("--auth takes “body”, “basic” or “headers”, not “%1”.")
                            .arg(TextPolicy::oneLine(auth)));
    }
    if (parser.isSet(kGrantType))
        account->grantType = parser.value(kGrantType).trimmed();

    return true;
}

bool AccountOptions::applyParams(const CommandParser& parser, CliSession& session,
                                 const CarrierPreset& preset, Account* account, Failure* error)
{
    const auto fail = [&](const QString& message) {
        *error = session.usage(message);
        return false;
    };
    for (const QString& pair : parser.values(kParam)) {
        QString key;
        QString value;
        if (!splitPair(pair, &key, &value))
            return fail(tr("--param takes KEY=VALUE, not \u201c%1\u201d.").arg(pair));
        const CarrierField* field = preset.field(key);
        if (key == QLatin1String("client_secret") || (field && field->secret)) {
            const QString grant = account->effectiveGrantType(&preset);
            const QString where =
                !field || field->appliesTo(grant)
                    ? tr("Give it on standard input with --secret-stdin (%1).")
                          .arg(stdinLayout(*account, session.catalog()))
                    : tr("It is only sent with the grant types %1: choose one with --grant-type, "
                         "then give it on standard input with --secret-stdin.")
                          .arg(field->grantTypes.join(QStringLiteral(", ")));
            *error = CliSession::failure(
                ErrorCategory::InvalidInput,
                tr("%1 is a secret, so TokenDock does not take it on the command line.").arg(key),
                where);
            return false;
        }
        if (!field && Redaction::isSensitiveField(key))
            return fail(tr("%1 looks like a secret; TokenDock keeps extra parameters in its "
                           "account file, never secrets.")
                            .arg(key));
        if (const auto problem = TextPolicy::validateField(key, value.trimmed()))
            return fail(*problem);
        if (value.trimmed().isEmpty())
            account->fields.remove(key);
        else
            account->fields.insert(key, value.trimmed());
    }
    return true;
}

bool AccountOptions::applyHeaders(const CommandParser& parser, CliSession& session,
                                  Account* account, Failure* error)
{
    const auto fail = [&](const QString& message) {
        *error = session.usage(message);
        return false;
    };
    for (const QString& pair : parser.values(kHeader)) {
        QString key;
        QString value;
        if (!splitPair(pair, &key, &value))
            return fail(tr("--header takes KEY=VALUE, not \u201c%1\u201d.").arg(pair));
        if (const auto problem = TextPolicy::validateHeaderName(key))
            return fail(*problem);
        if (const auto problem = TextPolicy::validateHeaderValue(key, value.trimmed()))
            return fail(*problem);
        if (value.trimmed().isEmpty())
            account->headers.remove(key);
        else
            account->headers.insert(key, value.trimmed());
    }
    return true;
}

QString AccountOptions::stdinLayout(const Account& account, const CarrierCatalog& catalog)
{
    const CarrierPreset* preset = catalog.find(account.carrierId);
    QStringList lines{tr("line 1: %1").arg(clientSecretLabel(preset))};
    int number = 2;
    for (const CarrierField& f : AccountRequest::secretFields(account, preset))
        lines << tr("line %1: %2").arg(number++).arg(fieldLabel(f));
    return lines.join(QStringLiteral("; "));
}

QSet<QString> AccountOptions::allSecretKeys(const Account& account, const CarrierCatalog& catalog)
{
    QSet<QString> keys{QStringLiteral("client_secret")};
    const CarrierPreset* preset = catalog.find(account.carrierId);
    for (const CarrierField& f : AccountRequest::secretFields(account, preset))
        keys.insert(f.key);
    return keys;
}

QSet<QString> AccountOptions::presentKeys(const AccountSecrets& secrets)
{
    QSet<QString> keys;
    if (!secrets.clientSecret.isEmpty())
        keys.insert(QStringLiteral("client_secret"));
    for (auto it = secrets.fields.begin(); it != secrets.fields.end(); ++it) {
        if (!it.value().isEmpty())
            keys.insert(it.key());
    }
    return keys;
}

bool AccountOptions::readSecrets(const Account& account, CliSession& session, bool editing,
                                 AccountSecrets* secrets, Failure* error)
{
    const CarrierPreset* preset = session.catalog().find(account.carrierId);
    const QString keep = editing ? tr(" (Enter keeps the stored one)") : QString();
    const auto read = [&](const QString& prompt, SecretBytes* into) {
        SecretInput::Line line =
            SecretInput::readSecret(AlignedRows::labelled(prompt + keep) + QLatin1Char(' '));
        switch (line.status) {
        case SecretInput::Status::Ok:
            *into = std::move(line.value);
            return true;
        case SecretInput::Status::EndOfInput:
            return true; // validation names what is missing
        case SecretInput::Status::TooLong:
            *error = session.usage(tr("A line on standard input is longer than %1 KiB; that is "
                                      "not a secret TokenDock can use.")
                                       .arg(SecretInput::kMaxLineBytes / 1024));
            return false;
        case SecretInput::Status::Failed:
            break;
        }
        *error =
            CliSession::failure(ErrorCategory::Internal, tr("Standard input could not be read."),
                                tr("Pipe the secret in with --secret-stdin, or run the "
                                   "command in a terminal."));
        return false;
    };
    const QString secretName = preset && !preset->clientSecretLabel.isEmpty()
                                   ? carrierText(preset->clientSecretLabel)
                                   : tr("Client secret");
    if (!read(tr("%1 for %2").arg(secretName, TextPolicy::oneLine(account.name)),
              &secrets->clientSecret))
        return false;
    for (const CarrierField& f : AccountRequest::secretFields(account, preset)) {
        SecretBytes value;
        if (!read(tr("%1 for %2").arg(fieldLabel(f), TextPolicy::oneLine(account.name)), &value))
            return false;
        if (!value.isEmpty())
            secrets->fields.insert(f.key, value);
    }
    return true;
}

bool AccountOptions::validate(const Account& account, const QSet<QString>& secretsPresent,
                              CliSession& session, Failure* error)
{
    const CarrierPreset* preset = session.catalog().find(account.carrierId);
    const QList<ValidationIssue> issues = AccountRequest::validate(account, preset, secretsPresent);
    if (issues.isEmpty())
        return true;
    QStringList messages;
    QStringList options;
    bool secretMissing = false;
    for (const ValidationIssue& issue : issues) {
        messages << issue.message;
        const QString& f = issue.field;
        const QString key = f.section(QLatin1Char(':'), 1);
        const CarrierField* field = preset ? preset->field(key) : nullptr;
        if (f == QLatin1String("client_secret") || (field && field->secret) ||
            key == CarrierPreset::kApiKeyField)
            secretMissing = true;
        else if (f == QLatin1String("token_url"))
            options << QStringLiteral("--token-url");
        else if (f == QLatin1String("client_id"))
            options << QStringLiteral("--client-id");
        else if (f == QLatin1String("environment"))
            options << QStringLiteral("--environment");
        else if (f == QLatin1String("grant_type"))
            options << QStringLiteral("--grant-type");
        else if (f == QLatin1String("credentials"))
            options << QStringLiteral("--auth");
        else if (f == QLatin1String("shape"))
            options << QStringLiteral("--exchange");
        else if (f.startsWith(QLatin1String("field:")))
            options << QStringLiteral("--param %1=VALUE").arg(key);
        else if (f.startsWith(QLatin1String("header:")))
            options << QStringLiteral("--header");
        else if (f == QLatin1String("name"))
            options << QStringLiteral("--name ") + tr("NEW");
    }
    QString hint;
    if (!options.isEmpty())
        hint = tr("Set it with %1.").arg(options.join(QStringLiteral(", ")));
    if (secretMissing)
        hint += (hint.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("Give secrets on standard input with --secret-stdin (%1).")
                    .arg(stdinLayout(account, session.catalog()));
    *error = CliSession::failure(ErrorCategory::InvalidInput, messages.join(QLatin1Char(' ')),
                                 hint.isEmpty() ? session.usage({}).hint.text() : hint);
    return false;
}
