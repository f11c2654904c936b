// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "carrierpreset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

// The carrier presets: data from resources/carriers.json, not code.
class CarrierCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CarrierCatalog)

public:
    // Parses and validates a catalog. On failure returns nothing and sets
    // *error to a sentence naming the entry and the field at fault.
    static std::optional<CarrierCatalog> fromJson(const QByteArray& json, QString* error);
    // The catalog compiled into the application.
    static const CarrierCatalog& builtin();

    const QList<CarrierPreset>& presets() const { return m_presets; }
    const CarrierPreset* find(const QString& id) const;
    // Presets whose id, name, vendor or summary contain every word of the query.
    QList<const CarrierPreset*> search(const QString& query) const;

private:
    QList<CarrierPreset> m_presets;
};
