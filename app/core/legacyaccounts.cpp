// SPDX-License-Identifier: Apache-2.0
#include "legacyaccounts.h"

#include "logging.h"
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QJsonValue>
#include <QLockFile>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <unistd.h>
#endif

namespace LegacyAccounts {

constexpr int kMoveLockWaitMs = 2000;

QJsonValue accountList(const QJsonObject& root, int schema)
{
    return root.value(schema == 1 ? QStringLiteral("profiles") : QStringLiteral("accounts"));
}

bool isExportFormat(const QString& format)
{
    return format == QLatin1String("tokendock-accounts") ||
           format == QLatin1String("tokendock-profiles");
}

namespace {

// Moves without ever replacing: a link fails when `to` exists.
bool moveNoReplace(const QString& from, const QString& to)
{
#if defined(Q_OS_UNIX)
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return true;
    }
    // a file system without hard links: a rename, which the locks keep apart
    // from any TokenDock that writes either file
    return errno != EEXIST && !QFileInfo::exists(to) && QFile::rename(from, to);
#else
    // MoveFileEx without MOVEFILE_REPLACE_EXISTING refuses an existing target
    return !QFileInfo::exists(to) && QFile::rename(from, to);
#endif
}

} // namespace

QString fileToRead(const QString& path)
{
    const QFileInfo info(path);
    if (info.fileName() != QLatin1String("accounts.json"))
        return path;
    const QString oldPath = info.dir().filePath(QStringLiteral("profiles.json"));
    if (info.exists()) {
        if (QFileInfo::exists(oldPath))
            qCWarning(lcAccounts) << "profiles.json was written again beside accounts.json, by "
                                     "an older TokenDock still running; its changes are not in "
                                     "accounts.json";
        return path;
    }
    if (!QFileInfo::exists(oldPath))
        return path;
    // an older TokenDock saving this moment finishes first, and no newer one
    // writes accounts.json meanwhile
    QLockFile oldLock(oldPath + QStringLiteral(".lock"));
    QLockFile newLock(path + QStringLiteral(".lock"));
    if (!PrivateFiles::lock(oldLock, kMoveLockWaitMs) ||
        !PrivateFiles::lock(newLock, kMoveLockWaitMs)) {
        qCWarning(lcAccounts) << "profiles.json is locked; read where it is this time";
        return oldPath;
    }
    if (QFileInfo::exists(path))
        return path; // another TokenDock moved it first
    if (moveNoReplace(oldPath, path)) {
        qCInfo(lcAccounts) << "moved the account list from profiles.json to accounts.json";
        return path;
    }
    qCWarning(lcAccounts) << "could not move profiles.json to accounts.json; read where it is";
    return oldPath;
}

} // namespace LegacyAccounts
