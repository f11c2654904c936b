// SPDX-License-Identifier: Apache-2.0
#include "guiapp.h"

#include "accountlistprefetch.h"
#include "appservices.h"
#include "appsettings.h"
#include "appshutdown.h"
#include "clipboard.h"
#include "desktopsession.h"
#include "failure.h"
#include "headerformat.h"
#include "headlesscopy.h"
#include "icons.h"
#include "look.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "processhardening.h"
#include "secretstore.h"
#include "singleinstance.h"
#include "textpolicy.h"
#include "ticker.h"
#include "translations.h"
#include "traycontroller.h"
#include "windowoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLockFile>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

// Opens sessions (the user's accounts, or the demo in place of them) and
// keeps the single-instance socket named after what is open.
class Launcher
{
public:
    Launcher(Ticker* ticker, Clipboard* clipboard, SingleInstance* instance,
             Translations* translations, AccountListPrefetch* prefetched, bool minimized)
        : m_ticker(ticker)
        , m_clipboard(clipboard)
        , m_instance(instance)
        , m_translations(translations)
        , m_prefetched(prefetched)
        , m_minimized(minimized)
    {
        // the name shown with notifications and dialogs follows the language
        QObject::connect(translations, &Translations::changed, translations, [this] {
            QGuiApplication::setApplicationDisplayName(
                MainWindow::title(m_current && m_current->isDemo()));
        });
        m_instance->setHandler(
            [this](const InstanceMessage& message, const SingleInstance::Reply& reply) {
                if (m_current)
                    m_current->handle(message, reply);
                else
                    reply({false, 1,
                           QCoreApplication::translate("GuiApp", "TokenDock is still starting.")});
            });
    }

    bool open(bool demo)
    {
        auto session =
            std::make_unique<DesktopSession>(demo, m_ticker, m_clipboard, m_translations);
        if (!demo)
            session->setPrefetched(m_prefetched);
        QString error;
        QGuiApplication::setApplicationDisplayName(MainWindow::title(demo));
        if (!session->start(&error)) {
            PlainText::message(QMessageBox::Critical, nullptr,
                               QCoreApplication::translate("GuiApp", "Demo"), error);
            return false;
        }
        DesktopSession* s = session.get();
        QObject::connect(s, &DesktopSession::demoRequested, s, [this] {
            // the window asking is replaced, so switch once its signal has returned
            QTimer::singleShot(0, [this] { open(true); });
        });
        QObject::connect(s, &DesktopSession::quitRequested, s, [] { QApplication::quit(); });

        // the old window may hold unsaved changes the user wants to keep
        if (m_current && !m_current->window()->prepareToClose())
            return false;
        const bool tray = s->installTray();
        // with a tray the application goes on when its window closes
        QApplication::setQuitOnLastWindowClosed(!tray);
        const bool minimized =
            m_minimized || (!m_current && s->services()->settings().startMinimized());
        if (!minimized)
            s->window()->show();
        else if (!tray)
            s->window()->showMinimized();
        m_minimized = false;
        s->populateDemo();
        // closed only now, so there is always a window and the application stays
        if (m_current)
            m_current->window()->hide();
        m_current = std::move(session);
        listen(demo);
        return true;
    }

    // After the event loop: what is still on its way to the keychain gets there.
    void finish()
    {
        m_instance->close();
        if (!m_current)
            return;
        m_current->tray()->icon()->hide();
        m_clipboard->clearIfOurs();
        if (!AppShutdown::waitForKeychain(m_current->services()->secrets()))
            QTextStream(stderr) << QCoreApplication::translate(
                                       "GuiApp", "The keychain did not answer; a token may not "
                                                 "have been cached or removed.")
                                << Qt::endl;
        m_current.reset();
    }

private:
    void listen(bool demo)
    {
        QString error;
        const QString name = SingleInstance::serverName(demo, &error);
        if (name.isEmpty()) {
            m_instance->close();
            QTextStream(stderr) << QCoreApplication::translate(
                                       "GuiApp",
                                       "TokenDock runs without its single-instance socket, so a "
                                       "second start opens another window and tokendock --copy "
                                       "copies without this one: %1")
                                       .arg(error)
                                << Qt::endl;
            return;
        }
        if (m_instance->isListening() && m_instance->serverName() == name)
            return;
        if (!m_instance->listen(name, &error))
            QTextStream(stderr)
                << QCoreApplication::translate(
                       "GuiApp",
                       "A second tokendock (such as tokendock --copy) cannot reach this one: %1")
                       .arg(error)
                << Qt::endl;
    }

    Ticker* m_ticker;
    Clipboard* m_clipboard;
    SingleInstance* m_instance;
    Translations* m_translations;
    AccountListPrefetch* m_prefetched;
    bool m_minimized;
    std::unique_ptr<DesktopSession> m_current;
};

// A second start: the running TokenDock does the work. -1 = none runs.
int handOver(const QString& serverName, const InstanceMessage& message)
{
    const auto sent = SingleInstance::send(
        serverName, message, message.command == InstanceMessage::Command::Copy ? 90000 : 5000);
    QTextStream err(stderr);
    // the running window's answer names accounts and quotes carriers: shown inert
    if (!sent.reached) {
        if (!sent.error.isEmpty())
            err << TextPolicy::forTerminal(sent.error) << Qt::endl;
        return -1;
    }
    if (!sent.reply) {
        err << TextPolicy::forTerminal(sent.error) << Qt::endl;
        return 1;
    }
    if (!sent.reply->message.isEmpty())
        err << TextPolicy::forTerminal(sent.reply->message) << Qt::endl;
    return sent.reply->ok ? 0 : qMax(1, sent.reply->exitCode);
}

// Whether --format names a copy format; says which do when it does not.
bool knownFormat(const QString& format)
{
    if (format.isEmpty() || HeaderFormat::fromId(format))
        return true;
    QTextStream(stderr) << QCoreApplication::translate(
                               "GuiApp", "Unknown format \u201c%1\u201d; use one of: %2.")
                               .arg(format, HeaderFormat::ids().join(QStringLiteral(", ")))
                        << Qt::endl;
    return false;
}

// --copy with no window to hand it to: the token is copied by this process.
int copyWithoutWindow(bool demo, const InstanceMessage& message)
{
    AppServices services(demo ? AppServices::demo() : AppServices::standard());
    HeadlessCopy headless(services.store(), services.secrets(), services.tokens(),
                          services.settings(), services.catalog());
    int exitCode = 1;
    QObject::connect(&headless, &HeadlessCopy::finished, qApp, [&exitCode](int code) {
        exitCode = code;
        QApplication::quit();
    });
    headless.start(message.account, message.format);
    QApplication::exec();
    return exitCode;
}

} // namespace

namespace GuiApp {

int run(int argc, char** argv, AccountListPrefetch* prefetched)
{
    // before any secret is read: no core dumps, no same-user ptrace
    ProcessHardening::apply();
    QApplication app(argc, argv);
    // the list's read ends while the application still exists, on every way
    // out: a list that does not read asks it for translations
    const auto readEnded = qScopeGuard([prefetched] {
        if (prefetched)
            prefetched->wait();
    });
    QApplication::setApplicationName(QStringLiteral("tokendock"));
    QApplication::setApplicationDisplayName(QStringLiteral("TokenDock"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENDOCK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.tokendock.TokenDock"));
    // before the first text: the options' help is translated too
    Translations translations(AppServices::standard().settingsFile());
    translations.apply(translations.choice());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiApp", "Carrier API credentials in the OS keychain, OAuth 2.0 tokens two clicks away."));
    // `tokendock --demo --help` comes here (commandline.h): the window's own help
    parser.addHelpOption();
    parser.addVersionOption();
    // the options and their help: windowoptions.h, which the command line reads too
    parser.addOptions(WindowOptions::parserOptions());
    const QString demo = QStringLiteral("demo");
    const QString minimized = QStringLiteral("minimized");
    const QString copy = QStringLiteral("copy");
    const QString format = QStringLiteral("format");
    parser.process(app);

    InstanceMessage message;
    if (parser.isSet(copy)) {
        message.command = InstanceMessage::Command::Copy;
        message.account = parser.value(copy);
        message.format = parser.value(format);
        if (!knownFormat(message.format))
            return Failure::exitCode(ErrorCategory::InvalidInput);
    }
    QString noSocket;
    const QString serverName = SingleInstance::serverName(parser.isSet(demo), &noSocket);
    std::unique_ptr<QLockFile> startup;
    if (!serverName.isEmpty()) {
        startup = SingleInstance::lockStartup(serverName);
        const int handedOver = handOver(serverName, message);
        if (handedOver >= 0)
            return handedOver;
    } else if (parser.isSet(copy)) {
        // a window says so itself once it is open
        QTextStream(stderr) << QCoreApplication::translate(
                                   "GuiApp", "A running TokenDock cannot be reached, so this copy "
                                             "is made without it: %1")
                                   .arg(noSocket)
                            << Qt::endl;
    }

    if (parser.isSet(copy)) {
        startup.reset(); // a window may start meanwhile: this copy stays out of its way
        return copyWithoutWindow(parser.isSet(demo), message);
    }

    Icons::init();
    QApplication::setWindowIcon(Icons::original(QStringLiteral("tokendock")));
    app.setStyleSheet(Look::styleSheet());
    Ticker ticker;
    ticker.start();
    Clipboard clipboard(&ticker);
    SingleInstance instance;
    Launcher launcher(&ticker, &clipboard, &instance, &translations, prefetched,
                      parser.isSet(minimized));
    if (!launcher.open(parser.isSet(demo)))
        return 1;
    startup.reset();
    const int code = app.exec();
    launcher.finish();
    return code;
}

} // namespace GuiApp
