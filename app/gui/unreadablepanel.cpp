// SPDX-License-Identifier: Apache-2.0
#include "unreadablepanel.h"

#include "icons.h"
#include "look.h"
#include "statusstyle.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

UnreadablePanel::UnreadablePanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_startFresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("unreadablePanel"));
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::tinted(QStringLiteral("warning"),
                                  StatusStyle::color(StatusStyle::Tone::Warning, palette()))
                        .pixmap(QSize(48, 48), devicePixelRatioF()));
    m_title->setObjectName(QStringLiteral("unreadableTitle"));
    Look::makeHeading(m_title, 1.5);
    m_problem->setObjectName(QStringLiteral("unreadableProblem"));
    m_problem->setTextFormat(Qt::PlainText); // may quote the file
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnly->setObjectName(QStringLiteral("unreadableReadOnly"));
    m_readOnly->setWordWrap(true);
    Look::makeMuted(m_readOnly);
    m_startFresh->setObjectName(QStringLiteral("startFreshButton"));
    m_startFresh->setMinimumHeight(34);

    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(icon);
    column->addWidget(m_title);
    column->addWidget(m_problem);
    column->addWidget(m_readOnly);
    column->addSpacing(8);
    column->addWidget(m_startFresh, 0, Qt::AlignLeft);
    Look::centerInPanel(this, column, 600);

    connect(m_startFresh, &QPushButton::clicked, this, &UnreadablePanel::startFreshRequested);
    retranslate();
}

void UnreadablePanel::retranslate()
{
    m_title->setText(tr("Your accounts file could not be read"));
    m_readOnly->setText(tr("Until then nothing can be added, changed or deleted. Starting "
                           "fresh begins an empty account list; secrets already in the "
                           "keychain are not removed."));
    m_startFresh->setText(tr("Start fresh…"));
    m_startFresh->setAccessibleName(tr("Start fresh with no accounts"));
    m_problem->setText(m_problemMessage.text());
}

void UnreadablePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UnreadablePanel::setProblem(const Message& problem)
{
    m_problemMessage = problem;
    m_problem->setText(problem.text());
}
