// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keychainbackend.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

// Reads some of one service's QtKeychain items in one Secret Service session
// of its own: a search for each of a few keys, or for all of the service's
// items when more are wanted, each found item's attributes, then GetSecrets
// for the wanted ones (for a few keys, alongside the attributes: the
// searches found only those). The searches are sent first, so the session's
// key pair is made while the keychain compares every item it holds. Asking
// for each item on its own costs the keychain two searches over every item
// it holds, so reading a thousand accounts' tokens that way grows with the
// square of the count; and for one item this spares loading libsecret and
// its own bus connection.
//
// Answers only what it is sure of: Ok with the value, or NotFound when no
// item in a locked collection could be the one. Keys left out of the answers
// (all of them when anything goes wrong) are for the caller to read one by one.
namespace SecretServiceItems {

using Answers = QHash<QString, KeychainOutcome>;
// Calls done once, later, on the calling thread, unless what it returns is
// called first: that ends the read (its session closed, once the keychain has
// said which it is), and done is not called.
std::function<void()> read(const QString& service, const QStringList& keys,
                           std::function<void(Answers)> done);

} // namespace SecretServiceItems
