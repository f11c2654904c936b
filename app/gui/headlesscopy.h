// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <memory>

class AccountStore;
class AppSettings;
class CarrierCatalog;
class Clipboard;
class SecretStore;
class Ticker;
class TokenCopier;
class TokenService;

// `tokendock --copy NAME` when no TokenDock runs: copies the token itself,
// without a window. On X11 and Wayland a clipboard lives only as long as the
// program that owns it, so the process stays until another application takes
// the clipboard or the clear time has passed, then ends.
class HeadlessCopy : public QObject
{
    Q_OBJECT

public:
    // `secrets` is waited for before the end, so a token being cached gets there.
    HeadlessCopy(const AccountStore* store, SecretStore* secrets, TokenService* tokens,
                 const AppSettings& settings, const CarrierCatalog& catalog,
                 QObject* parent = nullptr);
    ~HeadlessCopy() override;

    // Starts the copy; finished() follows with the process's exit code.
    void start(const QString& accountName, const QString& formatId);

signals:
    void finished(int exitCode);

private:
    void done(int exitCode);

    const AccountStore* m_store;
    SecretStore* m_secrets;
    std::unique_ptr<Ticker> m_ticker;
    std::unique_ptr<Clipboard> m_clipboard;
    TokenCopier* m_copier = nullptr;
    bool m_finished = false;
};
