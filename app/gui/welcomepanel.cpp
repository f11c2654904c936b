// SPDX-License-Identifier: Apache-2.0
#include "welcomepanel.h"

#include "icons.h"
#include "look.h"
#include "secretstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// An icon beside a bold title and a line of text (setPoint).
QWidget* point(const QString& icon, QLabel** text, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    auto* iconLabel = new QLabel(box);
    iconLabel->setPixmap(Icons::themed(icon).pixmap(QSize(22, 22), box->devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignTop);
    auto* textLabel = new QLabel(box);
    textLabel->setObjectName(QStringLiteral("welcomePoint_") + icon);
    textLabel->setWordWrap(true);
    textLabel->setTextFormat(Qt::RichText);
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    layout->addWidget(textLabel, 1);
    *text = textLabel;
    return box;
}

void setPoint(QLabel* label, const QString& title, const QString& text)
{
    label->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}
} // namespace

WelcomePanel::WelcomePanel(const SecretStore* keychain, QWidget* parent)
    : QWidget(parent)
    , m_keychain(keychain)
    , m_paste(new QPushButton(Icons::themed(QStringLiteral("clipboard")), QString(), this))
    , m_add(new QPushButton(Icons::themed(QStringLiteral("add")), QString(), this))
    , m_demo(new QPushButton(Icons::themed(QStringLiteral("demo")), QString(), this))
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_pasteHint(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto* logo = new QLabel(this);
    logo->setPixmap(
        Icons::original(QStringLiteral("tokendock")).pixmap(QSize(72, 72), devicePixelRatioF()));
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    Look::makeHeading(m_title, 1.8);
    m_intro->setObjectName(QStringLiteral("welcomeIntro"));
    m_intro->setWordWrap(true);
    Look::makeMuted(m_intro);

    m_paste->setObjectName(QStringLiteral("welcomePasteButton"));
    m_add->setObjectName(QStringLiteral("welcomeAddButton"));
    m_demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    m_pasteHint->setObjectName(QStringLiteral("welcomePasteHint"));
    m_pasteHint->setWordWrap(true);
    Look::makeMuted(m_pasteHint);
    // most people have the carrier's e-mail or documentation at hand
    Look::makePrimary(m_paste);
    for (QPushButton* b : {m_paste, m_add, m_demo}) {
        b->setFixedHeight(36);
        b->setIconSize(QSize(18, 18));
    }
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_add);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);

    auto* points = new QVBoxLayout;
    points->setSpacing(14);
    points->addWidget(point(QStringLiteral("key"), &m_keychainPoint, this));
    points->addWidget(point(QStringLiteral("test"), &m_testPoint, this));
    points->addWidget(point(QStringLiteral("copy"), &m_copyPoint, this));

    auto* column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(logo);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(6);
    column->addLayout(buttons);
    column->addWidget(m_pasteHint);
    column->addSpacing(22);
    column->addLayout(points);

    Look::centerInPanel(this, column, 560);

    connect(m_paste, &QPushButton::clicked, this, &WelcomePanel::pasteRequested);
    connect(m_add, &QPushButton::clicked, this, &WelcomePanel::addRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    setTabOrder(m_paste, m_add);
    setTabOrder(m_add, m_demo);
    setFocusProxy(m_paste);
    retranslate();
}

void WelcomePanel::retranslate()
{
    m_title->setText(tr("Welcome to TokenDock"));
    m_intro->setText(tr("Keep your carriers' API client credentials in one place, check "
                        "in a click that they still work, and copy a fresh "
                        "Authorization header whenever you need one."));
    m_paste->setText(tr("Paste credentials"));
    m_paste->setAccessibleName(tr("Paste credentials from the clipboard"));
    m_pasteHint->setText(tr("Copy what the carrier sent (the onboarding e-mail, a curl "
                            "command or JSON), then paste: the account is filled from it."));
    m_add->setText(tr("Add a carrier account"));
    m_add->setAccessibleName(m_add->text());
    m_demo->setText(tr("Try the demo"));
    m_demo->setAccessibleName(m_demo->text());
    m_demo->setToolTip(tr("Opens demo accounts for every carrier, answered by a built-in "
                          "sandbox. Your own accounts are not touched."));
    setPoint(m_keychainPoint, tr("Secrets stay in the keychain"),
             tr("Client secrets are kept in %1, never in a file.").arg(m_keychain->backendName()));
    setPoint(m_testPoint, tr("Test in one click"),
             tr("TokenDock asks the carrier for an OAuth 2.0 token and explains "
                "any refusal in plain words."));
    setPoint(m_copyPoint, tr("Ready-to-paste headers"),
             tr("Copy the header, a curl or HTTPie command, PowerShell or a .env "
                "line; the clipboard clears itself."));
}

void WelcomePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePanel::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}
