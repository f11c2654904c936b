// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFileDevice>
#include <QString>

class QLockFile;

// Everything TokenDock writes is for its user alone: files 0600, folders
// 0700, set explicitly so the umask does not decide.
namespace PrivateFiles {

QFileDevice::Permissions fileMode();   // 0600
QFileDevice::Permissions folderMode(); // 0700

// Creates `path` and every missing folder above it as 0700. `path` is
// TokenDock's own, so it is made 0700 even when it was there already; the
// folders above it that existed (~/.config) are the user's and stay as they are.
bool makeOwnFolder(const QString& path);
// Creates the missing folders up to `path` as 0700 and leaves existing ones
// alone: for a folder other programs share, such as ~/.config/autostart.
bool makeFolder(const QString& path);
// Owner read and write only, for an open QFile or QSaveFile (a QSaveFile
// otherwise keeps the mode of the file it replaces).
bool restrict(QFileDevice& file);
// The same for a file by its path.
bool restrict(const QString& path);
// Copies source to a new file target that is 0600 from its first byte.
bool copy(const QString& source, const QString& target);
// Takes `lock` within waitMs and makes its file 0600. On Linux, a lock file
// left empty by a writer killed while creating it is cleared once it is a
// second old and nobody holds it; QLockFile alone would treat it as held
// for its stale time (30 s unless set).
bool lock(QLockFile& lock, int waitMs);

} // namespace PrivateFiles
