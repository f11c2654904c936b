// SPDX-License-Identifier: Apache-2.0
#include "carrierdelegate.h"

#include "badgelabel.h"
#include "carrierfilter.h"
#include "statusstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace {
constexpr int kPadding = 8;
constexpr int kGap = 12;
constexpr int kMarkGap = 8;
constexpr int kExtraHeight = 10;
} // namespace

CarrierDelegate::CarrierDelegate(bool markFirst, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_markFirst(markFirst)
{}

bool CarrierDelegate::isMarkedFirst(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    if (!m_markFirst || index.row() != 0)
        return false;
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    return view && view->selectionModel() && !view->selectionModel()->hasSelection();
}

QSize CarrierDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics fm(opt.font);
    const QString origin = index.data(CarrierRoles::Origin).toString();
    const QFontMetrics badge(BadgeLabel::badgeFont(opt.font));
    int width = 2 * kPadding + fm.horizontalAdvance(opt.text) + kGap +
                fm.horizontalAdvance(index.data(CarrierRoles::Details).toString());
    if (!origin.isEmpty())
        width += StatusStyle::badgeSize(badge, origin).width() + kMarkGap;
    const int height =
        qMax(QStyledItemDelegate::sizeHint(option, index).height(),
             qMax(fm.height(), StatusStyle::badgeSize(badge, origin).height()) + kExtraHeight);
    return QSize(width, height);
}

int CarrierDelegate::paintOrigin(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QString& origin, int x) const
{
    const QFont font = BadgeLabel::badgeFont(option.font);
    const QSize size = StatusStyle::badgeSize(QFontMetrics(font), origin);
    const QRect rect(x, option.rect.center().y() - size.height() / 2 + 1, size.width(),
                     size.height());
    painter->setFont(font);
    StatusStyle::paintBadge(painter, rect, origin, StatusStyle::Tone::Info, false, option.palette);
    painter->setFont(option.font);
    return rect.right() + 1 + kMarkGap;
}

void CarrierDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QPalette& pal = opt.palette;
    painter->save();
    if (isMarkedFirst(opt, index)) {
        const QColor wash =
            StatusStyle::blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.18);
        painter->fillRect(opt.rect, wash);
    }
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet =
        selected ? StatusStyle::blend(pal.color(QPalette::HighlightedText),
                                      pal.color(QPalette::Highlight), 0.3)
                 : StatusStyle::blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    const QRect r = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    const QFontMetrics fm(opt.font);
    painter->setFont(opt.font);
    painter->setPen(text);
    const QString shownName = fm.elidedText(name, Qt::ElideRight, r.width());
    painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, shownName);
    int x = r.left() + fm.horizontalAdvance(shownName) + kGap;
    const QString origin = index.data(CarrierRoles::Origin).toString();
    if (!origin.isEmpty() && x < r.right())
        x = paintOrigin(painter, opt, origin, x);
    const QString details = index.data(CarrierRoles::Details).toString();
    if (!details.isEmpty() && x < r.right()) {
        painter->setPen(quiet);
        const QRect rest(x, r.top(), r.right() - x, r.height());
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(details, Qt::ElideRight, rest.width()));
    }
    painter->restore();
}
