// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

struct CarrierPreset;
enum class PresetOrigin;

// What the carrier picker says about a preset besides its name: where the
// carrier works and what it moves, in the language in use now.
namespace PresetLabels {
// A mode id of CarrierPreset::knownModes() as people say it ("ltl" → "LTL").
QString mode(const QString& id);
// The modes, in the catalog's order, joined with commas.
QString modes(const QStringList& ids);
// Country codes, short: "DE, FR, GB, NL +3", or "Worldwide"; empty when not said.
QString countries(const QStringList& codes);
// The countries and modes together ("DE · Parcel, Postal"), quieter than the name.
QString details(const CarrierPreset& preset);
// "your preset" or "administrator's preset" for a file's preset; empty for a built-in one.
QString origin(PresetOrigin origin);
// Everything a search may match: the preset's own search text, and these
// labels in the language in use (a translated mode finds its presets).
QString searchText(const CarrierPreset& preset);
} // namespace PresetLabels
