// SPDX-License-Identifier: Apache-2.0
#include "accountlistmodel.h"

#include "accountactivity.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "plaintext.h"
#include "redaction.h"
#include "secretlife.h"
#include "ticker.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace {
constexpr quintptr kGroupTag = 0; // internalId of group rows; accounts store group + 1
} // namespace

AccountListModel::AccountListModel(const AccountStore* store, const CarrierCatalog& catalog,
                                   AccountActivity* activity, Ticker* ticker, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_activity(activity)
    , m_now(ticker->now())
{
    m_groups = buildGroups();
    connect(store, &AccountStore::changed, this, &AccountListModel::reload);
    connect(activity, &AccountActivity::changed, this, &AccountListModel::refreshAccount);
    connect(ticker, &Ticker::tick, this, [this](const QDateTime& now) {
        m_now = now;
        emit ticked();
    });
}

QList<AccountListModel::Group> AccountListModel::buildGroups() const
{
    return groupsOf(m_store->accounts(), m_catalog);
}

QList<AccountListModel::Group> AccountListModel::groupsOf(const QList<Account>& accounts,
                                                          const CarrierCatalog& catalog)
{
    QList<Group> groups;
    for (const CarrierPreset& preset : catalog.presets())
        groups.append({preset.id, preset.name, {}});
    const qsizetype presets = groups.size();
    // Each account to its group, then each group sorted by name: the
    // catalog asked once per carrier id written, the sort over a group's
    // accounts, not thousands. Sorted by reference: a sorted copy of
    // thousands of accounts cost the first window more than the sorting.
    std::vector<std::vector<const Account*>> members(size_t(groups.size()));
    QHash<QString, qsizetype> groupOf; // by the carrier id as an account writes it
    for (const Account& p : accounts) {
        auto known = groupOf.constFind(p.carrierId);
        if (known == groupOf.cend()) {
            // "UPS" written by hand in an account file is the UPS preset's account
            const CarrierPreset* preset = catalog.find(p.carrierId);
            const QString& carrierId = preset ? preset->id : p.carrierId;
            auto it = std::find_if(groups.cbegin(), groups.cend(), [&carrierId](const Group& g) {
                return g.carrierId == carrierId;
            });
            if (it == groups.cend()) {
                groups.append({p.carrierId, p.carrierId, {}});
                members.emplace_back();
                it = groups.cend() - 1;
            }
            known = groupOf.insert(p.carrierId, it - groups.cbegin());
        }
        members[size_t(*known)].push_back(&p);
    }
    const auto byName = [](const Account* a, const Account* b) {
        return QString::compare(a->name, b->name, Qt::CaseInsensitive) < 0;
    };
    for (qsizetype g = 0; g < groups.size(); ++g) {
        std::vector<const Account*>& sorted = members[size_t(g)];
        std::sort(sorted.begin(), sorted.end(), byName);
        groups[g].accounts.reserve(qsizetype(sorted.size()));
        for (const Account* account : sorted)
            groups[g].accounts.append(account->id);
    }
    // carriers the catalog does not know come in the order of their first
    // account by name, as they did when accounts were grouped in that order
    std::vector<qsizetype> unknown(size_t(groups.size() - presets));
    std::iota(unknown.begin(), unknown.end(), presets);
    std::stable_sort(unknown.begin(), unknown.end(), [&](qsizetype a, qsizetype b) {
        return byName(members[size_t(a)].front(), members[size_t(b)].front());
    });
    QList<Group> ordered = groups.mid(0, presets);
    for (const qsizetype g : unknown)
        ordered.append(std::move(groups[g]));
    groups = std::move(ordered);
    groups.erase(std::remove_if(groups.begin(), groups.end(),
                                [](const Group& g) { return g.accounts.isEmpty(); }),
                 groups.end());
    // "project44" sorts among the P's, whatever its case
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        return QString::compare(a.title, b.title, Qt::CaseInsensitive) < 0;
    });
    return groups;
}

void AccountListModel::reload()
{
    m_searchText.clear();
    const QList<Group> fresh = buildGroups();
    const auto shape = [](const QList<Group>& groups) {
        QList<QUuid> out;
        for (const Group& g : groups)
            out << QUuid() << g.accounts;
        return out;
    };
    if (shape(fresh) == shape(m_groups)) {
        // same rows in the same places (e.g. a test was recorded): repaint only
        m_groups = fresh;
        refreshAll();
        return;
    }
    beginResetModel();
    m_groups = fresh;
    endResetModel();
}

void AccountListModel::refreshAccount(const QUuid& id)
{
    const QModelIndex i = indexOf(id);
    if (i.isValid())
        emit dataChanged(i, i);
}

void AccountListModel::refreshAll()
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const int n = int(m_groups.at(g).accounts.size());
        if (n == 0)
            continue;
        const QModelIndex parentIndex = index(g, 0);
        emit dataChanged(index(0, 0, parentIndex), index(n - 1, 0, parentIndex));
    }
}

void AccountListModel::setReminderRules(const ReminderRules& rules)
{
    // every row changed makes the view ask each of thousands for its height:
    // the window sets the rules as it opens, mostly the ones the list has
    if (rules == m_rules)
        return;
    m_rules = rules;
    refreshAll();
}

void AccountListModel::retranslate()
{
    m_searchText.clear(); // environment labels are worded in the language
    emit layoutAboutToBeChanged();
    emit layoutChanged();
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0));
    refreshAll();
}

QModelIndex AccountListModel::indexOf(const QUuid& id) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const int row = int(m_groups.at(g).accounts.indexOf(id));
        if (row >= 0)
            return createIndex(row, 0, quintptr(g + 1));
    }
    return {};
}

QUuid AccountListModel::idAt(const QModelIndex& index) const
{
    return index.data(IdRole).toUuid();
}

QModelIndex AccountListModel::index(int row, int column, const QModelIndex& parentIndex) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parentIndex.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kGroupTag) : QModelIndex();
    if (parentIndex.internalId() != kGroupTag)
        return {};
    const int g = parentIndex.row();
    if (g >= m_groups.size() || row >= m_groups.at(g).accounts.size())
        return {};
    return createIndex(row, 0, quintptr(g + 1));
}

QModelIndex AccountListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupTag)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupTag);
}

int AccountListModel::rowCount(const QModelIndex& parentIndex) const
{
    if (!parentIndex.isValid())
        return int(m_groups.size());
    if (parentIndex.internalId() != kGroupTag || parentIndex.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parentIndex.row()).accounts.size());
}

int AccountListModel::columnCount(const QModelIndex&) const
{
    return 1;
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupTag)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupTag)
        return index.row() < m_groups.size() ? groupData(m_groups.at(index.row()), role)
                                             : QVariant();
    const int g = int(index.internalId() - 1);
    if (g >= m_groups.size() || index.row() >= m_groups.at(g).accounts.size())
        return {};
    return accountData(m_groups.at(g).accounts.at(index.row()), role);
}

QVariant AccountListModel::groupData(const Group& group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case CarrierNameRole:
        return group.title;
    case IsGroupRole:
        return true;
    case CarrierIdRole:
        return group.carrierId;
    case GroupCountRole:
        return int(group.accounts.size());
    default:
        return {};
    }
}

QVariant AccountListModel::accountData(const QUuid& id, int role) const
{
    // the filter asks every row on each keystroke: a known text needs no lookups
    if (role == SearchTextRole) {
        const auto known = m_searchText.constFind(id);
        if (known != m_searchText.cend())
            return *known;
    }
    const Account* p = m_store->find(id);
    if (!p)
        return {};
    const CarrierPreset* preset = m_catalog.find(p->carrierId);
    const auto status = [&] {
        return m_activity->status(id, m_now);
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return p->name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const AccountStatus s = status();
        QString text = tr("%1, %2, %3: %4")
                           .arg(preset ? preset->name : p->carrierId, p->environmentLabel(preset),
                                p->name, AccountStatus::label(s.state));
        if (!s.countdown.isEmpty())
            text += QStringLiteral(" (") + s.countdown + QLatin1Char(')');
        if (const auto mark = SecretLife::mark(*p, m_now, m_rules))
            text += QStringLiteral(" — ") + mark->text;
        if (role != Qt::ToolTipRole)
            return text;
        return PlainText::toolTip(text + QLatin1Char('\n') + SecretLife::toolTip(*p, m_now));
    }
    case IdRole:
        return id;
    case IsGroupRole:
        return false;
    case CarrierIdRole:
        return p->carrierId;
    case CarrierNameRole:
        return preset ? preset->name : p->carrierId;
    case EnvironmentKindRole:
        return environmentKindId(p->environmentKind(preset));
    case EnvironmentLabelRole:
        return p->environmentLabel(preset);
    case StateRole:
        return int(status().state);
    case StateIdRole:
        return AccountStatus::stateId(status().state);
    case CountdownRole: {
        const AccountStatus s = status();
        if (s.state == AccountState::Busy)
            return tr("Testing…");
        if (s.state == AccountState::Failed)
            return AccountStatus::label(s.state);
        return s.countdown;
    }
    case SecretMarkRole: {
        const auto mark = SecretLife::mark(*p, m_now, m_rules);
        return mark ? mark->text : QString();
    }
    case SecretMarkToneRole: {
        const auto mark = SecretLife::mark(*p, m_now, m_rules);
        return int(mark ? mark->tone : StatusStyle::Tone::Neutral);
    }
    case SubtitleRole: {
        QStringList parts{p->environmentLabel(preset)};
        if (!p->clientId.isEmpty())
            parts << Redaction::abbreviate(p->clientId);
        return parts.join(QStringLiteral(" · "));
    }
    case SearchTextRole:
        return searchText(*p, preset);
    default:
        return {};
    }
}

QString AccountListModel::searchText(const Account& account, const CarrierPreset* preset) const
{
    auto it = m_searchText.find(account.id);
    if (it == m_searchText.end()) {
        QString text = QStringList{account.name,
                                   preset ? preset->name : account.carrierId,
                                   preset ? preset->vendor : QString(),
                                   account.environmentLabel(preset),
                                   environmentKindId(account.environmentKind(preset)),
                                   account.clientId}
                           .join(QLatin1Char('\n'));
        it = m_searchText.insert(account.id, std::move(text).toCaseFolded());
    }
    return *it;
}

void AccountListModel::prepareSearch() const
{
    const QList<Account>& accounts = m_store->accounts();
    if (m_searchText.size() == accounts.size())
        return;
    m_searchText.reserve(accounts.size());
    for (const Account& account : accounts)
        searchText(account, m_catalog.find(account.carrierId));
}

AccountFilterModel::AccountFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void AccountFilterModel::setFilterWords(const QString& text, Change change)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (change == Change::Reset) {
        beginResetModel();
        m_words = words;
        endResetModel();
        return;
    }
    m_words = words;
    invalidateFilter();
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(AccountListModel::IsGroupRole).toBool()) {
        // a carrier shows while one of its accounts does (checked here rather than
        // with recursive filtering, which crashes Qt 6.4 when a whole group goes)
        const int n = sourceModel()->rowCount(i);
        for (int row = 0; row < n; ++row) {
            if (matches(sourceModel()->index(row, 0, i)))
                return true;
        }
        return false;
    }
    return matches(i);
}

bool AccountFilterModel::matches(const QModelIndex& account) const
{
    const QString haystack = account.data(AccountListModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}
