// SPDX-License-Identifier: Apache-2.0
#include "statusstyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace StatusStyle {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor color(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Neutral:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case Tone::Info:
        return dark ? QColor(0x4d, 0xab, 0xf7) : QColor(0x1c, 0x6d, 0xd0);
    case Tone::Success:
        return dark ? QColor(0x51, 0xcf, 0x66) : QColor(0x2b, 0x8a, 0x3e);
    case Tone::Warning:
        return dark ? QColor(0xfc, 0xc4, 0x19) : QColor(0xc2, 0x71, 0x0c);
    case Tone::Danger:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc9, 0x2a, 0x2a);
    case Tone::Production:
        return dark ? QColor(0xf7, 0x67, 0x07) : QColor(0xd9, 0x48, 0x0f);
    case Tone::Sandbox:
        return dark ? QColor(0x3b, 0xc9, 0xdb) : QColor(0x0b, 0x72, 0x85);
    }
    return palette.color(QPalette::WindowText);
}

QColor blend(const QColor& a, const QColor& b, qreal t)
{
    return QColor(int(a.red() + (b.red() - a.red()) * t),
                  int(a.green() + (b.green() - a.green()) * t),
                  int(a.blue() + (b.blue() - a.blue()) * t));
}

QColor wash(Tone tone, const QPalette& palette, qreal amount)
{
    return blend(palette.color(QPalette::Base), color(tone, palette), amount);
}

QColor muted(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor((text.red() * 3 + window.red() * 2) / 5,
                  (text.green() * 3 + window.green() * 2) / 5,
                  (text.blue() * 3 + window.blue() * 2) / 5);
}

QSize badgeSize(const QFontMetrics& metrics, const QString& text)
{
    return QSize(metrics.horizontalAdvance(text) + 14, metrics.height() + 4);
}

void paintBadge(QPainter* painter, const QRect& rect, const QString& text, Tone tone, bool filled,
                const QPalette& palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = color(tone, palette);
    const QRectF r = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 2.0;
    if (filled) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawRoundedRect(r, radius, radius);
        painter->setPen(isDark(palette) ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white));
    } else {
        painter->setPen(QPen(c, 1.0));
        painter->setBrush(wash(tone, palette, 0.10));
        painter->drawRoundedRect(r, radius, radius);
        painter->setPen(c);
    }
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace StatusStyle
