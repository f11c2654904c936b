// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>
#include <QFrame>

class CarrierCatalog;
class QLabel;
struct CarrierPreset;

// Chooses a carrier preset; type any part of a name to narrow the list.
class CarrierPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit CarrierPicker(const CarrierCatalog& catalog, QWidget* parent = nullptr);

    QString currentPresetId() const;
    void setCurrentPresetId(const QString& id);

signals:
    void presetChanged(const QString& id);

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const CarrierCatalog& m_catalog;
};

// What TokenDock knows about a preset: its notes, the facts the carrier has
// not confirmed, and a link to the carrier's documentation.
class PresetInfo : public QFrame
{
    Q_OBJECT

public:
    explicit PresetInfo(QWidget* parent = nullptr);
    void setPreset(const CarrierPreset* preset);

protected:
    void changeEvent(QEvent* event) override;

private:
    const CarrierPreset* m_preset = nullptr;
    QLabel* m_notes;
    QLabel* m_unconfirmed;
    QLabel* m_docs;
};
