// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

// QtKeychain labels every item with the service name alone; a person looking
// in KeePassXC or Seahorse sees whose item it is only if the label says.
namespace SecretServiceLabel {

// Sets the label of the Secret Service items QtKeychain keeps for service and
// key; nothing where QtKeychain talks to KWallet itself. Calls then once,
// later, when the provider has answered (or after a short timeout).
void set(const QString& service, const QString& key, const QString& label,
         std::function<void()> then);

} // namespace SecretServiceLabel
