// SPDX-License-Identifier: Apache-2.0
#pragma once

class QAction;
class QLineEdit;

// A line's clear button, drawn with the application's own icon. Qt's
// (QLineEdit::setClearButtonEnabled) asks the style, which first looks the
// icon up in the desktop's icon theme on disk: some 20 ms of the window's
// start, more than the rest of the account list's pane. Like Qt's it shows
// while the line holds text and can be edited, and a click empties the line
// as an edit would (textEdited).
namespace ClearButton {

// Its action, for its text (what screen readers say).
QAction* add(QLineEdit* line);

} // namespace ClearButton
