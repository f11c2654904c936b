// The editor's carrier fields: the rows a preset defines for the chosen grant
// type (secret ones masked and kept in the keychain), and the tab order through them.
#include "carrierpicker.h"
#include "carrierpreset.h"
#include "credentialseditor.h"
#include "secretfield.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace {
QString carrierText(const QString& text)
{
    return QCoreApplication::translate("carriers", text.toUtf8().constData());
}
} // namespace

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
    const CarrierPreset* p = preset();
    const QList<CarrierField> fields = p ? p->fieldsFor(grantType()) : QList<CarrierField>();
    if (!fields.isEmpty())
        addSection(tr("%1 fields").arg(p->name));
    for (const CarrierField& f : fields) {
        QString help = carrierText(f.help);
        if (f.unconfirmed)
            help += QLatin1Char(' ') + tr("(Not confirmed by %1.)").arg(p->name);
        const QString label =
            carrierText(f.label) + (f.required ? QStringLiteral(" *") : QString());
        const QString objectName = QStringLiteral("field_") + f.key;
        QWidget* input = nullptr;
        if (f.secret) {
            auto* secret = new SecretField(objectName, this);
            secret->setStored(m_storedSecretFields.contains(f.key));
            secret->lineEdit()->setAccessibleName(carrierText(f.label));
            connect(secret, &SecretField::edited, this, [this] { onEdited(); });
            connect(secret, &SecretField::revealRequested, this,
                    &CredentialsEditor::readStoredSecrets);
            m_secretFields.insert(f.key, secret);
            input = secret;
        } else if (!f.choices.isEmpty()) {
            auto* combo = new QComboBox(this);
            combo->setObjectName(objectName);
            if (!f.required)
                combo->addItem(tr("(not sent)"), QString());
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
            edit->setPlaceholderText(f.placeholder);
            const QString key = f.key;
            connect(edit, &QLineEdit::textChanged, this, [this, key](const QString& text) {
                m_fieldValues.insert(key, text);
                if (m_tokenUrl->text().contains(QLatin1Char('{')))
                    updateUrlHelp();
                onEdited();
            });
            input = edit;
        }
        input->setAccessibleName(carrierText(f.label));
        addRow(label, input, QStringLiteral("field:") + f.key, help);
    }
    setReadOnly(m_readOnly);
    updateTabOrder();
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
