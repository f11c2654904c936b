#pragma once

#include <QStringList>

// The headless side of the tokendock binary.
namespace CommandLine {
// True when argv asks for something the command line handles (a command,
// --version or --help), so main() never starts the GUI for it.
bool wantsCommandLine(const QStringList& arguments);
int run(int argc, char** argv);
} // namespace CommandLine
