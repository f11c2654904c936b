// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;

// The editor's advanced part for the API probe: whether a test makes it and,
// when the account names its own, where it goes. An empty URL means the
// preset's probe, shown as the placeholder.
class ProbeEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProbeEditor(QWidget* parent = nullptr);

    void load(const Account& account, const CarrierPreset* preset);
    // The preset changed in the form: its probe becomes the placeholder.
    void setPreset(const CarrierPreset* preset);
    // The form's probe settings over `account`.
    void apply(Account* account) const;
    // Why the account's probe URL cannot be used; nothing when it can.
    static std::optional<QString> problem(const Account& account, const CarrierPreset* preset);
    QLabel* issueLabel() const { return m_issue; }
    void setReadOnly(bool readOnly);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateNote();

    const CarrierPreset* m_preset = nullptr;
    ProbeSpec m_original; // the account's own probe as loaded
    QCheckBox* m_switch;
    QLineEdit* m_url;
    QLabel* m_note;
    QLabel* m_issue;
};
