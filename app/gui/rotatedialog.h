// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"

#include <QDialog>

struct CarrierPreset;
struct RotationOutcome;
class Clipboard;
class OutcomeBanner;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class SecretField;
class SecretRotation;

// Rotate Secret: a new secret from the carrier's portal is tried first and
// replaces the old one only when it works. A failed candidate changes
// nothing; the dialog stays open with what was typed, to fix a typo.
class RotateDialog : public QDialog
{
    Q_OBJECT

public:
    // `today` is the clock's local date, for the expiry date's first guess.
    RotateDialog(SecretRotation* rotation, const Account& account, const CarrierPreset* preset,
                 const QDate& today, QWidget* parent = nullptr);

    void setClipboard(Clipboard* clipboard);
    bool isRunning() const { return m_running; }
    bool wasReplaced() const { return m_replaced; }

    // While a candidate is tried, Cancel only hides the dialog: the trial
    // goes on, and what it did is still said (replaced()) before it closes.
    void reject() override;

signals:
    void replaced(const QUuid& id);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void fillSecretChoices();
    void retranslate();
    void start();
    void finished(const RotationOutcome& outcome);
    void showFailure(const RotationOutcome& outcome);
    void setRunning(bool running);
    void updateButtons();
    // Grows the dialog where a verdict or a wrapped note no longer fits.
    void fit();

    SecretRotation* m_rotation;
    Account m_account;
    const CarrierPreset* m_preset;
    bool m_running = false;
    bool m_replaced = false;
    Failure m_unnoted; // replaced, but the account list could not note it
    bool m_closeWhenDone = false;
    QString m_rotatedField;

    QLabel* m_heading;
    QLabel* m_carrier;
    QLabel* m_explanation;
    QLabel* m_whichLabel;
    QComboBox* m_which;
    QLabel* m_secretLabel;
    SecretField* m_secret;
    QCheckBox* m_expiresCheck;
    QDateEdit* m_expires;
    QLabel* m_lifetimeNote;
    OutcomeBanner* m_banner;
    QLabel* m_nothingChanged;
    QPushButton* m_rotate;
    QPushButton* m_cancel;
};
