// SPDX-License-Identifier: Apache-2.0
// tokendock probe NAME [URL] [--json] [--timeout SECONDS]
#include "carriercatalog.h"
#include "clisession.h"
#include "commandparser.h"
#include "commands.h"
#include "probeoutput.h"
#include "requestoptions.h"
#include "supportreport.h"
#include "testoutput.h"
#include "textpolicy.h"
#include "tokenservice.h"

#include <QJsonObject>

namespace {
// Which token went: a cached one still valid, or a new one.
QString tokenLine(const QString& name, const TokenResult& r, bool fromCache, const QDateTime& now)
{
    const auto left = r.token.secondsLeft(now);
    if (fromCache)
        return ProbeCommand::tr("TOKEN  %1: the cached token, still valid for %2")
                   .arg(TextPolicy::oneLine(name), left ? SupportReport::duration(*left)
                                                        : ProbeCommand::tr("an unknown time")) +
               QLatin1Char('\n');
    return ProbeCommand::tr("TOKEN  %1: a new token (HTTP %2, %3 ms)")
               .arg(TextPolicy::oneLine(name))
               .arg(r.httpStatus)
               .arg(r.latencyMs) +
           QLatin1Char('\n');
}

int report(CliSession& session, const QString& name, const TokenResult& result, bool fromCache)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int exitCode = result.ok() ? ProbeOutput::exitCode(result.probe)
                                     : qMax(1, Failure::exitCode(result.error.category));
    if (session.json()) {
        QJsonObject doc{{QStringLiteral("account"), name},
                        {QStringLiteral("ok"), result.ok() && result.probe.ok()},
                        {QStringLiteral("token_from_cache"), result.ok() && fromCache},
                        {QStringLiteral("probe"), ProbeOutput::json(result.probe)}};
        if (!result.ok())
            doc.insert(QStringLiteral("error"),
                       CliSession::errorJson(result.error, result.httpStatus));
        CliSession::printJson(doc);
    } else if (result.ok()) {
        CliSession::out(tokenLine(name, result, fromCache, now) +
                        ProbeOutput::lines(name, result.probe));
    }
    if (!result.ok())
        CliSession::err(TestOutput::failure(name, result.error));
    return exitCode;
}
} // namespace

int ProbeCommand::run(CliSession& session)
{
    CommandParser parser(
        session,
        tr("Makes one harmless read-only API call with the account's token and says whether "
           "the token opens the door. A cached token still valid for a minute is used, else a "
           "new one is requested; the output says which. The token is sent only to the probe "
           "URL's own site. Exit code 7: the token came but the API did not accept it."));
    parser.addArgument(QStringLiteral("NAME"), tr("The account."));
    parser.addArgument(QStringLiteral("URL"),
                       tr("The API call for this run: a path joined to the environment's API "
                          "address or a full https URL (default: the account's probe)."),
                       QStringLiteral("[URL]"));
    parser.addJsonOption(tr("Print one JSON document (it never holds the token)."));
    RequestOptions::declareTimeout(parser);
    if (const auto exit = parser.parse(1, 2, tr("Name the account to probe.")))
        return *exit;
    const QString name = parser.arguments().constFirst();
    const QString url = parser.arguments().value(1);
    Failure error;
    const Account* found = RequestOptions::applyTimeout(parser, session, &error)
                               ? session.findAccount(name, &error)
                               : nullptr;
    if (!found) {
        CliSession::err(error.fullText() + QLatin1Char('\n'));
        return Failure::exitCode(error.category);
    }
    const Account account = *found;
    const ProbePlan plan = Probe::plan(account, session.catalog().find(account.carrierId), url);
    if (!plan.ok()) {
        CliSession::err(session.usage(plan.problem.text()).fullText() + QLatin1Char('\n'));
        return 2;
    }
    TokenResult result;
    bool fromCache = false;
    session.wait([&](auto quit) {
        session.tokens()->probe(account.id, url, &session,
                                [&result, &fromCache, quit](const TokenResult& r, bool cached) {
                                    result = r;
                                    fromCache = cached;
                                    quit();
                                });
    });
    result.error = session.forCommandLine(result.error, account.name);
    return report(session, account.name, result, fromCache);
}
