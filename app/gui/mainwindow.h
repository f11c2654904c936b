// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "headerformat.h"
#include "tokenresult.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QUrl>
#include <QUuid>

#include <functional>

class AccountActivity;
class AccountListPane;
class AccountPage;
class AccountService;
class AccountStore;
class AppSettings;
class CarrierCatalog;
class Clipboard;
class Clock;
class KeepFresh;
class QLabel;
class QProgressBar;
class QuickAccounts;
class QSplitter;
class QStackedWidget;
class QToolBar;
class SecretRotation;
class SecretStore;
class TestAllRun;
class Ticker;
class TokenCache;
class TokenCopier;
class TokenService;
class Translations;
class UnreadablePanel;
class WelcomePanel;

// The window: accounts on the left, the selected account on the right.
// Widgets do no I/O themselves: everything goes through the core objects
// handed in, and the window reacts to their signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The core objects the window and its parts work with, created and
    // connected by the session that opens the window; each part is handed
    // the ones it uses.
    struct Core
    {
        AccountStore* store = nullptr;
        SecretStore* secrets = nullptr;
        TokenCache* tokenCache = nullptr;
        AccountService* accounts = nullptr;
        TokenService* tokens = nullptr;
        AppSettings* settings = nullptr;
        const CarrierCatalog* catalog = nullptr;
        const Clock* clock = nullptr;
        SecretRotation* rotation = nullptr;
    };

    MainWindow(const Core& core, Ticker* ticker, Clipboard* clipboard, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Demo mode: the title says so, a note names the sandbox, no second demo.
    void setDemoMode(bool demo, const QUrl& sandbox = {});
    bool isDemoMode() const { return m_demo; }
    // The window's title, also the application's display name.
    static QString title(bool demo);
    // Settings switches the language through these (none: it is only saved).
    void setTranslations(Translations* translations) { m_translations = translations; }

    AccountActivity* activity() const { return m_activity; }
    AccountListPane* accountList() const { return m_list; }
    AccountPage* accountPage() const { return m_page; }
    KeepFresh* keepFresh() const { return m_keepFresh; }
    // The pinned and recently used accounts the tray lists.
    QuickAccounts* quickAccounts() const { return m_quick; }

    // With a tray, closing the window hides it and the application goes on;
    // the Quit action asks the application to quit (quitRequested).
    void setCloseToTray(bool on);
    bool closesToTray() const { return m_closeToTray; }
    bool hasUnsavedChanges() const;

    // Asks about unsaved changes and saves the window layout; false = stay open.
    // Once it said yes, closing the window closes it, tray or not: the
    // application quits by closing its windows.
    bool prepareToClose();

    bool selectAccount(const QString& name);
    bool showAccount(const QUuid& id);
    QUuid currentAccount() const;
    void testCurrent();
    void copyCurrent(HeaderFormat::Format format);
    void copyReport();
    // Reads the clipboard as what a carrier sent and shows it as a new
    // account, filled and marked, to check before anything is saved or sent.
    void pasteCredentials();
    // Saves the account on screen, asks for a new token and copies the header.
    void testAndCopy();
    // Reads an account file and shows what it would add or change; nothing
    // is applied until the preview is accepted.
    void importFile(const QString& path);
    bool exportFile(const QString& path);
    // Rotate Secret for the account on screen: the new secret replaces the
    // old one only once it works.
    void rotateSecret();

signals:
    void demoRequested();
    // Settings were saved; whoever made the core objects applies them there.
    void settingsChanged();
    // The window was closed and hidden, the application goes on in the tray.
    void closedToTray();
    // Quit (with a tray; without one, closing the window quits).
    void quitRequested();
    // A test started here (Test, not Test All) has its outcome.
    void testFinished(const QUuid& id, const TokenResult& result);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // The cached tokens are read once the first frame is drawn (or at once
    // when the window does not show, or after kFirstFrameWaitMs at most).
    void loadCachedTokensAfterFirstFrame();
    void releaseCachedTokens();
    static constexpr int kFirstFrameWaitMs = 1000;
    void retranslate();
    void retranslateActions();
    void showTestAllProgress();
    void showClipboardCountdown();
    // A status bar text asked for again when the language changes while it shows.
    void showStatus(std::function<QString()> text, int timeoutMs = 0);
    void renderStatus();
    void applyReminderRules();
    void createActions();
    void createPasteActions();
    void retranslatePasteActions();
    void createQuickActions();
    void retranslateQuickActions();
    void updatePinAction();
    void showPasted(const QString& text);
    // Saves what the editor holds when it is new or changed, then runs `then`.
    void saveThen(const std::function<void(const QUuid&)>& then);
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();
    void updateView();
    void updateActions();
    void onCurrentChanged(const QUuid& id);
    bool confirmLeaveEditor(const QUuid& next);
    void newAccount();
    void duplicateAccount();
    void deleteAccount();
    void startTest(const QUuid& id);
    void showFixIssues();
    void testAll();
    void openSettings();
    void startFresh();
    void importAccounts();
    void exportAccounts();
    void showAbout();
    void openCarrierDocs();
    void onDraftDiscarded();
    void quit();

    Core m_core;
    Ticker* m_ticker;
    Clipboard* m_clipboard;
    AccountActivity* m_activity;
    KeepFresh* m_keepFresh;
    TokenCopier* m_copier;
    QuickAccounts* m_quick;
    TestAllRun* m_testAll;
    Translations* m_translations = nullptr;
    bool m_demo = false;
    QUrl m_sandbox;
    int m_testAllDone = 0;
    int m_testAllTotal = 0;
    int m_clipboardSeconds = -1;
    bool m_switching = false;
    bool m_closeToTray = false;
    bool m_awaitingFirstFrame = false; // the cached tokens wait for it
    bool m_closing = false;            // prepareToClose said yes
    std::function<QString()> m_statusText;
    QString m_statusShown;
    QElapsedTimer m_statusSince;
    int m_statusTimeout = 0;

    QSplitter* m_splitter;
    AccountListPane* m_list;
    QStackedWidget* m_stack;
    WelcomePanel* m_welcome;
    AccountPage* m_page;
    UnreadablePanel* m_unreadable;
    QLabel* m_demoNote;
    QLabel* m_clipboardStatus;
    QLabel* m_testAllLabel;
    QProgressBar* m_testAllProgress;

    QAction* m_newAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_testAction = nullptr;
    QAction* m_testCopyAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_testAllAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_copyHeaderAction = nullptr;
    QAction* m_copyReportAction = nullptr;
    QAction* m_rotateAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_docsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_pinAction = nullptr;
    QMenu* m_copyMenu = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_accountMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
};
