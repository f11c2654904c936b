// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretbytes.h"

#include <QString>

#include <functional>

// Writes one item as QtKeychain keeps binary data (libsecret's
// "org.qt.keychain" items, the value as base64 text), with its label, in one
// CreateItem over a session of its own on TokenDock's bus connection, into
// the default collection, replacing the item of the same service and key.
// QtKeychain's own write loads libsecret, opens a second connection and
// session, and giving the item its label then takes a second search over
// every item the keychain holds.
namespace SecretServiceWrite {

// Calls done once, later, on the calling thread: true once the item is made;
// false when it was not made at once (a locked collection, no default one,
// any error). Then the caller writes through QtKeychain, which unlocks and
// words the trouble.
void write(const QString& service, const QString& key, const SecretBytes& data,
           const QString& label, std::function<void(bool made)> done);

} // namespace SecretServiceWrite
