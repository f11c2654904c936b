// SPDX-License-Identifier: Apache-2.0
#include "badgelabel.h"

#include <QPainter>

BadgeLabel::BadgeLabel(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFont(badgeFont(font()));
}

QFont BadgeLabel::badgeFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(qMax(7.0, base.pointSizeF() * 0.78));
    f.setBold(true);
    f.setLetterSpacing(QFont::PercentageSpacing, 106);
    return f;
}

void BadgeLabel::setBadge(const QString& text, StatusStyle::Tone tone, bool filled)
{
    m_text = text;
    m_tone = tone;
    m_filled = filled;
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize BadgeLabel::sizeHint() const
{
    return StatusStyle::badgeSize(fontMetrics(), m_text);
}

void BadgeLabel::paintEvent(QPaintEvent*)
{
    if (m_text.isEmpty())
        return;
    QPainter painter(this);
    painter.setFont(font());
    const QSize s = sizeHint();
    const QRect r(0, (height() - s.height()) / 2, s.width(), s.height());
    StatusStyle::paintBadge(&painter, r, m_text, m_tone, m_filled, palette());
}
