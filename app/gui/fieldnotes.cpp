// SPDX-License-Identifier: Apache-2.0
#include "fieldnotes.h"

#include <QEvent>
#include <QLabel>

FieldNotes::FieldNotes(QWidget* parent)
    : QWidget(parent)
    , m_help(new QLabel(this))
    , m_issue(new QLabel(this))
{
    for (QLabel* label : {m_help, m_issue}) {
        label->setTextFormat(Qt::PlainText); // issues quote what was typed or imported
        label->setWordWrap(true);
        label->hide();
        label->installEventFilter(this);
    }
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int FieldNotes::textHeight(const QLabel* label, int width) const
{
    if (label->text().isEmpty())
        return 0;
    const int h = label->heightForWidth(width);
    return h > 0 ? h : label->sizeHint().height();
}

void FieldNotes::setReservedLines(int lines)
{
    m_reservedLines = qMax(1, lines);
    updateGeometry();
}

int FieldNotes::heightForWidth(int width) const
{
    return qMax(fontMetrics().lineSpacing() * m_reservedLines,
                qMax(textHeight(m_help, width), textHeight(m_issue, width)));
}

QSize FieldNotes::sizeHint() const
{
    const int width = qMax(m_help->sizeHint().width(), m_issue->sizeHint().width());
    return {width, heightForWidth(width > 0 ? width : 200)};
}

QSize FieldNotes::minimumSizeHint() const
{
    return {0, fontMetrics().lineSpacing() * m_reservedLines};
}

bool FieldNotes::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (!m_arranging && watched == m_help &&
        (type == QEvent::ShowToParent || type == QEvent::HideToParent))
        m_helpWanted = type == QEvent::ShowToParent;
    if (!m_arranging && (type == QEvent::ShowToParent || type == QEvent::HideToParent)) {
        updateGeometry();
        arrange();
    }
    return QWidget::eventFilter(watched, event);
}

bool FieldNotes::event(QEvent* event)
{
    // a label's new text asks its parent to lay out again
    if (event->type() == QEvent::LayoutRequest) {
        updateGeometry();
        arrange();
    }
    return QWidget::event(event);
}

void FieldNotes::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void FieldNotes::arrange()
{
    m_arranging = true;
    const bool issueShows = !m_issue->isHidden();
    m_help->setVisible(m_helpWanted && !issueShows);
    for (QLabel* label : {m_help, m_issue})
        label->setGeometry(0, 0, width(), qMax(textHeight(label, width()), 1));
    m_arranging = false;
}
