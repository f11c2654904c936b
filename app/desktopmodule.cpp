// SPDX-License-Identifier: Apache-2.0
// The desktop part of TokenDock as a module the tokendock binary loads only
// when it opens a window: commands then start without loading Qt's GUI
// libraries at all.
#include "carriercatalog.h"
#include "clock.h"
#include "guiapp.h"
#include "logging.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT int tokendock_desktop_run(int argc, char** argv,
                                                   AccountListPrefetch* prefetched)
{
    return GuiApp::run(argc, argv, prefetched);
}

// The core's one-per-process objects as the window's code sees them: the
// carrier catalog, the clock and a logging category, in that order. The core
// is one shared library, so they are the very objects the command side of
// the process sees (tests/cli/tst_cli_basics.cpp checks).
extern "C" Q_DECL_EXPORT void tokendock_desktop_core_objects(const void* objects[3])
{
    objects[0] = &CarrierCatalog::installed();
    objects[1] = &Clock::system();
    objects[2] = &lcKeychain();
}
