// SPDX-License-Identifier: Apache-2.0
#include "desktopsession.h"

#include "accountactivity.h"
#include "accountfilewatch.h"
#include "accountpage.h"
#include "accountstore.h"
#include "appservices.h"
#include "carrierpicker.h"
#include "credentialseditor.h"
#include "demosetup.h"
#include "heaptrim.h"
#include "keepfresh.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "rotatedialog.h"
#include "sandboxserver.h"
#include "ticker.h"
#include "traycontroller.h"
#include "traymenu.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>

// Which display the window went to and whether it has a tray to go to:
// Wayland desktops offer a tray only through a StatusNotifierItem host.
Q_LOGGING_CATEGORY(lcSession, "tokendock.session", QtInfoMsg)

DesktopSession::DesktopSession(bool demo, Ticker* ticker, Clipboard* clipboard,
                               Translations* translations, QObject* parent)
    : QObject(parent)
    , m_demo(demo)
    , m_ticker(ticker)
    , m_clipboard(clipboard)
    , m_translations(translations)
{}

DesktopSession::~DesktopSession()
{
    // the tray refers to the window, the window to the services
    m_tray.reset();
    m_window.reset();
    m_demoSetup.reset();
    m_services.reset();
}

bool DesktopSession::start(QString* error)
{
    if (m_demo) {
        m_sandbox = std::make_unique<SandboxServer>();
        if (!m_sandbox->start(0)) {
            *error = tr("The demo's sandbox could not start on this computer's loopback address.");
            return false;
        }
    }
    AppServices::Options options = m_demo ? AppServices::demo() : AppServices::standard();
    options.prefetched = m_prefetched;
    m_services = std::make_unique<AppServices>(options);
    // the window never waits on a script holding the account list's lock
    m_services->store()->setAsync(true);
    m_window = createWindow(*m_services, m_ticker, m_clipboard);
    m_window->setTranslations(m_translations);
    if (m_demo)
        m_window->setDemoMode(true, m_sandbox->baseUrl());
    m_ticker->watch(m_window.get()); // the 1 Hz beat runs while the window shows
    connect(m_window.get(), &MainWindow::demoRequested, this, &DesktopSession::demoRequested);
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopSession::quitRequested);
    m_tray = createTray(m_window.get(), *m_services, m_ticker, m_clipboard);
    connect(m_tray.get(), &TrayController::quitRequested, this, &DesktopSession::quitRequested);
    // the start's bursts are over (the list's parse, every cached token's
    // keychain reply): at 5,000 accounts what they freed is some 5 MB.
    // Queued: after the last reply's handlers have returned what they held.
    connect(m_window->activity(), &AccountActivity::cachedTokensLoaded, this,
            &HeapTrim::returnFreePages, Qt::QueuedConnection);
    return true;
}

std::unique_ptr<MainWindow> DesktopSession::createWindow(AppServices& services, Ticker* ticker,
                                                         Clipboard* clipboard)
{
    MainWindow::Core core;
    core.store = services.store();
    core.secrets = services.secrets();
    core.tokenCache = services.tokenCache();
    core.accounts = services.accounts();
    core.tokens = services.tokens();
    core.settings = &services.settings();
    core.catalog = &services.catalog();
    core.clock = &services.clock();
    core.rotation = services.rotation();
    auto window = std::make_unique<MainWindow>(core, ticker, clipboard);
    // what another tokendock saves shows in the open window
    new AccountFileWatch(services.store(), window.get());
    QObject::connect(window.get(), &MainWindow::settingsChanged, &services,
                     &AppServices::applySettings);
    return window;
}

std::unique_ptr<TrayController> DesktopSession::createTray(MainWindow* window,
                                                           AppServices& services, Ticker* ticker,
                                                           Clipboard* clipboard)
{
    return std::make_unique<TrayController>(window, services.store(), services.tokens(),
                                            &services.settings(), services.catalog(), ticker,
                                            clipboard);
}

bool DesktopSession::installTray()
{
    const bool tray = m_tray->install();
    qCDebug(lcSession, "platform %s, system tray %s", qPrintable(QGuiApplication::platformName()),
            tray ? "shown" : "absent: closing the window quits");
    m_window->setCloseToTray(tray);
    return tray;
}

void DesktopSession::populateDemo()
{
    if (!m_demo)
        return;
    m_demoSetup = std::make_unique<DemoSetup>(m_services->store(), m_services->accounts(),
                                              m_sandbox.get(), m_services->catalog());
    MainWindow* window = m_window.get();
    connect(m_demoSetup.get(), &DemoSetup::finished, this,
            [this, window](bool ok, const QString& e) {
                if (!ok) {
                    PlainText::message(QMessageBox::Warning, window, tr("Demo"),
                                       tr("The demo accounts could not be set up: %1").arg(e));
                    return;
                }
                runScreenshotHooks();
            });
    m_demoSetup->populate();
}

// For reproducible screenshots of the demo:
//   TOKENDOCK_SCREENSHOT_SELECT=<account name> selects that account and tests it;
//   TOKENDOCK_SCREENSHOT_TRAY=<account name> tests every account, turns
//   keep-fresh on for that one and opens the tray menu at its submenu;
//   TOKENDOCK_SCREENSHOT_NEW=<preset id>[+advanced] opens a new account for
//   that preset (with Advanced open);
//   TOKENDOCK_SCREENSHOT_ROTATE=<account name> rotates that account's secret
//   to one the sandbox also takes, and leaves the dialog open on the outcome;
//   TOKENDOCK_SCREENSHOT_PICKER=<search> opens a new account and types the
//   search into the carrier picker; "*[preset id]" opens the picker's whole
//   list (at that preset).
void DesktopSession::runScreenshotHooks()
{
    const QString search = qEnvironmentVariable("TOKENDOCK_SCREENSHOT_PICKER");
    if (!search.isEmpty())
        showCarrierPicker(search);
    const QString fresh = qEnvironmentVariable("TOKENDOCK_SCREENSHOT_NEW");
    if (!fresh.isEmpty()) {
        if (QAction* add = m_window->findChild<QAction*>(QStringLiteral("newAction")))
            add->trigger();
        CredentialsEditor* editor = m_window->accountPage()->editor();
        if (auto* picker = editor->findChild<CarrierPicker*>())
            picker->setCurrentPresetId(fresh.section(QLatin1Char('+'), 0, 0));
        if (fresh.endsWith(QLatin1String("+advanced"))) {
            if (auto* toggle = editor->findChild<QToolButton*>(QStringLiteral("advancedToggle")))
                toggle->setChecked(true);
            // once laid out, scrolled so that Advanced shows whole
            QTimer::singleShot(500, editor, [this, editor] {
                auto* area = m_window->findChild<QScrollArea*>(QStringLiteral("credentialsScroll"));
                if (auto* panel = editor->findChild<QWidget*>(QStringLiteral("shapeEditor"));
                    area && panel)
                    area->ensureWidgetVisible(panel, 0, 0);
            });
        }
    }
    const QString rotated = qEnvironmentVariable("TOKENDOCK_SCREENSHOT_ROTATE");
    if (!rotated.isEmpty())
        showRotation(rotated);
    const QString name = qEnvironmentVariable("TOKENDOCK_SCREENSHOT_SELECT");
    if (!name.isEmpty() && m_window->selectAccount(name))
        m_window->testCurrent();
    const QString trayAccount = qEnvironmentVariable("TOKENDOCK_SCREENSHOT_TRAY");
    if (trayAccount.isEmpty())
        return;
    if (QAction* all = m_window->findChild<QAction*>(QStringLiteral("testAllAction")))
        all->trigger();
    const Account* shown = m_services->store()->findByName(trayAccount);
    const QUuid id = shown ? shown->id : QUuid();
    if (!id.isNull())
        m_window->keepFresh()->setEnabled(id, true);
    QTimer::singleShot(3000, this, [this, id] {
        TrayMenu* menu = m_tray->menu();
        const QRect icon = m_tray->icon()->geometry();
        menu->popup(icon.isValid() ? icon.bottomLeft() : QPoint(40, 40));
        if (QMenu* sub = menu->accountMenu(id))
            menu->setActiveAction(sub->menuAction());
    });
}

void DesktopSession::showRotation(const QString& accountName)
{
    const Account* account = m_services->store()->findByName(accountName);
    if (!account || !m_sandbox || !m_window->selectAccount(accountName))
        return;
    // the portal's second secret: the sandbox takes both until the rotation is done
    const QByteArray secret = QByteArrayLiteral("demo-rotated-secret");
    m_sandbox->acceptAlso(account->carrierId, secret);
    QTimer::singleShot(1500, this, [this, secret] {
        if (QAction* rotate = m_window->findChild<QAction*>(QStringLiteral("rotateAction")))
            rotate->trigger();
        auto* dialog = m_window->findChild<RotateDialog*>();
        auto* edit =
            dialog ? dialog->findChild<QLineEdit*>(QStringLiteral("rotateSecretEdit")) : nullptr;
        if (!edit)
            return;
        edit->setText(QString::fromLatin1(secret));
        if (auto* go = dialog->findChild<QPushButton*>(QStringLiteral("rotateReplaceButton")))
            go->click();
    });
}

void DesktopSession::showCarrierPicker(const QString& search)
{
    if (QAction* add = m_window->findChild<QAction*>(QStringLiteral("newAction")))
        add->trigger();
    auto* picker = m_window->accountPage()->editor()->findChild<CarrierPicker*>();
    if (!picker)
        return;
    // once the window is up, active and laid out
    QTimer::singleShot(1000, picker, [picker, search] {
        picker->setFocus(Qt::OtherFocusReason);
        if (search.startsWith(QLatin1Char('*'))) {
            picker->setCurrentPresetId(search.mid(1));
            picker->showPopup();
            return;
        }
        picker->lineEdit()->selectAll();
        picker->lineEdit()->insert(search); // as typed: the list narrows
    });
}

void DesktopSession::handle(const InstanceMessage& message, const SingleInstance::Reply& reply)
{
    if (message.command == InstanceMessage::Command::Raise) {
        m_tray->showWindow();
        reply({true, 0, QString()});
        return;
    }
    m_tray->copyByName(message.account, message.format,
                       [reply](bool ok, int exitCode, const QString& text) {
                           reply({ok, exitCode, text});
                       });
}
