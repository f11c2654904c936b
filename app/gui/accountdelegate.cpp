// SPDX-License-Identifier: Apache-2.0
#include "accountdelegate.h"

#include "accountlistmodel.h"
#include "badgelabel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kHorizontalPadding = 12;
constexpr int kMarkSize = 12;
constexpr int kAccountHeight = 52;
constexpr int kGroupHeight = 30;

} // namespace

AccountDelegate::AccountDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QSize AccountDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const bool group = index.data(AccountListModel::IsGroupRole).toBool();
    const int lineHeight = option.fontMetrics.height();
    const int height =
        group ? qMax(kGroupHeight, lineHeight + 14) : qMax(kAccountHeight, lineHeight * 2 + 18);
    return QSize(200, height);
}

QString AccountDelegate::badgeText(const QString& environmentKind)
{
    return environmentKind == QLatin1String("production") ? tr("PRODUCTION") : tr("SANDBOX");
}

void AccountDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    if (index.data(AccountListModel::IsGroupRole).toBool())
        paintGroup(painter, option, index);
    else
        paintAccount(painter, option, index);
}

QString AccountDelegate::groupCountText(const QModelIndex& group)
{
    const int total = group.data(AccountListModel::GroupCountRole).toInt();
    const int shown = group.model()->rowCount(group);
    if (shown == total)
        return QString::number(total);
    return tr("%1 of %2").arg(shown).arg(total);
}

void AccountDelegate::paintGroup(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    painter->save();
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setLetterSpacing(QFont::PercentageSpacing, 104);
    painter->setFont(font);
    painter->setPen(StatusStyle::muted(option.palette));
    const QRect r = option.rect.adjusted(kHorizontalPadding, 6, -kHorizontalPadding, 0);
    const QString count = groupCountText(index);
    const int countWidth = painter->fontMetrics().horizontalAdvance(count);
    const QString title =
        painter->fontMetrics().elidedText(index.data(Qt::DisplayRole).toString().toUpper(),
                                          Qt::ElideRight, r.width() - countWidth - 8);
    painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, count);
    painter->restore();
}

namespace {
// Returns the width it took; `pen` invalid: the mark's own colour.
// `right`: what the countdown takes at the line's end.
int paintSecretMark(QPainter* painter, const QRect& line, int right, const QModelIndex& index,
                    const QColor& pen, const QPalette& pal)
{
    const QString mark = index.data(AccountListModel::SecretMarkRole).toString();
    if (mark.isEmpty())
        return 0;
    const auto tone = StatusStyle::Tone(index.data(AccountListModel::SecretMarkToneRole).toInt());
    painter->setPen(pen.isValid() ? pen : StatusStyle::color(tone, pal));
    painter->drawText(line.adjusted(0, 0, -right, 0), Qt::AlignRight | Qt::AlignVCenter, mark);
    return painter->fontMetrics().horizontalAdvance(mark) + 12;
}
} // namespace

void AccountDelegate::paintAccount(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor soft = selected ? StatusStyle::blend(pal.color(QPalette::HighlightedText),
                                                      pal.color(QPalette::Highlight), 0.3)
                                 : StatusStyle::muted(pal);
    const auto state = AccountState(index.data(AccountListModel::StateRole).toInt());
    const QRect r = option.rect.adjusted(kHorizontalPadding, 0, -kHorizontalPadding, 0);

    // status mark, centred on the first line
    const QFontMetrics fm(option.font);
    const int top = r.top() + (r.height() - fm.height() * 2 - 4) / 2;
    const QRectF mark(r.left(), top + (fm.height() - kMarkSize) / 2.0, kMarkSize, kMarkSize);
    QPalette markPalette = pal;
    if (selected)
        markPalette.setColor(QPalette::Base, pal.color(QPalette::Highlight));
    paintStatusMark(painter, mark, state, markPalette);

    // badge and countdown on the right
    const QString kind = index.data(AccountListModel::EnvironmentKindRole).toString();
    const QString badge = badgeText(kind);
    const QFont badgeFont = BadgeLabel::badgeFont(option.font);
    const QSize badgeSize = StatusStyle::badgeSize(QFontMetrics(badgeFont), badge);
    const QRect badgeRect(r.right() - badgeSize.width() + 1,
                          top + (fm.height() - badgeSize.height()) / 2, badgeSize.width(),
                          badgeSize.height());
    painter->setFont(badgeFont);
    const bool production = kind == QLatin1String("production");
    StatusStyle::paintBadge(painter, badgeRect, badge,
                            production ? StatusStyle::Tone::Production : StatusStyle::Tone::Sandbox,
                            production, pal);

    const QString countdown = index.data(AccountListModel::CountdownRole).toString();
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    const QFontMetrics sfm(small);
    const int countdownWidth = sfm.horizontalAdvance(countdown);
    const QRect secondLine(r.left() + kMarkSize + 10, top + fm.height() + 4,
                           r.width() - kMarkSize - 10, sfm.height());
    if (!countdown.isEmpty()) {
        const bool loud = state == AccountState::Expiring || state == AccountState::Expired ||
                          state == AccountState::Failed;
        painter->setPen(!selected && loud ? StatusStyle::color(AccountStatus::tone(state), pal)
                                          : soft);
        painter->drawText(secondLine, Qt::AlignRight | Qt::AlignVCenter, countdown);
    }
    // a secret reminder, left of the countdown: amber soon, red expired or not working
    const int markWidth = paintSecretMark(painter, secondLine, countdownWidth + 12, index,
                                          selected ? text : QColor(), pal);

    // subtitle: environment and abbreviated client id
    painter->setPen(soft);
    const QString subtitle =
        sfm.elidedText(index.data(AccountListModel::SubtitleRole).toString(), Qt::ElideRight,
                       secondLine.width() - countdownWidth - markWidth - 12);
    painter->drawText(secondLine, Qt::AlignLeft | Qt::AlignVCenter, subtitle);

    // name
    QFont nameFont = option.font;
    nameFont.setWeight(QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QRect nameRect(secondLine.left(), top, badgeRect.left() - secondLine.left() - 8,
                         fm.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(index.data(Qt::DisplayRole).toString(),
                                                        Qt::ElideRight, nameRect.width()));
    painter->restore();
}

void AccountDelegate::paintStatusMark(QPainter* painter, const QRectF& rect, AccountState state,
                                      const QPalette& palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = StatusStyle::color(AccountStatus::tone(state), palette);
    const QRectF inner = rect.adjusted(1, 1, -1, -1);
    switch (state) {
    case AccountState::Valid:
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawEllipse(inner);
        break;
    case AccountState::Expiring: {
        // half full: time is running out
        painter->setPen(QPen(c, 1.6));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner);
        QPainterPath half;
        half.moveTo(inner.center());
        half.arcTo(inner, 90, 180);
        half.closeSubpath();
        painter->fillPath(half, c);
        break;
    }
    case AccountState::Expired:
        painter->setPen(QPen(c, 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case AccountState::Failed: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawEllipse(inner);
        painter->setPen(QPen(palette.color(QPalette::Base), 1.6, Qt::SolidLine, Qt::RoundCap));
        const QRectF x = inner.adjusted(inner.width() * 0.3, inner.height() * 0.3,
                                        -inner.width() * 0.3, -inner.height() * 0.3);
        painter->drawLine(x.topLeft(), x.bottomRight());
        painter->drawLine(x.topRight(), x.bottomLeft());
        break;
    }
    case AccountState::Busy:
        painter->setPen(QPen(c, 2.0, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawArc(inner.adjusted(0.5, 0.5, -0.5, -0.5), 90 * 16, -270 * 16);
        break;
    case AccountState::NeedsSecret: {
        // an empty ring with a bar across: nothing can be sent yet
        painter->setPen(QPen(c, 1.6, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner.adjusted(0.5, 0.5, -0.5, -0.5));
        const qreal y = inner.center().y();
        painter->drawLine(QPointF(inner.left() + inner.width() * 0.28, y),
                          QPointF(inner.right() - inner.width() * 0.28, y));
        break;
    }
    case AccountState::Untested:
        painter->setPen(QPen(c, 1.4, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    }
    painter->restore();
}
