// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keychainprovider.h"
#include "message.h"
#include "secretresult.h"

#include <optional>

// The sentence a person reads for a keychain trouble: what to do, in the
// program that keeps their secrets.
namespace KeychainMessages {

// Without knowing the provider.
Message generic(SecretResult::Status status, const QString& detail = {});

// From the provider and what it said about itself; falls back to generic().
Message explain(SecretResult::Status status, const QString& detail,
                const KeychainProvider& provider, const KeychainState& state);

// What removing an item means in this provider, when it is not "gone".
std::optional<Message> afterRemoval(const KeychainProvider& provider);

// Whether explain() has more to say after asking the provider about itself.
bool worthExamining(SecretResult::Status status, const KeychainProvider& provider);

} // namespace KeychainMessages
