// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandboxserver.h"
#include "storagetest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Runs the real tokendock binary as a child process, the way scripts do.
// Each CliHome is a fresh HOME/XDG_CONFIG_HOME, so every test starts with no
// accounts; the D-Bus session variables stay, so the child reaches the same
// throwaway keyring (packaging/dev.sh keyring) as the test.

inline QString tokendockPath()
{
    return QStringLiteral(TOKENDOCK_BINARY);
}

struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;

    QString stdOut() const { return QString::fromUtf8(out); }
    QString stdErr() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    // For failure messages: what the child said.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\n--- stdout:\n" + out +
               "\n--- stderr:\n" + err;
    }
};

class CliHome
{
public:
    CliHome()
        : m_dir(QDir::tempPath() + QStringLiteral("/tokendock-cli-XXXXXX"))
    {
        QDir().mkpath(configDir());
    }

    QString path() const { return m_dir.path(); }
    QString configDir() const { return m_dir.path() + QStringLiteral("/.config/tokendock"); }
    QString accountsPath() const { return configDir() + QStringLiteral("/accounts.json"); }
    QByteArray accountsBytes() const
    {
        QFile f(accountsPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The session's environment with this HOME and no display at all.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "QT_LOGGING_RULES"})
            env.remove(QString::fromLatin1(name));
        // the tests read English
        env.insert("LC_ALL", "C.UTF-8");
        env.insert("LANGUAGE", "en");
        env.insert("HOME", path());
        env.insert("XDG_CONFIG_HOME", path() + "/.config");
        env.insert("XDG_DATA_HOME", path() + "/.local/share");
        env.insert("XDG_CACHE_HOME", path() + "/.cache");
        // no administrator's presets from the machine running the tests
        env.insert("TOKENDOCK_SYSTEM_CARRIERS", path() + "/etc/tokendock/carriers");
        return env;
    }

    // Starts tokendock; the caller waits without blocking the event loop
    // (the sandbox in the test process has to answer), see RUN_CLI.
    QProcess& start(const QStringList& args, const QByteArray& input = {},
                    const QProcessEnvironment& env = {})
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(env.isEmpty() ? environment() : env);
        m_process->start(tokendockPath(), args);
        m_process->waitForStarted();
        if (!input.isEmpty())
            m_process->write(input);
        m_process->closeWriteChannel();
        return *m_process;
    }
    // Starts tokendock with standard input left open, for a child that must stay alive.
    QProcess& startOpen(const QStringList& args, const QProcessEnvironment& env = {})
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(env.isEmpty() ? environment() : env);
        m_process->start(tokendockPath(), args);
        m_process->waitForStarted();
        return *m_process;
    }
    CliRun collect() const
    {
        CliRun r;
        r.exitCode = m_process->exitCode();
        r.exitStatus = m_process->exitStatus();
        r.out = m_process->readAllStandardOutput();
        r.err = m_process->readAllStandardError();
        return r;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
};

// Runs `tokendock args...` in `home` and waits, keeping the event loop alive.
#define RUN_CLI(var, home, ...)                                                                    \
    CliRun var;                                                                                    \
    do {                                                                                           \
        QProcess& proc_ = (home).start(__VA_ARGS__);                                               \
        QTRY_VERIFY_WITH_TIMEOUT(proc_.state() == QProcess::NotRunning, 60000);                    \
        var = (home).collect();                                                                    \
        QVERIFY2(var.exitStatus == QProcess::NormalExit, var.describe().constData());              \
    } while (false)

// Checks an exit code and shows the child's output when it is not the expected one.
#define QCOMPARE_EXIT(run, code) QVERIFY2((run).exitCode == (code), (run).describe().constData())

inline QByteArray line(const QByteArray& text)
{
    return text + '\n';
}

// Adds NAME for an emulated carrier with the sandbox's credentials (or `secret`).
inline void addSandboxAccount(CliHome& home, const SandboxServer& sandbox, const QString& name,
                              const QString& carrier, const QByteArray& secret = {})
{
    const auto creds = sandbox.credentials(carrier);
    RUN_CLI(add, home,
            {"add", name, "--carrier", carrier, "--token-url", sandbox.tokenUrl(carrier).toString(),
             "--client-id", QString::fromUtf8(creds.clientId), "--secret-stdin"},
            line(secret.isEmpty() ? creds.clientSecret : secret));
    QCOMPARE_EXIT(add, 0);
}

// A generic OAuth 2.0 account whose token URL is `tokenUrl` (a fault, a closed port).
inline void addGenericAccount(CliHome& home, const QString& name, const QString& tokenUrl)
{
    RUN_CLI(add, home,
            {"add", name, "--carrier", "oauth2", "--environment", "custom", "--token-url", tokenUrl,
             "--client-id", "generic-client", "--secret-stdin"},
            "generic-secret\n");
    QCOMPARE_EXIT(add, 0);
}
