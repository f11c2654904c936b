// SPDX-License-Identifier: Apache-2.0
#include "traymenu.h"

#include "accountactivity.h"
#include "accountdelegate.h"
#include "accountlistmodel.h"
#include "accountstore.h"
#include "icons.h"
#include "keepfresh.h"
#include "plaintext.h"
#include "quickaccounts.h"
#include "ticker.h"
#include "tokenservice.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPainter>

namespace {
QIcon statusIcon(AccountState state, const QPalette& palette)
{
    const qreal dpr = qApp->devicePixelRatio();
    QPixmap pm(QSize(16, 16) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    AccountDelegate::paintStatusMark(&p, QRectF(3, 3, 10, 10), state, palette);
    return QIcon(pm);
}

QString copyText(HeaderFormat::Format format)
{
    switch (format) {
    case HeaderFormat::Header:
        return TrayMenu::tr("Copy &Header");
    case HeaderFormat::Token:
        return TrayMenu::tr("Copy &Token");
    // one whole sentence per format: "Copy as %1" reads badly in French and Spanish
    case HeaderFormat::Curl:
        return TrayMenu::tr("Copy as curl command");
    case HeaderFormat::Httpie:
        return TrayMenu::tr("Copy as HTTPie command");
    case HeaderFormat::PowerShell:
        return TrayMenu::tr("Copy as PowerShell command");
    case HeaderFormat::Env:
        return TrayMenu::tr("Copy as .env line");
    case HeaderFormat::Json: // for scripts only, never in the menu
        break;
    }
    return HeaderFormat::label(format);
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

TrayMenu::TrayMenu(const AccountStore* store, const CarrierCatalog& catalog,
                   AccountActivity* activity, KeepFresh* keepFresh, QuickAccounts* quick,
                   Ticker* ticker, QWidget* parent)
    : QMenu(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_activity(activity)
    , m_keepFresh(keepFresh)
    , m_quick(quick)
    , m_ticker(ticker)
{
    setObjectName(QStringLiteral("trayMenu"));
    setSeparatorsCollapsible(false);
    rebuild();
    connect(store, &AccountStore::changed, this, &TrayMenu::rebuildIfReshaped);
    connect(quick, &QuickAccounts::changed, this, &TrayMenu::rebuildIfReshaped);
    connect(activity, &AccountActivity::changed, this, &TrayMenu::refreshAccount);
    connect(keepFresh, &KeepFresh::scheduleChanged, this, &TrayMenu::refresh);
    connect(this, &QMenu::aboutToShow, this, &TrayMenu::refresh);
    connect(ticker, &Ticker::tick, this, [this] {
        if (isVisible())
            refresh();
    });
    ticker->watch(this); // countdowns tick while the menu is open
}

void TrayMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild(); // every text at once, the accounts' states included
        emit languageChanged();
    }
    QMenu::changeEvent(event);
}

QList<QPair<QString, QUuid>> TrayMenu::shape() const
{
    // what decides the menu's rows: section titles, account names, in order
    QList<QPair<QString, QUuid>> out;
    const QList<QUuid> pins = m_quick->pinned();
    appendSection(&out, tr("Pinned"), pins);
    if (kind() == Kind::Quick) {
        appendSection(&out, tr("Recently Used"), m_quick->recent());
        return out;
    }
    for (const AccountListModel::Group& g :
         AccountListModel::groupsOf(m_store->accounts(), m_catalog)) {
        QList<QUuid> rest = g.accounts;
        for (const QUuid& id : pins)
            rest.removeAll(id); // listed once, at the top
        appendSection(&out, g.title, rest);
    }
    return out;
}

void TrayMenu::appendSection(QList<QPair<QString, QUuid>>* out, const QString& title,
                             const QList<QUuid>& ids) const
{
    if (ids.isEmpty())
        return;
    out->append({title, QUuid()});
    for (const QUuid& id : ids)
        out->append({m_store->find(id)->name, id});
}

TrayMenu::Kind TrayMenu::kind() const
{
    if (m_store->state() == AccountStore::State::Unreadable)
        return Kind::Unreadable;
    const qsizetype count = m_store->accounts().size();
    if (count == 0)
        return Kind::Empty;
    return count > kFullListMost ? Kind::Quick : Kind::Full;
}

void TrayMenu::rebuildIfReshaped()
{
    if (kind() != m_kind || shape() != m_shape)
        rebuild();
    else
        refresh();
}

void TrayMenu::rebuild()
{
    clear();
    for (QMenu* old : std::as_const(m_accounts))
        old->deleteLater(); // clear() leaves submenus alive; one may be the sender
    m_accounts.clear();
    m_states.clear();
    m_shape = shape();
    m_kind = kind();
    if (m_kind == Kind::Unreadable) {
        addAction(tr("The accounts file cannot be read"))->setEnabled(false);
    } else if (m_kind == Kind::Empty) {
        QAction* none = addAction(tr("No accounts yet"));
        none->setObjectName(QStringLiteral("trayNoAccounts"));
        none->setEnabled(false);
    } else if (m_shape.isEmpty()) {
        QAction* hint = addAction(tr("Accounts you pin or use show here"));
        hint->setObjectName(QStringLiteral("trayQuickHint"));
        hint->setEnabled(false);
    }
    for (const auto& [title, id] : m_shape) {
        if (id.isNull()) {
            addSection(title);
            continue;
        }
        if (const Account* p = m_store->find(id))
            m_accounts.insert(id, buildAccountMenu(*p));
    }
    addFixedItems();
    refresh();
}

void TrayMenu::addFixedItems()
{
    addSeparator();
    QAction* find = addAction(Icons::themed(QStringLiteral("search")), tr("&Find Account…"));
    find->setObjectName(QStringLiteral("trayFind"));
    find->setEnabled(!m_store->accounts().isEmpty());
    connect(find, &QAction::triggered, this, &TrayMenu::findRequested);
    QAction* show = addAction(Icons::original(QStringLiteral("tokendock")), tr("&Show TokenDock"));
    show->setObjectName(QStringLiteral("trayShow"));
    connect(show, &QAction::triggered, this, &TrayMenu::showWindowRequested);
    QAction* quit = addAction(Icons::themed(QStringLiteral("quit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, &TrayMenu::quitRequested);
}

QMenu* TrayMenu::buildAccountMenu(const Account& account)
{
    const QUuid id = account.id;
    QMenu* menu = addMenu(PlainText::menuText(account.name));
    menu->setObjectName(QStringLiteral("trayAccount_") + idText(id));
    menu->menuAction()->setObjectName(QStringLiteral("trayAccountAction_") + idText(id));
    for (HeaderFormat::Format format : HeaderFormat::all()) {
        if (format == HeaderFormat::Json) // for scripts: the command line has it
            continue;
        QAction* a = menu->addAction(copyText(format));
        a->setObjectName(QStringLiteral("trayCopy_") + HeaderFormat::id(format));
        if (format == HeaderFormat::Header)
            a->setIcon(Icons::themed(QStringLiteral("copy")));
        connect(a, &QAction::triggered, this,
                [this, id, format] { emit copyRequested(id, format); });
        if (format == HeaderFormat::Token)
            menu->addSeparator();
    }
    menu->addSeparator();
    QAction* test = menu->addAction(Icons::themed(QStringLiteral("test")), tr("Test &Now"));
    test->setObjectName(QStringLiteral("trayTest"));
    connect(test, &QAction::triggered, this, [this, id] { emit testRequested(id); });
    QAction* fresh = menu->addAction(tr("&Keep Fresh"));
    fresh->setObjectName(QStringLiteral("trayKeepFresh"));
    fresh->setCheckable(true);
    connect(fresh, &QAction::triggered, this,
            [this, id](bool on) { emit keepFreshToggled(id, on); });
    QAction* pin = menu->addAction(tr("&Pin to Tray"));
    pin->setObjectName(QStringLiteral("trayPin"));
    pin->setCheckable(true);
    pin->setChecked(m_quick->isPinned(id));
    connect(pin, &QAction::triggered, this, [this, id](bool on) { m_quick->setPinned(id, on); });
    menu->addSeparator();
    QAction* open = menu->addAction(tr("&Open in TokenDock"));
    open->setObjectName(QStringLiteral("trayOpen"));
    connect(open, &QAction::triggered, this, [this, id] { emit openRequested(id); });
    return menu;
}

void TrayMenu::refresh()
{
    for (auto it = m_accounts.constBegin(); it != m_accounts.constEnd(); ++it)
        refreshAccount(it.key());
}

void TrayMenu::refreshAccount(const QUuid& id)
{
    QMenu* menu = m_accounts.value(id);
    const Account* p = m_store->find(id);
    if (!menu || !p)
        return;
    const AccountStatus s = m_activity->status(id, m_ticker->now());
    QString text = PlainText::menuText(p->name);
    const bool live =
        s.secondsLeft && (s.state == AccountState::Valid || s.state == AccountState::Expiring);
    // after a tab QMenu right-aligns the text, like a shortcut
    text += QLatin1Char('\t') + (live ? s.countdown : AccountStatus::label(s.state));
    QAction* action = menu->menuAction();
    if (action->text() != text)
        action->setText(text);
    if (!m_states.contains(id) || m_states.value(id) != s.state) {
        m_states.insert(id, s.state);
        action->setIcon(statusIcon(s.state, palette()));
        action->setToolTip(AccountStatus::label(s.state));
    }
    const bool busy = m_activity->isBusy(id);
    if (QAction* test = menu->findChild<QAction*>(QStringLiteral("trayTest")))
        test->setEnabled(!busy && m_store->isWritable());
    if (QAction* pin = menu->findChild<QAction*>(QStringLiteral("trayPin")))
        pin->setChecked(m_quick->isPinned(id));
    if (QAction* fresh = menu->findChild<QAction*>(QStringLiteral("trayKeepFresh"))) {
        fresh->setChecked(p->keepFresh);
        fresh->setEnabled(m_store->isWritable());
        const QString when = m_keepFresh->describe(id);
        fresh->setText(when.isEmpty() ? tr("&Keep Fresh") : tr("&Keep Fresh (%1)").arg(when));
    }
}

QStringList TrayMenu::outline() const
{
    QStringList out;
    for (const auto& [title, id] : m_shape)
        out << (id.isNull() ? QStringLiteral("# ") + title : title);
    return out;
}
