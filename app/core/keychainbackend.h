// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keychainqueue.h"
#include "message.h"
#include "secretbytes.h"
#include "secretresult.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

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
    // A write's label is what a person sees for the item in their keychain app.
    virtual void start(Operation op, const QString& service, const QString& key,
                       const SecretBytes& data, const QString& label, Done done) = 0;
    // "GNOME Keyring (Secret Service)", "macOS Keychain", ...
    virtual QString name() const = 0;
    // The sentence for a trouble; the real keychain asks its provider about
    // itself first. Calls done once, perhaps before returning.
    virtual void explain(SecretResult::Status status, const QString& detail,
                         std::function<void(Message)> done);
    // Gives an item a new label (the account was renamed); done once, later.
    virtual void relabel(const QString& service, const QString& key, const QString& label,
                         std::function<void()> done);
    // What removal means here when the item is not simply gone; empty otherwise.
    virtual Message removalNote() const { return {}; }
    // Reads many items at once where the keychain allows it. The answers hold
    // what is settled (Ok or NotFound); the keys left out, all of them by
    // default, are read one by one. Calls done once, later, unless what it
    // returns is called first: that stops the read, and done is not called.
    using Answers = QHash<QString, KeychainOutcome>;
    virtual std::function<void()> readMany(const QString& service, const QStringList& keys,
                                           std::function<void(Answers)> done);
};

// The real one: QtKeychain, with its plaintext fallback always off.
class QtKeychainBackend final : public KeychainBackend
{
public:
    void start(Operation op, const QString& service, const QString& key, const SecretBytes& data,
               const QString& label, Done done) override;
    QString name() const override;
    void explain(SecretResult::Status status, const QString& detail,
                 std::function<void(Message)> done) override;
    void relabel(const QString& service, const QString& key, const QString& label,
                 std::function<void()> done) override;
    Message removalNote() const override;
    std::function<void()> readMany(const QString& service, const QStringList& keys,
                                   std::function<void(Answers)> done) override;

private:
    // Whether reads and writes go to the Secret Service itself, not QtKeychain.
    static bool readsDirectly();
    // Everywhere but KeePassXC: an item is replaced where it is.
    static void replaceInPlace(Operation op, const QString& service, const QString& key,
                               const SecretBytes& data, const QString& label, Done done);
    static void readDirectly(const QString& service, const QString& key, Done done);
    static void readStaged(const QString& service, const QString& key, Done done);
    static void recreate(const QString& service, const QString& key, const SecretBytes& data,
                         const QString& label, Done done);
    static void settleStaging(const QString& service, const QString& next, KeychainOutcome outcome,
                              bool removedOld, Done done);
    static void removeStaged(const QString& service, const QString& key, Done done);

    KeychainQueue m_queue;
};
