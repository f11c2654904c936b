// SPDX-License-Identifier: Apache-2.0
#include "carrierfilter.h"

#include "carriermatch.h"

namespace {
// names ahead of everything else, in the catalog's order within a score
constexpr int kNameRank = 1000;
constexpr int kNameStep = 100;
} // namespace

CarrierFilter::CarrierFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    sort(0);
    // a reloaded catalog is matched again
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] { setQuery(m_query); });
}

void CarrierFilter::setQuery(const QString& query)
{
    m_query = CarrierMatch::fold(query);
    rank();
    invalidate();
}

void CarrierFilter::rank()
{
    m_rank.clear();
    QAbstractItemModel* source = sourceModel();
    if (!source || m_query.isEmpty())
        return;
    QList<int> fallback;
    bool any = false;
    for (int row = 0; row < source->rowCount(); ++row) {
        const QModelIndex index = source->index(row, 0);
        const QString name = index.data(Qt::DisplayRole).toString();
        const QString id = index.data(CarrierRoles::Id).toString();
        const QString search = index.data(CarrierRoles::Search).toString();
        const int byName = CarrierMatch::nameScore(m_query, name, id);
        const int byWords = CarrierMatch::wordsScore(m_query, search);
        if (byName >= 2)
            m_rank.insert(row, kNameRank + byName * kNameStep);
        else if (byWords > 0)
            m_rank.insert(row, byWords);
        else if (byName == 1 || CarrierMatch::containsAll(m_query, search))
            fallback << row;
        any = any || m_rank.contains(row);
    }
    if (any)
        return;
    for (const int row : fallback)
        m_rank.insert(row, 1);
}

int CarrierFilter::sourceRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return mapToSource(index(row, 0)).row();
}

bool CarrierFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return m_query.isEmpty() || m_rank.value(sourceRow) > 0;
}

bool CarrierFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int l = m_rank.value(left.row());
    const int r = m_rank.value(right.row());
    return l != r ? l > r : left.row() < right.row();
}
