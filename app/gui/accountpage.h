// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "secretreminders.h"

#include <QUuid>
#include <QWidget>

class AccountActivity;
struct AccountSecrets;
class AccountService;
class AccountStore;
class AppSettings;
class CarrierCatalog;
class BadgeLabel;
class Clipboard;
class CredentialsEditor;
class HistoryTable;
class KeepFresh;
class OutcomeBanner;
class QAction;
class QCheckBox;
class QLabel;
class QMenu;
class QScrollArea;
class QTabWidget;
class QToolButton;
class SecretStore;
class StatusMark;
class Ticker;
class TokenView;

// The right side for one account: a header (name, carrier, environment badge,
// status and the main actions), the outcome banner, and tabs for the token,
// the credentials and the test history.
class AccountPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        TokenTab,
        CredentialsTab,
        HistoryTab
    };

    // `accounts` and `secrets` are for the credentials editor; `settings`
    // gives the refresh margin the token view counts against.
    AccountPage(const AccountStore* store, AccountService* accounts, const SecretStore* secrets,
                const AppSettings& settings, const CarrierCatalog& catalog,
                AccountActivity* activity, Ticker* ticker, QWidget* parent = nullptr);

    // The header buttons trigger the window's actions, so menus, shortcuts and
    // buttons stay in step.
    void setActions(QAction* test, QAction* copyHeader, QMenu* copyFormats, QAction* copyReport);
    // A new account's main action, in place of Copy Header until it is saved.
    void setTestAndCopy(QAction* testAndCopy);
    // Rotate Secret, next to the report.
    void setRotate(QAction* rotate);
    // When the secret line turns amber or red (the settings' reminder days).
    void setReminderRules(const ReminderRules& rules);
    // Shows the account's "Keep fresh" switch, saved as soon as it is flipped.
    void setKeepFresh(KeepFresh* keepFresh);
    // Where copies of a revealed token or secret go; without one nothing is copied.
    void setClipboard(Clipboard* clipboard);

    void showAccount(const QUuid& id);
    void showDraft(const Account& draft);
    // A draft filled from pasted text: the secrets typed in, the filled
    // inputs marked, and Test and Copy ready to press.
    void showPasted(const Account& draft, const AccountSecrets& secrets,
                    const QStringList& recognised);
    // No account: after a draft is given up with nothing else to show.
    void showNothing();
    QUuid accountId() const { return m_id; }
    bool isDraft() const;

    CredentialsEditor* editor() const { return m_editor; }
    TokenView* tokenView() const { return m_token; }
    OutcomeBanner* banner() const { return m_banner; }
    HistoryTable* history() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }
    void showTab(Tab tab);
    void setReadOnly(bool readOnly);
    // The banner asks to fix the form's issues: it goes once they are fixed.
    void keepBannerUntilFixed() { m_bannerUntilFixed = true; }

signals:
    void cancelRequested(const QUuid& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    static QWidget* scrolledPage(QScrollArea* scroll);
    void retranslate();
    void updateHistoryTab(int tests);
    QWidget* buildHeader();
    void buildFacts(QWidget* header);
    void refresh();
    void refreshHeader();
    void onActivity(const QUuid& id);
    void onStoreChanged();
    void updateStatusLine(const QDateTime& now);
    // What is left of the carrier's token budget, next to Test.
    void updateBudget(const QDateTime& now);
    // "Secret: set 45 days ago · expires 2027-01-05 · last worked today"
    void updateSecretLife(const QDateTime& now);
    void updateKeepFresh();
    void onIssuesShown(int count);

    const AccountStore* m_store;
    const AppSettings& m_settings;
    const CarrierCatalog& m_catalog;
    AccountActivity* m_activity;
    Ticker* m_ticker;
    QUuid m_id;
    // What the token view was last given, to draw it only when that changes.
    struct ShownToken
    {
        QUuid id;
        quint64 revision = 0;
        bool held = false;
        bool operator!=(const ShownToken& o) const
        {
            return id != o.id || revision != o.revision || held != o.held;
        }
    };
    ShownToken m_shown;
    bool m_bannerUntilFixed = false;

    StatusMark* m_mark;
    QLabel* m_title;
    BadgeLabel* m_badge;
    QLabel* m_subtitle;
    QLabel* m_status;
    QLabel* m_budget;
    QLabel* m_secretLife;
    ReminderRules m_rules;
    QToolButton* m_testButton;
    QToolButton* m_copyButton;
    QToolButton* m_testCopyButton;
    QToolButton* m_reportButton;
    QToolButton* m_rotateButton;
    KeepFresh* m_keepFresh = nullptr;
    QCheckBox* m_keepFreshCheck;
    QLabel* m_keepFreshNote;
    OutcomeBanner* m_banner;
    QTabWidget* m_tabs;
    TokenView* m_token = nullptr;
    CredentialsEditor* m_editor = nullptr;
    QScrollArea* m_editorScroll = nullptr;
    QScrollArea* m_tokenScroll = nullptr;
    HistoryTable* m_history = nullptr;
    QLabel* m_historyEmpty = nullptr;
};
