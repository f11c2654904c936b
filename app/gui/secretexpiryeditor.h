// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QWidget>

struct CarrierPreset;
class QCheckBox;
class QDateEdit;
class QLabel;
class QToolButton;

// The date the carrier says the account's secret expires (optional). Folded
// away behind a small toggle for most carriers; shown open, with the
// preset's note on where the carrier shows the date, when the preset
// documents expiring secrets (the Microsoft identity platform).
class SecretExpiryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SecretExpiryEditor(QWidget* parent = nullptr);

    void setPreset(const CarrierPreset* preset);
    // `today` gives the date picker's first guess when no date is known.
    void load(const QDate& expires, const QDate& today);
    QDate date() const; // invalid: not known
    bool isAsked() const { return m_asked; }
    void setReadOnly(bool readOnly);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateVisibility();
    void updateEnabled();

    const CarrierPreset* m_preset = nullptr;
    bool m_asked = false;
    bool m_loading = false;
    bool m_readOnly = false;
    QToolButton* m_toggle;
    QWidget* m_body;
    QCheckBox* m_check;
    QDateEdit* m_date;
    QLabel* m_note;
};
