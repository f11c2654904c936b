// SPDX-License-Identifier: Apache-2.0
// The editor's carrier fields: the rows a preset defines for the chosen grant
// type (secret ones masked and kept in the keychain), and the tab order through them.
#include "carrierpicker.h"
#include "carrierpreset.h"
#include "clipboard.h"
#include "credentialseditor.h"
#include "look.h"
#include "secretfield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

void CredentialsEditor::rebuildExtraFields()
{
    while (m_form->rowCount() > m_extraStart)
        m_form->removeRow(m_form->rowCount() - 1);
    for (auto it = m_issueLabels.begin(); it != m_issueLabels.end();) {
        if (it.key().startsWith(QLatin1String("field:")))
            it = m_issueLabels.erase(it);
        else
            ++it;
    }
    m_secretFields.clear();
    m_fieldsSection = nullptr;
    const CarrierPreset* p = preset();
    const QList<CarrierField> fields = p ? p->fieldsFor(grantType()) : QList<CarrierField>();
    if (!fields.isEmpty())
        m_fieldsSection = addSection();
    for (const CarrierField& f : fields) {
        const QString objectName = QStringLiteral("field_") + f.key;
        QWidget* input = nullptr;
        if (f.secret) {
            auto* secret = new SecretField(objectName, this);
            secret->setClipboard(m_clipboard);
            secret->setStored(m_storedSecretFields.contains(f.key));
            connect(secret, &SecretField::edited, this, [this] { onEdited(); });
            connect(secret, &SecretField::revealRequested, this,
                    &CredentialsEditor::readStoredSecrets);
            m_secretFields.insert(f.key, secret);
            input = secret;
        } else if (!f.choices.isEmpty()) {
            auto* combo = new QComboBox(this);
            combo->setObjectName(objectName);
            if (!f.required)
                combo->addItem(QString(), QString()); // "(not sent)"
            for (const QString& choice : f.choices)
                combo->addItem(choice, choice);
            combo->setCurrentIndex(qMax(0, combo->findData(m_fieldValues.value(f.key))));
            const QString key = f.key;
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key] {
                m_fieldValues.insert(key, combo->currentData().toString());
                onEdited();
            });
            input = combo;
        } else {
            auto* edit = new QLineEdit(m_fieldValues.value(f.key), this);
            edit->setObjectName(objectName);
            edit->setPlaceholderText(carrierText(f.placeholder));
            const QString key = f.key;
            connect(edit, &QLineEdit::textChanged, this, [this, key](const QString& text) {
                m_fieldValues.insert(key, text);
                if (m_tokenUrl->text().contains(QLatin1Char('{')))
                    updateUrlHelp();
                onEdited();
            });
            input = edit;
        }
        addRow(input, QStringLiteral("field:") + f.key);
    }
    retranslateFields();
    setReadOnly(m_readOnly);
    updateTabOrder();
}

// The carrier's own fields: labels, help, placeholders and the "(not sent)" choice.
void CredentialsEditor::retranslateFields()
{
    const CarrierPreset* p = preset();
    if (!p || !m_fieldsSection)
        return;
    Look::setCaptionText(m_fieldsSection, tr("%1 fields").arg(p->name));
    for (const CarrierField& f : p->fieldsFor(grantType())) {
        QLabel* issue = m_issueLabels.value(QStringLiteral("field:") + f.key);
        // the issue line is in the row's notes, under the input
        QWidget* notes = issue ? issue->parentWidget() : nullptr;
        QWidget* row = notes ? notes->parentWidget() : nullptr;
        if (!row)
            continue;
        const QString name = carrierText(f.label);
        setRowLabel(row, name + (f.required ? QStringLiteral(" *") : QString()), name);
        QStringList help{carrierText(f.help)};
        if (f.unconfirmed)
            help << tr("(Not confirmed by %1.)").arg(p->name);
        help.removeAll(QString());
        setRowHelp(row, help.join(QLatin1Char(' ')));
        if (auto* secret = m_secretFields.value(f.key))
            secret->lineEdit()->setAccessibleName(name);
        if (auto* combo = qobject_cast<QComboBox*>(row->focusProxy()); combo && !f.required)
            combo->setItemText(0, tr("(not sent)"));
        if (auto* edit = qobject_cast<QLineEdit*>(row->focusProxy()))
            edit->setPlaceholderText(carrierText(f.placeholder));
    }
}

void CredentialsEditor::updateTabOrder()
{
    QList<QWidget*> chain{
        m_name,      m_carrier,   m_environment, m_tokenUrl,           m_urlReset,
        m_grantType, m_placement, m_clientId,    m_secret->lineEdit(), m_secret->revealButton()};
    for (int row = m_extraStart; row < m_form->rowCount(); ++row) {
        QLayoutItem* item = m_form->itemAt(row, QFormLayout::FieldRole);
        QWidget* box = item ? item->widget() : nullptr;
        if (!box || !box->focusProxy())
            continue;
        if (auto* secret = qobject_cast<SecretField*>(box->focusProxy()))
            chain << secret->lineEdit() << secret->revealButton();
        else
            chain << box->focusProxy();
    }
    chain << m_revert << m_save;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}
