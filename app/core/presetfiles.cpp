// SPDX-License-Identifier: Apache-2.0
#include "presetfiles.h"

#include "carriercatalog.h"
#include "jsonlocation.h"
#include "logging.h"
#include "textpolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

QString PresetFileProblem::text() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

QString PresetFiles::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/carriers");
}

QList<PresetFiles::Folder> PresetFiles::standardFolders()
{
    const QString system = qEnvironmentVariable("TOKENDOCK_SYSTEM_CARRIERS",
                                                QStringLiteral("/etc/tokendock/carriers"));
    return {{system, PresetOrigin::System}, {userFolder(), PresetOrigin::User}};
}

std::optional<CarrierPreset> PresetFiles::read(const QByteArray& json, const QString& file,
                                               PresetOrigin origin, PresetFileProblem* problem)
{
    *problem = PresetFileProblem();
    problem->file = file;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problem->line = JsonLocation::lineAtOffset(json, parseError.offset);
        problem->message = tr("not valid JSON (%1); check the commas and quotes near this line.")
                               .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        problem->line = 1;
        problem->message = tr("a preset file holds one JSON object, {\"id\": …, …}.");
        return std::nullopt;
    }
    CarrierCatalog::ReadProblem readProblem;
    const QString id = doc.object().value(QStringLiteral("id")).toString();
    auto preset = CarrierCatalog::readPreset(
        doc.object(),
        id.isEmpty() ? tr("the preset")
                     : tr("preset \u201c%1\u201d").arg(TextPolicy::oneLine(id.left(40))),
        {}, &readProblem);
    if (!preset) {
        problem->line = JsonLocation::lineOf(json, readProblem.path);
        problem->message = readProblem.text;
        if (!problem->message.endsWith(QLatin1Char('.')))
            problem->message += QLatin1Char('.');
        return std::nullopt;
    }
    preset->origin = origin;
    preset->sourceFile = file;
    preset->definition = doc.object();
    return preset;
}

std::optional<QString> PresetFiles::clash(const CarrierCatalog& catalog,
                                          const CarrierPreset& preset)
{
    const CarrierPreset* taken = catalog.find(preset.id);
    if (!taken)
        return std::nullopt;
    if (taken->origin == PresetOrigin::BuiltIn)
        return tr("\"%1\" is the id of a built-in preset, which a file cannot replace; give "
                  "this preset an id of its own, e.g. \"%1-team\".")
            .arg(preset.id);
    return tr("the id \"%1\" is already used by %2; give one of them another id.")
        .arg(preset.id, QDir::toNativeSeparators(taken->sourceFile));
}

namespace {

// The *.json files of a folder in name order, so every process reads the same.
QFileInfoList presetFilesIn(const QString& folder)
{
    QDir dir(folder);
    return dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
}

} // namespace

CarrierCatalog PresetFiles::load(const CarrierCatalog& base, const QList<Folder>& folders)
{
    CarrierCatalog catalog = base;
    int count = 0;
    for (const Folder& folder : folders) {
        for (const QFileInfo& info : presetFilesIn(folder.path)) {
            const QString path = QDir::toNativeSeparators(info.absoluteFilePath());
            PresetFileProblem problem;
            problem.file = path;
            if (++count > kMaxFiles) {
                problem.message =
                    tr("more than %1 preset files; the rest are not read.").arg(kMaxFiles);
                catalog.noteSkipped(problem);
                return catalog;
            }
            QFile file(info.absoluteFilePath());
            if (info.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
                problem.message = info.size() > kMaxFileBytes
                                      ? tr("larger than %1 KB; a preset is far smaller.")
                                            .arg(kMaxFileBytes / 1024)
                                      : tr("cannot be read (%1).").arg(file.errorString());
                catalog.noteSkipped(problem);
                continue;
            }
            const QByteArray json = file.read(kMaxFileBytes);
            auto preset = read(json, path, folder.origin, &problem);
            if (preset) {
                if (const auto taken = clash(catalog, *preset)) {
                    problem.line = JsonLocation::lineOf(json, {QStringLiteral("id")});
                    problem.message = *taken;
                    preset.reset();
                }
            }
            if (!preset) {
                qCWarning(lcCatalog) << "skipped preset file" << problem.text();
                catalog.noteSkipped(problem);
                continue;
            }
            catalog.add(*preset);
        }
    }
    return catalog;
}
