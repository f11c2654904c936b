// SPDX-License-Identifier: Apache-2.0
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace PrivateFiles {

QFileDevice::Permissions fileMode()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

QFileDevice::Permissions folderMode()
{
    return fileMode() | QFileDevice::ExeOwner;
}

bool makeFolder(const QString& path)
{
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(target).isDir())
        return true;
    // the missing ones, from the top down
    QStringList missing;
    for (QString p = target; !QFileInfo::exists(p);) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).absolutePath();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString& folder : std::as_const(missing)) {
        // mkdir's mode passes through the umask: set it again afterwards
        if (!QDir().mkdir(folder, folderMode()) && !QFileInfo(folder).isDir())
            return false;
        if (!QFile::setPermissions(folder, folderMode()))
            return false;
    }
    return QFileInfo(target).isDir();
}

bool makeOwnFolder(const QString& path)
{
    return makeFolder(path) && QFile::setPermissions(path, folderMode());
}

bool restrict(QFileDevice& file)
{
    return file.setPermissions(fileMode());
}

bool restrict(const QString& path)
{
    return QFile::setPermissions(path, fileMode());
}

bool copy(const QString& source, const QString& target)
{
    QFile in(source);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) ||
        !out.open(QIODevice::WriteOnly | QIODevice::NewOnly, fileMode()))
        return false;
    // the mode given to open() passes through the umask too
    bool ok = restrict(out);
    while (ok && !in.atEnd()) {
        const QByteArray chunk = in.read(64 * 1024);
        ok = !chunk.isEmpty() && out.write(chunk) == chunk.size();
    }
    out.close();
    if (!ok || out.error() != QFileDevice::NoError) {
        out.remove();
        return false;
    }
    return true;
}

} // namespace PrivateFiles
