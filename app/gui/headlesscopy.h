// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <memory>

class AppServices;
class Clipboard;
class Ticker;
class TokenCopier;

// `tokendock --copy NAME` when no TokenDock runs: copies the token itself,
// without a window. On X11 and Wayland a clipboard lives only as long as the
// program that owns it, so the process stays until another application takes
// the clipboard or the clear time has passed, then ends.
class HeadlessCopy : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessCopy(bool demo, QObject* parent = nullptr);
    ~HeadlessCopy() override;

    // Starts the copy; finished() follows with the process's exit code.
    void start(const QString& accountName, const QString& formatId);

signals:
    void finished(int exitCode);

private:
    void done(int exitCode);

    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<Ticker> m_ticker;
    std::unique_ptr<Clipboard> m_clipboard;
    TokenCopier* m_copier = nullptr;
    bool m_finished = false;
};
