// SPDX-License-Identifier: Apache-2.0
#pragma once

// Keeps secrets in memory out of core dumps and away from other processes of
// the same user: on Linux the process is marked not dumpable and its core
// size limit is set to zero. Debug builds stay debuggable.
namespace ProcessHardening {
// Returns true when the protections are in place (or not applicable here).
bool apply();
// Whether this build applies them (release builds on Linux).
bool enabledInThisBuild();
} // namespace ProcessHardening
