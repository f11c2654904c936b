// tokendock export FILE | tokendock import FILE [--overwrite]
#include "appservices.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "commandparser.h"
#include "commands.h"
#include "profileexchange.h"
#include "profilestore.h"
#include "textpolicy.h"
#include "tokencache.h"

#include <QDir>
#include <QFile>

namespace {
QStringList names(const QList<Profile>& profiles)
{
    QStringList out;
    for (const Profile& p : profiles)
        out << p.name;
    return out;
}

// Names from the file, each on the one line it is shown in.
QString nameList(const QStringList& list)
{
    QStringList shown;
    for (const QString& name : list)
        shown << TextPolicy::oneLine(name);
    return shown.join(QStringLiteral(", "));
}
} // namespace

int ExchangeCommand::runExport(CliSession& session)
{
    CommandParser parser(session, tr("Writes every account's settings to a file to hand to a "
                                     "colleague: no secrets, tokens or test history."));
    parser.addArgument(QStringLiteral("FILE"), tr("Where to write; \u201c-\u201d for standard "
                                                  "output."));
    if (const auto exit = parser.parse(1, 1, tr("Name the file to write.")))
        return *exit;
    TokenError error;
    if (!session.storeReadable(&error))
        return session.fail(error);
    const QList<Profile>& profiles = session.services().profiles()->profiles();
    const QString path = parser.arguments().constFirst();
    if (path == QLatin1String("-")) {
        CliSession::writeJson(ProfileExchange::exportJson(profiles));
        return 0;
    }
    QString problem;
    if (!ProfileExchange::exportToFile(path, profiles, &problem))
        return session.fail(TokenError::make(
            ErrorCategory::Internal, problem,
            tr("Choose a folder you can write to, or \u201c-\u201d for standard output.")));
    CliSession::out(tr("Exported %n account(s) to %1 (settings only: no secrets, tokens or "
                       "history).",
                       nullptr, int(profiles.size()))
                        .arg(QDir::toNativeSeparators(path)) +
                    QLatin1Char('\n'));
    return 0;
}

int ExchangeCommand::runImport(CliSession& session)
{
    CommandParser parser(
        session, tr("Adds the accounts from an exported file. Accounts whose names are in use "
                    "are listed and left alone unless --overwrite is given. Imported accounts "
                    "have no secret until one is entered with \u201ctokendock edit NAME "
                    "--secret-stdin\u201d."));
    parser.addArgument(QStringLiteral("FILE"), tr("An export; \u201c-\u201d for standard input."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("overwrite"),
        tr("Replace the accounts whose names are in use (keeping their history).")));
    if (const auto exit = parser.parse(1, 1, tr("Name the file to import.")))
        return *exit;
    TokenError error;
    if (!session.storeReadable(&error))
        return session.fail(error);
    AppServices& services = session.services();
    ProfileStore* store = services.profiles();
    const QString path = parser.arguments().constFirst();
    ProfileExchange::Plan plan;
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return session.fail(session.usage(tr("Standard input could not be read.")));
        plan = ProfileExchange::plan(in.readAll(), *store, CarrierCatalog::builtin());
    } else {
        plan = ProfileExchange::planFile(path, *store, CarrierCatalog::builtin());
    }
    if (!plan.ok())
        return session.fail(session.usage(plan.error));

    const bool overwrite = parser.isSet(QStringLiteral("overwrite"));
    QList<QUuid> stale;
    QString problem;
    if (!ProfileExchange::apply(plan, overwrite, store, &stale, &problem))
        return session.fail(session.usage(problem));
    // a token issued to the old settings must not be handed out for the new ones
    for (const QUuid& id : std::as_const(stale)) {
        session.wait([&](auto quit) {
            services.tokenCache()->drop(id, &session, [quit](const SecretResult&) { quit(); });
        });
    }

    QStringList conflicts;
    for (const ProfileExchange::Conflict& c : plan.conflicts)
        conflicts << c.existing.name;
    const QStringList added = names(plan.fresh);
    if (!added.isEmpty())
        CliSession::out(
            tr("Imported %n account(s): %1.", nullptr, int(added.size())).arg(nameList(added)) +
            QLatin1Char('\n'));
    if (!conflicts.isEmpty() && overwrite)
        CliSession::out(tr("Replaced %n account(s): %1.", nullptr, int(conflicts.size()))
                            .arg(nameList(conflicts)) +
                        QLatin1Char('\n'));
    if (!conflicts.isEmpty() && !overwrite)
        CliSession::out(tr("Skipped %n account(s) whose name is already in use: %1. Run the "
                           "import again with --overwrite to replace them.",
                           nullptr, int(conflicts.size()))
                            .arg(nameList(conflicts)) +
                        QLatin1Char('\n'));
    if (added.isEmpty() && conflicts.isEmpty())
        CliSession::out(tr("The file holds no accounts.") + QLatin1Char('\n'));
    QStringList missing;
    for (const Profile& p : store->profiles()) {
        if (p.secretMissing &&
            (added.contains(p.name) || (overwrite && conflicts.contains(p.name))))
            missing << p.name;
    }
    if (!missing.isEmpty())
        CliSession::out(tr("No secret yet for: %1. Enter each with \u201ctokendock edit NAME "
                           "--secret-stdin\u201d.")
                            .arg(nameList(missing)) +
                        QLatin1Char('\n'));
    return 0;
}
