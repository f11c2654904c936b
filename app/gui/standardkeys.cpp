// SPDX-License-Identifier: Apache-2.0
#include "standardkeys.h"

QList<QKeySequence> StandardKeys::withFallback(QKeySequence::StandardKey key,
                                               const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(fallback))
        keys.append(fallback);
    return keys;
}
