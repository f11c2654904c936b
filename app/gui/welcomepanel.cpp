#include "welcomepanel.h"

#include "icons.h"
#include "look.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QWidget* point(const QString& icon, const QString& title, const QString& text, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    auto* iconLabel = new QLabel(box);
    iconLabel->setPixmap(Icons::themed(icon).pixmap(QSize(22, 22), box->devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignTop);
    auto* textLabel = new QLabel(
        QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()), box);
    textLabel->setWordWrap(true);
    textLabel->setTextFormat(Qt::RichText);
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    layout->addWidget(textLabel, 1);
    return box;
}
} // namespace

WelcomePanel::WelcomePanel(const QString& keychainName, QWidget* parent)
    : QWidget(parent)
    , m_add(
          new QPushButton(Icons::themed(QStringLiteral("add")), tr("Add a carrier account"), this))
    , m_demo(new QPushButton(Icons::themed(QStringLiteral("demo")), tr("Try the demo"), this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto* logo = new QLabel(this);
    logo->setPixmap(
        Icons::original(QStringLiteral("tokendock")).pixmap(QSize(72, 72), devicePixelRatioF()));
    auto* title = new QLabel(tr("Welcome to TokenDock"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    Look::makeHeading(title, 1.8);
    auto* intro = new QLabel(tr("Keep your carriers' API client credentials in one place, check "
                                "in a click that they still work, and copy a fresh "
                                "Authorization header whenever you need one."),
                             this);
    intro->setWordWrap(true);
    Look::makeMuted(intro);

    m_add->setObjectName(QStringLiteral("welcomeAddButton"));
    m_add->setAccessibleName(tr("Add a carrier account"));
    m_demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    m_demo->setAccessibleName(tr("Try the demo"));
    m_demo->setToolTip(tr("Opens demo accounts for every carrier, answered by a built-in "
                          "sandbox. Your own accounts are not touched."));
    Look::makePrimary(m_add);
    for (QPushButton* b : {m_add, m_demo}) {
        b->setFixedHeight(36);
        b->setIconSize(QSize(18, 18));
    }
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addWidget(m_add);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);

    auto* points = new QVBoxLayout;
    points->setSpacing(14);
    points->addWidget(point(QStringLiteral("key"), tr("Secrets stay in the keychain"),
                            tr("Client secrets are kept in %1, never in a file.").arg(keychainName),
                            this));
    points->addWidget(point(QStringLiteral("test"), tr("Test in one click"),
                            tr("TokenDock asks the carrier for an OAuth 2.0 token and explains "
                               "any refusal in plain words."),
                            this));
    points->addWidget(point(QStringLiteral("copy"), tr("Ready-to-paste headers"),
                            tr("Copy the header, a curl or HTTPie command, PowerShell or a .env "
                               "line; the clipboard clears itself."),
                            this));

    auto* column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(6);
    column->addLayout(buttons);
    column->addSpacing(22);
    column->addLayout(points);

    auto* inner = new QWidget(this);
    inner->setMaximumWidth(560);
    inner->setLayout(column);
    auto* outer = new QGridLayout(this);
    outer->setContentsMargins(40, 40, 40, 40);
    outer->addWidget(inner, 1, 1);
    outer->setRowStretch(0, 2);
    outer->setRowStretch(2, 3);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(1, 4);
    outer->setColumnStretch(2, 1);

    connect(m_add, &QPushButton::clicked, this, &WelcomePanel::addRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    setTabOrder(m_add, m_demo);
    setFocusProxy(m_add);
}

void WelcomePanel::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}
