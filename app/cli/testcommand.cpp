// SPDX-License-Identifier: Apache-2.0
// tokendock test NAME [--json] [--report] [--timeout SECONDS]
#include "appservices.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "commandparser.h"
#include "commands.h"
#include "profilestore.h"
#include "requestoptions.h"
#include "supportreport.h"
#include "testoutput.h"
#include "textpolicy.h"
#include "tokenservice.h"

namespace {
const QString kReport = QStringLiteral("report");
} // namespace

int TestCommand::run(CliSession& session)
{
    CommandParser parser(
        session,
        tr("Requests a new token for an account (never the cached one) and shows what the "
           "carrier answered: outcome, HTTP status, latency, token type, expiry, scopes and the "
           "decoded JWT. The token itself is never shown; \u201ctokendock token\u201d prints it."));
    parser.addArgument(QStringLiteral("NAME"), tr("The account to test."));
    parser.addJsonOption(tr("Print one JSON document (it never holds the token or the secret)."));
    parser.addOption(QCommandLineOption(
        kReport, tr("Print the support report: safe to paste into a ticket (the client id "
                    "abbreviated, never the secret or the token).")));
    RequestOptions::declareTimeout(parser);
    if (const auto exit = parser.parse(1, 1, tr("Name the account to test.")))
        return *exit;
    const QString name = parser.arguments().constFirst();

    TokenResult result;
    std::optional<Profile> profile;
    if (!RequestOptions::applyTimeout(parser, session, &result.error)) {
        // reported below, like every other failure
    } else if (const Profile* found = session.findProfile(name, &result.error)) {
        profile = *found; // the store's list changes when the test is recorded
        if (profile->secretMissing)
            result.error =
                TokenError::make(ErrorCategory::InvalidInput,
                                 tr("No client secret is stored for \u201c%1\u201d yet.")
                                     .arg(TextPolicy::oneLine(profile->name)),
                                 tr("Enter it with \u201ctokendock edit %1 --secret-stdin\u201d.")
                                     .arg(TextPolicy::oneLine(profile->name)));
    }
    const bool requested = !result.error.isError();
    if (requested) {
        session.wait([&](auto quit) {
            session.services().tokens()->requestToken(profile->id, &session,
                                                      [&result, quit](const TokenResult& r) {
                                                          result = r;
                                                          quit();
                                                      });
        });
        result.error = session.forCommandLine(result.error, profile->name);
        if (const Profile* updated = session.services().profiles()->find(profile->id))
            profile = *updated;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime testedAt = profile && profile->lastTest() ? profile->lastTest()->at : now;
    const CarrierPreset* preset =
        profile ? CarrierCatalog::builtin().find(profile->carrierId) : nullptr;
    const int exitCode = result.ok() ? 0 : qMax(1, TokenError::exitCode(result.error.category));
    if (session.json()) {
        QJsonObject doc = TestOutput::json(name, profile ? &*profile : nullptr, result, now);
        if (parser.isSet(kReport) && profile)
            doc.insert(kReport, SupportReport::text(*profile, preset, result, testedAt));
        CliSession::printJson(doc);
        if (!result.ok())
            CliSession::err(requested ? TestOutput::failure(name, result.error)
                                      : result.error.fullText() + QLatin1Char('\n'));
        return exitCode;
    }
    if (parser.isSet(kReport) && profile)
        CliSession::out(SupportReport::text(*profile, preset, result, testedAt));
    else if (result.ok())
        CliSession::out(TestOutput::success(*profile, result, now));
    if (!result.ok())
        CliSession::err(requested ? TestOutput::failure(profile->name, result.error)
                                  : result.error.fullText() + QLatin1Char('\n'));
    return exitCode;
}
