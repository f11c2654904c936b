// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QFrame;
class QLabel;
class QWidget;

// Small helpers that give the window one consistent look: captions, muted
// text, headings and card frames, all from palette roles.
namespace Look {
// A small upper-case caption above a value ("EXPIRES").
QLabel* caption(const QString& text, QWidget* parent);
// A caption's text, in upper case like the caption itself.
void setCaptionText(QLabel* caption, const QString& text);
// Softer text for help lines and subtitles.
void makeMuted(QLabel* label);
// Larger, bolder text; scale is relative to the application font.
void makeHeading(QLabel* label, qreal scale, bool bold = true);
// A rounded panel on the Base colour with a thin border.
QFrame* card(QWidget* parent, const QString& objectName);
// Styles a button as the view's primary action (accent background).
void makePrimary(QWidget* button);
// The application-wide style sheet bits that use palette roles.
QString styleSheet();
} // namespace Look
