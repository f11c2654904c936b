// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "presetfiles.h"

#include <QFrame>
#include <QList>

class QLabel;
class QToolButton;
struct CarrierPreset;

// Preset files that were not loaded: a line saying how many, and on request
// each file and line with what is wrong there. Hidden when there are none.
class SkippedPresetFiles : public QWidget
{
    Q_OBJECT

public:
    explicit SkippedPresetFiles(QWidget* parent = nullptr);
    void setProblems(const QList<PresetFileProblem>& problems);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QList<PresetFileProblem> m_problems;
    QLabel* m_summary;
    QToolButton* m_toggle;
    QLabel* m_details;
};

// What TokenDock knows about a preset: its notes, the file a preset from a
// file was read from, the facts the carrier has not confirmed, and a link to
// the carrier's documentation; below them, preset files that were not loaded.
class PresetInfo : public QFrame
{
    Q_OBJECT

public:
    explicit PresetInfo(QWidget* parent = nullptr);
    void setPreset(const CarrierPreset* preset);
    void setSkipped(const QList<PresetFileProblem>& problems);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showOrigin(const CarrierPreset& preset);

    const CarrierPreset* m_preset = nullptr;
    QLabel* m_notes;
    QLabel* m_origin;
    QLabel* m_unconfirmed;
    QLabel* m_docs;
    SkippedPresetFiles* m_skipped;
};
