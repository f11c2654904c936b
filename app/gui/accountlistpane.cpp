// SPDX-License-Identifier: Apache-2.0
#include "accountlistpane.h"

#include "accountdelegate.h"
#include "accountlistmodel.h"
#include "clearbutton.h"
#include "groupexpansion.h"
#include "icons.h"
#include "look.h"
#include "shortcuts.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

AccountListPane::AccountListPane(const AccountStore* store, const CarrierCatalog& catalog,
                                 AccountActivity* activity, Ticker* ticker, QWidget* parent)
    : QWidget(parent)
    , m_model(new AccountListModel(store, catalog, activity, ticker, this))
    , m_filterModel(new AccountFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_placeholder(new QLabel(this))
{
    m_filterModel->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_clearFilter = ClearButton::add(m_filter);
    m_filter->addAction(Icons::themed(QStringLiteral("search")), QLineEdit::LeadingPosition)
        ->setObjectName(QStringLiteral("filterIcon"));
    m_filter->installEventFilter(this);

    setUpView();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* filterBox = new QWidget(this);
    auto* filterLayout = new QVBoxLayout(filterBox);
    filterLayout->setContentsMargins(10, 10, 10, 8);
    filterLayout->addWidget(m_filter);
    layout->addWidget(filterBox);
    layout->addWidget(m_view, 1);
    m_placeholder->setObjectName(QStringLiteral("listPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText); // quotes the filter as typed
    m_placeholder->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_placeholder->setWordWrap(true);
    m_placeholder->setContentsMargins(16, 24, 16, 16);
    Look::makeMuted(m_placeholder);
    m_placeholder->setBackgroundRole(QPalette::Base);
    m_placeholder->setAutoFillBackground(true);
    layout->addWidget(m_placeholder, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filterModel->setFilterWords(text);
        expandGroups();
        restoreSelection();
        updatePlaceholder();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QUuid id = current.data(AccountListModel::IdRole).toUuid();
                if (id.isNull() || id == m_current)
                    return;
                m_current = id;
                emit currentChanged(id);
            });
    // Not while the proxy is still rearranging itself: asking it for indexes from
    // inside its own rowsRemoved() makes it change the mapping it is walking.
    const auto afterReset = [this] {
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_refreshQueued = false;
                expandGroups();
                restoreSelection();
                updatePlaceholder();
            },
            Qt::QueuedConnection);
    };
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, afterReset);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, afterReset);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, afterReset);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, afterReset);
    connect(m_model, &AccountListModel::ticked, m_view->viewport(), qOverload<>(&QWidget::update));
    expandGroups();
    retranslate();
}

void AccountListPane::setUpView()
{
    m_view->setObjectName(QStringLiteral("accountList"));
    m_view->setModel(m_filterModel);
    m_view->setItemDelegate(new AccountDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(0);
    m_view->setUniformRowHeights(false);
    // Rows draw no item icons (AccountDelegate). A size of its own spares
    // the style sheet's lookup of the default one for each row the view
    // measures: 5,000 rows cost the first window 2 ms.
    m_view->setIconSize(QSize(16, 16));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    // Scrolling by pixels asks every row for its height: 5,000 rows cost
    // the first window 5 ms. Until the list has been drawn it scrolls by
    // rows, which asks only the last screenful.
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_view->viewport()->installEventFilter(this);
    m_view->setMouseTracking(true);
}

void AccountListPane::scrollByPixels()
{
    m_view->viewport()->removeEventFilter(this);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void AccountListPane::expandGroups()
{
    GroupExpansion::expandGroups(m_view);
}

void AccountListPane::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter accounts"));
    m_filter->setAccessibleName(tr("Filter accounts"));
    // the line's own buttons, named for screen readers
    if (auto* icon = m_filter->findChild<QAction*>(QStringLiteral("filterIcon")))
        icon->setText(tr("Filter accounts"));
    m_clearFilter->setText(tr("Clear the filter"));
    m_filter->setToolTip(tr("Show accounts whose name, carrier, environment or client id "
                            "contain every word (%1)")
                             .arg(Shortcuts::text(Shortcuts::filter())));
    m_view->setAccessibleName(tr("Accounts"));
    updatePlaceholder();
}

void AccountListPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        // environments are matched by their translated names
        m_filterModel->setFilterWords(m_filter->text());
    }
    QWidget::changeEvent(event);
}

void AccountListPane::updatePlaceholder()
{
    const bool empty = visibleAccountCount() == 0;
    if (m_model->rowCount() == 0)
        m_placeholder->setText(tr("No accounts yet.\nAdd one with New (%1).")
                                   .arg(Shortcuts::text(Shortcuts::newAccount())));
    else
        m_placeholder->setText(
            tr("No account matches \u201c%1\u201d.").arg(m_filter->text().trimmed()));
    m_placeholder->setVisible(empty);
    m_view->setVisible(!empty);
}

QUuid AccountListPane::currentId() const
{
    return m_current;
}

int AccountListPane::visibleAccountCount() const
{
    int n = 0;
    for (int g = 0; g < m_filterModel->rowCount(); ++g)
        n += m_filterModel->rowCount(m_filterModel->index(g, 0));
    return n;
}

void AccountListPane::select(const QUuid& id)
{
    if (id.isNull()) {
        m_current = QUuid();
        m_view->selectionModel()->clear(); // the current index too, so reselecting it counts
        return;
    }
    const QModelIndex source = m_model->indexOf(id);
    QModelIndex proxy = m_filterModel->mapFromSource(source);
    if (!proxy.isValid() && source.isValid()) {
        // the filter hides it: show everything rather than select nothing
        m_filter->clear();
        proxy = m_filterModel->mapFromSource(source);
    }
    if (!proxy.isValid())
        return;
    const bool alreadyCurrent = m_view->currentIndex() == proxy;
    m_view->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
    reveal(proxy);
    if (alreadyCurrent && m_current != id) { // the view has nothing to signal
        m_current = id;
        emit currentChanged(id);
    }
}

void AccountListPane::selectFirst()
{
    for (int g = 0; g < m_filterModel->rowCount(); ++g) {
        const QModelIndex first = m_filterModel->index(0, 0, m_filterModel->index(g, 0));
        if (first.isValid()) {
            select(first.data(AccountListModel::IdRole).toUuid());
            return;
        }
    }
}

void AccountListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void AccountListPane::restoreSelection()
{
    if (m_current.isNull())
        return;
    const QModelIndex proxy = m_filterModel->mapFromSource(m_model->indexOf(m_current));
    if (proxy.isValid() && m_view->currentIndex() != proxy) {
        m_view->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
        reveal(proxy);
    }
}

void AccountListPane::reveal(const QModelIndex& proxy)
{
    // the first account of a group shows with its group's header above it; the
    // view scrolls to the row alone otherwise, and at start, before the list has
    // its height, that scrolls the first header away for good
    const QModelIndex group = proxy.parent();
    if (proxy.row() == 0 && group.isValid() && group.row() == 0) {
        m_view->scrollToTop();
        return;
    }
    if (proxy.row() == 0 && group.isValid())
        m_view->scrollTo(group);
    m_view->scrollTo(proxy);
}

bool AccountListPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint)
        QMetaObject::invokeMethod(this, &AccountListPane::scrollByPixels, Qt::QueuedConnection);
    if (watched == m_filter && event->type() == QEvent::FocusIn)
        m_model->prepareSearch();
    // Down in the filter moves into the list; Escape clears the filter
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                selectFirst();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
