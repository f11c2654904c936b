// SPDX-License-Identifier: Apache-2.0
// Picks the command line or the GUI from argv. When the user's window opens
// the account list is read meanwhile: the window's module and Qt's platform
// take as long to load as thousands of accounts take to parse.
#include "accountlistprefetch.h"
#include "appservices.h"
#include "commandline.h"
#include "desktoploader.h"

#include <QCoreApplication>
#include <QStringList>
#include <QThread>

#include <memory>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (CommandLine::wantsCommandLine(arguments))
        return CommandLine::run(argc, argv);
    // Only a start that opens the window (from the menu, or at login; a
    // second one hands over to the first, then waits for the read to end):
    // the others (--help, --copy, a wrong option) end soon, some through
    // exit(), which would not wait for the thread.
    std::unique_ptr<AccountListPrefetch> accounts;
    if (arguments.size() == 1 ||
        (arguments.size() == 2 && arguments.at(1) == QLatin1String("--minimized"))) {
        // Qt takes the first thread that asks for its thread data as the main
        // one: this thread, before the read's QFile can ask
        QThread::currentThread();
        // the name the window's application takes, which names the config folder
        QCoreApplication::setApplicationName(QStringLiteral("tokendock"));
        accounts = std::make_unique<AccountListPrefetch>(AppServices::standard().accountsFile());
    }
    return DesktopLoader::run(argc, argv, accounts.get());
}
