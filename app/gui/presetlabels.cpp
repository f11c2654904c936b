// SPDX-License-Identifier: Apache-2.0
#include "presetlabels.h"

#include "carrierpreset.h"

#include <QCoreApplication>

namespace {
constexpr int kCountriesShown = 4;

QString translate(const char* text)
{
    return QCoreApplication::translate("PresetLabels", text);
}
} // namespace

QString PresetLabels::mode(const QString& id)
{
    static const char* const labels[][2] = {
        {"parcel", QT_TRANSLATE_NOOP("PresetLabels", "Parcel")},
        {"postal", QT_TRANSLATE_NOOP("PresetLabels", "Postal")},
        {"ltl", QT_TRANSLATE_NOOP("PresetLabels", "LTL")},
        {"truckload", QT_TRANSLATE_NOOP("PresetLabels", "Truckload")},
        {"intermodal", QT_TRANSLATE_NOOP("PresetLabels", "Intermodal")},
        {"ocean", QT_TRANSLATE_NOOP("PresetLabels", "Ocean")},
        {"air", QT_TRANSLATE_NOOP("PresetLabels", "Air")},
        {"forwarding", QT_TRANSLATE_NOOP("PresetLabels", "Forwarding")},
        {"brokerage", QT_TRANSLATE_NOOP("PresetLabels", "Brokerage")},
        {"visibility", QT_TRANSLATE_NOOP("PresetLabels", "Visibility")},
        {"delivery", QT_TRANSLATE_NOOP("PresetLabels", "Delivery")},
        {"telematics", QT_TRANSLATE_NOOP("PresetLabels", "Telematics")},
        {"gateway", QT_TRANSLATE_NOOP("PresetLabels", "Multi-carrier gateway")},
    };
    for (const auto& [key, label] : labels) {
        if (id == QLatin1String(key))
            return translate(label);
    }
    return id; // a mode this version does not know yet reads as its id
}

QString PresetLabels::modes(const QStringList& ids)
{
    QStringList labels;
    for (const QString& id : ids)
        labels << mode(id);
    return labels.join(QStringLiteral(", "));
}

QString PresetLabels::countries(const QStringList& codes)
{
    if (codes.isEmpty())
        return {};
    if (codes.contains(CarrierPreset::kWorldwide))
        return translate(QT_TRANSLATE_NOOP("PresetLabels", "Worldwide"));
    const QString shown = codes.mid(0, kCountriesShown).join(QStringLiteral(", "));
    if (codes.size() <= kCountriesShown)
        return shown;
    //: countries shown by their codes, then how many more there are: "DE, FR, GB, NL +3"
    return QCoreApplication::translate("PresetLabels", "%1 +%2")
        .arg(shown)
        .arg(codes.size() - kCountriesShown);
}

QString PresetLabels::details(const CarrierPreset& preset)
{
    QStringList parts;
    const QString where = countries(preset.countries);
    if (!where.isEmpty())
        parts << where;
    if (!preset.modes.isEmpty())
        parts << modes(preset.modes);
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString PresetLabels::origin(PresetOrigin origin)
{
    switch (origin) {
    case PresetOrigin::BuiltIn:
        return {};
    case PresetOrigin::System:
        return translate(QT_TRANSLATE_NOOP("PresetLabels", "administrator's preset"));
    case PresetOrigin::User:
        return translate(QT_TRANSLATE_NOOP("PresetLabels", "your preset"));
    }
    return {};
}

QString PresetLabels::searchText(const CarrierPreset& preset)
{
    return QStringList{preset.searchText(), details(preset), origin(preset.origin)}.join(
        QLatin1Char(' '));
}
