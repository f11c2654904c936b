// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

// The program that keeps secrets for this session, found by asking the
// session bus who owns the keychain's name: what to tell a person depends on
// whether that is GNOME Keyring, KeePassXC or KWallet.
struct KeychainProvider
{
    enum class Kind
    {
        Unknown, // something else owns the Secret Service, or one is started on demand
        None,    // nobody owns it and the bus cannot start one
        GnomeKeyring,
        KeePassXC,
        KWallet
    };
    Kind kind = Kind::Unknown;
    // QtKeychain talks to kwalletd5 itself (a KDE session) rather than to a
    // Secret Service
    bool kwalletDirect = false;

    // Asks the bus daemon only, never the provider, so it cannot hang on a
    // provider that is stuck behind a dialog.
    static KeychainProvider detect();
    // detect()'s last answer while it is at most a few seconds old: the
    // calls of a busy run (Test All) do not each ask the bus daemon
    static KeychainProvider recent();
    // "KeePassXC", "GNOME Keyring", "KWallet"; empty when unknown
    QString name() const;

private:
    static KeychainProvider detectNow();
};

// What the provider said about itself when asked after a trouble.
struct KeychainState
{
    bool answered = false;     // it replied at all
    bool noCollection = false; // no collection to keep items in (KeePassXC: no exposed group)
    bool locked = false;       // the default collection, database or wallet is locked/closed
};

// Asks the provider, with a short timeout of its own; done is called once, later.
void examineKeychain(const KeychainProvider& provider, std::function<void(KeychainState)> done);
