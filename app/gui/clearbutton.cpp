// SPDX-License-Identifier: Apache-2.0
#include "clearbutton.h"

#include "icons.h"

#include <QAction>
#include <QLineEdit>

QAction* ClearButton::add(QLineEdit* line)
{
    QAction* clear =
        line->addAction(Icons::themed(QStringLiteral("close")), QLineEdit::TrailingPosition);
    clear->setObjectName(QStringLiteral("clearButton"));
    clear->setVisible(!line->text().isEmpty());
    QObject::connect(line, &QLineEdit::textChanged, clear,
                     [clear](const QString& text) { clear->setVisible(!text.isEmpty()); });
    QObject::connect(clear, &QAction::triggered, line, [line] {
        if (line->text().isEmpty())
            return;
        line->clear();
        emit line->textEdited(QString());
    });
    return clear;
}
