// SPDX-License-Identifier: Apache-2.0
#include "privatefiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#ifdef Q_OS_LINUX
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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

// tryLock() is called in slices so an abandoned file is noticed while waiting
constexpr qint64 kLockSliceMs = 200;

#ifdef Q_OS_LINUX
// Qt flock()s a lock file right after creating it and writes its process id
// next, so one that has stayed empty this long lost its writer.
constexpr qint64 kAbandonedAfterMs = 1000;

qint64 ageMs(const struct stat& st)
{
    struct timespec now = {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    return (qint64(now.tv_sec) - st.st_mtim.tv_sec) * 1000 +
           (qint64(now.tv_nsec) - st.st_mtim.tv_nsec) / 1000000;
}

// Removes `path` when it is an empty lock file nobody holds: flock()ed here
// first, so no other process clearing it or taking it meanwhile, and checked
// through that very descriptor, so what is removed is what was checked.
bool removeAbandoned(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    bool removed = false;
    struct stat held = {};
    struct stat named = {};
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &held) == 0 && held.st_size == 0 &&
        ageMs(held) >= kAbandonedAfterMs && ::stat(name.constData(), &named) == 0 &&
        named.st_ino == held.st_ino && named.st_dev == held.st_dev)
        removed = ::unlink(name.constData()) == 0;
    ::close(fd);
    return removed;
}
#else
// elsewhere an empty lock file waits out QLockFile's stale time
bool removeAbandoned(const QString&)
{
    return false;
}
#endif

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
        if (removeAbandoned(lock.fileName()))
            continue;
        if (deadline.hasExpired())
            return false;
    }
}

} // namespace PrivateFiles
