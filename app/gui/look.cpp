// SPDX-License-Identifier: Apache-2.0
#include "look.h"

#include "statusstyle.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QScreen>
#include <QStyle>
#include <QTableWidget>
#include <QVariant>

namespace Look {

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // some captions name a carrier or an account
    setCaptionText(label, text);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    f.setBold(true);
    f.setLetterSpacing(QFont::PercentageSpacing, 106);
    label->setFont(f);
    makeMuted(label);
    return label;
}

void setCaptionText(QLabel* caption, const QString& text)
{
    caption->setText(text.toUpper());
}

void makeMuted(QLabel* label)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, StatusStyle::muted(pal));
    label->setPalette(pal);
}

void makeHeading(QLabel* label, qreal scale, bool bold)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    label->setFont(f);
}

QFrame* card(QWidget* parent, const QString& objectName)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setProperty("card", true);
    return frame;
}

void makePrimary(QWidget* button)
{
    button->setProperty("primary", true);
}

QString styleSheet()
{
    // Only palette roles, so light and dark themes both work.
    return QStringLiteral(
        "QStatusBar::item { border: none; }"
        "QFrame[card=\"true\"] { background: palette(base); border: 1px solid palette(mid);"
        " border-radius: 8px; }"
        "QFrame[card=\"true\"] QLabel { background: transparent; border: none; }"
        "QPushButton[primary=\"true\"], QToolButton[primary=\"true\"] {"
        " background: palette(highlight); color: palette(highlighted-text);"
        " border: 1px solid palette(highlight); border-radius: 5px; padding: 5px 14px;"
        " font-weight: bold; }"
        "QToolButton[primary=\"true\"] { padding-right: 26px; }"
        "QToolButton[primary=\"true\"]::menu-button { border: none;"
        " border-left: 1px solid palette(highlighted-text); width: 20px; }"
        "QPushButton[primary=\"true\"]:hover, QToolButton[primary=\"true\"]:hover {"
        " background: palette(dark); border-color: palette(dark); }"
        // styled buttons lose the style's focus frame: a ring of the text colour instead
        "QPushButton[primary=\"true\"]:focus, QToolButton[primary=\"true\"]:focus {"
        " border: 2px solid palette(text); }"
        "QPushButton[primary=\"true\"]:disabled, QToolButton[primary=\"true\"]:disabled {"
        " background: palette(midlight); color: palette(mid); border-color: palette(midlight); }");
}

void makeReadOnlyTable(QTableWidget* table, const QList<QHeaderView::ResizeMode>& columns)
{
    table->setColumnCount(int(columns.size()));
    QHeaderView* header = table->horizontalHeader();
    for (int i = 0; i < columns.size(); ++i)
        header->setSectionResizeMode(i, columns.at(i));
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setShowGrid(false);
    table->setFrameShape(QFrame::NoFrame);
}

void fitToContents(QWidget* dialog)
{
    QLayout* layout = dialog->layout();
    if (!layout)
        return;
    // a minimum set by hand (setMinimumWidth) keeps the layout from raising it
    layout->invalidate();
    layout->activate();
    const QSize least = layout->totalMinimumSize();
    const int width = qMax(dialog->width(), least.width());
    const int height =
        qMax(dialog->height(),
             layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : least.height());
    if (QSize(width, height) != dialog->size())
        dialog->resize(width, height);
}

void giveRoom(QMessageBox* box)
{
    auto* grid = qobject_cast<QGridLayout*>(box->layout());
    if (!grid)
        return;
    const QFontMetrics metrics(box->font());
    const QStyle* style = box->style();
    const int icon = style->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, box);
    const int margins = 2 * style->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, box) +
                        style->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, box);
    int wanted = metrics.horizontalAdvance(box->text()) + icon + margins + 8;
    if (const QScreen* screen = box->screen())
        wanted = qMin(wanted, screen->availableGeometry().width() - 80);
    // a spacer across the box: QMessageBox sizes itself from its layout's minimum
    grid->addItem(new QSpacerItem(wanted, 0, QSizePolicy::Minimum, QSizePolicy::Fixed),
                  grid->rowCount(), 0, 1, grid->columnCount());
}

void centerInPanel(QWidget* panel, QLayout* column, int maxWidth)
{
    auto* inner = new QWidget(panel);
    inner->setMaximumWidth(maxWidth);
    inner->setLayout(column);
    auto* outer = new QGridLayout(panel);
    outer->setContentsMargins(40, 40, 40, 40);
    outer->addWidget(inner, 1, 1);
    outer->setRowStretch(0, 2);
    outer->setRowStretch(2, 3);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(1, 4);
    outer->setColumnStretch(2, 1);
}

} // namespace Look
