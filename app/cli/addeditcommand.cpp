// SPDX-License-Identifier: Apache-2.0
// tokendock add NAME ... | tokendock edit NAME ...
#include "accountservice.h"
#include "appservices.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "commandparser.h"
#include "commands.h"
#include "profileoptions.h"
#include "secretinput.h"
#include "textpolicy.h"

namespace {
const QString kSecretStdin = QStringLiteral("secret-stdin");

int save(CliSession& session, const std::function<void(AccountService::Done)>& call,
         const Profile& profile, const QString& doneText)
{
    AccountResult result;
    session.wait([&](auto quit) {
        call([&result, quit](const AccountResult& r) {
            result = r;
            quit();
        });
    });
    if (!result.ok())
        return session.fail(
            session.forCommandLine(TokenError::make(result.category, result.message)));
    const CarrierPreset* preset = CarrierCatalog::builtin().find(profile.carrierId);
    const QString url = ProfileRequest::resolvedUrl(profile, preset);
    CliSession::out(
        doneText + QLatin1Char(' ') +
        AddEditCommand::tr("Carrier %1, environment %2, token URL %3.")
            .arg(preset ? preset->name : profile.carrierId, profile.environmentLabel(preset), url) +
        QLatin1Char('\n'));
    for (const QString& warning : ProfileRequest::warnings(profile, preset))
        CliSession::err(AddEditCommand::tr("Note: %1").arg(warning) + QLatin1Char('\n'));
    return 0;
}
} // namespace

int AddEditCommand::runAdd(CliSession& session)
{
    CommandParser parser(session,
                         tr("Adds an account. The client secret is read from standard input "
                            "(--secret-stdin) or asked for at the terminal, never taken from an "
                            "argument. The settings are checked as the desktop app checks them."));
    parser.addArgument(QStringLiteral("NAME"), tr("A name for the account, e.g. acme-banyan."));
    ProfileOptions::declare(parser, false);
    if (const auto exit = parser.parse(1, 1, tr("Give the account a name.")))
        return *exit;
    if (!parser.isSet(QStringLiteral("carrier")))
        return session.fail(session.usage(tr(
            "Choose the carrier with --carrier ID (\u201ctokendock carriers\u201d lists them).")));
    if (!parser.isSet(QStringLiteral("client-id")))
        return session.fail(session.usage(tr("Give the client id with --client-id ID.")));
    TokenError error;
    if (!session.storeReadable(&error))
        return session.fail(error);

    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = parser.arguments().constFirst().trimmed();
    if (!ProfileOptions::apply(parser, session, true, &profile, &error))
        return session.fail(error);
    QString problem;
    if (!session.services().profiles()->canSave(profile, &problem))
        return session.fail(session.usage(problem));
    // settings first, so nobody types a secret for an account that cannot be saved
    if (!ProfileOptions::validate(profile, ProfileOptions::allSecretKeys(profile), session, &error))
        return session.fail(error);

    if (!parser.isSet(kSecretStdin) && !SecretInput::stdinIsTerminal())
        return session.fail(TokenError::make(
            ErrorCategory::InvalidInput,
            tr("No client secret: standard input is not a terminal and --secret-stdin was not "
               "given."),
            tr("Pipe the secret in, e.g. printf '%s\\n' \"$SECRET\" | tokendock add %1 \u2026 "
               "--secret-stdin; TokenDock never takes a secret from an argument.")
                .arg(profile.name)));
    ProfileSecrets secrets;
    if (!ProfileOptions::readSecrets(profile, session, false, &secrets, &error))
        return session.fail(error);
    if (!ProfileOptions::validate(profile, ProfileOptions::presentKeys(secrets), session, &error))
        return session.fail(error);

    AccountService* accounts = session.services().accounts();
    return save(
        session,
        [&](AccountService::Done done) { accounts->create(profile, secrets, &session, done); },
        profile,
        tr("Added \u201c%1\u201d; its secret is in %2.")
            .arg(profile.name, session.services().secrets()->backendName()));
}

int AddEditCommand::runEdit(CliSession& session)
{
    CommandParser parser(
        session, tr("Changes an account. Options not given stay as they are. A new secret is "
                    "read from standard input with --secret-stdin."));
    parser.addArgument(QStringLiteral("NAME"), tr("The account to change."));
    ProfileOptions::declare(parser, true);
    if (const auto exit = parser.parse(1, 1, tr("Name the account to change.")))
        return *exit;
    TokenError error;
    const Profile* existing = session.findProfile(parser.arguments().constFirst(), &error);
    if (!existing)
        return session.fail(error);
    const Profile before = *existing;
    Profile profile = before;
    if (!ProfileOptions::apply(parser, session, false, &profile, &error))
        return session.fail(error);
    // a new name is checked before anyone types a secret
    QString problem;
    if (!session.services().profiles()->canSave(profile, &problem))
        return session.fail(session.usage(problem));
    const CarrierPreset* preset = CarrierCatalog::builtin().find(profile.carrierId);
    const CarrierPreset* previous = CarrierCatalog::builtin().find(before.carrierId);
    // stored secret fields still fit unless the carrier or grant type changed
    const bool sameSecretFields =
        before.carrierId == profile.carrierId &&
        before.effectiveGrantType(previous) == profile.effectiveGrantType(preset);
    QSet<QString> stored{QStringLiteral("client_secret")};
    if (sameSecretFields)
        stored = ProfileOptions::allSecretKeys(profile);
    if (!ProfileOptions::validate(profile, ProfileOptions::allSecretKeys(profile), session, &error))
        return session.fail(error);

    ProfileSecrets changes;
    if (parser.isSet(kSecretStdin) &&
        !ProfileOptions::readSecrets(profile, session, true, &changes, &error))
        return session.fail(error);
    if (!ProfileOptions::validate(profile, stored + ProfileOptions::presentKeys(changes), session,
                                  &error))
        return session.fail(error);
    if (profile.toJson() == before.toJson() && ProfileOptions::presentKeys(changes).isEmpty())
        return session.fail(session.usage(
            tr("Nothing to change for \u201c%1\u201d.").arg(TextPolicy::oneLine(before.name))));

    AccountService* accounts = session.services().accounts();
    const QString text = changes.clientSecret.isEmpty()
                             ? tr("Updated \u201c%1\u201d.").arg(TextPolicy::oneLine(profile.name))
                             : tr("Updated \u201c%1\u201d; its new secret is in %2.")
                                   .arg(TextPolicy::oneLine(profile.name),
                                        session.services().secrets()->backendName());
    return save(
        session,
        [&](AccountService::Done done) { accounts->update(profile, changes, &session, done); },
        profile, text);
}
