// SPDX-License-Identifier: Apache-2.0
// Picks the command line or the GUI from argv; nothing else.
#include "commandline.h"
#include "desktoploader.h"

#include <QStringList>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (CommandLine::wantsCommandLine(arguments))
        return CommandLine::run(argc, argv);
    return DesktopLoader::run(argc, argv);
}
