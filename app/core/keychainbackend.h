// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretbytes.h"

#include <QString>

#include <functional>

// What a keychain job reported, before SecretStore turns it into words.
struct KeychainOutcome
{
    enum Code
    {
        Ok,
        NotFound,
        NoBackend,
        AccessDenied,
        Locked,
        Other
    };
    Code code = Ok;
    QString detail; // the backend's own text, for the log and the "Other" message
    SecretBytes data;
};

// The seam between SecretStore and the platform keychain.
class KeychainBackend
{
public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    using Done = std::function<void(KeychainOutcome)>;

    virtual ~KeychainBackend() = default;
    // Starts one job; calls done at most once, later, on the calling thread.
    virtual void start(Operation op, const QString& service, const QString& key,
                       const SecretBytes& data, Done done) = 0;
    // "GNOME Keyring (Secret Service)", "macOS Keychain", ...
    virtual QString name() const = 0;
};

// The real one: QtKeychain, with its plaintext fallback always off.
class QtKeychainBackend final : public KeychainBackend
{
public:
    void start(Operation op, const QString& service, const QString& key, const SecretBytes& data,
               Done done) override;
    QString name() const override;
};
