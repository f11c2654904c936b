// SPDX-License-Identifier: Apache-2.0
#pragma once

class AccountListPrefetch;

// The desktop side of the tokendock binary: parses the GUI options (--demo,
// --minimized, --copy NAME [--format FORMAT]), hands them to a TokenDock
// that already runs, or opens the window and the tray icon.
namespace GuiApp {
// prefetched: the user's account list, being read since the process began (may be null)
int run(int argc, char** argv, AccountListPrefetch* prefetched);
} // namespace GuiApp
