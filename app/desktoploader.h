// SPDX-License-Identifier: Apache-2.0
#pragma once

class AccountListPrefetch;

// Runs the desktop part of tokendock: linked in, or loaded from its module
// next to the binary (see app/CMakeLists.txt).
namespace DesktopLoader {
// prefetched: the user's account list, being read meanwhile (may be null)
int run(int argc, char** argv, AccountListPrefetch* prefetched);
} // namespace DesktopLoader
