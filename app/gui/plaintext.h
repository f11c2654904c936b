// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

// Text from a carrier, a file or a person is shown exactly as written, never
// read as markup: Qt renders a label, tooltip or message box as HTML as soon
// as its text merely looks like HTML (Qt::AutoText), and a desktop may read
// markup in a notification or tray tooltip.
namespace PlainText {
// A tooltip that shows text literally (a tooltip has no text format of its own).
QString toolTip(const QString& text);
// QAction and QMenu text that shows '&' literally instead of as a mnemonic.
QString menuText(const QString& text);
// Text for a desktop notification or the tray icon's tooltip: '<' and '>'
// become look-alike angle quotes, so no desktop can read a tag in it.
QString forDesktop(const QString& text);
// A modal message box whose text shows literally.
void message(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text);
} // namespace PlainText
