// SPDX-License-Identifier: Apache-2.0
#pragma once

// Every text a person can meet in a widget tree: labels, buttons, menus,
// actions, tooltips, accessible names, placeholders, tab titles, window
// titles, combo box items, table cells and headers, spin box suffixes.
// Each comes with where it was found, for failure messages.

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

#include <utility>

struct WidgetText
{
    QString where;
    QString text;
};

inline QString describe(const QObject* o)
{
    return QStringLiteral("%1 \"%2\"").arg(o->metaObject()->className(), o->objectName());
}

inline void collectActionTexts(const QAction* a, QList<WidgetText>* out)
{
    const QString at = describe(a);
    out->append({at + " text", a->text()});
    out->append({at + " iconText", a->iconText()});
    out->append({at + " toolTip", a->toolTip()});
    out->append({at + " statusTip", a->statusTip()});
}

inline void collectWidgetTexts(const QWidget* w, QList<WidgetText>* out)
{
    const QString at = describe(w);
    out->append({at + " windowTitle", w->windowTitle()});
    out->append({at + " toolTip", w->toolTip()});
    out->append({at + " accessibleName", w->accessibleName()});
    out->append({at + " accessibleDescription", w->accessibleDescription()});
    out->append({at + " statusTip", w->statusTip()});
    out->append({at + " whatsThis", w->whatsThis()});
    if (auto* l = qobject_cast<const QLabel*>(w))
        out->append({at + " text", l->text()});
    if (auto* b = qobject_cast<const QAbstractButton*>(w))
        out->append({at + " text", b->text()});
    if (auto* e = qobject_cast<const QLineEdit*>(w)) {
        out->append({at + " text", e->text()});
        out->append({at + " placeholderText", e->placeholderText()});
    }
    if (auto* s = qobject_cast<const QAbstractSpinBox*>(w))
        out->append({at + " specialValueText", s->specialValueText()});
    if (auto* s = qobject_cast<const QSpinBox*>(w)) {
        out->append({at + " suffix", s->suffix()});
        out->append({at + " shown", s->text()});
    }
    if (auto* m = qobject_cast<const QMenu*>(w))
        out->append({at + " title", m->title()});
    if (auto* t = qobject_cast<const QTabWidget*>(w)) {
        for (int i = 0; i < t->count(); ++i) {
            out->append({at + QString(" tab %1").arg(i), t->tabText(i)});
            out->append({at + QString(" tab %1 toolTip").arg(i), t->tabToolTip(i)});
        }
    }
    if (auto* c = qobject_cast<const QComboBox*>(w)) {
        for (int i = 0; i < c->count(); ++i) {
            out->append({at + QString(" item %1").arg(i), c->itemText(i)});
            out->append({at + QString(" item %1 toolTip").arg(i),
                         c->itemData(i, Qt::ToolTipRole).toString()});
        }
    }
    if (auto* t = qobject_cast<const QTableWidget*>(w)) {
        for (int c = 0; c < t->columnCount(); ++c) {
            if (const QTableWidgetItem* h = t->horizontalHeaderItem(c))
                out->append({at + QString(" header %1").arg(c), h->text()});
            for (int r = 0; r < t->rowCount(); ++r) {
                if (const QTableWidgetItem* i = t->item(r, c)) {
                    out->append({at + QString(" cell %1,%2").arg(r).arg(c), i->text()});
                    out->append({at + QString(" cell %1,%2 toolTip").arg(r).arg(c), i->toolTip()});
                }
            }
        }
    }
    for (const QAction* a : w->actions())
        collectActionTexts(a, out);
}

// The root, every widget and action below it (shown or not).
inline QList<WidgetText> widgetTexts(const QWidget* root)
{
    QList<WidgetText> out;
    collectWidgetTexts(root, &out);
    for (const QWidget* w : root->findChildren<QWidget*>())
        collectWidgetTexts(w, &out);
    for (const QAction* a : root->findChildren<QAction*>())
        collectActionTexts(a, &out);
    return out;
}
