#include "guiapp.h"

#include "appservices.h"
#include "clipboard.h"
#include "demosetup.h"
#include "icons.h"
#include "look.h"
#include "mainwindow.h"
#include "processhardening.h"
#include "sandboxserver.h"
#include "ticker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <memory>

namespace {

// One open window with what it needs. The demo adds its sandbox, which lives
// exactly as long as the window that uses it.
struct Session
{
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<DemoSetup> demo;
    std::unique_ptr<MainWindow> window;
};

class Launcher
{
public:
    Launcher(Ticker* ticker, Clipboard* clipboard, bool minimized)
        : m_ticker(ticker)
        , m_clipboard(clipboard)
        , m_minimized(minimized)
    {}

    bool open(bool demo)
    {
        auto session = std::make_unique<Session>();
        if (demo) {
            session->sandbox = std::make_unique<SandboxServer>();
            if (!session->sandbox->start(0)) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("GuiApp", "Demo"),
                                      QCoreApplication::translate(
                                          "GuiApp", "The demo's sandbox could not start on this "
                                                    "computer's loopback address."));
                return false;
            }
        }
        QGuiApplication::setApplicationDisplayName(
            demo ? QCoreApplication::translate("MainWindow", "TokenDock — Demo")
                 : QCoreApplication::translate("MainWindow", "TokenDock"));
        session->services =
            std::make_unique<AppServices>(demo ? AppServices::demo() : AppServices::standard());
        session->window =
            std::make_unique<MainWindow>(session->services.get(), m_ticker, m_clipboard);
        MainWindow* window = session->window.get();
        if (demo)
            window->setDemoMode(true, QCoreApplication::translate(
                                          "GuiApp", "Demo: answered by the built-in sandbox at %1")
                                          .arg(session->sandbox->baseUrl().toString()));
        QObject::connect(window, &MainWindow::demoRequested, window, [this] {
            // the window asking is replaced, so switch once its signal has returned
            QTimer::singleShot(0, [this] { open(true); });
        });

        // the old window may hold unsaved changes the user wants to keep
        if (m_current && m_current->window && !m_current->window->prepareToClose())
            return false;
        if (m_minimized)
            window->showMinimized();
        else
            window->show();
        m_minimized = false;
        if (demo)
            populateDemo(session.get());
        // closed only now, so there is always a window and the application stays
        if (m_current && m_current->window)
            m_current->window->hide();
        m_current = std::move(session);
        return true;
    }

private:
    void populateDemo(Session* session)
    {
        session->demo =
            std::make_unique<DemoSetup>(session->services.get(), session->sandbox.get());
        MainWindow* window = session->window.get();
        QObject::connect(session->demo.get(), &DemoSetup::finished, window,
                         [window](bool ok, const QString& error) {
                             if (!ok) {
                                 QMessageBox::warning(
                                     window, QCoreApplication::translate("GuiApp", "Demo"),
                                     QCoreApplication::translate(
                                         "GuiApp", "The demo accounts could not be set up: %1")
                                         .arg(error));
                                 return;
                             }
                             runScreenshotHook(window);
                         });
        session->demo->populate();
    }

    // For reproducible screenshots: TOKENDOCK_SCREENSHOT_SELECT=<account name>
    // selects that demo account and tests it once the demo is ready.
    static void runScreenshotHook(MainWindow* window)
    {
        const QString name = qEnvironmentVariable("TOKENDOCK_SCREENSHOT_SELECT");
        if (!name.isEmpty() && window->selectAccount(name))
            window->testCurrent();
    }

    Ticker* m_ticker;
    Clipboard* m_clipboard;
    bool m_minimized;
    std::unique_ptr<Session> m_current;
};

} // namespace

namespace GuiApp {

int run(int argc, char** argv)
{
    // before any secret is read: no core dumps, no same-user ptrace
    ProcessHardening::apply();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokendock"));
    QApplication::setApplicationDisplayName(QStringLiteral("TokenDock"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENDOCK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.tokendock.TokenDock"));
    Icons::init();
    QApplication::setWindowIcon(Icons::original(QStringLiteral("tokendock")));
    app.setStyleSheet(Look::styleSheet());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiApp", "Carrier API credentials in the OS keychain, OAuth 2.0 tokens two clicks away."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("GuiApp", "Open the demo: every carrier against a built-in "
                                              "sandbox, apart from your own accounts."));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QCoreApplication::translate("GuiApp", "Start with the window minimized."));
    const QCommandLineOption copy(
        QStringLiteral("copy"),
        QCoreApplication::translate("GuiApp", "Reserved for the tray: copy the account's header."),
        QStringLiteral("name"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("GuiApp", "Reserved for the tray: the format for --copy."),
        QStringLiteral("format"));
    parser.addOptions({demo, minimized, copy, format});
    parser.process(app);

    Ticker ticker;
    ticker.start();
    Clipboard clipboard(&ticker);
    Launcher launcher(&ticker, &clipboard, parser.isSet(minimized));
    if (!launcher.open(parser.isSet(demo)))
        return 1;
    return app.exec();
}

} // namespace GuiApp
