// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>
#include <QFrame>

class CarrierCatalog;
class QLabel;
struct CarrierPreset;

// Chooses a carrier preset; type any part of a name to narrow the list.
// Enter picks the best match for what was typed (the whole name, its start,
// the start of a word in it, its id, any part, then its letters in order:
// "p44" is project44); Escape gives the chosen carrier's name back.
class CarrierPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit CarrierPicker(const CarrierCatalog& catalog, QWidget* parent = nullptr);

    QString currentPresetId() const;
    void setCurrentPresetId(const QString& id);
    // The item that best matches `typed`; -1 when none does.
    int bestMatch(const QString& typed) const;

signals:
    void presetChanged(const QString& id);

protected:
    void focusOutEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    bool pickTyped();
    bool restoreChosen();
    // Enter and Escape, wherever they arrive; true = handled
    bool handleKey(int key);

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
