// SPDX-License-Identifier: Apache-2.0
// The parts of the editor that follow the token exchange: the preset's words
// for the two credentials, where they travel, the grant type and placement
// choices, and the Advanced part for an account's own exchange.
#include "carrierpicker.h"
#include "credentialseditor.h"
#include "secretfield.h"
#include "secretstore.h"
#include "shapeeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

ExchangeShape CredentialsEditor::effectiveShape() const
{
    return AccountRequest::shape(currentAccount(), preset());
}

void CredentialsEditor::updatePlacementChoices(const CarrierPreset* p)
{
    const bool headers = p && p->placementIsChoice() && p->allows(CredentialPlacement::Headers);
    const int at = m_placement->findData(int(CredentialPlacement::Headers));
    if (headers && at < 0)
        m_placement->addItem(tr("In request headers"), int(CredentialPlacement::Headers));
    else if (!headers && at >= 0)
        m_placement->removeItem(at);
}

void CredentialsEditor::updateCredentialTexts()
{
    const CarrierPreset* p = preset();
    const QString idLabel =
        p && !p->clientIdLabel.isEmpty() ? carrierText(p->clientIdLabel) : QString();
    const QString secretLabel =
        p && !p->clientSecretLabel.isEmpty() ? carrierText(p->clientSecretLabel) : QString();
    setRowLabel(m_clientIdRow, idLabel.isEmpty() ? tr("Client &ID") : idLabel);
    setRowLabel(m_secretRow, secretLabel.isEmpty() ? tr("Client s&ecret") : secretLabel);
    m_clientId->setPlaceholderText(idLabel);
    m_secret->lineEdit()->setAccessibleName(m_secretRow->accessibleName());

    const ExchangeShape shape = effectiveShape();
    const bool inHeaders = currentAccount().effectivePlacement(p) == CredentialPlacement::Headers;
    QStringList idHelp;
    if (inHeaders)
        idHelp << tr("Sent in the %1 header, the secret in %2.")
                      .arg(shape.clientIdName, shape.clientSecretName);
    // a field that copies the client id is no input of its own: said here instead
    for (const CarrierField& f : p ? p->fields : QList<CarrierField>()) {
        if (f.sameAs != QLatin1String("client_id"))
            continue;
        const bool sameHeader =
            inHeaders && f.wireName().compare(shape.clientIdName, Qt::CaseInsensitive) == 0;
        if (sameHeader && f.apiCalls)
            idHelp << tr("API calls send it there too.");
        else if (f.apiCalls)
            idHelp << tr("Also sent in the %1 header, with the token request and every API "
                         "call.")
                          .arg(f.wireName());
        else if (!sameHeader)
            idHelp << tr("Also sent in the %1 header.").arg(f.wireName());
    }
    setRowHelp(m_clientIdRow, idHelp.join(QLatin1Char(' ')));
    setRowHelp(m_secretRow, tr("Kept in %1, never in a file.").arg(m_secrets->backendName()));
}

void CredentialsEditor::onShapeEdited()
{
    const CarrierPreset* p = preset();
    const ExchangeShape shape = effectiveShape();
    // a carrier that takes no grant type has nothing to pick
    m_form->setRowVisible(m_grantTypeRow,
                          p && p->grantTypes.size() > 1 && !shape.grantTypeName.isEmpty());
    m_advanced->setHeadersPlacement(currentAccount().effectivePlacement(p) ==
                                    CredentialPlacement::Headers);
    updateCredentialTexts();
    QStringList keys;
    for (const CarrierField& f : p ? p->fieldsFor(grantType(), &shape) : QList<CarrierField>())
        keys << f.key;
    if (!m_loading && keys != m_fieldKeys)
        rebuildExtraFields(true); // an API key header came or went
    alignLabelColumns();
}

void CredentialsEditor::alignLabelColumns()
{
    QList<QLabel*> labels = m_advanced->rowLabels();
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem* item = m_form->itemAt(row, QFormLayout::LabelRole);
        if (auto* label = item ? qobject_cast<QLabel*>(item->widget()) : nullptr)
            labels << label;
    }
    for (QLabel* label : std::as_const(labels)) {
        label->setMinimumWidth(0);
        label->setIndent(label->indent()); // QLabel keeps its hint, minimum included, until told
    }
    // only Advanced has a column of its own to line up; the form's is the form's
    if (m_advanced->isHidden())
        return;
    int width = 0;
    for (QLabel* label : std::as_const(labels)) {
        if (!label->isHidden())
            width = qMax(width, label->sizeHint().width());
    }
    for (QLabel* label : std::as_const(labels)) {
        label->setMinimumWidth(width);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}
