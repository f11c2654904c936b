// SPDX-License-Identifier: Apache-2.0
#include "secretfield.h"

#include "icons.h"
#include "secretlineedit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

SecretField::SecretField(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_edit(new SecretLineEdit(this))
    , m_reveal(new QToolButton(this))
{
    setObjectName(objectName + QStringLiteral("Field"));
    m_edit->setObjectName(objectName);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_reveal->setObjectName(objectName + QStringLiteral("Reveal"));
    m_reveal->setCheckable(true);
    m_reveal->setIcon(Icons::themed(QStringLiteral("eye")));
    m_reveal->setFocusPolicy(Qt::TabFocus);
    m_reveal->setFixedHeight(m_edit->sizeHint().height());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_edited = true;
        emit edited();
    });
    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        setRevealed(on);
        if (on && m_edit->text().isEmpty() && m_stored)
            emit revealRequested();
    });
    retranslate();
}

void SecretField::retranslate()
{
    m_reveal->setToolTip(tr("Show or hide"));
    m_reveal->setAccessibleName(isRevealed() ? tr("Hide the secret") : tr("Show the secret"));
    m_edit->setPlaceholderText(m_stored ? tr("Stored in the keychain; type to replace")
                                        : QString());
}

void SecretField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QLineEdit* SecretField::lineEdit() const
{
    return m_edit;
}

void SecretField::setClipboard(Clipboard* clipboard)
{
    m_edit->setClipboard(clipboard);
}

QString SecretField::text() const
{
    return m_edit->text();
}

bool SecretField::isEmpty() const
{
    return m_edit->text().isEmpty();
}

void SecretField::setStored(bool stored)
{
    m_stored = stored;
    retranslate();
}

void SecretField::showLoaded(const QString& value)
{
    m_edit->setText(value);
    m_edited = false;
}

void SecretField::setTyped(const QString& value)
{
    m_edit->setText(value);
    m_edited = true;
    emit edited();
}

void SecretField::reset()
{
    m_edit->clear();
    m_edited = false;
    setRevealed(false);
}

void SecretField::setRevealed(bool revealed)
{
    if (m_reveal->isChecked() != revealed) {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(revealed);
    }
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setIcon(Icons::themed(revealed ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    retranslate();
}

bool SecretField::isRevealed() const
{
    return m_reveal->isChecked();
}
