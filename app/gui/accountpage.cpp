// SPDX-License-Identifier: Apache-2.0
#include "accountpage.h"

#include "accountactivity.h"
#include "accountdelegate.h"
#include "accountstore.h"
#include "appsettings.h"
#include "badgelabel.h"
#include "budgetnote.h"
#include "carriercatalog.h"
#include "credentialseditor.h"
#include "flowlayout.h"
#include "historytable.h"
#include "icons.h"
#include "keepfresh.h"
#include "look.h"
#include "outcomebanner.h"
#include "redaction.h"
#include "secretlife.h"
#include "ticker.h"
#include "tokenservice.h"
#include "tokenview.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

// The account's status mark, painted like the one in the list.
class StatusMark : public QWidget
{
public:
    explicit StatusMark(QWidget* parent)
        : QWidget(parent)
    {
        setFixedSize(14, 14);
    }
    void setState(AccountState state)
    {
        m_state = state;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        AccountDelegate::paintStatusMark(&p, QRectF(rect()), m_state, palette());
    }

private:
    AccountState m_state = AccountState::Untested;
};

// The scroll area's widget, set while it is still empty: a tab's view is
// then made inside it, and nothing built is moved or measured.
QWidget* AccountPage::scrolledPage(QScrollArea* scroll)
{
    auto* page = new QWidget(scroll->viewport());
    page->resize(1, 1); // its size follows the viewport's: no size hint asked
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    return page;
}

AccountPage::AccountPage(const AccountStore* store, AccountService* accounts,
                         const SecretStore* secrets, const AppSettings& settings,
                         const CarrierCatalog& catalog, AccountActivity* activity, Ticker* ticker,
                         QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(settings)
    , m_catalog(catalog)
    , m_activity(activity)
    , m_ticker(ticker)
    , m_banner(new OutcomeBanner(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("accountPage"));
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->setDocumentMode(true);

    // Each tab's widgets are made where they stay: in the tab widget's own
    // stack of pages (addTab() then moves nothing; were it not found, the
    // tabs would only be moved, as before). Under the app's style sheet,
    // moving a built tree of widgets restyles every one of them, and a
    // scroll area measures what it is given: half the page's cost, in
    // every start.
    auto* pages = m_tabs->findChild<QStackedWidget*>(QString(), Qt::FindDirectChildrenOnly);
    m_tokenScroll = new QScrollArea(pages);
    m_token = new TokenView(ticker, scrolledPage(m_tokenScroll));
    m_tokenScroll->widget()->layout()->addWidget(m_token);
    m_editorScroll = new QScrollArea(pages);
    m_editor =
        new CredentialsEditor(store, accounts, secrets, catalog, scrolledPage(m_editorScroll));
    m_editorScroll->widget()->layout()->addWidget(m_editor);

    m_editorScroll->setObjectName(QStringLiteral("credentialsScroll"));
    m_editorScroll->setFrameShape(QFrame::NoFrame);
    m_editorScroll->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field, not to the frame
    // on a short screen (or a large scale) the token view scrolls rather than
    // squeezing the card's rows onto each other
    m_tokenScroll->setObjectName(QStringLiteral("tokenScroll"));
    m_tokenScroll->setFrameShape(QFrame::NoFrame);
    m_tokenScroll->setFocusPolicy(Qt::NoFocus); // its controls take the focus, not the frame
    auto* historyPage = new QWidget(pages);
    auto* historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 12, 0, 0);
    m_historyEmpty = new QLabel(historyPage);
    m_history = new HistoryTable(historyPage);
    m_historyEmpty->setObjectName(QStringLiteral("historyEmpty"));
    Look::makeMuted(m_historyEmpty);
    m_historyEmpty->setWordWrap(true);
    historyLayout->addWidget(m_historyEmpty);
    historyLayout->addWidget(m_history, 1);

    m_tabs->addTab(m_tokenScroll, Icons::themed(QStringLiteral("token")), QString());
    m_tabs->addTab(m_editorScroll, Icons::themed(QStringLiteral("credentials")), QString());
    m_tabs->addTab(historyPage, Icons::themed(QStringLiteral("history")), QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(14);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(m_activity, &AccountActivity::changed, this, &AccountPage::onActivity);
    connect(m_store, &AccountStore::changed, this, &AccountPage::onStoreChanged);
    connect(m_ticker, &Ticker::tick, this, &AccountPage::updateStatusLine);
    connect(m_editor, &CredentialsEditor::draftChanged, this, &AccountPage::refreshHeader);
    connect(m_editor, &CredentialsEditor::issuesShown, this, &AccountPage::onIssuesShown);
    connect(m_editor, &CredentialsEditor::saved, this, [this](const QUuid& id, bool) {
        if (id != m_id)
            showAccount(id);
    });
    connect(m_banner, &OutcomeBanner::cancelRequested, this,
            [this] { emit cancelRequested(m_id); });
    showNothing();
    retranslate();
}

void AccountPage::retranslate()
{
    m_tabs->setAccessibleName(tr("Account details"));
    m_editorScroll->setAccessibleName(tr("Credentials"));
    m_tokenScroll->setAccessibleName(tr("Token"));
    m_historyEmpty->setText(tr("No tests yet. Each test's time, outcome, HTTP status and "
                               "latency are kept here (the last %n).",
                               nullptr, Account::kMaxHistory));
    m_tabs->setTabText(TokenTab, tr("Token"));
    m_tabs->setTabText(CredentialsTab, tr("Credentials"));
    const Account* p = m_store->find(m_id);
    updateHistoryTab(p ? int(p->history.size()) : 0);
    m_keepFreshCheck->setText(tr("Keep fresh"));
    refreshHeader();
}

void AccountPage::updateHistoryTab(int tests)
{
    m_tabs->setTabText(HistoryTab, tests == 0 ? tr("History") : tr("History (%1)").arg(tests));
}

void AccountPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// The status line's parts: status, budget, the secret's life, keep-fresh.
void AccountPage::buildFacts(QWidget* header)
{
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_budget = new QLabel(header);
    m_budget->setObjectName(QStringLiteral("budgetNote"));
    m_budget->setTextFormat(Qt::PlainText);
    m_budget->hide();
    m_secretLife = new QLabel(header);
    m_secretLife->setObjectName(QStringLiteral("secretLifeNote"));
    m_secretLife->setTextFormat(Qt::PlainText);
    m_secretLife->hide();
    m_keepFreshCheck = new QCheckBox(header);
    m_keepFreshCheck->setObjectName(QStringLiteral("keepFreshCheck"));
    m_keepFreshCheck->hide();
    m_keepFreshNote = new QLabel(header);
    m_keepFreshNote->setObjectName(QStringLiteral("keepFreshNote"));
    m_keepFreshNote->setTextFormat(Qt::PlainText);
    Look::makeMuted(m_keepFreshNote);
    m_keepFreshNote->hide();
}

QWidget* AccountPage::buildHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("accountHeader"));
    m_mark = new StatusMark(header);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("accountTitle"));
    m_title->setTextFormat(Qt::PlainText);
    Look::makeHeading(m_title, 1.45);
    m_badge = new BadgeLabel(header);
    m_badge->setObjectName(QStringLiteral("environmentBadge"));
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("accountSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    Look::makeMuted(m_subtitle);
    buildFacts(header);

    m_testButton = new QToolButton(header);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_copyButton = new QToolButton(header);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_reportButton = new QToolButton(header);
    m_reportButton->setObjectName(QStringLiteral("reportButton"));
    m_testCopyButton = new QToolButton(header);
    m_testCopyButton->setObjectName(QStringLiteral("testCopyButton"));
    m_testCopyButton->hide();
    m_rotateButton = new QToolButton(header);
    m_rotateButton->setObjectName(QStringLiteral("rotateSecretButton"));
    m_rotateButton->hide(); // until the window hands in its action
    for (QToolButton* b :
         {m_testButton, m_copyButton, m_reportButton, m_testCopyButton, m_rotateButton}) {
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setIconSize(QSize(18, 18));
        b->setMinimumHeight(32);
    }
    Look::makePrimary(m_copyButton);
    Look::makePrimary(m_testCopyButton);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_mark);
    titleRow->addWidget(m_title, 0);
    titleRow->addWidget(m_badge);
    titleRow->addStretch(1);
    // carrier, environment, status and keep-fresh wrap onto a second line
    // rather than push the buttons aside when the words are long
    auto* facts = new QWidget(header);
    facts->setObjectName(QStringLiteral("accountFacts"));
    auto* factsFlow = new FlowLayout(facts, 14, 4);
    factsFlow->setContentsMargins(24, 0, 0, 0);
    for (QWidget* w :
         {static_cast<QWidget*>(m_subtitle), static_cast<QWidget*>(m_status),
          static_cast<QWidget*>(m_budget), static_cast<QWidget*>(m_secretLife),
          static_cast<QWidget*>(m_keepFreshCheck), static_cast<QWidget*>(m_keepFreshNote)})
        factsFlow->addWidget(w);
    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addLayout(titleRow);
    text->addWidget(facts);

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(text, 1);
    // left to right as Tab goes (MainWindow): Test, then Copy Header, then the report
    layout->addWidget(m_testButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_copyButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_testCopyButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_reportButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_rotateButton, 0, Qt::AlignVCenter);
    return header;
}

void AccountPage::setActions(QAction* test, QAction* copyHeader, QMenu* copyFormats,
                             QAction* copyReport)
{
    m_testButton->setDefaultAction(test);
    m_copyButton->setDefaultAction(copyHeader);
    m_copyButton->setMenu(copyFormats);
    m_copyButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_reportButton->setDefaultAction(copyReport);
}

void AccountPage::setTestAndCopy(QAction* testAndCopy)
{
    m_testCopyButton->setDefaultAction(testAndCopy);
    refreshHeader();
}

void AccountPage::setRotate(QAction* rotate)
{
    m_rotateButton->setDefaultAction(rotate);
    // the icon alone, next to the report: it is needed once a year or two
    m_rotateButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    refreshHeader();
}

void AccountPage::setReminderRules(const ReminderRules& rules)
{
    m_rules = rules;
    updateSecretLife(m_ticker->now());
}

void AccountPage::setKeepFresh(KeepFresh* keepFresh)
{
    m_keepFresh = keepFresh;
    connect(keepFresh, &KeepFresh::scheduleChanged, this, &AccountPage::updateKeepFresh);
    const auto notChanged = [this](const QString& error) {
        m_banner->showMessage(StatusStyle::Tone::Danger, [error] {
            return qMakePair(tr("Keep fresh was not changed"), error);
        });
        updateKeepFresh();
    };
    connect(m_keepFreshCheck, &QCheckBox::clicked, this, [this, notChanged](bool on) {
        QString error;
        if (!m_keepFresh->setEnabled(m_id, on, &error))
            notChanged(error);
    });
    connect(keepFresh, &KeepFresh::notSaved, this,
            [this, notChanged](const QUuid& id, const QString& error) {
                if (id == m_id)
                    notChanged(error);
            });
    updateKeepFresh();
}

void AccountPage::setClipboard(Clipboard* clipboard)
{
    m_token->setClipboard(clipboard);
    m_editor->setClipboard(clipboard);
}

void AccountPage::updateKeepFresh()
{
    const Account* p = m_store->find(m_id);
    const bool shown = m_keepFresh && p && !m_editor->isNew();
    m_keepFreshCheck->setVisible(shown);
    if (!shown) {
        m_keepFreshNote->hide();
        return;
    }
    m_keepFreshCheck->setChecked(p->keepFresh);
    m_keepFreshCheck->setEnabled(m_store->isWritable());
    const CarrierPreset* preset = m_catalog.find(p->carrierId);
    const QString advice = preset ? carrierText(preset->refresh.text) : QString();
    m_keepFreshCheck->setToolTip(
        tr("Renew the token before it expires, as the carrier advises, even while the window "
           "is closed.") +
        (advice.isEmpty() ? QString() : QStringLiteral("\n") + advice));
    const QString note = m_keepFresh->describe(m_id);
    m_keepFreshNote->setText(note);
    m_keepFreshNote->setVisible(!note.isEmpty());
}

bool AccountPage::isDraft() const
{
    return m_editor->isNew();
}

void AccountPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void AccountPage::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
}

void AccountPage::showAccount(const QUuid& id)
{
    const Account* p = m_store->find(id);
    if (!p)
        return;
    const bool switching = id != m_id || m_editor->isNew();
    m_id = id;
    if (switching) {
        m_editor->editExisting(*p);
        m_banner->clear();
        m_bannerUntilFixed = false;
        if (const auto last = m_activity->lastResult(id))
            m_banner->showResult(*last, m_catalog.find(p->carrierId));
        if (m_activity->isBusy(id))
            m_banner->showBusy(p->effectiveTokenUrl(m_catalog.find(p->carrierId)));
    }
    m_tabs->setTabEnabled(TokenTab, true);
    m_tabs->setTabEnabled(HistoryTab, true);
    if (switching && m_tabs->currentIndex() == CredentialsTab && !m_editor->isDirty())
        showTab(TokenTab);
    refresh();
}

void AccountPage::showDraft(const Account& draft)
{
    m_id = QUuid();
    m_editor->editNew(draft);
    m_banner->clear();
    m_bannerUntilFixed = false;
    m_token->setAccount(nullptr, nullptr);
    m_token->display(std::nullopt, std::nullopt);
    m_shown = {};
    m_history->setHistory({});
    updateHistoryTab(0); // the tests shown before were another account's
    m_tabs->setTabEnabled(TokenTab, false);
    m_tabs->setTabEnabled(HistoryTab, false);
    showTab(CredentialsTab);
    refreshHeader();
    m_editor->focusFirstField();
}

void AccountPage::showPasted(const Account& draft, const AccountSecrets& secrets,
                             const QStringList& recognised)
{
    showDraft(draft);
    m_editor->fillPasted(secrets, recognised);
    // one key away: Space on it saves, tests and copies
    m_testCopyButton->setFocus(Qt::OtherFocusReason);
}

void AccountPage::showNothing()
{
    m_id = QUuid();
    m_editor->editExisting(Account());
    m_banner->clear();
}

void AccountPage::refresh()
{
    const Account* p = m_store->find(m_id);
    if (!p)
        return;
    const CarrierPreset* preset = m_catalog.find(p->carrierId);
    m_token->setAccount(p, preset);
    m_token->setRefreshMargin(m_settings.refreshMarginSeconds());
    // drawn once per outcome: the signals that announce it change nothing more
    const ShownToken shown{m_id, m_activity->revision(m_id), m_activity->token(m_id).has_value()};
    if (shown != m_shown) {
        m_shown = shown;
        // decoded only now: a cached token's result is built when it is shown
        m_token->display(m_activity->heldToken(m_id), m_activity->lastResult(m_id));
    }
    m_history->setHistory(p->history);
    m_history->setVisible(!p->history.isEmpty());
    m_historyEmpty->setVisible(p->history.isEmpty());
    updateHistoryTab(int(p->history.size()));
    refreshHeader();
}

void AccountPage::refreshHeader()
{
    // the header follows the editor, so a draft shows its name and badge as typed
    const Account draft = m_editor->currentAccount();
    const CarrierPreset* preset = m_catalog.find(draft.carrierId);
    m_title->setText(draft.name.isEmpty() ? tr("New account") : draft.name);
    const bool production = draft.environmentKind(preset) == EnvironmentKind::Production;
    m_badge->setBadge(AccountDelegate::badgeText(environmentKindId(draft.environmentKind(preset))),
                      production ? StatusStyle::Tone::Production : StatusStyle::Tone::Sandbox,
                      production);
    m_badge->setToolTip(draft.environmentLabel(preset));
    QStringList parts{preset ? preset->name : draft.carrierId, draft.environmentLabel(preset)};
    if (!draft.clientId.isEmpty())
        parts << tr("client %1").arg(Redaction::abbreviate(draft.clientId));
    m_subtitle->setText(parts.join(QStringLiteral("  ·  ")));
    // nothing to copy before the first test: a new account offers both in one
    const bool draftActions = m_editor->isNew() && m_testCopyButton->defaultAction();
    m_testCopyButton->setVisible(draftActions);
    m_copyButton->setVisible(!draftActions);
    m_rotateButton->setVisible(!m_editor->isNew() && m_rotateButton->defaultAction());
    updateStatusLine(m_ticker->now());
    updateKeepFresh();
}

void AccountPage::updateBudget(const QDateTime& now)
{
    const Account* p = m_editor->isNew() ? nullptr : m_store->find(m_id);
    const CarrierPreset* preset = p ? m_catalog.find(p->carrierId) : nullptr;
    const auto standing = p ? m_activity->budget(m_id) : std::nullopt;
    m_budget->setVisible(standing.has_value());
    if (!standing || !preset)
        return;
    const bool spent = BudgetNote::spent(*standing, now);
    const QString text = BudgetNote::text(*standing, now);
    m_budget->setText(text);
    QString tip = BudgetNote::explanation(*preset);
    if (standing->problem)
        tip = standing->problem->text() + QLatin1Char('\n') + tip;
    m_budget->setToolTip(tip);
    m_budget->setAccessibleName(text);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, spent ? StatusStyle::color(StatusStyle::Tone::Warning, pal)
                                             : StatusStyle::muted(pal));
    m_budget->setPalette(pal);
}

void AccountPage::updateSecretLife(const QDateTime& now)
{
    const Account* p = m_editor->isNew() ? nullptr : m_store->find(m_id);
    const QString text = p ? SecretLife::line(*p, now) : QString();
    m_secretLife->setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    const auto mark = SecretLife::mark(*p, now, m_rules);
    const QString full = mark ? tr("%1 (%2)").arg(text, mark->text) : text;
    if (m_secretLife->text() != full)
        m_secretLife->setText(full);
    m_secretLife->setToolTip(SecretLife::toolTip(*p, now));
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText,
                 mark ? StatusStyle::color(mark->tone, pal) : StatusStyle::muted(pal));
    m_secretLife->setPalette(pal);
}

void AccountPage::updateStatusLine(const QDateTime& now)
{
    updateBudget(now);
    updateSecretLife(now);
    if (m_editor->isNew() || m_id.isNull()) {
        m_mark->setState(AccountState::Untested);
        m_status->setText(tr("Not saved yet"));
        m_status->setPalette(palette());
        return;
    }
    const AccountStatus s = m_activity->status(m_id, now);
    m_mark->setState(s.state);
    QString text = AccountStatus::label(s.state);
    if ((s.state == AccountState::Valid || s.state == AccountState::Expiring) && s.secondsLeft)
        text = tr("%1 · %2").arg(text, AccountStatus::longCountdown(*s.secondsLeft));
    m_status->setText(text);
    QPalette pal = palette();
    if (s.state != AccountState::Untested)
        pal.setColor(QPalette::WindowText, StatusStyle::color(AccountStatus::tone(s.state), pal));
    m_status->setPalette(pal);
    m_status->setAccessibleName(tr("Status: %1").arg(text));
}

void AccountPage::onActivity(const QUuid& id)
{
    if (id != m_id || m_id.isNull())
        return;
    const Account* p = m_store->find(id);
    const CarrierPreset* preset = p ? m_catalog.find(p->carrierId) : nullptr;
    if (m_activity->isBusy(id)) {
        m_bannerUntilFixed = false;
        if (p)
            m_banner->showBusy(AccountRequest::resolvedUrl(*p, preset));
    } else if (const auto last = m_activity->lastResult(id)) {
        m_bannerUntilFixed = false;
        m_banner->showResult(*last, preset);
    }
    refresh();
}

void AccountPage::onIssuesShown(int count)
{
    if (count > 0 || !m_bannerUntilFixed)
        return;
    // fixed: the banner goes back to what it said before
    m_bannerUntilFixed = false;
    m_banner->clear();
    const Account* p = m_store->find(m_id);
    if (const auto last = m_activity->lastResult(m_id); p && last)
        m_banner->showResult(*last, m_catalog.find(p->carrierId));
}

void AccountPage::onStoreChanged()
{
    if (m_id.isNull())
        return;
    const Account* p = m_store->find(m_id);
    if (!p)
        return;
    // pick up changes made elsewhere; what the user is typing stays, with a note
    const Account& base = m_editor->original();
    if (!m_editor->isDirty()) {
        if (p->toJson(false) != base.toJson(false))
            m_editor->editExisting(*p);
    } else if (!m_editor->isNew()) {
        Account stored = *p;
        // switched in the header, and a stamp: not settings of the form
        stored.keepFresh = base.keepFresh;
        stored.updated = base.updated;
        if (stored.toJson(false) != base.toJson(false))
            m_editor->noteChangedElsewhere();
    }
    refresh();
}
