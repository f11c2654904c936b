// SPDX-License-Identifier: Apache-2.0
#include "requestoptions.h"

#include "clisession.h"
#include "commandparser.h"
#include "tokenclient.h"

namespace {
const QString kTimeout = QStringLiteral("timeout");
}

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
