// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace ShellWords {

// Splits a command as a POSIX shell would read it, without running or
// expanding anything: 'single' and "double" quotes, $'…' quotes, backslash
// escapes, and lines continued with a backslash (or with ^ and ` as Windows
// shells do). Stops after `maxWords` words.
QStringList split(const QString& command, int maxWords = 512);

} // namespace ShellWords
