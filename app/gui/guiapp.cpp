#include "guiapp.h"

#include <QApplication>

namespace GuiApp {

int run(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokendock"));
    QApplication::setApplicationDisplayName(QStringLiteral("TokenDock"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENDOCK_VERSION));
    return 0;
}

} // namespace GuiApp
