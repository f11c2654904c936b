// SPDX-License-Identifier: Apache-2.0
#include "secretexpiryeditor.h"

#include "carrierpreset.h"
#include "look.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

SecretExpiryEditor::SecretExpiryEditor(QWidget* parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_check(new QCheckBox(m_body))
    , m_date(new QDateEdit(m_body))
    , m_note(new QLabel(m_body))
{
    setObjectName(QStringLiteral("secretExpiryEditor"));
    m_toggle->setObjectName(QStringLiteral("secretExpiryToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_check->setObjectName(QStringLiteral("secretExpiresCheck"));
    m_date->setObjectName(QStringLiteral("secretExpiresDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note->setObjectName(QStringLiteral("secretExpiresNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText); // the preset's words
    Look::makeMuted(m_note);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_check);
    row->addWidget(m_date);
    row->addStretch(1);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(4);
    body->addLayout(row);
    body->addWidget(m_note);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);

    connect(m_toggle, &QToolButton::toggled, this, &SecretExpiryEditor::updateVisibility);
    connect(m_check, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        if (!m_loading)
            emit edited();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading && m_check->isChecked())
            emit edited();
    });
    retranslate();
    updateVisibility();
}

void SecretExpiryEditor::retranslate()
{
    m_toggle->setText(tr("Secret expiry date"));
    m_check->setText(tr("The carrier says the secret e&xpires on"));
    m_date->setAccessibleName(tr("Secret expiry date"));
    m_note->setText(m_asked ? carrierText(m_preset->secretLifetime.note) : QString());
}

void SecretExpiryEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecretExpiryEditor::setPreset(const CarrierPreset* preset)
{
    m_preset = preset;
    m_asked = preset && preset->secretLifetime.isSet();
    retranslate();
    updateVisibility();
}

void SecretExpiryEditor::load(const QDate& expires, const QDate& today)
{
    m_loading = true;
    const int guess = m_asked ? m_preset->secretLifetime.maxDays : 365;
    m_date->setDate(expires.isValid() ? expires : today.addDays(guess));
    m_check->setChecked(expires.isValid());
    m_toggle->setChecked(expires.isValid());
    m_loading = false;
    updateVisibility();
    updateEnabled();
}

QDate SecretExpiryEditor::date() const
{
    return m_check->isChecked() ? m_date->date() : QDate();
}

void SecretExpiryEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void SecretExpiryEditor::updateVisibility()
{
    // asked for: always open, no toggle; otherwise folded until wanted
    m_toggle->setVisible(!m_asked);
    m_toggle->setArrowType(m_toggle->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(m_asked || m_toggle->isChecked());
    m_note->setVisible(m_asked);
}

void SecretExpiryEditor::updateEnabled()
{
    m_check->setEnabled(!m_readOnly);
    m_date->setEnabled(!m_readOnly && m_check->isChecked());
}
