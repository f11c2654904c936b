// SPDX-License-Identifier: Apache-2.0
// MainWindow's actions, menus, tool bar, status bar and what the actions do.
#include "accountactivity.h"
#include "accountlistpane.h"
#include "accountpage.h"
#include "accountservice.h"
#include "accountstore.h"
#include "appsettings.h"
#include "carriercatalog.h"
#include "clipboard.h"
#include "credentialseditor.h"
#include "icons.h"
#include "importdialog.h"
#include "look.h"
#include "mainwindow.h"
#include "outcomebanner.h"
#include "plaintext.h"
#include "rotatedialog.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "shortcuts.h"
#include "supportreport.h"
#include "testallrun.h"
#include "ticker.h"
#include "tokencopier.h"
#include "tokenservice.h"
#include "tokenview.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace {
QAction* makeAction(QObject* parent, const QString& objectName, const QString& icon,
                    const QKeySequence& shortcut = {})
{
    auto* action = new QAction(parent);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(Icons::themed(icon));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

// The menu text; the tooltip repeats it with the shortcut.
void setActionText(QAction* action, const QString& text, const QString& iconText = {})
{
    action->setText(text);
    action->setIconText(iconText);
    const QKeySequence shortcut = action->shortcut();
    if (!shortcut.isEmpty())
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
            shortcut.toString(QKeySequence::NativeText)));
}
} // namespace

void MainWindow::createActions()
{
    m_newAction = makeAction(this, QStringLiteral("newAction"), QStringLiteral("add"),
                             Shortcuts::newAccount());
    m_duplicateAction = makeAction(this, QStringLiteral("duplicateAction"),
                                   QStringLiteral("duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = makeAction(this, QStringLiteral("deleteAction"), QStringLiteral("delete"),
                                QKeySequence::Delete);
    // Delete only acts in the account list, never while typing in a field
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->view()->addAction(m_deleteAction);
    m_testAction =
        makeAction(this, QStringLiteral("testAction"), QStringLiteral("test"), Shortcuts::test());
    m_testAllAction = makeAction(this, QStringLiteral("testAllAction"), QStringLiteral("test-all"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_cancelAction = makeAction(this, QStringLiteral("cancelAction"), QStringLiteral("stop"));
    m_copyHeaderAction =
        makeAction(this, QStringLiteral("copyHeaderAction"), QStringLiteral("copy"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyReportAction =
        makeAction(this, QStringLiteral("copyReportAction"), QStringLiteral("report"));
    m_rotateAction = makeAction(this, QStringLiteral("rotateAction"), QStringLiteral("key"));
    m_filterAction = makeAction(this, QStringLiteral("filterAction"), QStringLiteral("search"),
                                Shortcuts::filter());
    m_settingsAction =
        makeAction(this, QStringLiteral("settingsAction"), QStringLiteral("settings"));
    m_settingsAction->setShortcuts(Shortcuts::settings());
    m_quitAction = makeAction(this, QStringLiteral("quitAction"), QStringLiteral("quit"));
    m_quitAction->setShortcuts(Shortcuts::quit());
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_importAction = makeAction(this, QStringLiteral("importAction"), {});
    m_exportAction = makeAction(this, QStringLiteral("exportAction"), {});
    m_docsAction = makeAction(this, QStringLiteral("docsAction"), QStringLiteral("link"));
    m_aboutAction = makeAction(this, QStringLiteral("aboutAction"), {});
    m_aboutAction->setMenuRole(QAction::AboutRole);

    m_copyMenu = new QMenu(this);
    m_copyMenu->setObjectName(QStringLiteral("copyMenu"));
    m_copyMenu->setIcon(Icons::themed(QStringLiteral("copy")));
    for (HeaderFormat::Format format : HeaderFormat::all()) {
        if (format == HeaderFormat::Json)
            continue;
        QAction* a = m_copyMenu->addAction(QString());
        a->setObjectName(QStringLiteral("copyFormat_") + HeaderFormat::id(format));
        a->setData(int(format));
        connect(a, &QAction::triggered, this, [this, format] { copyCurrent(format); });
    }

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newAccount);
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateAccount);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteAccount);
    connect(m_testAction, &QAction::triggered, this, &MainWindow::testCurrent);
    connect(m_testAllAction, &QAction::triggered, this, &MainWindow::testAll);
    connect(m_cancelAction, &QAction::triggered, this,
            [this] { m_core.tokens->cancel(currentAccount()); });
    connect(m_copyHeaderAction, &QAction::triggered, this,
            [this] { copyCurrent(HeaderFormat::Header); });
    connect(m_copyReportAction, &QAction::triggered, this, &MainWindow::copyReport);
    connect(m_rotateAction, &QAction::triggered, this, &MainWindow::rotateSecret);
    connect(m_filterAction, &QAction::triggered, m_list, &AccountListPane::focusFilter);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importAccounts);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportAccounts);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);
    connect(m_docsAction, &QAction::triggered, this, &MainWindow::openCarrierDocs);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    for (QAction* a :
         {m_newAction, m_duplicateAction, m_testAction, m_testAllAction, m_cancelAction,
          m_copyHeaderAction, m_copyReportAction, m_filterAction, m_settingsAction, m_quitAction})
        addAction(a); // shortcuts work even with the menu bar hidden
}

// Every text of the actions, menus, tool bar and status bar, in the current language.
void MainWindow::retranslateActions()
{
    setActionText(m_newAction, tr("&New Account…"), tr("New"));
    setActionText(m_duplicateAction, tr("&Duplicate for Other Environment"), tr("Duplicate"));
    setActionText(m_deleteAction, tr("De&lete Account…"), tr("Delete"));
    setActionText(m_testAction, tr("&Test"));
    setActionText(m_testAllAction, tr("Test &All"));
    setActionText(m_cancelAction, tr("Ca&ncel Request"));
    setActionText(m_copyHeaderAction, tr("&Copy Header"));
    setActionText(m_copyReportAction, tr("Copy Support &Report"), tr("Copy report"));
    m_copyReportAction->setToolTip(tr("Copy a redacted report of the last test for a support "
                                      "ticket: never the secret or the token"));
    setActionText(m_rotateAction, tr("&Rotate Secret…"), tr("Rotate secret"));
    m_rotateAction->setToolTip(tr("Replace the secret with a new one from the carrier: the new "
                                  "one is tested first, the old one stays until it works"));
    setActionText(m_filterAction, tr("&Filter Accounts"));
    setActionText(m_settingsAction, tr("&Settings…"), tr("Settings"));
    setActionText(m_importAction, tr("&Import Accounts…"));
    setActionText(m_exportAction, tr("E&xport Accounts…"));
    setActionText(m_quitAction, tr("&Quit"));
    setActionText(m_docsAction, tr("Carrier &Documentation"));
    setActionText(m_aboutAction, tr("&About TokenDock"));
    m_copyMenu->setTitle(tr("Copy A&s"));
    for (QAction* a : m_copyMenu->actions())
        a->setText(HeaderFormat::label(HeaderFormat::Format(a->data().toInt())));
    m_fileMenu->setTitle(tr("&File"));
    m_accountMenu->setTitle(tr("&Account"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main"));
    m_testAllProgress->setAccessibleName(tr("Test all progress"));
    retranslatePasteActions();
    retranslateQuickActions();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_duplicateAction);
    m_fileMenu->addAction(m_deleteAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_accountMenu = menuBar()->addMenu(QString());
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu->addAction(m_testAction);
    m_accountMenu->addAction(m_testAllAction);
    m_accountMenu->addAction(m_cancelAction);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_copyHeaderAction);
    m_accountMenu->addMenu(m_copyMenu);
    m_accountMenu->addAction(m_copyReportAction);
    m_accountMenu->addAction(m_rotateAction);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_filterAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_docsAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_duplicateAction);
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_testAllAction);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_settingsAction);
}

void MainWindow::createStatusBar()
{
    m_demoNote = new QLabel(this);
    m_demoNote->setObjectName(QStringLiteral("demoNote"));
    m_demoNote->hide();
    m_testAllLabel = new QLabel(this);
    m_testAllLabel->setObjectName(QStringLiteral("testAllLabel"));
    m_testAllLabel->hide();
    m_testAllProgress = new QProgressBar(this);
    m_testAllProgress->setObjectName(QStringLiteral("testAllProgress"));
    m_testAllProgress->setMaximumWidth(160);
    m_testAllProgress->setMaximumHeight(14);
    m_testAllProgress->setTextVisible(false);
    m_testAllProgress->hide();
    m_clipboardStatus = new QLabel(this);
    m_clipboardStatus->setObjectName(QStringLiteral("clipboardStatus"));
    m_clipboardStatus->hide();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_testAllLabel);
    statusBar()->addPermanentWidget(m_testAllProgress);
    statusBar()->addPermanentWidget(m_clipboardStatus);
    statusBar()->addPermanentWidget(m_demoNote);
    connect(m_clipboard, &Clipboard::countdownChanged, this, [this](int seconds) {
        m_clipboardSeconds = seconds;
        showClipboardCountdown();
        m_clipboardStatus->setVisible(seconds >= 0);
    });
    connect(m_clipboard, &Clipboard::cleared, this,
            [this] { showStatus([] { return tr("Clipboard cleared."); }, 4000); });
}

void MainWindow::newAccount()
{
    if (!m_core.store->isWritable() || !confirmLeaveEditor(QUuid()))
        return;
    Account draft;
    draft.carrierId = m_core.catalog->presets().front().id;
    draft.environmentId = QStringLiteral("sandbox");
    m_list->select(QUuid());
    m_page->showDraft(draft);
    m_stack->setCurrentWidget(m_page);
    updateActions();
}

void MainWindow::deleteAccount()
{
    const Account* p = m_core.store->find(currentAccount());
    if (!p)
        return;
    const QUuid id = p->id;
    const QString name = p->name;
    QMessageBox box(QMessageBox::Warning, tr("Delete Account"),
                    tr("Delete \u201c%1\u201d?").arg(name), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDeleteBox"));
    box.setTextFormat(Qt::PlainText); // the account's name, as typed or imported
    box.setInformativeText(tr("Its client secret and cached token are removed from %1. This "
                              "cannot be undone.")
                               .arg(m_core.secrets->backendName()));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    Look::giveRoom(&box); // a long name stays whole in the question
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_core.accounts->remove(id, this, [this, name](const Failure& r) {
        if (!r.ok()) {
            PlainText::message(QMessageBox::Warning, this, tr("Delete Account"), r.message.text());
            return;
        }
        const Message note = m_core.secrets->removalNote();
        showStatus(
            [name, note] {
                const QString deleted = tr("Deleted \u201c%1\u201d.").arg(name);
                return note.isEmpty() ? deleted : deleted + QLatin1Char(' ') + note.text();
            },
            note.isEmpty() ? 5000 : 10000);
        m_list->selectFirst();
        updateView();
    });
}

void MainWindow::testCurrent()
{
    saveThen([this](const QUuid& id) { startTest(id); });
}

void MainWindow::saveThen(const std::function<void(const QUuid&)>& then)
{
    CredentialsEditor* editor = m_page->editor();
    if (m_stack->currentWidget() != m_page || !m_core.store->isWritable())
        return;
    if (editor->isNew() || editor->isDirty()) {
        // the test uses what is on screen, so save it first
        editor->save([this, then](bool ok) {
            if (ok)
                then(m_page->accountId());
            else
                showFixIssues();
        });
        return;
    }
    if (!editor->check().isEmpty()) {
        showFixIssues();
        return;
    }
    then(m_page->accountId());
}

void MainWindow::startTest(const QUuid& id)
{
    if (id.isNull())
        return;
    m_core.tokens->requestToken(
        id, this, [this, id](const TokenResult& r) { emit testFinished(id, r); },
        TokenService::Budget::Keep, TokenService::ProbeWish::AsAccount);
}

void MainWindow::showFixIssues()
{
    m_page->showTab(AccountPage::CredentialsTab);
    m_page->banner()->showMessage(StatusStyle::Tone::Warning, [] {
        return qMakePair(tr("Fix the highlighted settings"),
                         tr("Nothing was sent to the carrier."));
    });
    m_page->keepBannerUntilFixed();
}

void MainWindow::copyCurrent(HeaderFormat::Format format)
{
    const QUuid id = currentAccount();
    if (id.isNull())
        return;
    if (!m_activity->token(id)) {
        // copying is for a token a test brought; the test is one click away
        m_page->banner()->showMessage(
            StatusStyle::Tone::Info,
            [] {
                return qMakePair(tr("No valid token yet"),
                                 tr("Test the account to get one, then copy it."));
            },
            m_testAction);
        return;
    }
    m_copier->copy(id, format); // renewed first when it is about to expire
}

void MainWindow::copyReport()
{
    const Account* p = m_core.store->find(currentAccount());
    if (!p)
        return;
    TokenResult result;
    QDateTime at = m_ticker->now();
    if (const auto last = m_activity->lastResult(p->id)) {
        result = *last;
        if (const auto test = p->lastTest())
            at = test->at;
    } else if (const auto token = m_activity->token(p->id)) {
        result = TokenService::fromCache(*token);
        at = token->obtainedAt;
    } else {
        return;
    }
    m_clipboard->copyText(SupportReport::text(*p, m_core.catalog->find(p->carrierId), result, at));
    showStatus([] { return tr("Support report copied. It holds no secret and no token."); }, 6000);
}

void MainWindow::rotateSecret()
{
    const QUuid id = currentAccount();
    if (!m_core.store->find(id) || !m_core.rotation || !m_core.store->isWritable() ||
        !confirmLeaveEditor(id))
        return;
    // looked up again: the question above let the list change (a reload, a removal)
    const Account* p = m_core.store->find(id);
    if (!p)
        return;
    auto* dialog = new RotateDialog(m_core.rotation, *p, m_core.catalog->find(p->carrierId),
                                    m_ticker->now().toLocalTime().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClipboard(m_clipboard);
    connect(dialog, &RotateDialog::replaced, this, [this, name = p->name](const QUuid&) {
        showStatus([name] { return tr("Replaced the secret of \u201c%1\u201d.").arg(name); }, 6000);
    });
    dialog->open();
}

void MainWindow::quit()
{
    if (!m_closeToTray) {
        close(); // the last window: the application ends with it
        return;
    }
    if (prepareToClose())
        emit quitRequested();
}

void MainWindow::testAll()
{
    m_testAll->start();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_core.settings, this);
    dialog.setTrayAvailable(m_closeToTray);
    dialog.setTranslations(m_translations);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit settingsChanged();
    m_clipboard->setClearSeconds(m_core.settings->clipboardClearSeconds());
    m_page->tokenView()->setRefreshMargin(m_core.settings->refreshMarginSeconds());
    applyReminderRules();
    m_ticker->tickNow();
}

void MainWindow::startFresh()
{
    AccountStore* store = m_core.store;
    const QList<QUuid> earlier = store->unreadableAccountIds();
    QMessageBox box(QMessageBox::Warning, tr("Start Fresh"),
                    tr("Start with an empty account list?"), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmStartFreshBox"));
    box.setInformativeText(
        tr("The unreadable file stays where it is; TokenDock will write a new one.") +
        (earlier.isEmpty()
             ? QString()
             : QLatin1Char(' ') + tr("The secrets and tokens of the %n account(s) it names are "
                                     "removed from the keychain.",
                                     nullptr, int(earlier.size()))));
    QPushButton* fresh = box.addButton(tr("Start Fresh"), QMessageBox::DestructiveRole);
    fresh->setObjectName(QStringLiteral("confirmStartFreshButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    Look::giveRoom(&box); // a long name stays whole in the question
    box.exec();
    if (box.clickedButton() != fresh)
        return;
    store->startFresh(this, [this, earlier](bool ok, const QString& error) {
        if (!ok) {
            PlainText::message(QMessageBox::Warning, this, tr("Start Fresh"), error);
            updateView();
            return;
        }
        // the earlier accounts are gone from the list: nothing of theirs stays behind
        m_core.accounts->forgetSecrets(earlier, this, [this](const Failure& r) {
            if (!r.ok())
                showStatus([message = r.message] { return message.text(); });
        });
        updateView();
    });
}

void MainWindow::importAccounts()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Accounts"), QString(), tr("TokenDock exports (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::importFile(const QString& path)
{
    const AccountExchange::Plan plan =
        AccountExchange::planFile(path, *m_core.store, *m_core.catalog);
    if (!plan.ok()) {
        PlainText::message(QMessageBox::Warning, this, tr("Import Accounts"), plan.error);
        return;
    }
    auto* dialog = new ImportDialog(plan, *m_core.catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, plan, dialog] {
        m_core.accounts->importAccounts(
            plan, dialog->overwrite(), this,
            [this](const Failure& r, const AccountExchange::Applied& applied) {
                if (!r.ok() && applied.added.isEmpty() && applied.replaced.isEmpty()) {
                    PlainText::message(QMessageBox::Warning, this, tr("Import Accounts"),
                                       r.message.text());
                    return;
                }
                const int count = int(applied.added.size() + applied.replaced.size());
                showStatus([ok = r.ok(), message = r.message, count] {
                    return ok ? tr("Imported %n account(s); enter each one's secret before "
                                   "testing.",
                                   nullptr, count)
                              : message.text();
                });
                updateView();
            });
    });
    dialog->open();
}

void MainWindow::exportAccounts()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Accounts"),
                                                      QStringLiteral("tokendock-accounts.json"),
                                                      tr("TokenDock exports (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

bool MainWindow::exportFile(const QString& path)
{
    QString error;
    if (!AccountExchange::exportToFile(path, m_core.store->accounts(), &error, m_core.catalog)) {
        PlainText::message(QMessageBox::Warning, this, tr("Export Accounts"), error);
        return false;
    }
    const int count = int(m_core.store->accounts().size());
    showStatus(
        [count] {
            return tr("Exported %n account(s): settings only, no secrets or tokens.", nullptr,
                      count);
        },
        0);
    return true;
}

void MainWindow::openCarrierDocs()
{
    const Account* p = m_core.store->find(currentAccount());
    const CarrierPreset* preset = p ? m_core.catalog->find(p->carrierId) : nullptr;
    if (preset && preset->docsUrl.isValid())
        QDesktopServices::openUrl(preset->docsUrl);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About TokenDock"),
        tr("<h3>TokenDock %1</h3><p>Carrier API client credentials in the OS keychain, "
           "OAuth 2.0 tokens two clicks away.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}
