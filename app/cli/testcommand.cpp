// SPDX-License-Identifier: Apache-2.0
// tokendock test NAME [--json] [--report] [--force] [--timeout SECONDS] [--probe|--no-probe]
#include "accountstore.h"
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

namespace {
const QString kReport = QStringLiteral("report");
const QString kProbe = QStringLiteral("probe");
const QString kNoProbe = QStringLiteral("no-probe");

void declareProbe(CommandParser& parser)
{
    parser.addOption(QCommandLineOption(
        kProbe, TestCommand::tr("After the token, make the account's probe (a harmless "
                                "read-only API call) even when its switch is off. A probe that "
                                "does not work ends with exit code 7.")));
    parser.addOption(
        QCommandLineOption(kNoProbe, TestCommand::tr("Make no probe this time; only the token.")));
}

// --probe and --no-probe together: a usage error, said on standard error.
bool probeOptionsClash(const CommandParser& parser, const CliSession& session)
{
    if (!parser.isSet(kProbe) || !parser.isSet(kNoProbe))
        return false;
    CliSession::err(
        session.usage(TestCommand::tr("Give --probe or --no-probe, not both.")).fullText() +
        QLatin1Char('\n'));
    return true;
}

TokenService::ProbeWish probeWish(const CommandParser& parser)
{
    if (parser.isSet(kNoProbe))
        return TokenService::ProbeWish::No;
    return parser.isSet(kProbe) ? TokenService::ProbeWish::Yes : TokenService::ProbeWish::AsAccount;
}
// The probe's verdict goes right under the token's.
QString withProbeLine(const QString& success, const QString& probe)
{
    const qsizetype end = success.indexOf(QLatin1Char('\n')) + 1;
    return success.left(end) + probe + success.mid(end);
}
} // namespace

int TestCommand::run(CliSession& session)
{
    CommandParser parser(
        session,
        tr("Requests a new token for an account (never the cached one) and shows what the "
           "carrier answered: outcome, HTTP status, latency, token type, expiry, scopes and the "
           "decoded JWT. The token itself is never shown; \u201ctokendock token\u201d prints it.") +
            QLatin1Char(' ') +
            tr("A JWT's signature is checked with the carrier's published or the account's key; "
               "exit status 8 when it does not hold, 0 when no key could be found."));
    parser.addArgument(QStringLiteral("NAME"), tr("The account to test."));
    parser.addJsonOption(tr("Print one JSON document (it never holds the token or the secret)."));
    parser.addOption(QCommandLineOption(
        kReport, tr("Print the support report: safe to paste into a ticket (the client id "
                    "abbreviated, never the secret or the token).")));
    RequestOptions::declareForce(parser);
    RequestOptions::declareTimeout(parser);
    declareProbe(parser);
    if (const auto exit = parser.parse(1, 1, tr("Name the account to test.")))
        return *exit;
    if (probeOptionsClash(parser, session))
        return 2;
    const QString name = parser.arguments().constFirst();

    TokenResult result;
    std::optional<Account> account;
    if (!RequestOptions::applyTimeout(parser, session, &result.error)) {
        // reported below, like every other failure
    } else if (const Account* found = session.findAccount(name, &result.error)) {
        account = *found; // the store's list changes when the test is recorded
        if (account->secretMissing)
            result.error = CliSession::failure(
                ErrorCategory::InvalidInput,
                tr("No client secret is stored for \u201c%1\u201d yet.")
                    .arg(TextPolicy::oneLine(account->name)),
                tr("Enter it with \u201ctokendock edit %1 --secret-stdin\u201d.")
                    .arg(TextPolicy::oneLine(account->name)));
    }
    const bool requested = !result.error.isError();
    if (requested) {
        session.wait([&](auto quit) {
            session.tokens()->requestToken(
                account->id, &session,
                [&result, quit](const TokenResult& r) {
                    result = r;
                    quit();
                },
                RequestOptions::budget(parser), probeWish(parser));
        });
        result.error =
            RequestOptions::withForceHint(session.forCommandLine(result.error, account->name));
        if (const Account* updated = session.store()->find(account->id))
            account = *updated;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime testedAt = account && account->lastTest() ? account->lastTest()->at : now;
    const CarrierPreset* preset = account ? session.catalog().find(account->carrierId) : nullptr;
    const int exitCode = TestOutput::exitCode(result);
    if (session.json()) {
        QJsonObject doc =
            TestOutput::document(name, account ? &*account : nullptr, preset, result, now);
        if (parser.isSet(kReport) && account)
            doc.insert(kReport, SupportReport::text(*account, preset, result, testedAt));
        CliSession::printJson(doc);
        if (!result.ok())
            CliSession::err(requested ? TestOutput::failure(name, result.error)
                                      : result.error.fullText() + QLatin1Char('\n'));
        return exitCode;
    }
    if (parser.isSet(kReport) && account)
        CliSession::out(SupportReport::text(*account, preset, result, testedAt));
    else if (result.ok())
        CliSession::out(withProbeLine(TestOutput::success(*account, preset, result, now),
                                      ProbeOutput::lines(account->name, result.probe)));
    if (!result.ok())
        CliSession::err(requested ? TestOutput::failure(account->name, result.error)
                                  : result.error.fullText() + QLatin1Char('\n'));
    return exitCode;
}
