#pragma once

#include "secretstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

// Runs an asynchronous call and waits for its callback (or 20 s).
template <typename Start> void waitForCallback(Start&& start)
{
    QEventLoop loop;
    bool done = false;
    start([&loop, &done] {
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

inline SecretResult keychainCall(const std::function<void(SecretStore::Callback)>& call)
{
    SecretResult result;
    result.status = SecretResult::Failed;
    result.message = QStringLiteral("no answer");
    waitForCallback([&](auto quit) {
        call([&result, quit](const SecretResult& r) {
            result = r;
            quit();
        });
    });
    return result;
}

// Keychain tests run against a real Secret Service (packaging/dev.sh starts
// one). Without it they fail loudly instead of passing vacuously.
inline bool secretServiceWorks(QString* why)
{
    SecretStore store(QStringLiteral("TokenDock probe"));
    const SecretResult w = keychainCall([&](auto cb) {
        store.write(QStringLiteral("probe"), SecretBytes(QByteArray("probe-value")), nullptr, cb);
    });
    if (!w.ok()) {
        *why = QStringLiteral("No working Secret Service (%1). Run the suite through "
                              "packaging/dev.sh test, which starts a throwaway gnome-keyring.")
                   .arg(w.message);
        return false;
    }
    keychainCall([&](auto cb) { store.remove(QStringLiteral("probe"), nullptr, cb); });
    return true;
}

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
