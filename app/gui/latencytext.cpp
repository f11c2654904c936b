// SPDX-License-Identifier: Apache-2.0
#include "latencytext.h"

QString LatencyText::render(qint64 latencyMs, bool timedOut)
{
    if (!timedOut)
        return tr("%1 ms").arg(latencyMs);
    // the timer fires a little early or late: the nearest second is the timeout set
    const int seconds = int(qMax<qint64>(1, (latencyMs + 500) / 1000));
    return tr("Timed out after %n s", nullptr, seconds);
}
