// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

// How long a test took, as the banner, the history and the response show it.
struct LatencyText
{
    Q_DECLARE_TR_FUNCTIONS(LatencyText)

public:
    // "312 ms"; a request that timed out in whole seconds, as the failure's
    // sentence counts them ("Timed out after 20 s", not "19788 ms").
    static QString render(qint64 latencyMs, bool timedOut);
};
