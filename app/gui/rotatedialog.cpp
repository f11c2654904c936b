// SPDX-License-Identifier: Apache-2.0
#include "rotatedialog.h"

#include "accountrequest.h"
#include "carriercatalog.h"
#include "look.h"
#include "outcomebanner.h"
#include "secretfield.h"
#include "secretrotation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QLabel* wrapped(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // names and carrier notes, never markup
    return label;
}
} // namespace

RotateDialog::RotateDialog(SecretRotation* rotation, const Account& account,
                           const CarrierPreset* preset, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_rotation(rotation)
    , m_account(account)
    , m_preset(preset)
    , m_heading(wrapped(this, QStringLiteral("rotateHeading")))
    , m_carrier(wrapped(this, QStringLiteral("rotateCarrier")))
    , m_explanation(wrapped(this, QStringLiteral("rotateExplanation")))
    , m_whichLabel(new QLabel(this))
    , m_which(new QComboBox(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new SecretField(QStringLiteral("rotateSecretEdit"), this))
    , m_expiresCheck(new QCheckBox(this))
    , m_expires(new QDateEdit(this))
    , m_lifetimeNote(wrapped(this, QStringLiteral("rotateLifetimeNote")))
    , m_banner(new OutcomeBanner(this))
    , m_nothingChanged(wrapped(this, QStringLiteral("rotateNothingChanged")))
    , m_rotate(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("rotateDialog"));
    setMinimumWidth(600);
    const bool expiring = preset && preset->secretLifetime.isSet();
    m_expiresCheck->setObjectName(QStringLiteral("rotateExpiresCheck"));
    // asked for, never guessed: the portal shows the date, often well before
    // the longest lifetime the carrier allows, which is where the picker starts
    m_expiresCheck->setChecked(false);
    m_expires->setObjectName(QStringLiteral("rotateExpiresDate"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expires->setMinimumDate(today);
    m_expires->setDate(expiring ? today.addDays(preset->secretLifetime.maxDays)
                                : today.addYears(1));
    m_expires->setEnabled(false);
    m_lifetimeNote->setVisible(expiring);
    Look::makeMuted(m_lifetimeNote);
    Look::makeMuted(m_carrier);
    Look::makeHeading(m_heading, 1.2);
    m_banner->setObjectName(QStringLiteral("rotateBanner"));
    m_banner->hide();
    m_nothingChanged->hide();
    connect(m_expiresCheck, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    fillSecretChoices();
    build();
    retranslate();
}

void RotateDialog::fillSecretChoices()
{
    m_which->setObjectName(QStringLiteral("rotateWhichCombo"));
    m_which->addItem(QString(), QString()); // the client secret; worded in retranslate()
    for (const CarrierField& f : AccountRequest::secretFields(m_account, m_preset))
        m_which->addItem(carrierText(f.label), f.key);
    // only a choice when there is one
    m_which->setVisible(m_which->count() > 1);
    m_whichLabel->setVisible(m_which->count() > 1);
}

void RotateDialog::build()
{
    m_whichLabel->setBuddy(m_which);
    m_secretLabel->setBuddy(m_secret->lineEdit());
    m_rotate->setObjectName(QStringLiteral("rotateReplaceButton"));
    m_rotate->setDefault(true);
    Look::makePrimary(m_rotate);
    m_cancel->setObjectName(QStringLiteral("rotateCancelButton"));
    m_rotate->setEnabled(false);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->addRow(m_whichLabel, m_which);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(m_expiresCheck, m_expires);
    form->addRow(QString(), m_lifetimeNote);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_rotate);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_carrier);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_nothingChanged);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_secret, &SecretField::edited, this, &RotateDialog::updateButtons);
    connect(m_secret->lineEdit(), &QLineEdit::textChanged, this, &RotateDialog::updateButtons);
    connect(m_rotate, &QPushButton::clicked, this, &RotateDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &RotateDialog::reject);
    connect(m_banner, &OutcomeBanner::cancelRequested, this, &RotateDialog::reject);
}

void RotateDialog::setClipboard(Clipboard* clipboard)
{
    m_secret->setClipboard(clipboard);
}

void RotateDialog::retranslate()
{
    setWindowTitle(tr("Rotate Secret"));
    m_heading->setText(tr("Rotate the secret of \u201c%1\u201d").arg(m_account.name));
    const QString carrier = m_preset ? m_preset->name : m_account.carrierId;
    m_carrier->setText(tr("%1 · %2").arg(carrier, m_account.environmentLabel(m_preset)));
    m_explanation->setText(tr("Paste the new secret from the carrier's portal. TokenDock tries "
                              "the new secret first; the old one stays until the new one "
                              "works."));
    m_whichLabel->setText(tr("&Which secret"));
    m_which->setItemText(0, tr("Client secret"));
    m_secretLabel->setText(tr("&New secret"));
    m_secret->lineEdit()->setAccessibleName(tr("New secret"));
    m_expiresCheck->setText(tr("The carrier says it &expires on"));
    m_expires->setAccessibleName(tr("Expiry date of the new secret"));
    if (m_preset && m_preset->secretLifetime.isSet())
        m_lifetimeNote->setText(carrierText(m_preset->secretLifetime.note));
    m_nothingChanged->setText(tr("Nothing changed: the old secret stays and keeps working."));
    m_rotate->setText(tr("&Test and Replace"));
    m_cancel->setText(m_replaced ? tr("Close") : tr("Cancel"));
    if (m_replaced)
        m_banner->showMessage(
            m_unnoted.isError() ? StatusStyle::Tone::Warning : StatusStyle::Tone::Success,
            tr("Replaced the secret of \u201c%1\u201d").arg(m_account.name),
            m_unnoted.isError() ? tr("The account list could not note the new secret's date: %1")
                                      .arg(m_unnoted.fullText())
                                : tr("The new secret works and is now the one TokenDock keeps. "
                                     "You can revoke the old one in the carrier's portal."));
}

void RotateDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RotateDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fit();
}

void RotateDialog::fit()
{
    // once the labels have wrapped at their width
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            Look::fitToContents(this);
    });
}

void RotateDialog::reject()
{
    if (m_running) {
        m_closeWhenDone = true;
        hide();
        return;
    }
    QDialog::reject();
}

void RotateDialog::updateButtons()
{
    m_rotate->setEnabled(!m_running && !m_replaced && !m_secret->text().trimmed().isEmpty());
}

void RotateDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget* w : {static_cast<QWidget*>(m_which), static_cast<QWidget*>(m_secret),
                       static_cast<QWidget*>(m_expiresCheck)})
        w->setEnabled(!running && !m_replaced);
    m_expires->setEnabled(!running && !m_replaced && m_expiresCheck->isChecked());
    updateButtons();
}

void RotateDialog::start()
{
    RotationRequest request;
    request.field = m_which->currentData().toString();
    request.secret = SecretBytes(m_secret->text().trimmed().toUtf8());
    if (m_expiresCheck->isChecked())
        request.expires = m_expires->date();
    m_nothingChanged->hide();
    if (const auto refused = m_rotation->refusal(m_account.id, request)) {
        m_banner->show();
        m_banner->showMessage(StatusStyle::Tone::Danger, tr("Not tried"), refused->message.text());
        return;
    }
    m_banner->show();
    m_banner->showBusy(AccountRequest::resolvedUrl(m_account, m_preset));
    setRunning(true);
    fit();
    m_rotatedField = request.field;
    m_rotation->rotate(m_account.id, request, this,
                       [this](const RotationOutcome& outcome) { finished(outcome); });
}

void RotateDialog::finished(const RotationOutcome& outcome)
{
    if (m_closeWhenDone) {
        m_running = false;
        if (outcome.replaced)
            emit replaced(m_account.id);
        QDialog::reject();
        return;
    }
    if (!outcome.replaced) {
        setRunning(false);
        showFailure(outcome);
        return;
    }
    m_replaced = true;
    m_unnoted = outcome.failure;
    m_secret->reset(); // nothing of the secret stays on screen
    setRunning(false);
    m_rotate->hide();
    retranslate();
    m_cancel->setFocus(Qt::OtherFocusReason);
    fit();
    emit replaced(m_account.id);
}

void RotateDialog::showFailure(const RotationOutcome& outcome)
{
    // the carrier's verdict when the candidate failed; otherwise what stopped the write
    if (outcome.trial && !outcome.trial->passed())
        m_banner->showResult(*outcome.trial, m_preset);
    else
        m_banner->showMessage(StatusStyle::Tone::Danger, tr("Not replaced"),
                              outcome.failure.message.text());
    m_nothingChanged->show();
    fit();
    // what was typed stays, to fix a typo and try again
    m_secret->lineEdit()->setFocus(Qt::OtherFocusReason);
}
