// SPDX-License-Identifier: Apache-2.0
#pragma once

// The desktop side of the tokendock binary: parses the GUI options (--demo,
// --minimized, --copy NAME [--format FORMAT]), hands them to a TokenDock
// that already runs, or opens the window and the tray icon.
namespace GuiApp {
int run(int argc, char** argv);
} // namespace GuiApp
