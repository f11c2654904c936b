// SPDX-License-Identifier: Apache-2.0
#include "traycontroller.h"

#include "accountactivity.h"
#include "accountfinder.h"
#include "accountlistpane.h"
#include "accountstatus.h"
#include "accountstore.h"
#include "appsettings.h"
#include "clipboard.h"
#include "icons.h"
#include "keepfresh.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "quickaccounts.h"
#include "secretlife.h"
#include "secretreminderwatch.h"
#include "ticker.h"
#include "tokencache.h"
#include "tokencopier.h"
#include "tokenservice.h"
#include "traymenu.h"
#include "traynotice.h"

#include <QGuiApplication>

namespace {
constexpr int kMessageMs = 6000;

QString copiedTitle(HeaderFormat::Format format, const QString& name)
{
    switch (format) {
    case HeaderFormat::Header:
        return TrayController::tr("Header for %1 copied").arg(name);
    case HeaderFormat::Token:
        return TrayController::tr("Token for %1 copied").arg(name);
    case HeaderFormat::Curl:
        return TrayController::tr("curl command for %1 copied").arg(name);
    case HeaderFormat::Httpie:
        return TrayController::tr("HTTPie command for %1 copied").arg(name);
    case HeaderFormat::PowerShell:
        return TrayController::tr("PowerShell command for %1 copied").arg(name);
    case HeaderFormat::Env:
        return TrayController::tr(".env line for %1 copied").arg(name);
    case HeaderFormat::Json:
        return TrayController::tr("JSON for %1 copied").arg(name);
    }
    return {};
}
} // namespace

TrayController::TrayController(MainWindow* window, const AccountStore* store, TokenService* tokens,
                               AppSettings* settings, const CarrierCatalog& catalog, Ticker* ticker,
                               Clipboard* clipboard, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_store(store)
    , m_tokens(tokens)
    , m_settings(settings)
    , m_ticker(ticker)
    , m_clipboard(clipboard)
    , m_copier(new TokenCopier(store, tokens, *settings, catalog, clipboard, this))
    , m_reminders(new SecretReminderWatch(store, settings, ticker->clock(), this))
    , m_menu(new TrayMenu(store, catalog, window->activity(), window->keepFresh(),
                          window->quickAccounts(), ticker))
    , m_icon(new QSystemTrayIcon(this))
{
    m_icon->setContextMenu(m_menu);
    connect(m_menu, &TrayMenu::copyRequested, this, &TrayController::copy);
    connect(m_menu, &TrayMenu::testRequested, this, &TrayController::test);
    connect(m_menu, &TrayMenu::openRequested, this, &TrayController::openAccount);
    connect(m_menu, &TrayMenu::showWindowRequested, this, &TrayController::showWindow);
    connect(m_menu, &TrayMenu::findRequested, this, &TrayController::showFinder);
    connect(m_menu, &TrayMenu::languageChanged, this, &TrayController::updateStatus);
    connect(m_menu, &TrayMenu::keepFreshToggled, this, [this](const QUuid& id, bool on) {
        QString error;
        if (!m_window->keepFresh()->setEnabled(id, on, &error))
            notify(tr("Keep fresh not changed"), error, true, id);
    });
    connect(m_menu, &TrayMenu::quitRequested, this, [this] {
        // unsaved changes in the editor are asked about with the window in view
        if (m_window->hasUnsavedChanges())
            showWindow();
        if (m_window->prepareToClose())
            emit quitRequested();
    });
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    toggleWindow();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_messageAccount.isNull())
            openAccount(m_messageAccount);
        else
            showWindow();
    });
    connect(m_copier, &TokenCopier::copied, this,
            [this](const QUuid& id, HeaderFormat::Format format, bool, const IssuedToken& token) {
                onCopied(id, format, token);
            });
    connect(m_copier, &TokenCopier::failed, this, &TrayController::onCopyFailed);
    // a copy from here or from `tokendock --copy` is a use, like one in the window
    connect(m_copier, &TokenCopier::copied, window->quickAccounts(),
            [quick = window->quickAccounts()](const QUuid& id) { quick->recordUse(id); });
    connect(m_window, &MainWindow::closedToTray, this, &TrayController::onClosedToTray);
    connect(m_window, &MainWindow::testFinished, this, &TrayController::onWindowTestFinished);

    AccountActivity* activity = window->activity();
    connect(activity, &AccountActivity::changed, this, &TrayController::updateStatus);
    connect(store, &AccountStore::changed, this, &TrayController::updateStatus);
    connect(ticker, &Ticker::tick, this, &TrayController::updateStatus);
    // no notification before there is a tray to show it (install)
    m_reminders->setNotifying(false);
    connect(m_reminders, &SecretReminderWatch::dueChanged, this, &TrayController::updateStatus);
    connect(m_reminders, &SecretReminderWatch::remind, this, &TrayController::onReminders);
    connect(m_window, &MainWindow::settingsChanged, m_reminders, &SecretReminderWatch::check);
    // the first check always reports what is due, and the status follows
    // (updateStatus): one pass over thousands of accounts, not two
    m_reminders->check();
}

TrayController::~TrayController()
{
    m_icon->hide();
    delete m_menu;   // a context menu is not owned by the icon
    delete m_finder; // a window of its own, like the menu
}

void TrayController::showFinder()
{
    if (!m_finder) {
        m_finder = new AccountFinder(m_window->accountList()->model());
        connect(m_finder, &AccountFinder::copyRequested, this, &TrayController::copy);
    }
    m_finder->popUp();
}

bool TrayController::isSystemTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayController::install()
{
    if (!isSystemTrayAvailable())
        return false;
    m_icon->show();
    m_reminders->setNotifying(true); // what was due at the start, said now
    return true;
}

bool TrayController::isInstalled() const
{
    return m_icon->isVisible();
}

void TrayController::updateStatus()
{
    TrayStatus next =
        TrayStatus::evaluate(m_store->accounts(), *m_window->activity(), m_ticker->now());
    next.addReminders(m_reminders->due());
    if (!m_statusKnown || next.overall != m_status.overall)
        m_icon->setIcon(Icons::original(TrayStatus::iconName(next.overall)));
    // account names reach the desktop's tray, which may read markup
    const QString tip =
        PlainText::forDesktop(next.toolTip(QGuiApplication::applicationDisplayName()));
    if (m_icon->toolTip() != tip)
        m_icon->setToolTip(tip);
    m_status = next;
    m_statusKnown = true;
    // the next expiry changes the icon and tooltip: be awake for it
    m_ticker->wakeAt(this, next.nextChange);
}

void TrayController::notify(const QString& rawTitle, const QString& rawMessage, bool failure,
                            const QUuid& account)
{
    // names and the carrier's words go to the desktop's notifications, which may read markup
    const QString title = PlainText::forDesktop(rawTitle);
    const QString message = PlainText::forDesktop(rawMessage);
    m_messageAccount = account;
    if (m_icon->isVisible())
        m_icon->showMessage(title, message,
                            failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information,
                            failure ? 2 * kMessageMs : kMessageMs);
    emit notified(title, message, failure);
}

QString TrayController::copiedMessage(HeaderFormat::Format format, const QString& name,
                                      std::optional<qint64> secondsLeft, int clearSeconds)
{
    QStringList parts{copiedTitle(format, name)};
    if (secondsLeft)
        parts << AccountStatus::span(AccountStatus::Span::ExpiresInLower,
                                     qMax<qint64>(0, *secondsLeft));
    else
        parts << tr("expiry unknown");
    if (clearSeconds > 0)
        parts << tr("clipboard clears in %n s", nullptr, clearSeconds);
    return parts.join(QStringLiteral(" — "));
}

void TrayController::copy(const QUuid& id, HeaderFormat::Format format)
{
    m_copier->copy(id, format);
}

void TrayController::copyByName(const QString& name, const QString& formatId, CopyDone done)
{
    const Account* p = m_store->findByName(name);
    const auto format =
        HeaderFormat::fromId(formatId.isEmpty() ? QStringLiteral("header") : formatId);
    if (!format) {
        done(false, Failure::exitCode(ErrorCategory::InvalidInput),
             tr("Unknown format \u201c%1\u201d; use one of: %2.")
                 .arg(formatId, HeaderFormat::ids().join(QStringLiteral(", "))));
        return;
    }
    if (!p) {
        done(false, Failure::exitCode(ErrorCategory::InvalidInput),
             tr("No account named \u201c%1\u201d.").arg(name));
        return;
    }
    m_remoteCopies[p->id].append(std::move(done));
    copy(p->id, *format);
}

void TrayController::onCopied(const QUuid& id, HeaderFormat::Format format,
                              const IssuedToken& token)
{
    const Account* p = m_store->find(id);
    const QString name = p ? p->name : QString();
    const QString message = copiedMessage(format, name, token.secondsLeft(m_ticker->now()),
                                          m_clipboard->clearSeconds());
    notify(tr("Copied"), message, false, id);
    for (const CopyDone& done : m_remoteCopies.take(id))
        done(true, 0, message);
}

void TrayController::onCopyFailed(const QUuid& id, const TokenResult& result)
{
    const Account* p = m_store->find(id);
    const QString title = tr("Nothing copied for %1").arg(p ? p->name : QString());
    const QString message = result.error.message.isEmpty() ? tr("The account no longer exists.")
                                                           : result.error.message.text();
    notify(title, message, true, id);
    const int code = result.ok() ? 1 : Failure::exitCode(result.error.category);
    for (const CopyDone& done : m_remoteCopies.take(id))
        done(false, code, title + QStringLiteral(": ") + message);
}

void TrayController::test(const QUuid& id)
{
    const auto done = [this, id](const TokenResult& r) {
        m_window->quickAccounts()->recordUse(id); // tested, whatever the outcome
        const Account* p = m_store->find(id);
        const QString name = p ? p->name : QString();
        if (r.ok() && r.probe.ran() && !r.probe.ok()) {
            notify(tr("%1: token received, API probe: %2")
                       .arg(name, ProbeOutcome::label(r.probe.verdict)),
                   r.probe.fullText(), true, id);
        } else if (r.ok()) {
            const auto left = r.token.secondsLeft(m_ticker->now());
            notify(tr("%1 works").arg(name),
                   left ? AccountStatus::span(AccountStatus::Span::ValidFor, *left)
                        : tr("A new token; its expiry is unknown."),
                   false, id);
        } else {
            notify(tr("%1: %2").arg(name, Failure::categoryLabel(r.error.category)),
                   r.error.message.text(), true, id);
        }
    };
    // Test Now is a test: the account's probe goes too
    m_tokens->requestToken(id, this, done, TokenService::Budget::Keep,
                           TokenService::ProbeWish::AsAccount);
}

void TrayController::onWindowTestFinished(const QUuid& id, const TokenResult& result)
{
    const Account* p = m_store->find(id);
    const auto notice =
        TrayNotice::forWindowTest(p ? p->name : QString(), result, m_window->isVisible());
    if (notice)
        notify(notice->title, notice->message, true, id);
}

void TrayController::showWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TrayController::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized())
        m_window->hide();
    else
        showWindow();
}

void TrayController::openAccount(const QUuid& id)
{
    showWindow();
    m_window->showAccount(id);
}

void TrayController::onReminders(const QList<SecretReminder>& fresh)
{
    // one notification for all that is new today; clicking it opens the first account
    const SecretReminder& first = fresh.first();
    const QString title = fresh.size() == 1
                              ? tr("Secret of %1: %2").arg(first.name, SecretLife::markText(first))
                              : tr("%n secrets need attention", nullptr, int(fresh.size()));
    QStringList lines;
    for (const SecretReminder& r : fresh)
        lines << r.text().text();
    notify(title, lines.join(QLatin1Char('\n')), first.kind != SecretReminder::Kind::ExpiresSoon,
           first.account);
}

void TrayController::onClosedToTray()
{
    AppSettings& settings = *m_settings;
    if (settings.closeToTrayNoticeShown())
        return;
    settings.setCloseToTrayNoticeShown(true);
    settings.sync();
    notify(QGuiApplication::applicationDisplayName(),
           tr("TokenDock keeps running in the tray, so copies and keep-fresh go on. Quit it "
              "from the tray menu."),
           false);
}
