// SPDX-License-Identifier: Apache-2.0
#include "signingkeyseditor.h"

#include "account.h"
#include "jwks.h"
#include "look.h"
#include "statusstyle.h"
#include "urlpolicy.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

SigningKeysEditor::SigningKeysEditor(QWidget* parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_panel(new QWidget(this))
    , m_form(new QFormLayout(m_panel))
    , m_intro(new QLabel(m_panel))
    , m_issuer(new QLineEdit(m_panel))
    , m_jwksUrl(new QLineEdit(m_panel))
    , m_key(new QPlainTextEdit(m_panel))
    , m_issue(new QLabel(this))
{
    setObjectName(QStringLiteral("signingKeysEditor"));
    m_toggle->setObjectName(QStringLiteral("signingKeysToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_issuer->setObjectName(QStringLiteral("issuerEdit"));
    m_jwksUrl->setObjectName(QStringLiteral("jwksUrlEdit"));
    m_key->setObjectName(QStringLiteral("signingKeyEdit"));
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setTabChangesFocus(true);
    m_key->setFixedHeight(m_key->fontMetrics().lineSpacing() * 5 + 12);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    Look::makeMuted(m_intro);
    m_issue->setObjectName(QStringLiteral("signingKeysIssue"));
    m_issue->setTextFormat(Qt::PlainText);
    m_issue->setWordWrap(true);
    m_issue->hide();
    QPalette danger = m_issue->palette();
    danger.setColor(QPalette::WindowText, StatusStyle::color(StatusStyle::Tone::Danger, palette()));
    m_issue->setPalette(danger);
    m_form->setContentsMargins(0, 4, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_intro);
    m_form->addRow(QString(), m_issuer);
    m_form->addRow(QString(), m_jwksUrl);
    m_form->addRow(QString(), m_key);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_panel);
    layout->addWidget(m_issue);
    setExpanded(false);
    connect(m_toggle, &QToolButton::toggled, this, &SigningKeysEditor::setExpanded);
    connect(m_issuer, &QLineEdit::textChanged, this, &SigningKeysEditor::onEdited);
    connect(m_jwksUrl, &QLineEdit::textChanged, this, &SigningKeysEditor::onEdited);
    connect(m_key, &QPlainTextEdit::textChanged, this, &SigningKeysEditor::onEdited);
    retranslate();
}

void SigningKeysEditor::retranslate()
{
    m_toggle->setText(tr("Signature keys"));
    m_toggle->setAccessibleName(m_toggle->text());
    m_intro->setText(tr("Where the keys that check this account's token signatures come from. "
                        "TokenDock finds them itself when the carrier publishes OpenID discovery "
                        "at its token URL's site; otherwise enter its issuer, JWKS URL or public "
                        "key. Public keys are not secrets."));
    const auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_issuer, tr("Issuer"));
    label(m_jwksUrl, tr("JWKS URL"));
    label(m_key, tr("Public key"));
    m_issuer->setPlaceholderText(tr("https://login.example.com/tenant/v2.0"));
    m_jwksUrl->setPlaceholderText(tr("https://login.example.com/keys"));
    m_key->setPlaceholderText(tr("-----BEGIN PUBLIC KEY----- … or a JWK"));
    onEdited();
}

void SigningKeysEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SigningKeysEditor::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_panel->setVisible(expanded);
}

void SigningKeysEditor::setReadOnly(bool readOnly)
{
    m_issuer->setReadOnly(readOnly);
    m_jwksUrl->setReadOnly(readOnly);
    m_key->setReadOnly(readOnly);
}

void SigningKeysEditor::load(const Account* account)
{
    m_loading = true;
    m_issuer->setText(account ? account->issuer : QString());
    m_jwksUrl->setText(account ? account->jwksUrl : QString());
    m_key->setPlainText(account ? account->signingKey : QString());
    m_loading = false;
    setExpanded(account && (!account->issuer.isEmpty() || !account->jwksUrl.isEmpty() ||
                            !account->signingKey.isEmpty()));
    onEdited();
}

void SigningKeysEditor::apply(Account* account) const
{
    account->issuer = m_issuer->text().trimmed();
    account->jwksUrl = m_jwksUrl->text().trimmed();
    const QString key = m_key->toPlainText();
    account->signingKey = key.trimmed().isEmpty() ? QString() : key;
}

QString SigningKeysEditor::problem() const
{
    for (const QLineEdit* edit : {m_issuer, m_jwksUrl}) {
        const QString url = edit->text().trimmed();
        if (!url.isEmpty()) {
            const QString problem = UrlPolicy::problem(url);
            if (!problem.isEmpty())
                return problem;
        }
    }
    const QString key = m_key->toPlainText();
    if (key.trimmed().isEmpty())
        return {};
    const KeySet keys = Jwks::parse(key.toUtf8());
    if (!keys.isEmpty())
        return {};
    return !keys.problem.isEmpty() ? keys.problem.text() : keys.refused.value(0).why.text();
}

void SigningKeysEditor::onEdited()
{
    const QString issue = problem();
    m_issue->setText(issue);
    m_issue->setVisible(!issue.isEmpty());
    if (!m_loading)
        emit edited();
}
