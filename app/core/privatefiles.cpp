// SPDX-License-Identifier: Apache-2.0
#include "privatefiles.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

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

namespace {

// Qt writes a lock file's process id right after creating and flock()ing it,
// so one that has stayed empty this long lost its writer.
constexpr qint64 kAbandonedAfterMs = 1000;
// tryLock() is called in slices so an abandoned file is noticed while waiting
constexpr qint64 kLockSliceMs = 200;

bool abandoned(const QString& lockFile)
{
    const QFileInfo info(lockFile);
    return info.exists() && info.size() == 0 &&
           info.lastModified().msecsTo(QDateTime::currentDateTime()) >= kAbandonedAfterMs;
}

} // namespace

bool lock(QLockFile& lock, int waitMs)
{
    const QDeadlineTimer deadline(waitMs);
    for (;;) {
        if (lock.tryLock(int(qMin(deadline.remainingTime(), kLockSliceMs)))) {
            // it only names the process holding it, but it is ours too
            restrict(lock.fileName());
            return true;
        }
        if (lock.error() != QLockFile::LockFailedError)
            return false;
        // removeStaleLockFile() flock()s the file first, so a live writer keeps it
        if (abandoned(lock.fileName()) && lock.removeStaleLockFile())
            continue;
        if (deadline.hasExpired())
            return false;
    }
}

} // namespace PrivateFiles
