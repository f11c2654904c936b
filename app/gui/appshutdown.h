// SPDX-License-Identifier: Apache-2.0
#pragma once

class SecretStore;

namespace AppShutdown {
// Before the process ends: lets keychain calls still on their way (a token
// being cached or dropped) finish, handling events meanwhile, but never waits
// longer than timeoutMs for a keychain that does not answer. True when idle.
bool waitForKeychain(SecretStore* store, int timeoutMs = 3000);
} // namespace AppShutdown
