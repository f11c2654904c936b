// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "accountactivity.h"
#include "accountlistmodel.h"
#include "accountlistpane.h"
#include "accountpage.h"
#include "accountstore.h"
#include "appsettings.h"
#include "carriercatalog.h"
#include "clipboard.h"
#include "credentialseditor.h"
#include "icons.h"
#include "keepfresh.h"
#include "outcomebanner.h"
#include "quickaccounts.h"
#include "secretstore.h"
#include "supportreport.h"
#include "testallrun.h"
#include "ticker.h"
#include "tokencopier.h"
#include "tokenservice.h"
#include "unreadablepanel.h"
#include "welcomepanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace {
enum Page
{
    WelcomePage,
    AccountPageIndex,
    UnreadablePage
};
const QString kGeometryKey = QStringLiteral("ui/windowGeometry");
const QString kStateKey = QStringLiteral("ui/windowState");
const QString kSplitterKey = QStringLiteral("ui/mainSplitter");
// What Copy Header put on the clipboard, by the names of its headers when they
// are not the usual Authorization alone (Royal Mail's X-RMG-Auth-Token, Maersk's Consumer-Key).
// Takes the names alone: the status text is kept to be worded again, the token never.
QStringList headerNames(const IssuedToken& token)
{
    QStringList names{token.useHeader};
    for (const ApiHeader& h : token.apiHeaders)
        names << QString::fromLatin1(h.name);
    return names;
}
QString copiedLabel(HeaderFormat::Format format, const QStringList& names)
{
    if (format != HeaderFormat::Header ||
        (names.size() == 1 &&
         names.first().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0))
        return HeaderFormat::label(format);
    return names.size() == 1 ? MainWindow::tr("%1 header").arg(names.first())
                             : MainWindow::tr("%1 headers").arg(names.join(QStringLiteral(", ")));
}
} // namespace

MainWindow::MainWindow(const Core& core, Ticker* ticker, Clipboard* clipboard, QWidget* parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_ticker(ticker)
    , m_clipboard(clipboard)
    , m_activity(
          new AccountActivity(core.store, core.tokenCache, core.tokens, *core.settings, this))
    , m_keepFresh(new KeepFresh(core.store, core.tokenCache, core.tokens, *core.catalog,
                                *core.clock, m_activity, ticker, this))
    , m_copier(
          new TokenCopier(core.store, core.tokens, *core.settings, *core.catalog, clipboard, this))
    , m_quick(new QuickAccounts(core.store, core.settings, this))
    , m_testAll(new TestAllRun(core.store, core.tokens, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new AccountListPane(core.store, *core.catalog, m_activity, ticker, m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_welcome(new WelcomePanel(core.secrets, m_stack))
    , m_page(new AccountPage(core.store, core.accounts, core.secrets, *core.settings, *core.catalog,
                             m_activity, ticker, m_stack))
    , m_unreadable(new UnreadablePanel(m_stack))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::original(QStringLiteral("tokendock")));
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_page);
    m_stack->addWidget(m_unreadable);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({330, 870});
    m_list->setMinimumWidth(240);
    setCentralWidget(m_splitter);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    createPasteActions();
    createQuickActions();
    m_page->setActions(m_testAction, m_copyHeaderAction, m_copyMenu, m_copyReportAction);
    m_page->setTestAndCopy(m_testCopyAction);
    m_page->setRotate(m_rotateAction);
    // from the account list, Tab goes on to what is done with the account
    QWidget* previous = m_list->view();
    for (const QString& name : {QStringLiteral("testButton"), QStringLiteral("copyButton"),
                                QStringLiteral("testCopyButton"), QStringLiteral("reportButton"),
                                QStringLiteral("rotateSecretButton")}) {
        QWidget* next = m_page->findChild<QWidget*>(name);
        setTabOrder(previous, next);
        previous = next;
    }
    m_page->setKeepFresh(m_keepFresh);
    m_page->setClipboard(m_clipboard);
    m_clipboard->setClearSeconds(m_core.settings->clipboardClearSeconds());
    applyReminderRules();

    connect(m_list, &AccountListPane::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_welcome, &WelcomePanel::addRequested, this, &MainWindow::newAccount);
    connect(m_welcome, &WelcomePanel::pasteRequested, this, &MainWindow::pasteCredentials);
    connect(m_page->editor(), &CredentialsEditor::pasteRequested, this,
            &MainWindow::pasteCredentials);
    connect(m_welcome, &WelcomePanel::demoRequested, this, &MainWindow::demoRequested);
    connect(m_unreadable, &UnreadablePanel::startFreshRequested, this, &MainWindow::startFresh);
    connect(m_page, &AccountPage::cancelRequested, this,
            [this](const QUuid& id) { m_core.tokens->cancel(id); });
    connect(
        m_page->editor(), &CredentialsEditor::saved, this, [this](const QUuid& id, bool created) {
            m_list->select(id);
            showStatus([created] { return created ? tr("Account added.") : tr("Changes saved."); },
                       4000);
            updateView();
        });
    connect(m_page->editor(), &CredentialsEditor::dirtyChanged, this, &MainWindow::updateActions);
    connect(m_page->editor(), &CredentialsEditor::draftDiscarded, this,
            &MainWindow::onDraftDiscarded);
    connect(m_core.store, &AccountStore::changed, this, &MainWindow::updateView);
    connect(m_activity, &AccountActivity::changed, this, &MainWindow::updateActions);
    connect(
        m_copier, &TokenCopier::copied, this,
        [this](const QUuid&, HeaderFormat::Format format, bool renewed, const IssuedToken& token) {
            const int seconds = m_clipboard->clearSeconds();
            showStatus(
                [format, renewed, seconds, names = headerNames(token)] {
                    const QString what = copiedLabel(format, names);
                    QString text = renewed
                                       ? tr("Fetched a new token and copied it as: %1.").arg(what)
                                       : tr("Copied: %1.").arg(what);
                    if (seconds > 0)
                        text += QLatin1Char(' ') +
                                tr("The clipboard clears in %n seconds.", nullptr, seconds);
                    return text;
                },
                6000);
        });
    connect(m_copier, &TokenCopier::failed, this, [this](const QUuid&, const TokenResult& r) {
        const Message why = r.error.message;
        showStatus([why] { return tr("Nothing copied: %1").arg(why.text()); }, 8000);
    });
    connect(m_core.tokens, &TokenService::tokenNotCached, this,
            [this](const QUuid& id, const Message& why) {
                const Account* account = m_core.store->find(id);
                const QString name = account ? account->name : QString();
                showStatus([name, why] { return tr("\u201c%1\u201d: %2").arg(name, why.text()); },
                           10000);
            });
    connect(m_testAll, &TestAllRun::progress, this, [this](int done, int total) {
        m_testAllDone = done;
        m_testAllTotal = total;
        m_testAllProgress->setRange(0, total);
        m_testAllProgress->setValue(done);
        showTestAllProgress();
        m_testAllProgress->show();
        m_testAllLabel->show();
        updateActions();
    });
    connect(m_testAll, &TestAllRun::finished, this, [this](int total, int failures) {
        m_testAllProgress->hide();
        m_testAllLabel->hide();
        showStatus(
            [total, failures] {
                return failures == 0
                           ? tr("Tested %n accounts: all worked.", nullptr, total)
                           : tr("Tested %n accounts: %1 failed.", nullptr, total).arg(failures);
            },
            10000);
        updateActions();
    });

    retranslate();
    restoreWindowState();
    loadCachedTokensAfterFirstFrame();
    updateView();
    m_list->selectFirst();
    if (m_stack->currentWidget() == m_welcome)
        m_welcome->setFocus();
    else
        m_list->view()->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::loadCachedTokensAfterFirstFrame()
{
    m_activity->holdCachedTokens(true);
    m_activity->loadCachedTokens(); // counts as loading from now on
    m_awaitingFirstFrame = true;
    // Whoever made the window has shown it, or not, by the time events run:
    // a window in the tray or minimized draws no frame to wait for.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible() || isMinimized())
            releaseCachedTokens();
    });
    QTimer::singleShot(kFirstFrameWaitMs, this, &MainWindow::releaseCachedTokens);
}

void MainWindow::releaseCachedTokens()
{
    m_awaitingFirstFrame = false;
    m_activity->holdCachedTokens(false);
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    // once this frame has reached the screen
    if (m_awaitingFirstFrame)
        QTimer::singleShot(0, this, &MainWindow::releaseCachedTokens);
}

void MainWindow::setDemoMode(bool demo, const QUrl& sandbox)
{
    m_demo = demo;
    m_sandbox = sandbox;
    m_welcome->setDemoAvailable(!demo);
    m_demoNote->setVisible(demo && sandbox.isValid());
    retranslate();
}

QString MainWindow::title(bool demo)
{
    return demo ? tr("TokenDock — Demo") : tr("TokenDock");
}

void MainWindow::retranslate()
{
    setWindowTitle(title(m_demo));
    m_demoNote->setText(
        m_sandbox.isValid()
            ? tr("Demo: answered by the built-in sandbox at %1").arg(m_sandbox.toString())
            : QString());
    retranslateActions();
    showTestAllProgress();
    showClipboardCountdown();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        renderStatus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showStatus(std::function<QString()> text, int timeoutMs)
{
    m_statusText = std::move(text);
    m_statusTimeout = timeoutMs;
    m_statusSince.start();
    m_statusShown = m_statusText();
    statusBar()->showMessage(m_statusShown, timeoutMs);
}

void MainWindow::renderStatus()
{
    // only while it still shows: another text or the timeout took it away
    if (!m_statusText || statusBar()->currentMessage() != m_statusShown || m_statusShown.isEmpty())
        return;
    int left = 0;
    if (m_statusTimeout > 0)
        left = qMax(1, m_statusTimeout - int(m_statusSince.elapsed()));
    m_statusShown = m_statusText();
    statusBar()->showMessage(m_statusShown, left);
}

void MainWindow::showClipboardCountdown()
{
    m_clipboardStatus->setText(tr("Clipboard clears in %n s", nullptr, m_clipboardSeconds));
}

void MainWindow::showTestAllProgress()
{
    m_testAllLabel->setText(
        tr("Testing %1 of %n accounts…", nullptr, m_testAllTotal).arg(m_testAllDone));
}

QUuid MainWindow::currentAccount() const
{
    return m_page->isDraft() ? QUuid() : m_page->accountId();
}

bool MainWindow::selectAccount(const QString& name)
{
    const Account* p = m_core.store->findByName(name);
    return p && showAccount(p->id);
}

bool MainWindow::showAccount(const QUuid& id)
{
    if (!m_core.store->find(id))
        return false;
    m_list->select(id);
    return m_page->accountId() == id;
}

void MainWindow::applyReminderRules()
{
    const ReminderRules rules = ReminderRules::from(*m_core.settings);
    m_list->model()->setReminderRules(rules);
    m_page->setReminderRules(rules);
}

void MainWindow::setCloseToTray(bool on)
{
    m_closeToTray = on;
}

bool MainWindow::hasUnsavedChanges() const
{
    return m_page->editor()->isDirty();
}

void MainWindow::restoreWindowState()
{
    const AppSettings& settings = *m_core.settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1200, 760);
        if (const QScreen* screen = this->screen()) {
            const QRect area = screen->availableGeometry();
            resize(qMin(1200, area.width() - 40), qMin(760, area.height() - 40));
            move(area.center() - rect().center());
        }
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::saveWindowState()
{
    AppSettings& settings = *m_core.settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.sync();
}

bool MainWindow::prepareToClose()
{
    if (!confirmLeaveEditor(QUuid()))
        return false;
    saveWindowState();
    m_closing = true;
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closing) {
        QMainWindow::closeEvent(event);
        return;
    }
    if (m_closeToTray) {
        // the editor keeps its state: nothing to ask until the application quits
        saveWindowState();
        event->ignore();
        hide();
        emit closedToTray();
        return;
    }
    if (!prepareToClose()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::updateView()
{
    AccountStore* store = m_core.store;
    if (store->state() == AccountStore::State::Unreadable) {
        m_unreadable->setProblem(store->problem());
        m_stack->setCurrentIndex(UnreadablePage);
    } else if (store->accounts().isEmpty() && !m_page->isDraft()) {
        m_stack->setCurrentIndex(WelcomePage);
    } else {
        m_stack->setCurrentIndex(AccountPageIndex);
        const QUuid shown = m_page->accountId();
        if (!m_page->isDraft() && (shown.isNull() || !store->find(shown))) {
            m_list->selectFirst();
            if (m_list->currentId().isNull() || !store->find(m_list->currentId()))
                m_stack->setCurrentIndex(store->accounts().isEmpty() ? WelcomePage
                                                                     : AccountPageIndex);
        }
    }
    m_list->setEnabled(store->isWritable() || !store->accounts().isEmpty());
    m_page->setReadOnly(!store->isWritable());
    updateActions();
}

void MainWindow::updateActions()
{
    const AccountStore* store = m_core.store;
    const bool writable = store->isWritable();
    const QUuid id = currentAccount();
    const bool hasAccount = !id.isNull() && store->find(id);
    const bool busy = hasAccount && m_activity->isBusy(id);
    const bool onPage = m_stack->currentIndex() == AccountPageIndex;
    m_newAction->setEnabled(writable);
    m_duplicateAction->setEnabled(writable && hasAccount && onPage);
    m_deleteAction->setEnabled(writable && hasAccount && onPage);
    m_testAction->setEnabled(writable && onPage && (hasAccount || m_page->isDraft()) && !busy);
    m_testCopyAction->setEnabled(m_testAction->isEnabled());
    m_pasteAction->setEnabled(writable);
    m_cancelAction->setEnabled(busy);
    m_copyHeaderAction->setEnabled(hasAccount && onPage);
    m_copyMenu->setEnabled(hasAccount && onPage);
    const bool hasOutcome = hasAccount && (m_activity->lastResult(id) || m_activity->token(id));
    m_copyReportAction->setEnabled(hasOutcome && onPage);
    m_rotateAction->setEnabled(writable && hasAccount && onPage && !busy && m_core.rotation);
    m_testAllAction->setEnabled(writable && !store->accounts().isEmpty() &&
                                !m_testAll->isRunning());
    m_filterAction->setEnabled(!store->accounts().isEmpty());
    updatePinAction();
}

void MainWindow::onCurrentChanged(const QUuid& id)
{
    if (m_switching || id == m_page->accountId())
        return;
    if (!confirmLeaveEditor(id)) {
        // stay where we are: put the selection back
        const QSignalBlocker block(m_list);
        m_switching = true;
        m_list->select(m_page->accountId());
        m_switching = false;
        return;
    }
    m_page->showAccount(id);
    m_stack->setCurrentIndex(AccountPageIndex);
    updateActions();
}

bool MainWindow::confirmLeaveEditor(const QUuid& next)
{
    CredentialsEditor* editor = m_page->editor();
    if (!editor->isDirty() || !m_core.store->isWritable())
        return true;
    const Account draft = editor->currentAccount();
    if (editor->isNew() && draft.name.isEmpty() && draft.clientId.isEmpty() &&
        editor->secretChanges().clientSecret.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("Save the changes to \u201c%1\u201d?")
                        .arg(draft.name.isEmpty() ? tr("New account") : draft.name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setTextFormat(Qt::PlainText); // the account's name, as typed or imported
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Discard) {
        editor->revert();
        return true;
    }
    if (answer == QMessageBox::Save) {
        editor->save([this, next](bool ok) {
            if (ok && !next.isNull())
                m_list->select(next);
        });
    }
    return false;
}

void MainWindow::duplicateAccount()
{
    const Account* source = m_core.store->find(currentAccount());
    if (!source || !confirmLeaveEditor(QUuid()))
        return;
    const CarrierPreset* preset = m_core.catalog->find(source->carrierId);
    const EnvironmentKind other = source->environmentKind(preset) == EnvironmentKind::Production
                                      ? EnvironmentKind::Sandbox
                                      : EnvironmentKind::Production;
    Account draft = *source;
    draft.id = QUuid();
    draft.history.clear();
    draft.clientId.clear(); // each environment has its own credentials
    draft.tokenUrl.clear();
    draft.secretMissing = true;
    for (const CarrierEnvironment& env :
         preset ? preset->environments : QList<CarrierEnvironment>()) {
        if (env.kind == other) {
            draft.environmentId = env.id;
            break;
        }
    }
    const bool production = other == EnvironmentKind::Production;
    // whole phrases, so each language can word them its own way
    QString name =
        production ? tr("%1 (production)").arg(source->name) : tr("%1 (sandbox)").arg(source->name);
    for (int n = 2; m_core.store->findByName(name); ++n)
        name = production ? tr("%1 (production %2)").arg(source->name, QString::number(n))
                          : tr("%1 (sandbox %2)").arg(source->name, QString::number(n));
    draft.name = name;
    m_list->select(QUuid());
    m_page->showDraft(draft);
    showStatus(
        [production] {
            return production
                       ? tr("Enter the client id and secret for the production environment, then "
                            "save.")
                       : tr("Enter the client id and secret for the sandbox environment, then "
                            "save.");
        },
        8000);
    updateActions();
}

void MainWindow::onDraftDiscarded()
{
    m_page->showNothing();
    const QUuid listed = m_list->currentId();
    if (!listed.isNull() && m_core.store->find(listed))
        m_page->showAccount(listed);
    else
        m_list->selectFirst();
    updateView();
}
