// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLayout>
#include <QList>

// Lays items out left to right and wraps to a new line when the width runs
// out, like words in a paragraph. Used for scope chips.
class FlowLayout : public QLayout
{
public:
    // spacing: between items; lineSpacing: between lines (-1: the same).
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6, int lineSpacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items inside rect (or only measures, when apply is false).
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_gap;
    int m_lineGap;
};
