// SPDX-License-Identifier: Apache-2.0
#include "desktoploader.h"

#if defined(TOKENDOCK_DESKTOP_MODULE)
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>
#else
#include "guiapp.h"
#endif

namespace DesktopLoader {

#if defined(TOKENDOCK_DESKTOP_MODULE)
int run(int argc, char** argv, AccountListPrefetch* prefetched)
{
    // the module's place relative to this binary is the same in the build
    // tree and once installed
    const QString binary = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QString path = QDir::cleanPath(QFileInfo(binary).absolutePath() + QLatin1Char('/') +
                                         QStringLiteral(TOKENDOCK_DESKTOP_MODULE));
    QLibrary module(path);
    using Run = int (*)(int, char**, AccountListPrefetch*);
    const auto entry = reinterpret_cast<Run>(module.resolve("tokendock_desktop_run"));
    if (!entry) {
        // untranslated: no application (and so no translation) exists yet; seen only when an
        // installation is broken
        const QString message =
            QStringLiteral("TokenDock's window could not be opened: %1\n"
                           "Reinstall TokenDock; its commands (tokendock --help) work without "
                           "the window.")
                .arg(module.errorString());
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
        return 1;
    }
    return entry(argc, argv, prefetched);
}
#else
int run(int argc, char** argv, AccountListPrefetch* prefetched)
{
    return GuiApp::run(argc, argv, prefetched);
}
#endif

} // namespace DesktopLoader
