// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs the desktop part of tokendock: linked in, or loaded from its module
// next to the binary (see app/CMakeLists.txt).
namespace DesktopLoader {
int run(int argc, char** argv);
} // namespace DesktopLoader
