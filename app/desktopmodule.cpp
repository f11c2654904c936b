// The desktop part of TokenDock as a module the tokendock binary loads only
// when it opens a window: commands then start without loading Qt's GUI
// libraries at all.
#include "guiapp.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT int tokendock_desktop_run(int argc, char** argv)
{
    return GuiApp::run(argc, argv);
}
