// SPDX-License-Identifier: Apache-2.0
// tokendock export FILE | tokendock import FILE [--overwrite]
#include "accountexchange.h"
#include "accountservice.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "commandparser.h"
#include "commands.h"
#include "importsummary.h"
#include "textpolicy.h"
#include "tokencache.h"

#include <QDir>
#include <QFile>

#include <cstdio>

int ExchangeCommand::runExport(CliSession& session)
{
    CommandParser parser(session, tr("Writes every account's settings to a file to hand to a "
                                     "colleague: no secrets, tokens or test history."));
    parser.addArgument(QStringLiteral("FILE"), tr("Where to write; \u201c-\u201d for standard "
                                                  "output."));
    if (const auto exit = parser.parse(1, 1, tr("Name the file to write.")))
        return *exit;
    Failure error;
    if (!session.storeReadable(&error))
        return session.fail(error);
    const QList<Account>& accounts = session.store()->accounts();
    const QString path = parser.arguments().constFirst();
    if (path == QLatin1String("-")) {
        CliSession::writeJson(AccountExchange::exportJson(accounts, &session.catalog()));
        return 0;
    }
    QString problem;
    if (!AccountExchange::exportToFile(path, accounts, &problem, &session.catalog()))
        return session.fail(CliSession::failure(
            ErrorCategory::Internal, problem,
            tr("Choose a folder you can write to, or \u201c-\u201d for standard output.")));
    CliSession::out(tr("Exported %n account(s) to %1 (settings only: no secrets, tokens or "
                       "history).",
                       nullptr, int(accounts.size()))
                        .arg(QDir::toNativeSeparators(path)) +
                    QLatin1Char('\n'));
    return 0;
}

int ExchangeCommand::runImport(CliSession& session)
{
    CommandParser parser(
        session,
        tr("Adds the accounts from an exported file and lists what each one is or changes. "
           "Accounts whose names are in use are left alone unless --overwrite is given. "
           "Imported accounts have no secret until one is entered with \u201ctokendock edit "
           "NAME --secret-stdin\u201d; a replaced account whose token URL origin, carrier, "
           "environment, credential placement or client id changes loses its stored secrets, "
           "and that needs --yes."));
    parser.addArgument(QStringLiteral("FILE"), tr("An export; \u201c-\u201d for standard input."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("overwrite"),
        tr("Replace the accounts whose names are in use (keeping their history).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("yes"),
        tr("Install the carrier presets the file carries; with --overwrite, also replace "
           "accounts whose stored secrets would be removed.")));
    if (const auto exit = parser.parse(1, 1, tr("Name the file to import.")))
        return *exit;
    Failure error;
    if (!session.storeReadable(&error))
        return session.fail(error);
    AccountStore* store = session.store();
    const CarrierCatalog& catalog = session.catalog();
    const QString path = parser.arguments().constFirst();
    AccountExchange::Plan plan;
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return session.fail(session.usage(tr("Standard input could not be read.")));
        plan = AccountExchange::plan(in.readAll(), *store, catalog);
    } else {
        plan = AccountExchange::planFile(path, *store, catalog);
    }
    if (!plan.ok())
        return session.fail(session.usage(plan.error));

    const bool overwrite = parser.isSet(QStringLiteral("overwrite"));
    CliSession::out(ImportSummary::describe(plan, catalog, overwrite));
    if (overwrite && plan.secretsDropped() > 0 && !parser.isSet(QStringLiteral("yes")))
        return session.fail(session.usage(
            tr("Nothing was imported: replacing %n account(s) would remove their stored "
               "secrets, because the file sends them to another address or in another way. "
               "Check the changes above, then run the import again with --overwrite --yes.",
               nullptr, plan.secretsDropped())));
    if (plan.presetsToInstall() > 0 && !parser.isSet(QStringLiteral("yes")))
        return session.fail(session.usage(
            tr("Nothing was imported: the file carries %n carrier preset(s) to install, which "
               "decide where the accounts that use them send their secrets. Check the presets "
               "and their hosts above, then run the import again with --yes.",
               nullptr, plan.presetsToInstall())));

    Failure result;
    AccountExchange::Applied applied;
    session.wait([&](auto quit) {
        session.accounts()->importAccounts(
            plan, overwrite, &session,
            [&, quit](const Failure& r, const AccountExchange::Applied& a) {
                result = r;
                applied = a;
                quit();
            });
    });
    if (!result.ok() && applied.added.isEmpty() && applied.replaced.isEmpty())
        return session.fail(session.usage(result.message.text()));
    CliSession::out(ImportSummary::outcome(plan, applied, *store, overwrite));
    if (!result.ok())
        return session.fail(result);
    return 0;
}
