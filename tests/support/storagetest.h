// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "keychaintest.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Every byte of every file under dir, except the keyring's own encrypted files.
inline QList<QPair<QString, QByteArray>> filesUnder(const QString& dir)
{
    QList<QPair<QString, QByteArray>> out;
    QDir root(dir);
    const QStringList entries = root.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot |
                                               QDir::Hidden | QDir::System);
    for (const QString& name : entries) {
        const QString path = root.filePath(name);
        const QFileInfo info(path);
        if (info.isSymLink())
            continue;
        if (info.isDir()) {
            if (name == QLatin1String("keyrings"))
                continue;
            out += filesUnder(path);
        } else {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                out.append({path, f.readAll()});
        }
    }
    return out;
}

// The session keyring's own files (encrypted; a needle must not show in clear there either).
inline QList<QPair<QString, QByteArray>> keyringFiles()
{
    QList<QPair<QString, QByteArray>> out;
    const QDir keyrings(QDir::homePath() + QStringLiteral("/.local/share/keyrings"));
    for (const QString& name : keyrings.entryList(QDir::Files)) {
        QFile f(keyrings.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.append({f.fileName(), f.readAll()});
    }
    return out;
}

// The first file holding any needle, or empty when none does.
inline QString fileHoldingAny(const QList<QPair<QString, QByteArray>>& files,
                              const QList<QByteArray>& needles)
{
    for (const auto& file : files) {
        for (const QByteArray& needle : needles) {
            if (file.second.contains(needle))
                return file.first;
        }
    }
    return {};
}

// Where a needle shows in clear: in `files` (a child's HOME), anywhere under
// this session's HOME, or in the keyring's own files, which are encrypted
// and so must not hold `keyringNeedles` in clear either. Empty when nowhere.
inline QString whereInClear(const QList<QPair<QString, QByteArray>>& files,
                            const QList<QByteArray>& needles,
                            const QList<QByteArray>& keyringNeedles)
{
    if (const QString in = fileHoldingAny(files, needles); !in.isEmpty())
        return QStringLiteral("found in ") + in;
    if (const QString in = fileHoldingAny(filesUnder(QDir::homePath()), needles); !in.isEmpty())
        return QStringLiteral("found in ") + in;
    const auto keyrings = keyringFiles();
    if (keyrings.isEmpty())
        return QStringLiteral("no keyring file to look into");
    if (const QString in = fileHoldingAny(keyrings, keyringNeedles); !in.isEmpty())
        return QStringLiteral("in clear in ") + in;
    return {};
}

// A Banyan sandbox account with a fresh id, as a person would add it.
inline Account banyanAccount(const QString& name)
{
    Account p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.carrierId = QStringLiteral("banyan");
    p.environmentId = QStringLiteral("sandbox");
    p.clientId = QStringLiteral("client-") + name;
    p.created = QDateTime::currentDateTimeUtc();
    p.updated = p.created;
    return p;
}

inline QString helperPath()
{
    return QStringLiteral(STORAGE_HELPER);
}

struct HelperRun
{
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
    QStringList lines() const
    {
        return QString::fromUtf8(stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

inline HelperRun
runHelper(const QStringList& args, const QByteArray& input = {},
          const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(helperPath(), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// The helper's "locked" run (action: change or remove) in a D-Bus session and
// keyring of its own under home, so locking it leaves the other tests' keyring
// alone; the lines it printed, or none when it did not finish.
inline QStringList runLockedKeyring(const QTemporaryDir& home, const QString& action)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("dbus-run-session"),
            {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("eval \"$(printf pw | gnome-keyring-daemon --unlock "
                            "--components=secrets)\"; exec \"$0\" locked \"$1\" \"$2\""),
             helperPath(), home.filePath(QStringLiteral("config")), action});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
