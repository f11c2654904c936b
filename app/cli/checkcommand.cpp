// SPDX-License-Identifier: Apache-2.0
// tokendock check [NAME...|--all] [--json] [--probe] [--warn-days N] [--notify] [--timeout SECONDS]
#include "accountcheck.h"
#include "accountstore.h"
#include "appsettings.h"
#include "checkoutput.h"
#include "clisession.h"
#include "clock.h"
#include "commandparser.h"
#include "commands.h"
#include "desktopnotification.h"
#include "requestoptions.h"

#include <QSet>

#include <limits>

namespace {
const QString kAll = QStringLiteral("all");
const QString kProbe = QStringLiteral("probe");
const QString kWarnDays = QStringLiteral("warn-days");
const QString kNotify = QStringLiteral("notify");

QString description()
{
    return CheckCommand::tr(
               "Checks accounts for monitoring: the named ones, or all of them, one after "
               "another, with one line each: verdict, reason, the secret's age and expiry date, "
               "and when the account last worked. Where the carrier asks for a token to be "
               "reused (a token budget, or renewal only on expiry), a cached token that is still "
               "valid counts as a pass and nothing is sent.") +
           QStringLiteral("\n\n") +
           CheckCommand::tr(
               "Exit status: 0 all is well; 9 a secret expires within the warning days or has "
               "expired (the accounts still work); 10 an account failed (credentials rejected, "
               "carrier error, unusable answer, probe or signature failed, secret missing, "
               "settings invalid); 11 an account could not be checked (keychain, network, TLS, "
               "timeout, held back by the token budget with no valid cached token) or the "
               "account list cannot be read; 2 usage. "
               "10 wins over 11, and 11 over 9.");
}

void declareOptions(CommandParser& parser)
{
    parser.addArgument(QStringLiteral("NAME"),
                       CheckCommand::tr("The accounts to check (all of them when none is named)."),
                       QStringLiteral("[NAME\u2026]"));
    parser.addOption(QCommandLineOption(kAll, CheckCommand::tr("Check every account.")));
    parser.addJsonOption(CheckCommand::tr("Print one JSON document with every account's verdict, "
                                          "secret age, expiry and last success."));
    parser.addOption(QCommandLineOption(
        kProbe, CheckCommand::tr("Make each account's probe (a harmless read-only API call), "
                                 "with the cached token where one counts.")));
    parser.addOption(QCommandLineOption(
        kWarnDays,
        CheckCommand::tr("Warn about secrets that expire within N days (0 to 365; default: the "
                         "setting, 14 days unless changed)."),
        CheckCommand::tr("N")));
    parser.addOption(QCommandLineOption(
        kNotify, CheckCommand::tr("When not all is well, also show a desktop notification.")));
    RequestOptions::declareTimeout(parser);
}

// The named accounts, each once in the order given, or every one; nothing
// (and *error) when the list cannot be read or a name is unknown.
std::optional<QList<Account>> chosen(CliSession& session, const QStringList& names, Failure* error)
{
    if (!session.storeReadable(error))
        return std::nullopt;
    if (names.isEmpty())
        return session.store()->accounts();
    QList<Account> accounts;
    QSet<QUuid> seen;
    for (const QString& name : names) {
        const Account* account = session.findAccount(name, error);
        if (!account)
            return std::nullopt;
        if (!seen.contains(account->id))
            accounts << *account;
        seen.insert(account->id);
    }
    return accounts;
}

// The notification, waited for; without a notification service, one line on stderr.
void notify(CliSession& session, const QString& summary, const QString& body)
{
    bool sent = false;
    QString why;
    session.wait([&](auto quit) {
        DesktopNotification::send(summary, body, &session,
                                  [&sent, &why, quit](bool ok, const QString& reason) {
                                      sent = ok;
                                      why = reason;
                                      quit();
                                  });
    });
    if (!sent)
        CliSession::err(CheckCommand::tr("No desktop notification could be shown: %1").arg(why) +
                        QLatin1Char('\n'));
}
} // namespace

int CheckCommand::run(CliSession& session)
{
    CommandParser parser(session, description());
    declareOptions(parser);
    if (const auto exit = parser.parse(0, std::numeric_limits<int>::max()))
        return *exit;
    const QStringList names = parser.arguments();
    if (parser.isSet(kAll) && !names.isEmpty())
        return session.fail(session.usage(tr("Name the accounts or give --all, not both.")));
    Failure error;
    QString problem;
    const std::optional<int> warnDays = parser.isSet(kWarnDays)
                                            ? parser.number(kWarnDays, 0, 365, &problem)
                                            : session.settings().secretWarnDays();
    if (!warnDays)
        return session.fail(session.usage(problem));
    if (!RequestOptions::applyTimeout(parser, session, &error))
        return session.fail(error);
    const std::optional<QList<Account>> accounts = chosen(session, names, &error);
    Failure unreadable;
    if (!accounts && !session.storeReadable(&unreadable)) {
        // a damaged account list is nothing a monitor may take for a usage error
        session.fail(error);
        if (parser.isSet(kNotify))
            notify(session, tr("TokenDock could not check the accounts"), error.message.text());
        return CheckOutput::kCouldNotCheckExit;
    }
    if (!accounts)
        return session.fail(error);

    AccountCheck check(session, parser.isSet(kProbe), *warnDays);
    QList<CheckOutcome> outcomes;
    for (const Account& account : *accounts)
        outcomes << check.run(account);
    const QDateTime now = session.clock().now();
    const int exitCode = CheckOutput::exitCode(outcomes);
    if (session.json())
        CliSession::printJson(CheckOutput::json(outcomes, *warnDays, now));
    else if (outcomes.isEmpty())
        CliSession::out(tr("No accounts to check.") + QLatin1Char('\n'));
    else
        CliSession::out(CheckOutput::text(outcomes, now));
    if (parser.isSet(kNotify) && exitCode != 0)
        notify(session, CheckOutput::notificationSummary(outcomes),
               CheckOutput::notificationBody(outcomes));
    return exitCode;
}
