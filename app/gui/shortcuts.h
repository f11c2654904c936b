// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

// The window's shortcuts, one place for the actions and for sentences that
// name them: a sentence gets the key as %1, in the platform's and the
// language's own words ("Strg+T" in German), never written into its text.
namespace Shortcuts {
QKeySequence newAccount();
QKeySequence test();
QKeySequence filter();
// The platform's keys for Settings and Quit, plus the ones people expect
// everywhere (Ctrl+, and Ctrl+Q) where the platform has none or another:
// several Linux desktops bind nothing to Preferences.
QList<QKeySequence> settings();
QList<QKeySequence> quit();
// "Ctrl+T" as menus show it in the language in effect.
QString text(const QKeySequence& keys);
} // namespace Shortcuts
