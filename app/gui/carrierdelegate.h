// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

// A row of the carrier picker's list: the carrier's name, a small mark for a
// preset from a file ("your preset"), then its countries and modes in a
// quieter colour.
class CarrierDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // `markFirst`: in the list that narrows as one types, the first row is
    // the one Enter picks; it shows so until the arrow keys pick another.
    explicit CarrierDelegate(bool markFirst, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    bool isMarkedFirst(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    // the origin mark at `x`; returns where the text after it starts
    int paintOrigin(QPainter* painter, const QStyleOptionViewItem& option, const QString& origin,
                    int x) const;

    bool m_markFirst;
};
