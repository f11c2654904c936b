// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "carrierpreset.h"
#include "presetfiles.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <atomic>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

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

    CarrierCatalog() = default;
    CarrierCatalog(const CarrierCatalog& other);
    CarrierCatalog& operator=(const CarrierCatalog& other);

    // A deque: adding a preset (an import) leaves every pointer to the others valid.
    const std::deque<CarrierPreset>& presets() const;
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
    // The catalog's entries, each with its id and none of it read yet.
    static std::optional<CarrierCatalog> withEntriesUnread(const QByteArray& json, QString* error);
    std::optional<CarrierPreset> readEntry(size_t index, QString* error) const;
    // Reads the entry at that place if it waits (a fault in the built-in
    // catalog is fatal, as the tests read all of it); under m_reading.
    void read(size_t index) const;
    std::optional<size_t> placeOf(const QString& id) const;

    // The built-in presets are read when first asked for: a command about
    // one account reads one of 30 (a millisecond and more of its start).
    // Until then a preset holds only its id and origin, and its entry waits
    // at the same place in m_unread. presets() reads them all; find() the
    // one it finds; either under the lock, as worker threads ask too.
    mutable std::deque<CarrierPreset> m_presets;
    mutable std::vector<std::optional<QJsonValue>> m_unread;
    mutable std::mutex m_reading;
    mutable std::atomic<bool> m_allRead{true};
    QList<PresetFileProblem> m_skipped;
};
