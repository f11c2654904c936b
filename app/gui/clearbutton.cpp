// SPDX-License-Identifier: Apache-2.0
#include "clearbutton.h"

#include "icons.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>

namespace {

bool wanted(const QLineEdit* line)
{
    return !line->text().isEmpty() && !line->isReadOnly();
}

// Shows or hides the button as the line turns read-only or editable.
class ReadOnlyWatch : public QObject
{
public:
    ReadOnlyWatch(QLineEdit* line, QAction* clear)
        : QObject(clear)
        , m_line(line)
        , m_clear(clear)
    {
        line->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_line && event->type() == QEvent::ReadOnlyChange)
            m_clear->setVisible(wanted(m_line));
        return false;
    }

private:
    QLineEdit* m_line;
    QAction* m_clear;
};

} // namespace

QAction* ClearButton::add(QLineEdit* line)
{
    QAction* clear =
        line->addAction(Icons::themed(QStringLiteral("close")), QLineEdit::TrailingPosition);
    clear->setObjectName(QStringLiteral("clearButton"));
    clear->setVisible(wanted(line));
    new ReadOnlyWatch(line, clear);
    QObject::connect(line, &QLineEdit::textChanged, clear,
                     [line, clear] { clear->setVisible(wanted(line)); });
    QObject::connect(clear, &QAction::triggered, line, [line] {
        if (!wanted(line))
            return;
        line->clear();
        emit line->textEdited(QString());
    });
    return clear;
}
