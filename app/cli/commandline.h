// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// The headless side of the tokendock binary.
namespace CommandLine {
// True when argv is for the command line: its first positional argument is
// a word (a command; an unknown word is a usage error, exit code 2), or it
// asks for --help/-h/--version/-v without any option of the window
// (windowoptions.h). The values of the window's options (--copy NAME,
// --format FORMAT, Qt's -style ...) are skipped, so `tokendock --copy acme`
// starts the GUI.
bool wantsCommandLine(const QStringList& arguments);
// Runs one command on a QCoreApplication (no display needed) and returns its exit code.
int run(int argc, char** argv);
} // namespace CommandLine
