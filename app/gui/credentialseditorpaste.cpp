// SPDX-License-Identifier: Apache-2.0
// The editor's side of pasting what a carrier sent: the "Paste credentials"
// row on a new account, and marking the inputs the pasted text filled so the
// person checks them before anything is saved or sent.
#include "carrierpicker.h"
#include "credentialseditor.h"
#include "icons.h"
#include "look.h"
#include "secretfield.h"
#include "statusstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {
const char* const kRecognised = "recognised";

void mark(QWidget* input, bool on)
{
    input->setProperty(kRecognised, on);
    if (!on) {
        input->setPalette(QPalette());
        return;
    }
    // a wash of the accent in the input's own background: the value stays
    // readable in light and dark themes
    QPalette pal = input->palette();
    const QColor accent = StatusStyle::color(StatusStyle::Tone::Info, pal);
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::Button})
        pal.setColor(role, StatusStyle::blend(pal.color(role), accent, 0.22));
    input->setPalette(pal);
}
} // namespace

QWidget* CredentialsEditor::buildPasteRow()
{
    m_pasteRow = new QWidget(this);
    m_pasteRow->setObjectName(QStringLiteral("pasteRow"));
    m_paste = new QPushButton(Icons::themed(QStringLiteral("clipboard")), QString(), m_pasteRow);
    m_paste->setObjectName(QStringLiteral("editorPasteButton"));
    m_pasteHint = new QLabel(m_pasteRow);
    m_pasteHint->setObjectName(QStringLiteral("pasteHint"));
    m_pasteHint->setWordWrap(true);
    Look::makeMuted(m_pasteHint);
    auto* row = new QHBoxLayout(m_pasteRow);
    row->setContentsMargins(0, 0, 0, 4);
    row->setSpacing(10);
    row->addWidget(m_paste, 0, Qt::AlignTop);
    row->addWidget(m_pasteHint, 1);
    m_pasteRow->hide();
    connect(m_paste, &QPushButton::clicked, this, &CredentialsEditor::pasteRequested);
    return m_pasteRow;
}

void CredentialsEditor::retranslatePasteRow()
{
    m_paste->setText(tr("&Paste Credentials"));
    m_paste->setAccessibleName(tr("Paste credentials from the clipboard"));
    m_pasteHint->setText(tr("Copied the carrier's e-mail, a curl command or JSON? Paste it "
                            "and the form is filled from it."));
    for (const QPointer<QWidget>& input : std::as_const(m_pastedInputs)) {
        if (input) {
            input->setToolTip(tr("Filled from the pasted text"));
            input->setAccessibleDescription(tr("Filled from the pasted text"));
        }
    }
}

void CredentialsEditor::resetPasted()
{
    for (const QPointer<QWidget>& input : std::as_const(m_pastedInputs)) {
        if (input) {
            mark(input, false);
            input->setToolTip(QString());
            input->setAccessibleDescription(QString());
        }
    }
    m_pastedInputs.clear();
    if (m_pasteRow)
        m_pasteRow->setVisible(m_isNew && !m_readOnly);
}

QWidget* CredentialsEditor::inputFor(const QString& recognisedName) const
{
    const QString field = QStringLiteral("field:");
    if (recognisedName.startsWith(field)) {
        const QString key = recognisedName.mid(field.size());
        if (const SecretField* secret = m_secretFields.value(key))
            return secret->lineEdit();
        return findChild<QWidget*>(QStringLiteral("field_") + key);
    }
    const QHash<QString, QWidget*> inputs{{QStringLiteral("carrier"), m_carrier},
                                          {QStringLiteral("environment"), m_environment},
                                          {QStringLiteral("token_url"), m_tokenUrl},
                                          {QStringLiteral("client_id"), m_clientId},
                                          {QStringLiteral("client_secret"), m_secret->lineEdit()},
                                          {QStringLiteral("grant_type"), m_grantType},
                                          {QStringLiteral("placement"), m_placement}};
    return inputs.value(recognisedName);
}

void CredentialsEditor::fillPasted(const AccountSecrets& secrets, const QStringList& recognised)
{
    if (!m_isNew)
        return;
    if (!secrets.clientSecret.isEmpty())
        m_secret->setTyped(QString::fromUtf8(secrets.clientSecret.expose()));
    for (auto it = secrets.fields.begin(); it != secrets.fields.end(); ++it) {
        if (SecretField* f = m_secretFields.value(it.key()))
            f->setTyped(QString::fromUtf8(it.value().expose()));
    }
    resetPasted();
    for (const QString& name : recognised) {
        QWidget* input = inputFor(name);
        if (!input || m_pastedInputs.contains(input))
            continue;
        mark(input, true);
        m_pastedInputs << input;
    }
    retranslatePasteRow();
    onEdited();
}
