#pragma once

// The desktop side of the tokendock binary.
namespace GuiApp {
int run(int argc, char** argv);
} // namespace GuiApp
