// SPDX-License-Identifier: Apache-2.0
#include "keychainmessages.h"

#include <optional>

namespace KeychainMessages {

namespace {

bool trouble(SecretResult::Status status)
{
    return status != SecretResult::Ok && status != SecretResult::NotFound;
}

// kwalletd5's Secret Service cannot make its encryption keys without QCA's OpenSSL plugin
bool missingQcaPlugin(const QString& detail)
{
    return detail.contains(QLatin1String("createDLGroup")) ||
           detail.contains(QLatin1String("libqca-ossl"));
}

std::optional<Message> fromKeePassXC(SecretResult::Status status, const KeychainState& state)
{
    if (state.noCollection)
        return Message::translate(
            "KeychainMessages",
            "KeePassXC has no group exposed to Secret Service. In KeePassXC, open Database "
            "\u25b8 Database Settings \u25b8 Secret Service Integration, expose a group, then "
            "retry.");
    if (state.locked || status == SecretResult::Locked)
        return Message::translate("KeychainMessages",
                                  "The KeePassXC database is locked. Unlock it in KeePassXC, "
                                  "then retry.");
    if (status == SecretResult::Timeout)
        return Message::translate(
            "KeychainMessages",
            "KeePassXC is waiting for an answer in one of its dialogs (access or removal). Allow "
            "TokenDock there, then retry.");
    if (status == SecretResult::Denied)
        return Message::translate("KeychainMessages",
                                  "KeePassXC refused TokenDock access. Retry and choose Allow in "
                                  "its access dialog.");
    return std::nullopt;
}

std::optional<Message> fromKWallet(SecretResult::Status status, const KeychainState& state)
{
    if (state.locked || status == SecretResult::Locked)
        return Message::translate("KeychainMessages",
                                  "The wallet in KWallet is closed. Open it (answer KWallet's "
                                  "password prompt, or use KWallet Manager), then retry.");
    if (status == SecretResult::Denied)
        return Message::translate("KeychainMessages",
                                  "KWallet refused TokenDock access. Retry and allow it when "
                                  "KWallet asks, or in KWallet Manager.");
    if (status == SecretResult::Timeout)
        return Message::translate("KeychainMessages",
                                  "KWallet did not answer in time; check that it is not waiting "
                                  "for a password prompt, then retry.");
    return std::nullopt;
}

std::optional<Message> fromGnomeKeyring(SecretResult::Status status, const KeychainState& state)
{
    if (state.locked || status == SecretResult::Locked)
        return Message::translate("KeychainMessages",
                                  "GNOME Keyring is locked. Unlock it (answer its password "
                                  "prompt, or use Passwords and Keys), then retry.");
    if (status == SecretResult::Denied)
        return Message::translate("KeychainMessages",
                                  "GNOME Keyring refused TokenDock access; unlock the keyring "
                                  "when it asks, then retry.");
    return std::nullopt;
}

} // namespace

Message generic(SecretResult::Status status, const QString& detail)
{
    switch (status) {
    case SecretResult::Ok:
        return {};
    case SecretResult::NotFound:
        return Message::translate(
            "SecretStore",
            "No secret is stored in the keychain for this account; enter it and save.");
    case SecretResult::NoBackend:
        return Message::translate(
            "SecretStore",
            "No keychain service is running. Start GNOME Keyring, KWallet, or KeePassXC with "
            "Secret Service Integration on, then retry.");
    case SecretResult::Locked:
        return Message::translate("SecretStore",
                                  "The keychain is locked or refused access; unlock it and retry.");
    case SecretResult::Denied:
        return Message::translate(
            "SecretStore",
            "The keychain refused TokenDock access; allow it in your keyring or password "
            "manager, then retry.");
    case SecretResult::Timeout:
        return Message::translate(
            "SecretStore",
            "The keychain did not answer in time; check that it is not waiting for a "
            "password prompt, then retry.");
    case SecretResult::Failed:
        return detail.isEmpty()
                   ? Message::translate(
                         "SecretStore",
                         "The keychain reported an error; retry, or restart the keychain service.")
                   : Message::translate(
                         "SecretStore",
                         "The keychain reported an error (%1); retry, or restart the keychain "
                         "service.")
                         .arg(detail);
    }
    return {};
}

std::optional<Message> afterRemoval(const KeychainProvider& provider)
{
    if (provider.kind != KeychainProvider::Kind::KeePassXC)
        return std::nullopt;
    return Message::translate("KeychainMessages",
                              "KeePassXC keeps removed items in its database's Recycle Bin "
                              "until you empty it.");
}

bool worthExamining(SecretResult::Status status, const KeychainProvider& provider)
{
    if (!trouble(status) || status == SecretResult::NoBackend)
        return false;
    return provider.kind == KeychainProvider::Kind::GnomeKeyring ||
           provider.kind == KeychainProvider::Kind::KeePassXC ||
           provider.kind == KeychainProvider::Kind::KWallet;
}

Message explain(SecretResult::Status status, const QString& detail,
                const KeychainProvider& provider, const KeychainState& state)
{
    if (!trouble(status))
        return generic(status, detail);
    if (missingQcaPlugin(detail))
        return Message::translate(
            "KeychainMessages",
            "KWallet's Secret Service lacks the QCA OpenSSL plugin (libqca-ossl). Install the "
            "package libqca-qt5-2-plugins, restart KWallet (log out and in), then retry.");
    std::optional<Message> specific;
    switch (provider.kind) {
    case KeychainProvider::Kind::KeePassXC:
        specific = fromKeePassXC(status, state);
        break;
    case KeychainProvider::Kind::KWallet:
        specific = fromKWallet(status, state);
        break;
    case KeychainProvider::Kind::GnomeKeyring:
        specific = fromGnomeKeyring(status, state);
        break;
    case KeychainProvider::Kind::Unknown:
    case KeychainProvider::Kind::None:
        break;
    }
    return specific ? *specific : generic(status, detail);
}

} // namespace KeychainMessages
