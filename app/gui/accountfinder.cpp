// SPDX-License-Identifier: Apache-2.0
#include "accountfinder.h"

#include "accountlistmodel.h"
#include "clearbutton.h"
#include "groupexpansion.h"

#include <QEvent>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// A popup closes when the mouse clicks elsewhere; but Wayland shows one only
// next to a window that has had input, and from the tray there may be none:
// there a frameless window on top, closed when it loses focus, does the same.
bool onWayland()
{
    return QGuiApplication::platformName().startsWith(QLatin1String("wayland"));
}

Qt::WindowFlags finderFlags()
{
    if (onWayland())
        return Qt::Dialog | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint;
    return Qt::Popup;
}

QString keyText(QKeyCombination key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}
} // namespace

AccountFinder::AccountFinder(AccountListModel* accounts, QWidget* parent)
    : QFrame(parent, finderFlags())
    , m_accounts(accounts)
    , m_filterModel(new AccountFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("accountFinder"));
    setFrameShape(QFrame::StyledPanel);
    m_filterModel->setSourceModel(accounts);
    // a changed test result or record is no reason to filter again
    m_filterModel->setDynamicSortFilter(false);
    m_filter->setObjectName(QStringLiteral("accountFinderFilter"));
    m_clearFilter = ClearButton::add(m_filter);
    m_filter->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("accountFinderList"));
    m_view->setModel(m_filterModel);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(0);
    m_view->setUniformRowHeights(true); // thousands of rows laid out without asking each
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFocusPolicy(Qt::NoFocus); // typing stays in the filter
    m_hint->setObjectName(QStringLiteral("accountFinderHint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // a quiet line

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);

    connect(m_filter, &QLineEdit::textChanged, this, &AccountFinder::applyFilter);
    // a new filter moves many rows at once: the view is set up once after them
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &AccountFinder::queueAfterFilter);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this,
            &AccountFinder::queueAfterFilter);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this,
            &AccountFinder::queueAfterFilter);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this,
            &AccountFinder::queueAfterFilter);
    connect(m_view, &QAbstractItemView::activated, this,
            [this] { copyCurrent(QGuiApplication::keyboardModifiers()); });
    resize(480, 420);
    retranslate();
    afterFilter();
}

void AccountFinder::retranslate()
{
    setWindowTitle(tr("Find Account"));
    m_filter->setPlaceholderText(tr("Find an account by name, carrier or client id"));
    m_filter->setAccessibleName(tr("Find account"));
    m_clearFilter->setText(tr("Clear the search"));
    m_view->setAccessibleName(tr("Matching accounts"));
    m_hint->setText(tr("%1 copies the header, %2 the token, %3 a curl command; %4 closes.")
                        .arg(keyText(Qt::Key_Return), keyText(Qt::CTRL | Qt::Key_Return),
                             keyText(Qt::SHIFT | Qt::Key_Return), keyText(Qt::Key_Escape)));
}

void AccountFinder::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::ActivationChange && onWayland() && !isActiveWindow())
        hide(); // as a popup would
    QFrame::changeEvent(event);
}

bool AccountFinder::isAccount(const QModelIndex& index)
{
    return index.isValid() && !index.data(AccountListModel::IsGroupRole).toBool();
}

void AccountFinder::applyFilter(const QString& text)
{
    // a new filter moves thousands of rows: one reset rather than range by range
    m_filterModel->setFilterWords(text, AccountFilterModel::Change::Reset);
    afterFilter();
}

void AccountFinder::queueAfterFilter()
{
    if (m_afterFilterQueued)
        return;
    m_afterFilterQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_afterFilterQueued)
                afterFilter();
        },
        Qt::QueuedConnection);
}

void AccountFinder::afterFilter()
{
    m_afterFilterQueued = false;
    GroupExpansion::expandGroups(m_view);
    if (isAccount(m_view->currentIndex()))
        return;
    m_view->setCurrentIndex({});
    step(1); // the first match is ready for Enter
}

void AccountFinder::step(int delta)
{
    QModelIndex i = m_view->currentIndex();
    if (!i.isValid() && delta > 0)
        i = m_filterModel->index(0, 0);
    else
        i = delta > 0 ? m_view->indexBelow(i) : m_view->indexAbove(i);
    while (i.isValid() && !isAccount(i)) // carrier titles are passed over
        i = delta > 0 ? m_view->indexBelow(i) : m_view->indexAbove(i);
    if (!i.isValid())
        return; // at the end: stay
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i);
}

QUuid AccountFinder::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return isAccount(i) ? i.data(AccountListModel::IdRole).toUuid() : QUuid();
}

void AccountFinder::copyCurrent(Qt::KeyboardModifiers modifiers)
{
    const QUuid id = currentId();
    if (id.isNull())
        return;
    HeaderFormat::Format format = HeaderFormat::Header;
    if (modifiers & Qt::ControlModifier)
        format = HeaderFormat::Token;
    else if (modifiers & Qt::ShiftModifier)
        format = HeaderFormat::Curl;
    hide();
    emit copyRequested(id, format);
}

void AccountFinder::popUp()
{
    m_accounts->prepareSearch(); // a person types as soon as it shows
    m_filter->clear();
    m_view->setCurrentIndex({});
    afterFilter();
    if (QScreen* screen = QGuiApplication::primaryScreen()) {
        const QRect area = screen->availableGeometry();
        move(area.center() - QPoint(width() / 2, height() / 2));
    }
    show();
    raise();
    activateWindow();
    m_filter->setFocus(Qt::PopupFocusReason);
}

bool AccountFinder::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Down:
        step(1);
        return true;
    case Qt::Key_Up:
        step(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        copyCurrent(key->modifiers());
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}
