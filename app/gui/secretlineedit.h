// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>
#include <QPointer>

class Clipboard;

// A line edit that holds a secret or a token. Every copy out of it goes
// through Clipboard, so it is marked for clipboard managers and cleared after
// the set time: Ctrl+C, Ctrl+X and the context menu's Copy and Cut alike.
// Without a Clipboard nothing is copied at all. Its text cannot be dragged
// out, and a selection never stays in the primary selection (X11, Wayland),
// which any program may read and which nothing ever clears.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget* parent = nullptr);

    void setClipboard(Clipboard* clipboard);
    // Copies the selected text through Clipboard; false when nothing was
    // copied (no selection, the text is masked, or no Clipboard).
    bool copySelection();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void cutSelection();
    void keepOutOfPrimarySelection();

    QPointer<Clipboard> m_clipboard;
};
