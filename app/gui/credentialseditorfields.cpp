// SPDX-License-Identifier: Apache-2.0
// The editor's carrier fields: the rows a preset defines for the chosen grant
// type (secret ones masked and kept in the keychain), and the tab order through them.
#include "carrierpicker.h"
#include "carrierpreset.h"
#include "clipboard.h"
#include "credentialseditor.h"
#include "look.h"
#include "secretfield.h"
#include "shapeeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include <algorithm>

void CredentialsEditor::rebuildExtraFields(bool keepTyped)
{
    // the same account's exchange changed (an API key header set in Advanced):
    // what was typed into its secret fields stays; never across accounts or carriers
    QMap<QString, QString> typed;
    for (auto it = m_secretFields.begin(); keepTyped && it != m_secretFields.end(); ++it) {
        if (it.value()->isEdited())
            typed.insert(it.key(), it.value()->text());
    }
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
    const ExchangeShape shape = effectiveShape();
    const QList<CarrierField> fields =
        p ? p->fieldsFor(grantType(), &shape) : QList<CarrierField>();
    m_fieldKeys.clear();
    for (const CarrierField& f : fields)
        m_fieldKeys << f.key;
    const bool anyShown = std::any_of(fields.begin(), fields.end(),
                                      [](const CarrierField& f) { return f.sameAs.isEmpty(); });
    if (anyShown)
        m_fieldsSection = addSection();
    for (const CarrierField& f : fields) {
        // a copy of the client id is no input: the client id row says where it goes
        if (!f.sameAs.isEmpty())
            continue;
        QWidget* input = fieldInput(f, typed.value(f.key));
        addRow(input, QStringLiteral("field:") + f.key);
    }
    retranslateFields();
    setReadOnly(m_readOnly);
    updateTabOrder();
    alignLabelColumns();
}

// One carrier field's input: read-only for a fixed value, masked for a secret
// (`typedSecret` kept from before the rows were rebuilt), a list for choices.
QWidget* CredentialsEditor::fieldInput(const CarrierField& f, const QString& typedSecret)
{
    const QString objectName = QStringLiteral("field_") + f.key;
    QWidget* input = nullptr;
    if (f.fixed) {
        auto* edit = new QLineEdit(f.defaultValue, this);
        edit->setObjectName(objectName);
        edit->setProperty("fixedValue", true); // stays read-only whatever the form is
        edit->setReadOnly(true);
        edit->setFocusPolicy(Qt::ClickFocus); // selectable, but Tab passes it by
        // on the window's colour, not an input's: nothing to type here
        QPalette pal = edit->palette();
        pal.setColor(QPalette::Base, pal.color(QPalette::Window));
        edit->setPalette(pal);
        input = edit;
    } else if (f.secret) {
        auto* secret = new SecretField(objectName, this);
        secret->setClipboard(m_clipboard);
        secret->setStored(m_storedSecretFields.contains(f.key));
        if (!typedSecret.isEmpty())
            secret->setTyped(typedSecret);
        connect(secret, &SecretField::edited, this, [this] { onEdited(); });
        connect(secret, &SecretField::revealRequested, this, &CredentialsEditor::readStoredSecrets);
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
    return input;
}

// The carrier's own fields: labels, help, placeholders and the "(not sent)" choice.
void CredentialsEditor::retranslateFields()
{
    const CarrierPreset* p = preset();
    if (!p || !m_fieldsSection)
        return;
    Look::setCaptionText(m_fieldsSection, tr("%1 fields").arg(p->name));
    const ExchangeShape shape = effectiveShape();
    for (const CarrierField& f : p->fieldsFor(grantType(), &shape)) {
        QLabel* issue = m_issueLabels.value(QStringLiteral("field:") + f.key);
        // the issue line is in the row's notes, under the input
        QWidget* notes = issue ? issue->parentWidget() : nullptr;
        QWidget* row = notes ? notes->parentWidget() : nullptr;
        if (!row)
            continue;
        const QString name = carrierText(f.label);
        setRowLabel(row, name + (f.required ? QStringLiteral(" *") : QString()), name);
        QStringList help{carrierText(f.help)};
        if (f.fixed)
            help << tr("Always sent as shown.");
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
    if (m_advanced->isVisibleTo(this))
        chain << m_advanced->tabChain();
    chain << m_revert << m_save;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}
