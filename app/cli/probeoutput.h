// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "probeoutcome.h"

#include <QCoreApplication>
#include <QJsonValue>

// How `tokendock test` and `tokendock probe` show a probe: a verdict line
// (and a line of the carrier's words and what to try), or a JSON object.
class ProbeOutput
{
    Q_DECLARE_TR_FUNCTIONS(ProbeOutput)

public:
    // null when no probe was made
    static QJsonValue json(const ProbeOutcome& outcome);
    // "PROBE OK  name: Works — ..." or "PROBE FAILED  name: Token not accepted — ..."
    static QString lines(const QString& name, const ProbeOutcome& outcome);
    // The exit code for a token that came: 0, or ProbeOutcome::kExitCode.
    static int exitCode(const ProbeOutcome& outcome);
};
