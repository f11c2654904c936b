// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "headerformat.h"
#include "tokenresult.h"
#include "traystatus.h"

#include <QHash>
#include <QObject>
#include <QSystemTrayIcon>
#include <QUuid>

#include <functional>

class AccountFinder;
class AccountStore;
class AppSettings;
class CarrierCatalog;
class Clipboard;
class MainWindow;
class SecretReminderWatch;
class Ticker;
class TokenCopier;
class TokenService;
class TrayMenu;

// The tray icon of one window: its icon and tooltip sum up every account
// (TrayStatus), its menu copies and tests (TrayMenu), a click shows or hides
// the window, and notifications tell what a copy or test from here did.
// Copies use TokenCopier and the Clipboard, exactly like the window's Copy
// button. Without a system tray nothing shows, but copies asked for by a
// second `tokendock --copy` still work.
class TrayController : public QObject
{
    Q_OBJECT

public:
    // ok, the exit code for a second instance (Failure::exitCode), a sentence.
    using CopyDone = std::function<void(bool ok, int exitCode, const QString& message)>;

    // `settings` remembers whether the close-to-tray notice has been shown.
    TrayController(MainWindow* window, const AccountStore* store, TokenService* tokens,
                   AppSettings* settings, const CarrierCatalog& catalog, Ticker* ticker,
                   Clipboard* clipboard, QObject* parent = nullptr);
    ~TrayController() override;

    static bool isSystemTrayAvailable();
    // Shows the icon if the desktop has a tray; false when it has none.
    bool install();
    bool isInstalled() const;

    TrayMenu* menu() const { return m_menu; }
    // "Find Account…": made the first time it is asked for, then kept.
    AccountFinder* finder() const { return m_finder; }
    void showFinder();
    QSystemTrayIcon* icon() const { return m_icon; }
    const TrayStatus& status() const { return m_status; }
    SecretReminderWatch* reminders() const { return m_reminders; }

    void copy(const QUuid& id, HeaderFormat::Format format);
    // For a second instance: the account by name, the format by id.
    void copyByName(const QString& name, const QString& formatId, CopyDone done);
    void test(const QUuid& id);
    void showWindow();
    void toggleWindow();
    void openAccount(const QUuid& id);

    // "Header for acme copied — expires in 59 min — clipboard clears in 30 s"
    static QString copiedMessage(HeaderFormat::Format format, const QString& name,
                                 std::optional<qint64> secondsLeft, int clearSeconds);

signals:
    // Every notification, shown or not (without a tray nothing shows).
    void notified(const QString& title, const QString& message, bool failure);
    void quitRequested();

private:
    void updateStatus();
    void notify(const QString& title, const QString& message, bool failure,
                const QUuid& account = {});
    void onCopied(const QUuid& id, HeaderFormat::Format format, const IssuedToken& token);
    void onCopyFailed(const QUuid& id, const TokenResult& result);
    void onClosedToTray();
    void onReminders(const QList<SecretReminder>& fresh);
    void onWindowTestFinished(const QUuid& id, const TokenResult& result);

    MainWindow* m_window;
    const AccountStore* m_store;
    TokenService* m_tokens;
    AppSettings* m_settings;
    Ticker* m_ticker;
    Clipboard* m_clipboard;
    TokenCopier* m_copier;
    SecretReminderWatch* m_reminders;
    TrayMenu* m_menu;
    AccountFinder* m_finder = nullptr;
    QSystemTrayIcon* m_icon;
    TrayStatus m_status;
    bool m_statusKnown = false;
    QUuid m_messageAccount; // opened when the last notification is clicked
    QHash<QUuid, QList<CopyDone>> m_remoteCopies;
};
