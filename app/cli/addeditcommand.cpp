// SPDX-License-Identifier: Apache-2.0
// tokendock add NAME ... | tokendock edit NAME ...
#include "accountoptions.h"
#include "accountservice.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "commandparser.h"
#include "commands.h"
#include "pastedcredentials.h"
#include "secretinput.h"
#include "secretstore.h"
#include "textpolicy.h"

namespace {
const QString kSecretStdin = QStringLiteral("secret-stdin");
const QString kFromStdin = QStringLiteral("from-stdin");

int save(CliSession& session, const std::function<void(AccountService::Done)>& call,
         const Account& account, const QString& doneText)
{
    Failure result;
    session.wait([&](auto quit) {
        call([&result, quit](const Failure& r) {
            result = r;
            quit();
        });
    });
    if (!result.ok())
        return session.fail(session.forCommandLine(result));
    const CarrierPreset* preset = session.catalog().find(account.carrierId);
    const QString url = AccountRequest::resolvedUrl(account, preset);
    CliSession::out(
        doneText + QLatin1Char(' ') +
        AddEditCommand::tr("Carrier %1, environment %2, token URL %3.")
            .arg(preset ? preset->name : account.carrierId, account.environmentLabel(preset), url) +
        QLatin1Char('\n'));
    for (const QString& warning : AccountRequest::warnings(account, preset))
        CliSession::err(AddEditCommand::tr("Note: %1").arg(warning) + QLatin1Char('\n'));
    return 0;
}
int create(CliSession& session, const Account& account, const AccountSecrets& secrets)
{
    AccountService* accounts = session.accounts();
    return save(
        session,
        [&](AccountService::Done done) { accounts->create(account, secrets, &session, done); },
        account,
        AddEditCommand::tr("Added \u201c%1\u201d; its secret is in %2.")
            .arg(account.name, session.secrets()->backendName()));
}

} // namespace

int AddEditCommand::addFromText(CliSession& session, const CommandParser& parser)
{
    if (parser.isSet(kSecretStdin))
        return session.fail(session.usage(
            tr("--from-stdin reads the secret from the text: leave out --secret-stdin.")));
    Failure error;
    if (!session.storeReadable(&error))
        return session.fail(error);
    const SecretInput::Line text = SecretInput::readText(
        tr("Paste what the carrier sent, then press Ctrl+D on a line of its own:") +
            QLatin1Char(' '),
        PastedText::kMaxChars);
    if (text.status == SecretInput::Status::TooLong)
        return session.fail(session.usage(
            tr("The text is longer than any credentials are; paste only the part with the id "
               "and secret.")));
    if (text.status != SecretInput::Status::Ok)
        return session.fail(session.usage(
            tr("Nothing came on standard input. Pipe in what the carrier sent, e.g. tokendock "
               "add --from-stdin < onboarding.txt")));
    const CarrierCatalog& catalog = session.catalog();
    const PastedCredentials pasted =
        PastedText::read(QString::fromUtf8(text.value.expose()), catalog);
    if (pasted.ambiguous)
        return session.fail(session.usage(
            tr("The text holds two different client ids or secrets, so TokenDock took none. "
               "Pipe in only the part for the one account.")));
    if (!pasted.found())
        return session.fail(session.usage(
            tr("Nothing in the text looks like a client id or secret. TokenDock reads curl and "
               "HTTPie commands, HTTP requests, JSON, .env lines and e-mail lines such as "
               "\u201c"
               "Client ID: \u2026\u201d; or add the account with --carrier, --client-id "
               "and --secret-stdin.")));

    Account account = PastedText::toAccount(pasted, catalog);
    account.id = QUuid::createUuid();
    QStringList taken;
    for (const Account& a : session.store()->accounts())
        taken << a.name;
    account.name = parser.arguments().isEmpty() ? PastedText::suggestName(pasted, catalog, taken)
                                                : parser.arguments().constFirst().trimmed();
    // what the command line says wins over what the text says
    if (!AccountOptions::apply(parser, session, true, &account, &error))
        return session.fail(error);
    QString problem;
    if (!session.store()->canSave(account, &problem))
        return session.fail(session.usage(problem));
    const AccountSecrets secrets = PastedText::toSecrets(pasted);
    if (!AccountOptions::validate(account, AccountOptions::presentKeys(secrets), session, &error))
        return session.fail(error);
    CliSession::err(PastedText::summary(pasted, account, catalog) + QLatin1Char('\n'));
    if (const QString note = PastedText::hostNote(account, catalog); !note.isEmpty())
        CliSession::err(tr("Note: %1").arg(note) + QLatin1Char('\n'));
    return create(session, account, secrets);
}

int AddEditCommand::runAdd(CliSession& session)
{
    CommandParser parser(session,
                         tr("Adds an account. The client secret is read from standard input "
                            "(--secret-stdin) or asked for at the terminal, never taken from an "
                            "argument. The settings are checked as the desktop app checks them."));
    parser.addArgument(QStringLiteral("NAME"),
                       tr("A name for the account, e.g. acme-banyan; with --from-stdin it may be "
                          "left out (carrier and environment, made unique)."),
                       QStringLiteral("[NAME]"));
    AccountOptions::declare(parser, false);
    parser.addOption(QCommandLineOption(
        kFromStdin, tr("Read what the carrier sent from standard input (a curl or HTTPie "
                       "command, an HTTP request, JSON, .env or e-mail lines) and fill the "
                       "account from it: carrier, environment, client id, secret and fields. "
                       "Options given as well take precedence.")));
    if (const auto exit = parser.parse(0, 1))
        return *exit;
    if (parser.isSet(kFromStdin))
        return addFromText(session, parser);
    if (parser.arguments().isEmpty())
        return session.fail(session.usage(tr("Give the account a name.")));
    if (!parser.isSet(QStringLiteral("carrier")))
        return session.fail(session.usage(tr(
            "Choose the carrier with --carrier ID (\u201ctokendock carriers\u201d lists them).")));
    if (!parser.isSet(QStringLiteral("client-id")))
        return session.fail(session.usage(tr("Give the client id with --client-id ID.")));
    Failure error;
    if (!session.storeReadable(&error))
        return session.fail(error);

    Account account;
    account.id = QUuid::createUuid();
    account.name = parser.arguments().constFirst().trimmed();
    if (!AccountOptions::apply(parser, session, true, &account, &error))
        return session.fail(error);
    QString problem;
    if (!session.store()->canSave(account, &problem))
        return session.fail(session.usage(problem));
    // settings first, so nobody types a secret for an account that cannot be saved
    if (!AccountOptions::validate(
            account, AccountOptions::allSecretKeys(account, session.catalog()), session, &error))
        return session.fail(error);

    if (!parser.isSet(kSecretStdin) && !SecretInput::stdinIsTerminal())
        return session.fail(CliSession::failure(
            ErrorCategory::InvalidInput,
            tr("No client secret: standard input is not a terminal and --secret-stdin was not "
               "given."),
            tr("Pipe the secret in, e.g. printf '%s\\n' \"$SECRET\" | tokendock add %1 \u2026 "
               "--secret-stdin; TokenDock never takes a secret from an argument.")
                .arg(account.name)));
    AccountSecrets secrets;
    if (!AccountOptions::readSecrets(account, session, false, &secrets, &error))
        return session.fail(error);
    if (!AccountOptions::validate(account, AccountOptions::presentKeys(secrets), session, &error))
        return session.fail(error);

    return create(session, account, secrets);
}

int AddEditCommand::runEdit(CliSession& session)
{
    CommandParser parser(
        session, tr("Changes an account. Options not given stay as they are. A new secret is "
                    "read from standard input with --secret-stdin."));
    parser.addArgument(QStringLiteral("NAME"), tr("The account to change."));
    AccountOptions::declare(parser, true);
    if (const auto exit = parser.parse(1, 1, tr("Name the account to change.")))
        return *exit;
    Failure error;
    const Account* existing = session.findAccount(parser.arguments().constFirst(), &error);
    if (!existing)
        return session.fail(error);
    const Account before = *existing;
    Account account = before;
    if (!AccountOptions::apply(parser, session, false, &account, &error))
        return session.fail(error);
    // a new name is checked before anyone types a secret
    QString problem;
    if (!session.store()->canSave(account, &problem))
        return session.fail(session.usage(problem));
    const CarrierPreset* preset = session.catalog().find(account.carrierId);
    const CarrierPreset* previous = session.catalog().find(before.carrierId);
    // stored secret fields still fit unless the carrier or grant type changed
    const bool sameSecretFields =
        before.carrierId == account.carrierId &&
        before.effectiveGrantType(previous) == account.effectiveGrantType(preset);
    QSet<QString> stored{QStringLiteral("client_secret")};
    if (sameSecretFields)
        stored = AccountOptions::allSecretKeys(account, session.catalog());
    if (!AccountOptions::validate(
            account, AccountOptions::allSecretKeys(account, session.catalog()), session, &error))
        return session.fail(error);

    AccountSecrets changes;
    if (parser.isSet(kSecretStdin) &&
        !AccountOptions::readSecrets(account, session, true, &changes, &error))
        return session.fail(error);
    if (!AccountOptions::validate(account, stored + AccountOptions::presentKeys(changes), session,
                                  &error))
        return session.fail(error);
    // the old secret's date went with it, unless a new one is given
    if (!changes.clientSecret.isEmpty() && !parser.isSet(QStringLiteral("secret-expires")))
        account.secretExpires = QDate();
    if (account.toJson() == before.toJson() && AccountOptions::presentKeys(changes).isEmpty())
        return session.fail(session.usage(
            tr("Nothing to change for \u201c%1\u201d.").arg(TextPolicy::oneLine(before.name))));

    AccountService* accounts = session.accounts();
    const QString text =
        changes.clientSecret.isEmpty()
            ? tr("Updated \u201c%1\u201d.").arg(TextPolicy::oneLine(account.name))
            : tr("Updated \u201c%1\u201d; its new secret is in %2.")
                  .arg(TextPolicy::oneLine(account.name), session.secrets()->backendName());
    return save(
        session,
        [&](AccountService::Done done) { accounts->update(account, changes, &session, done); },
        account, text);
}
