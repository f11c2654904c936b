// SPDX-License-Identifier: Apache-2.0
#include "shapeeditor.h"

#include "look.h"
#include "statusstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QWidget* pair(QWidget* parent, QWidget* first, QWidget* second, int firstStretch)
{
    auto* box = new QWidget(parent);
    auto* h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(8);
    h->addWidget(first, firstStretch);
    h->addWidget(second, 1);
    box->setFocusProxy(first);
    return box;
}
} // namespace

ShapeEditor::ShapeEditor(QWidget* parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_panel(new QWidget(this))
    , m_form(new QFormLayout(m_panel))
    , m_intro(new QLabel(m_panel))
    , m_issue(new QLabel(this))
{
    setObjectName(QStringLiteral("shapeEditor"));
    m_toggle->setObjectName(QStringLiteral("advancedToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_panel->setObjectName(QStringLiteral("advancedPanel"));
    m_form->setContentsMargins(0, 4, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(6);
    m_intro->setObjectName(QStringLiteral("advancedIntro"));
    m_intro->setWordWrap(true);
    Look::makeMuted(m_intro);
    m_form->addRow(m_intro);
    buildRequestRows();
    buildResponseRows();
    m_issue->setObjectName(QStringLiteral("issue_shape"));
    m_issue->setTextFormat(Qt::PlainText); // quotes what was typed
    m_issue->setWordWrap(true);
    m_issue->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_panel);
    layout->addWidget(m_issue);
    setExpanded(false);
    connect(m_toggle, &QToolButton::toggled, this, &ShapeEditor::setExpanded);
    retranslate();
}

QLineEdit* ShapeEditor::addLine(const QString& objectName)
{
    auto* edit = new QLineEdit(m_panel);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        updateToggleText();
        emit edited();
    });
    return edit;
}

void ShapeEditor::addRow(QWidget* field)
{
    auto* label = new QLabel(m_panel);
    label->setBuddy(field->focusProxy() ? field->focusProxy() : field);
    m_labels << label;
    m_form->addRow(label, field);
}

void ShapeEditor::buildRequestRows()
{
    m_method = new QComboBox(m_panel);
    m_method->setObjectName(QStringLiteral("shapeMethod"));
    m_method->addItem(QStringLiteral("POST"), int(HttpMethod::Post));
    m_method->addItem(QStringLiteral("GET"), int(HttpMethod::Get));
    m_body = new QComboBox(m_panel);
    m_body->setObjectName(QStringLiteral("shapeBody"));
    for (BodyEncoding e : {BodyEncoding::Form, BodyEncoding::Json, BodyEncoding::None})
        m_body->addItem(QString(), int(e));
    for (QComboBox* combo : {m_method, m_body}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateToggleText();
            emit edited();
        });
    }
    m_grantType = addLine(QStringLiteral("shapeGrantType"));
    m_clientId = addLine(QStringLiteral("shapeClientId"));
    m_clientSecret = addLine(QStringLiteral("shapeClientSecret"));
    m_apiKeyHeader = addLine(QStringLiteral("shapeApiKeyHeader"));
    m_apiKeyOnCalls = new QCheckBox(m_panel);
    m_apiKeyOnCalls->setObjectName(QStringLiteral("shapeApiKeyOnCalls"));
    connect(m_apiKeyOnCalls, &QCheckBox::toggled, this, [this] {
        updateToggleText();
        emit edited();
    });
    addRow(pair(m_panel, m_method, m_body, 0));
    addRow(m_grantType);
    addRow(pair(m_panel, m_clientId, m_clientSecret, 1));
    addRow(pair(m_panel, m_apiKeyHeader, m_apiKeyOnCalls, 1));
}

void ShapeEditor::buildResponseRows()
{
    m_tokenFrom = new QComboBox(m_panel);
    m_tokenFrom->setObjectName(QStringLiteral("shapeTokenFrom"));
    m_tokenFrom->addItem(QString(), false);
    m_tokenFrom->addItem(QString(), true);
    connect(m_tokenFrom, &QComboBox::currentIndexChanged, this, [this] {
        updateToggleText();
        emit edited();
    });
    m_token = addLine(QStringLiteral("shapeToken"));
    m_expiresIn = addLine(QStringLiteral("shapeExpiresIn"));
    m_expiresAt = addLine(QStringLiteral("shapeExpiresAt"));
    m_refreshToken = addLine(QStringLiteral("shapeRefreshToken"));
    m_refreshGrant = new QCheckBox(m_panel);
    m_refreshGrant->setObjectName(QStringLiteral("shapeRefreshGrant"));
    connect(m_refreshGrant, &QCheckBox::toggled, this, [this] {
        updateToggleText();
        emit edited();
    });
    m_useHeader = addLine(QStringLiteral("shapeUseHeader"));
    m_useScheme = addLine(QStringLiteral("shapeUseScheme"));
    addRow(pair(m_panel, m_tokenFrom, m_token, 0));
    addRow(pair(m_panel, m_expiresIn, m_expiresAt, 1));
    addRow(pair(m_panel, m_refreshToken, m_refreshGrant, 1));
    addRow(pair(m_panel, m_useHeader, m_useScheme, 1));
}

void ShapeEditor::retranslate()
{
    m_intro->setText(tr("How this provider's token exchange differs from OAuth 2.0. Leave "
                        "what you do not know as it is."));
    const QStringList labels{tr("Method and body"),
                             tr("Grant type parameter"),
                             m_headers ? tr("Credential headers") : tr("Credential fields"),
                             tr("API key header"),
                             tr("Token from"),
                             tr("Expires in / at"),
                             tr("Refresh token"),
                             tr("API calls send")};
    for (int i = 0; i < labels.size() && i < m_labels.size(); ++i) {
        m_labels.at(i)->setText(labels.at(i));
        if (QWidget* buddy = m_labels.at(i)->buddy())
            buddy->setAccessibleName(labels.at(i));
    }
    m_method->setAccessibleName(tr("Request method"));
    m_body->setAccessibleName(tr("Request body"));
    m_body->setItemText(0, tr("Form body"));
    m_body->setItemText(1, tr("JSON body"));
    m_body->setItemText(2, tr("No body"));
    m_grantType->setPlaceholderText(tr("empty: no grant type is sent"));
    m_clientId->setAccessibleName(m_headers ? tr("Client id header name")
                                            : tr("Client id field name"));
    m_clientSecret->setAccessibleName(m_headers ? tr("Client secret header name")
                                                : tr("Client secret field name"));
    m_apiKeyHeader->setPlaceholderText(tr("none"));
    m_apiKeyOnCalls->setText(tr("Also send on API calls"));
    m_refreshGrant->setText(tr("Renew with it"));
    m_refreshGrant->setToolTip(tr("Ask for the next token with the refresh token (grant type "
                                  "refresh_token) before the credentials, where the provider "
                                  "documents it."));
    m_tokenFrom->setItemText(0, tr("JSON path"));
    m_tokenFrom->setItemText(1, tr("Response header"));
    m_tokenFrom->setAccessibleName(tr("Where the token comes back"));
    m_token->setAccessibleName(m_tokenFrom->currentData().toBool() ? tr("Token header name")
                                                                   : tr("Token JSON path"));
    m_expiresIn->setAccessibleName(tr("Expires-in path"));
    m_expiresIn->setPlaceholderText(tr("expires in (seconds): none"));
    m_expiresAt->setAccessibleName(tr("Expiry time path"));
    m_expiresAt->setPlaceholderText(tr("expiry time: none"));
    m_refreshToken->setPlaceholderText(tr("none"));
    m_useHeader->setAccessibleName(tr("Header API calls carry the token in"));
    m_useScheme->setAccessibleName(tr("Scheme before the token"));
    m_useScheme->setPlaceholderText(tr("no scheme: the token alone"));
    // the inputs side by side share a label: each says what it is on hover
    for (QLineEdit* edit : m_panel->findChildren<QLineEdit*>())
        edit->setToolTip(edit->accessibleName());
    updateToggleText();
}

void ShapeEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ShapeEditor::updateToggleText()
{
    const qsizetype changed = differences().isEmpty() ? 0 : [this] {
        qsizetype n = 0;
        const QJsonObject d = differences();
        for (auto it = d.begin(); it != d.end(); ++it)
            n += it.value().toObject().size();
        return n;
    }();
    m_toggle->setText(changed == 0 ? tr("Advanced")
                                   : tr("Advanced (%n changed)", nullptr, int(changed)));
    m_toggle->setAccessibleName(m_toggle->text());
}

void ShapeEditor::load(const ExchangeShape& base, const QJsonObject& own)
{
    m_base = base;
    ExchangeShape s = base;
    s.apply(own); // an account's shape was checked when it was read
    const QSignalBlocker blocks[] = {QSignalBlocker(m_method), QSignalBlocker(m_body),
                                     QSignalBlocker(m_tokenFrom), QSignalBlocker(m_apiKeyOnCalls),
                                     QSignalBlocker(m_refreshGrant)};
    m_method->setCurrentIndex(m_method->findData(int(s.method)));
    m_body->setCurrentIndex(m_body->findData(int(s.body)));
    m_tokenFrom->setCurrentIndex(s.tokenInHeader() ? 1 : 0);
    m_apiKeyOnCalls->setChecked(s.apiKeyOnApiCalls);
    m_refreshGrant->setChecked(s.refreshGrant);
    const QList<QPair<QLineEdit*, QString>> texts{
        {m_grantType, s.grantTypeName},
        {m_clientId, s.clientIdName},
        {m_clientSecret, s.clientSecretName},
        {m_apiKeyHeader, s.apiKeyHeader},
        {m_token, s.tokenInHeader() ? s.tokenHeader : s.tokenPath},
        {m_expiresIn, s.expiresInPath},
        {m_expiresAt, s.expiresAtPath},
        {m_refreshToken, s.refreshTokenPath},
        {m_useHeader, s.useHeader},
        {m_useScheme, s.useScheme}};
    for (const auto& [edit, text] : texts) {
        const QSignalBlocker block(edit);
        edit->setText(text);
    }
    retranslate();
}

QJsonObject ShapeEditor::entered() const
{
    const auto text = [](const QLineEdit* e) {
        return e->text().trimmed();
    };
    const bool inHeader = m_tokenFrom->currentData().toBool();
    QJsonObject request{
        {QStringLiteral("method"), methodId(HttpMethod(m_method->currentData().toInt()))},
        {QStringLiteral("body"), encodingId(BodyEncoding(m_body->currentData().toInt()))},
        {QStringLiteral("grantType"), text(m_grantType)},
        {QStringLiteral("clientId"), text(m_clientId)},
        {QStringLiteral("clientSecret"), text(m_clientSecret)},
        {QStringLiteral("apiKeyHeader"), text(m_apiKeyHeader)}};
    QJsonObject response{{QStringLiteral("token"), inHeader ? m_base.tokenPath : text(m_token)},
                         {QStringLiteral("tokenHeader"), inHeader ? text(m_token) : QString()},
                         {QStringLiteral("expiresIn"), text(m_expiresIn)},
                         {QStringLiteral("expiresAt"), text(m_expiresAt)},
                         {QStringLiteral("refreshToken"), text(m_refreshToken)},
                         {QStringLiteral("refreshGrant"), m_refreshGrant->isChecked()}};
    QJsonObject use{{QStringLiteral("header"), text(m_useHeader)},
                    {QStringLiteral("scheme"), text(m_useScheme)},
                    {QStringLiteral("apiKey"), m_apiKeyOnCalls->isChecked()}};
    return {{QStringLiteral("request"), request},
            {QStringLiteral("response"), response},
            {QStringLiteral("use"), use}};
}

std::optional<QString> ShapeEditor::problem() const
{
    if (m_tokenFrom->currentData().toBool() && m_token->text().trimmed().isEmpty())
        return tr("Enter the response header that carries the token.");
    ExchangeShape s = m_base;
    return s.apply(entered());
}

QJsonObject ShapeEditor::differences() const
{
    ExchangeShape s = m_base;
    const QJsonObject all = entered();
    if (problem())
        return all;
    s.apply(all);
    return s.differencesFrom(m_base);
}

void ShapeEditor::setHeadersPlacement(bool headers)
{
    if (m_headers == headers)
        return;
    m_headers = headers;
    retranslate();
}

void ShapeEditor::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded) {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(expanded);
    }
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_panel->setVisible(expanded);
}

bool ShapeEditor::isExpanded() const
{
    return m_toggle->isChecked();
}

void ShapeEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : m_panel->findChildren<QLineEdit*>())
        edit->setReadOnly(readOnly);
    for (QComboBox* combo : m_panel->findChildren<QComboBox*>())
        combo->setEnabled(!readOnly);
    m_apiKeyOnCalls->setEnabled(!readOnly);
    m_refreshGrant->setEnabled(!readOnly);
}

QList<QWidget*> ShapeEditor::tabChain() const
{
    return {m_toggle,       m_method,        m_body,      m_grantType, m_clientId,  m_clientSecret,
            m_apiKeyHeader, m_apiKeyOnCalls, m_tokenFrom, m_token,     m_expiresIn, m_expiresAt,
            m_refreshToken, m_refreshGrant,  m_useHeader, m_useScheme};
}
