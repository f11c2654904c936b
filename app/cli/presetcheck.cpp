// SPDX-License-Identifier: Apache-2.0
#include "presetcheck.h"

#include "accountrequest.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "sandboxserver.h"
#include "textpolicy.h"
#include "tokenclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

const QString kGeneric = QStringLiteral("oauth2");

// An account on the preset that the sandbox's generic emulation accepts:
// its client, and each field the preset asks for filled as a person might.
void fillForSandbox(const SandboxServer& sandbox, const CarrierPreset& preset, Account* account,
                    AccountSecrets* secrets)
{
    const auto creds = sandbox.credentials(kGeneric);
    account->name = preset.id + QStringLiteral(" check");
    account->carrierId = preset.id;
    account->environmentId = Account::kCustomEnvironment;
    account->tokenUrl = sandbox.tokenUrl(kGeneric).toString();
    account->clientId = QString::fromUtf8(creds.clientId);
    account->grantType = preset.grantTypes.contains(QStringLiteral("client_credentials"))
                             ? QStringLiteral("client_credentials")
                             : QStringLiteral("password");
    secrets->clientSecret = SecretBytes(creds.clientSecret);
    for (const CarrierField& f : AccountRequest::fields(*account, &preset)) {
        if (!f.entered())
            continue;
        QByteArray value = creds.fields.value(f.wireName());
        if (value.isEmpty())
            value = (f.defaultValue.isEmpty() ? (f.choices.isEmpty() ? QStringLiteral("sandbox")
                                                                     : f.choices.constFirst())
                                              : f.defaultValue)
                        .toUtf8();
        if (f.secret)
            secrets->fields.insert(f.key, SecretBytes(value));
        else
            account->fields.insert(f.key, QString::fromUtf8(value));
    }
}

// Asks the sandbox for a token through the preset's rules; a line for people.
std::optional<QString> tryOnSandbox(CliSession& session, const CarrierPreset& preset,
                                    QString* problem)
{
    SandboxServer sandbox;
    if (!sandbox.start()) {
        *problem = PresetCheck::tr("the sandbox could not start on this computer.");
        return std::nullopt;
    }
    Account account;
    account.id = QUuid::createUuid();
    AccountSecrets secrets;
    fillForSandbox(sandbox, preset, &account, &secrets);
    Failure error;
    const auto spec = AccountRequest::build(account, &preset, secrets, &error);
    if (!spec) {
        *problem = error.message.text();
        return std::nullopt;
    }
    TokenResult result;
    session.wait([&](auto done) {
        TokenReply* reply = session.tokenClient()->fetch(*spec);
        QObject::connect(reply, &TokenReply::finished, reply, [&, done](const TokenResult& r) {
            result = r;
            done();
        });
    });
    if (!result.ok()) {
        *problem = result.error.message.text();
        return std::nullopt;
    }
    result.token.apiHeaders = spec->apiHeaders;
    QStringList headers;
    for (const auto& h : result.token.headers())
        headers << h.first;
    return PresetCheck::tr("a token came back through its request and answer rules (expiry "
                           "from %1); API calls would send %2.")
        .arg(expirySourceId(result.token.expirySource()), headers.join(QStringLiteral(", ")));
}

} // namespace

QString PresetCheck::whyNotTried(const CarrierPreset& preset)
{
    const ExchangeShape& s = preset.shape;
    if (s.method != HttpMethod::Post || s.body != BodyEncoding::Form)
        return tr("its request is not a form POST");
    if (s.grantTypeName != QLatin1String("grant_type") ||
        s.clientIdName != QLatin1String("client_id") ||
        s.clientSecretName != QLatin1String("client_secret"))
        return tr("it names the grant type or the credentials its own way");
    if (!preset.allows(CredentialPlacement::Body) && !preset.allows(CredentialPlacement::Basic))
        return tr("its credentials travel in headers");
    if (s.tokenInHeader() || s.tokenPath != QLatin1String("access_token"))
        return tr("its answer keeps the token somewhere other than access_token");
    if (!preset.grantTypes.contains(QStringLiteral("client_credentials")) &&
        !preset.grantTypes.contains(QStringLiteral("password")))
        return tr("it uses none of the grant types client_credentials and password");
    return {};
}

int PresetCheck::run(CliSession& session, const QString& path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).size() > PresetFiles::kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return session.fail(CliSession::failure(
            ErrorCategory::None, tr("%1 cannot be read as a preset file (%2).")
                                     .arg(TextPolicy::oneLine(shown),
                                          file.isOpen() ? tr("too large") : file.errorString())));
    PresetFileProblem problem;
    const auto preset = PresetFiles::read(file.read(PresetFiles::kMaxFileBytes), shown,
                                          PresetOrigin::User, &problem);
    if (!preset)
        return session.fail(CliSession::failure(
            ErrorCategory::None, TextPolicy::oneLine(problem.text()),
            tr("Fix that line and run the check again; carrier-preset.schema.json in "
               "/usr/share/doc/tokendock lists "
               "every key.")));
    const CarrierPreset* taken = session.catalog().find(preset->id);
    const bool thisFile = taken && QFileInfo(taken->sourceFile) == QFileInfo(path);
    if (taken && !thisFile) {
        if (const auto clash = PresetFiles::clash(session.catalog(), *preset))
            return session.fail(CliSession::failure(
                ErrorCategory::None, TextPolicy::oneLine(shown + QStringLiteral(": ") + *clash)));
    }
    CliSession::out(
        tr("%1: a valid preset, \u201c%2\u201d (%3).")
            .arg(TextPolicy::oneLine(shown), preset->id, TextPolicy::oneLine(preset->name)) +
        QLatin1Char('\n'));
    const QString why = whyNotTried(*preset);
    if (!why.isEmpty()) {
        CliSession::out(tr("Sandbox: not tried, because %1; the sandbox's generic emulation "
                           "speaks plain OAuth 2.0.")
                            .arg(why) +
                        QLatin1Char('\n'));
        return 0;
    }
    QString refused;
    const auto tried = tryOnSandbox(session, *preset, &refused);
    if (!tried)
        return session.fail(CliSession::failure(
            ErrorCategory::None, tr("Sandbox: no token through this preset: %1").arg(refused),
            tr("Check the preset's fields and answer rules against the carrier's docs.")));
    CliSession::out(tr("Sandbox: %1").arg(*tried) + QLatin1Char('\n'));
    return 0;
}
