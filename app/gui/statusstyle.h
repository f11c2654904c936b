// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QString>

class QFontMetrics;
class QPainter;
class QPalette;
class QRect;
class QSize;

// Semantic colours and the small painted shapes built on them. Everything
// else on screen uses palette roles; these few colours are chosen to read on
// light and dark palettes alike.
namespace StatusStyle {

enum class Tone
{
    Neutral,
    Info,
    Success,
    Warning,
    Danger,
    Production,
    Sandbox
};

bool isDark(const QPalette& palette);
QColor color(Tone tone, const QPalette& palette);
// `a` moved towards `b` by t (0 = a, 1 = b).
QColor blend(const QColor& a, const QColor& b, qreal t);
// The tone mixed into the window colour: a calm background for banners.
QColor wash(Tone tone, const QPalette& palette, qreal amount = 0.14);
// Text colour a little softer than WindowText, for captions and subtitles.
QColor muted(const QPalette& palette);

// A pill with short upper-case text: filled for production, outlined otherwise.
QSize badgeSize(const QFontMetrics& metrics, const QString& text);
void paintBadge(QPainter* painter, const QRect& rect, const QString& text, Tone tone, bool filled,
                const QPalette& palette);

} // namespace StatusStyle
