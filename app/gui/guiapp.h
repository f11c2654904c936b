#pragma once

// The desktop side of the tokendock binary: parses the GUI options
// (--demo, --minimized; --copy NAME and --format FORMAT are accepted for the
// tray and do nothing yet) and opens the main window.
namespace GuiApp {
int run(int argc, char** argv);
} // namespace GuiApp
