// SPDX-License-Identifier: Apache-2.0
// Installing the presets an import carries, once the accounts are saved.
#include "accountexchange.h"
#include "carriedpresets.h"
#include "carriercatalog.h"
#include "logging.h"
#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

// <id>.json, or <id>-2.json, ... when a file of that name (maybe another
// preset's, maybe one being edited) is there already: nothing is overwritten
QString freePath(const QString& folder, const QString& id)
{
    QString path = QDir(folder).filePath(id + QStringLiteral(".json"));
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2.json").arg(id).arg(n));
    return path;
}
// Whole or not at all: a reader never sees half a preset.
bool writePreset(const QString& path, const QJsonObject& definition, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && PrivateFiles::restrict(file)) {
        file.write(QJsonDocument(definition).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    *error = AccountExchange::tr("Could not write %1: %2.")
                 .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}
} // namespace

bool CarriedPresets::install(const AccountExchange::Plan& plan, CarrierCatalog* live,
                             const QString& folder, QStringList* written, QString* error)
{
    if (!plan.ok()) {
        *error = plan.error;
        return false;
    }
    if (plan.presetsToInstall() == 0)
        return true;
    if (!live || folder.isEmpty() || !PrivateFiles::makeOwnFolder(folder)) {
        *error = tr("The carrier presets could not be installed: TokenDock could not create the "
                    "folder %1.")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    for (const AccountExchange::CarriedPreset& carried : plan.presets) {
        if (!carried.installs())
            continue;
        CarrierPreset preset = carried.preset;
        // a changed preset keeps its file, so no second file claims the id
        const CarrierPreset* here = live->find(preset.id);
        if (here && here->origin == PresetOrigin::BuiltIn)
            continue;
        const QString path =
            here && here->origin == PresetOrigin::User && !here->sourceFile.isEmpty()
                ? QDir::fromNativeSeparators(here->sourceFile)
                : freePath(folder, preset.id);
        if (!writePreset(path, preset.definition, error))
            return false;
        preset.origin = PresetOrigin::User;
        preset.sourceFile = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        if (!live->replace(preset))
            live->add(preset);
        written->append(preset.sourceFile);
        qCInfo(lcCatalog) << "installed carrier preset" << preset.id << "from an import";
    }
    return true;
}
