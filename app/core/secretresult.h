// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"
#include "secretbytes.h"

// The answer to one keychain call.
struct SecretResult
{
    enum Status
    {
        Ok,
        NotFound,
        NoBackend,
        Locked,
        Denied,
        Timeout,
        Failed
    };
    Status status = Ok;
    Message message;  // for people; never holds the secret
    SecretBytes data; // reads only

    bool ok() const { return status == Ok; }
    // The whole keychain is missing, locked or not answering, not just this
    // item: asking it for the next item would only wait again.
    bool keychainUnavailable() const
    {
        return status == NoBackend || status == Locked || status == Timeout;
    }
};
