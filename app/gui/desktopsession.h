// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "singleinstance.h"

#include <QObject>

#include <memory>

class AccountListPrefetch;
class AppServices;
class Clipboard;
class DemoSetup;
class MainWindow;
class SandboxServer;
class Ticker;
class Translations;
class TrayController;

// One open set of accounts with what shows them: the services, the window and
// the tray icon, and for the demo its sandbox and demo accounts. The sandbox
// lives exactly as long as the window that uses it. This is the window
// side's wiring: it creates the core objects (AppServices) and hands each
// part the ones it uses.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    // translations: what Settings switches the language through (may be null).
    DesktopSession(bool demo, Ticker* ticker, Clipboard* clipboard, Translations* translations,
                   QObject* parent = nullptr);
    ~DesktopSession() override;
    // The account list already being read (the window's start), for the
    // store of the user's accounts; before start().
    void setPrefetched(AccountListPrefetch* prefetched) { m_prefetched = prefetched; }

    // Starts what the session needs (the demo's sandbox); false and a reason if it cannot.
    bool start(QString* error);
    // Shows the tray icon, or makes the window an ordinary one without a tray.
    bool installTray();
    // The demo's accounts, once the window shows.
    void populateDemo();

    // A window over these core objects, its saved settings applied to them.
    static std::unique_ptr<MainWindow> createWindow(AppServices& services, Ticker* ticker,
                                                    Clipboard* clipboard);
    // The tray icon of that window, over the same core objects.
    static std::unique_ptr<TrayController> createTray(MainWindow* window, AppServices& services,
                                                      Ticker* ticker, Clipboard* clipboard);

    bool isDemo() const { return m_demo; }
    AppServices* services() const { return m_services.get(); }
    MainWindow* window() const { return m_window.get(); }
    TrayController* tray() const { return m_tray.get(); }

    // What a second `tokendock` asked for.
    void handle(const InstanceMessage& message, const SingleInstance::Reply& reply);

signals:
    void demoRequested();
    void quitRequested();

private:
    void runScreenshotHooks();
    void showCarrierPicker(const QString& search);
    void showRotation(const QString& accountName);

    bool m_demo;
    Ticker* m_ticker;
    Clipboard* m_clipboard;
    Translations* m_translations;
    AccountListPrefetch* m_prefetched = nullptr;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<DemoSetup> m_demoSetup;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;
};
