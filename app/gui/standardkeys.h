// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QKeySequence>
#include <QList>

// The platform's keys for a standard action, plus the one people expect
// everywhere (Ctrl+Q, Ctrl+,) where the platform has none or another:
// several Linux desktops bind nothing to Preferences.
namespace StandardKeys {
QList<QKeySequence> withFallback(QKeySequence::StandardKey key, const QKeySequence& fallback);
} // namespace StandardKeys
