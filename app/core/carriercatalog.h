// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "carrierpreset.h"
#include "presetfiles.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <deque>
#include <optional>

// The carrier presets: data from resources/carriers.json, not code.
class CarrierCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CarrierCatalog)

public:
    // What is wrong with a preset: a sentence naming the entry and field, and
    // the path to that field (keys, and list indexes as text) to find its line.
    struct ReadProblem
    {
        QString text;
        QStringList path;
    };

    // Parses and validates a catalog. On failure returns nothing and sets
    // *error to a sentence naming the entry and the field at fault.
    static std::optional<CarrierCatalog> fromJson(const QByteArray& json, QString* error);
    // One preset, from an entry of the catalog or a preset file. `where`
    // names it in messages; `path` is where the object sits in its file.
    static std::optional<CarrierPreset> readPreset(const QJsonObject& obj, const QString& where,
                                                   const QStringList& path, ReadProblem* problem);
    // The catalog compiled into the application.
    static const CarrierCatalog& builtin();

    // The built-in catalog with the presets of the system and user folders.
    // An import adds the presets it installs to it (on the main thread).
    static CarrierCatalog& installed();

    // A deque: adding a preset (an import) leaves every pointer to the others valid.
    const std::deque<CarrierPreset>& presets() const { return m_presets; }
    // Adds a preset read from a file (readPreset: find() relies on its
    // lower-case id); the caller has checked PresetFiles::clash.
    void add(const CarrierPreset& preset) { m_presets.push_back(preset); }
    // Puts `preset` in the place of the file preset with its id, so pointers
    // to it stay valid and see the new one; false when there is none (or the
    // preset with that id is built in, which a file never replaces).
    bool replace(const CarrierPreset& preset);
    // Preset files that were left out, and why.
    const QList<PresetFileProblem>& skipped() const { return m_skipped; }
    void noteSkipped(const PresetFileProblem& problem) { m_skipped.append(problem); }
    const CarrierPreset* find(const QString& id) const;
    // Presets whose id, name, vendor or summary contain every word of the query.
    QList<const CarrierPreset*> search(const QString& query) const;

private:
    std::deque<CarrierPreset> m_presets;
    QList<PresetFileProblem> m_skipped;
};
