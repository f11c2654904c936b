// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountstatus.h"

#include <QStyledItemDelegate>

// Paints the account list: carrier group captions, and for each account its
// status mark, name, environment and client id, an environment badge
// (production filled, sandbox outlined) and the live countdown.
class AccountDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AccountDelegate(QObject* parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // Also used by the account header, so the mark looks the same everywhere.
    static void paintStatusMark(QPainter* painter, const QRectF& rect, AccountState state,
                                const QPalette& palette);
    static QString badgeText(const QString& environmentKind);
    // A carrier caption's count: its accounts, or while a filter hides some,
    // how many of them show ("3 of 156").
    static QString groupCountText(const QModelIndex& group);

private:
    void paintGroup(QPainter* painter, const QStyleOptionViewItem& option,
                    const QModelIndex& index) const;
    void paintAccount(QPainter* painter, const QStyleOptionViewItem& option,
                      const QModelIndex& index) const;
};
