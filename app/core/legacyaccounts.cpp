// SPDX-License-Identifier: Apache-2.0
#include "legacyaccounts.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QJsonValue>

namespace LegacyAccounts {

QJsonValue accountList(const QJsonObject& root, int schema)
{
    return root.value(schema == 1 ? QStringLiteral("profiles") : QStringLiteral("accounts"));
}

bool isExportFormat(const QString& format)
{
    return format == QLatin1String("tokendock-accounts") ||
           format == QLatin1String("tokendock-profiles");
}

QString fileToRead(const QString& path)
{
    const QFileInfo info(path);
    if (info.fileName() != QLatin1String("accounts.json") || info.exists())
        return path;
    QFile old(info.dir().filePath(QStringLiteral("profiles.json")));
    if (!old.exists())
        return path;
    // rename keeps the bytes, the permissions and the owner, and never
    // replaces a file another process created meanwhile
    const QString oldPath = old.fileName();
    if (old.rename(path)) {
        qCInfo(lcAccounts) << "moved the account list from profiles.json to accounts.json";
        return path;
    }
    if (QFileInfo::exists(path))
        return path; // another TokenDock moved it first
    qCWarning(lcAccounts) << "could not move profiles.json to accounts.json:" << old.errorString();
    return oldPath;
}

} // namespace LegacyAccounts
