// SPDX-License-Identifier: Apache-2.0
#include "secretlineedit.h"

#include "clipboard.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

namespace {
// A standard context menu action: by its object name (Qt 6.5 and later), or
// by its text, which QLineEdit translates through the same translators.
QAction* standardAction(const QMenu* menu, const char* objectName, const char* sourceText)
{
    const QString text = QCoreApplication::translate("QLineEdit", sourceText);
    for (QAction* action : menu->actions()) {
        if (action->objectName() == QLatin1String(objectName) ||
            action->text().section(QLatin1Char('\t'), 0, 0) == text)
            return action;
    }
    return nullptr;
}

// QLineEdit's own words for its menu, looked up in its translations.
const char* const kCopyText = "&Copy";
const char* const kCutText = "Cu&t";
} // namespace

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setDragEnabled(false);
    // QLineEdit puts every mouse or keyboard selection into the primary
    // selection itself, with no way to turn that off: take it back at once,
    // before the event loop lets any other program ask for it
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::selectionChanged, this,
                &SecretLineEdit::keepOutOfPrimarySelection);
}

void SecretLineEdit::setClipboard(Clipboard* clipboard)
{
    m_clipboard = clipboard;
}

bool SecretLineEdit::copySelection()
{
    // like QLineEdit, a masked field copies nothing
    if (!m_clipboard || echoMode() != QLineEdit::Normal || !hasSelectedText())
        return false;
    m_clipboard->copySecret(selectedText());
    return true;
}

void SecretLineEdit::cutSelection()
{
    if (!isReadOnly() && copySelection())
        del();
}

void SecretLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Cut)) {
        cutSelection();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SecretLineEdit::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu();
    // the standard Copy and Cut would write to the clipboard directly; a menu
    // whose Copy or Cut cannot be told apart is not shown at all
    QAction* copy = standardAction(menu, "edit-copy", kCopyText);
    QAction* cut = isReadOnly() ? nullptr : standardAction(menu, "edit-cut", kCutText);
    if (!copy || (!isReadOnly() && !cut)) {
        delete menu;
        return;
    }
    disconnect(copy, nullptr, this, nullptr);
    connect(copy, &QAction::triggered, this, &SecretLineEdit::copySelection);
    if (cut) {
        disconnect(cut, nullptr, this, nullptr);
        connect(cut, &QAction::triggered, this, &SecretLineEdit::cutSelection);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void SecretLineEdit::keepOutOfPrimarySelection()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (hasSelectedText() && clipboard->ownsSelection() &&
        clipboard->text(QClipboard::Selection) == selectedText())
        clipboard->clear(QClipboard::Selection);
}
