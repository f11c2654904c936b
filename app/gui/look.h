// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHeaderView>
#include <QList>
#include <QString>

class QFrame;
class QLabel;
class QLayout;
class QMessageBox;
class QTableWidget;
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
// A read-only table of rows picked whole: no grid, no frame, no row numbers,
// one resize mode per column.
void makeReadOnlyTable(QTableWidget* table, const QList<QHeaderView::ResizeMode>& columns);
// Lays `column` out in `panel`, no wider than `maxWidth`, a little above the
// middle, as the window's full-page panels are.
void centerInPanel(QWidget* panel, QLayout* column, int maxWidth);
// After a language switch: lays a dialog out again and grows it where its
// texts no longer fit (never shrinks what the user sized).
void fitToContents(QWidget* dialog);
// Room for a message box's main text on one line, as far as the screen allows:
// QMessageBox otherwise wraps or cuts a long question and its title.
void giveRoom(QMessageBox* box);
// The application-wide style sheet bits that use palette roles.
QString styleSheet();
} // namespace Look
