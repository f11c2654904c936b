// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "presetinfo.h"

#include <QComboBox>

class CarrierCatalog;
class CarrierFilter;
class QCompleter;
struct CarrierPreset;

// Chooses a carrier preset. Each row shows the carrier's name, a mark for a
// preset from a file, and where the carrier works and what it moves. Typing
// narrows the list to the presets that match every word, by name, country
// (code, English or native name) or mode; Enter picks the first row, or the
// one chosen with the arrow keys (names first, as people remember them:
// "p44" is project44); Escape gives the chosen carrier's name back.
class CarrierPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit CarrierPicker(const CarrierCatalog& catalog, QWidget* parent = nullptr);

    QString currentPresetId() const;
    void setCurrentPresetId(const QString& id);
    // The item that best matches `typed` by name; -1 when none does.
    int bestMatch(const QString& typed) const;
    // The presets the list shows for `typed`, best first, as preset ids.
    QStringList matches(const QString& typed) const;
    // Builds the list again from the catalog (a preset was added), keeping
    // the chosen preset while it is still there.
    void reload();

signals:
    void presetChanged(const QString& id);
    // after reload(): the catalog may have more presets, or skipped files
    void reloaded();

protected:
    void focusOutEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void retranslate();
    void describe(int index, const CarrierPreset& preset);
    void narrow(const QString& typed);
    void choose(int index);
    bool pickTyped();
    bool restoreChosen();
    // Up and Down before any row is picked in the narrowed list
    bool stepFromFirst(int key);
    // Enter, Escape, and the arrows in the narrowed list; true = handled
    bool handleKey(int key);

    const CarrierCatalog& m_catalog;
    CarrierFilter* m_filter;
    QCompleter* m_completer;
};
