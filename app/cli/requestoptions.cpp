// SPDX-License-Identifier: Apache-2.0
#include "requestoptions.h"

#include "clisession.h"
#include "commandparser.h"
#include "tokenclient.h"

namespace {
const QString kTimeout = QStringLiteral("timeout");
const QString kForce = QStringLiteral("force");
} // namespace

void RequestOptions::declareTimeout(CommandParser& parser)
{
    parser.addOption(QCommandLineOption(
        kTimeout,
        tr("Give up after this many seconds (1 to 300; default: the request timeout in "
           "Settings, 20 seconds unless changed)."),
        tr("SECONDS")));
}

bool RequestOptions::applyTimeout(const CommandParser& parser, CliSession& session, Failure* error)
{
    if (!parser.isSet(kTimeout))
        return true;
    QString problem;
    const auto seconds = parser.number(kTimeout, 1, 300, &problem);
    if (!seconds) {
        *error = session.usage(problem);
        return false;
    }
    session.tokenClient()->setTimeout(*seconds * 1000);
    return true;
}

void RequestOptions::declareForce(CommandParser& parser)
{
    parser.addOption(QCommandLineOption(
        kForce, tr("Send the request even when it exceeds the carrier's limit on token requests "
                   "(the carrier may rate-limit or block the client).")));
}

TokenService::Budget RequestOptions::budget(const CommandParser& parser)
{
    return parser.isSet(kForce) ? TokenService::Budget::Exceed : TokenService::Budget::Keep;
}

Failure RequestOptions::withForceHint(Failure error)
{
    if (error.category != ErrorCategory::HeldBack)
        return error;
    error.hint = Message::plain(
        tr("Wait until then, or add --force to send it anyway: the carrier may rate-limit or "
           "block the client for exceeding its limit."));
    error.hintSource = Failure::HintSource::Specific;
    return error;
}
