// SPDX-License-Identifier: Apache-2.0
// tokendock remove NAME [--yes]
#include "accountservice.h"
#include "clisession.h"
#include "commandparser.h"
#include "commands.h"
#include "confirmation.h"
#include "secretinput.h"
#include "secretstore.h"
#include "textpolicy.h"

int RemoveCommand::run(CliSession& session)
{
    CommandParser parser(session, tr("Removes an account, its secrets and its cached token. "
                                     "At a terminal you are asked to confirm."));
    parser.addArgument(QStringLiteral("NAME"), tr("The account to remove."));
    parser.addOption(QCommandLineOption({QStringLiteral("y"), QStringLiteral("yes")},
                                        tr("Do not ask; needed when standard input is not a "
                                           "terminal.")));
    if (const auto exit = parser.parse(1, 1, tr("Name the account to remove.")))
        return *exit;
    Failure error;
    const Account* existing = session.findAccount(parser.arguments().constFirst(), &error);
    if (!existing)
        return session.fail(error);
    const Account account = *existing;

    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!SecretInput::stdinIsTerminal())
            return session.fail(session.usage(
                tr("Removing \u201c%1\u201d needs --yes when standard input is not a terminal.")
                    .arg(TextPolicy::oneLine(account.name))));
        const QString answer = SecretInput::readAnswer(
            tr("Remove the account \u201c%1\u201d and its secrets from %2? [y/N] ")
                .arg(TextPolicy::oneLine(account.name), session.secrets()->backendName()));
        if (!Confirmation::isYes(answer)) {
            CliSession::out(tr("Kept \u201c%1\u201d.").arg(TextPolicy::oneLine(account.name)) +
                            QLatin1Char('\n'));
            return 0;
        }
    }

    Failure result;
    session.wait([&](auto quit) {
        session.accounts()->remove(account.id, &session, [&result, quit](const Failure& r) {
            result = r;
            quit();
        });
    });
    if (!result.ok())
        return session.fail(session.forCommandLine(result));
    CliSession::out(
        tr("Removed \u201c%1\u201d and its secrets.").arg(TextPolicy::oneLine(account.name)) +
        QLatin1Char('\n'));
    const Message note = session.secrets()->removalNote();
    if (!note.isEmpty())
        CliSession::err(tr("Note: %1").arg(note.text()) + QLatin1Char('\n'));
    return 0;
}
