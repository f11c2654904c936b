// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

// What the carrier picker keeps for each preset in its list.
namespace CarrierRoles {
enum : int
{
    Id = Qt::UserRole, // the preset id (QComboBox's item data)
    Details,           // countries and modes, shown quieter after the name
    Origin,            // "your preset" and the like; empty for a built-in preset
    Search,            // folded text a search matches
};
} // namespace CarrierRoles

// The presets that match what was typed, best first: names that match as a
// whole or by a word's start (as the picker always did), then presets where
// every word starts a word of their name, countries, modes or summary. When
// none does, those that contain the words anywhere, or a name's letters in
// order ("p44").
class CarrierFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CarrierFilter(QObject* parent = nullptr);

    // An empty query shows every preset in the catalog's order.
    void setQuery(const QString& query);
    QString query() const { return m_query; }
    // The row of the source model shown at `row`; -1 when there is none.
    int sourceRow(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void rank();

    QString m_query;
    QHash<int, int> m_rank; // source row -> how well it matches; 0 = not shown
};
