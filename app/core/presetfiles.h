// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "carrierpreset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class CarrierCatalog;

// A preset file that was not loaded: which file, which line, and why.
struct PresetFileProblem
{
    QString file;
    int line = 0; // 0 = the file as a whole
    QString message;

    // "FILE:LINE: message", as compilers say it, so editors can jump there.
    QString text() const;
};

// Presets a team writes: one JSON object per *.json file, in the system folder
// (an administrator's) and the user's own, read at start next to the built-in
// catalog. A file never replaces a built-in preset or one read before it.
class PresetFiles
{
    Q_DECLARE_TR_FUNCTIONS(PresetFiles)

public:
    struct Folder
    {
        QString path;
        PresetOrigin origin = PresetOrigin::User;
    };
    static constexpr qint64 kMaxFileBytes = 256 * 1024;
    static constexpr int kMaxFiles = 500;

    // /etc/tokendock/carriers (TOKENDOCK_SYSTEM_CARRIERS overrides it), then
    // the user's ~/.config/tokendock/carriers.
    static QList<Folder> standardFolders();
    static QString userFolder();

    // One file's text as a preset, or nothing with *problem saying what is wrong.
    static std::optional<CarrierPreset> read(const QByteArray& json, const QString& file,
                                             PresetOrigin origin, PresetFileProblem* problem);
    // `base` with every readable preset of the folders added, in file-name
    // order; each file left out is listed in the result's skipped().
    static CarrierCatalog load(const CarrierCatalog& base, const QList<Folder>& folders);
    // Why `preset` cannot join `catalog` (its id is taken), or nothing.
    static std::optional<QString> clash(const CarrierCatalog& catalog, const CarrierPreset& preset);
};
