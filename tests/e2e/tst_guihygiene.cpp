// SPDX-License-Identifier: Apache-2.0
// Secret hygiene of the desktop flow, end to end: tokendock_guiflow drives the
// real window in a process of its own (offscreen, every logging category at
// debug) with a canary secret against the sandbox here. Afterwards neither the
// canary nor any token the sandbox issued is in the child's output, in any
// file under its HOME or the session's HOME (the keyring's encrypted file
// aside), or on its clipboard. The desktop process and a command-line child
// are not dumpable in builds that harden themselves.
#include "clitest.h"
#include "processhardening.h"

namespace {
// The "Max core file size" line of /proc/<pid>/limits (0: this process),
// spaces collapsed; empty once the process is gone.
QByteArray coreLimit(qint64 pid)
{
    QFile f(pid ? QString("/proc/%1/limits").arg(pid) : QString("/proc/self/limits"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return line.simplified();
    }
    return {};
}

const QByteArray kNoCoreDumps = "Max core file size 0 0 bytes";

// A hardened child drops its core limit to zero for good; in other builds
// (Debug, sanitizers) it keeps the one it inherited from this test.
QByteArray expectedCoreLimit()
{
    return ProcessHardening::enabledInThisBuild() ? kNoCoreDumps : coreLimit(0);
}

// A token, and for a JWT its signature too: the part that makes it a credential.
QList<QByteArray> needlesOf(const QByteArray& token)
{
    QList<QByteArray> out{token};
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() == 3 && parts.at(2).size() >= 16)
        out << parts.at(2);
    return out;
}
} // namespace

class TestGuiHygiene : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
        // this test may dump core, so a child's zero limit is the child's own doing
        QVERIFY2(coreLimit(0) != kNoCoreDumps, "run the test with a core limit above zero");
    }

    void guiFlowLeavesNoTrace()
    {
        const QByteArray canary =
            "canary-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "-s3cr3t";
        sandbox.setCredentials("banyan", "hygiene-client", canary);
        QTemporaryDir home(QDir::tempPath() + "/tokendock-guiflow-XXXXXX");
        QVERIFY(home.isValid());
        const QString config = home.path() + "/.config/tokendock";
        QVERIFY(QDir().mkpath(config));
        QFile settings(config + "/settings.ini");
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[clipboard]\nclearSeconds=1\n");
        settings.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(name);
        env.insert("HOME", home.path());
        env.insert("XDG_CONFIG_HOME", home.path() + "/.config");
        env.insert("XDG_DATA_HOME", home.path() + "/.local/share");
        env.insert("XDG_CACHE_HOME", home.path() + "/.cache");
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("QT_LOGGING_RULES", "*.debug=true");
        env.insert("LC_ALL", "C.UTF-8");
        env.insert("LANGUAGE", "en");
        sandbox.clearRequests();
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(GUI_FLOW, {sandbox.tokenUrl("banyan").toString(), "hygiene-client",
                               "TokenDock GUI hygiene " + QUuid::createUuid().toString()});
        QVERIFY(child.waitForStarted());
        child.write(canary + "\n");
        child.closeWriteChannel();
        // the desktop process, once it has used the secret (it then waits for the
        // clipboard to clear, so it is still there): not dumpable
        QTRY_VERIFY_WITH_TIMEOUT(
            sandbox.requestCount() > 0 || child.state() == QProcess::NotRunning, 60000);
        QCOMPARE(coreLimit(child.processId()), expectedCoreLimit());
        QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 120000);
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        const QByteArray describe = "exit " + QByteArray::number(child.exitCode()) +
                                    "\n--- stdout:\n" + out + "\n--- stderr (tail):\n" +
                                    err.right(3000);
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 describe.constData());
        QCOMPARE(out, QByteArray("clipboard-clean\n"));
        // the debug logs really were on, so their silence means something
        for (const char* category :
             {"tokendock.network", "tokendock.keychain", "tokendock.accounts"})
            QVERIFY2(err.contains(category), category);

        // one test; every copy reused its token
        const QList<QByteArray> tokens = sandbox.issuedTokens();
        QCOMPARE(tokens.size(), 1);
        // the test made Banyan's probe, with the token, at the probe URL's origin only
        QCOMPARE(sandbox.requestCount("/banyan/v3/StaticData/Countries"), 1);
        for (const RecordedRequest& r : sandbox.requests()) {
            QVERIFY2(r.localPort == sandbox.port(), "a request reached another origin");
            if (r.path.endsWith("/v3/StaticData/Countries"))
                QVERIFY2(r.header("authorization") == "Bearer " + tokens.constFirst(),
                         "the probe did not carry the token it tested");
        }
        QList<QByteArray> needles{canary};
        for (const QByteArray& token : tokens)
            needles += needlesOf(token);
        for (const QByteArray& needle : needles) {
            QVERIFY2(!out.contains(needle), "a secret or token reached stdout");
            QVERIFY2(!err.contains(needle), "a secret or token reached stderr");
        }
        const auto childFiles = filesUnder(home.path());
        QStringList names;
        for (const auto& file : childFiles)
            names << QFileInfo(file.first).fileName();
        for (const char* expected : {"accounts.json", "settings.ini", "export.json"})
            QVERIFY2(names.contains(expected), qPrintable(names.join(", ")));
        QFile exported(config + "/export.json");
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("\"hygiene\""));
        const QString found = whereInClear(childFiles, needles, needles);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        sandbox.setCredentials("banyan", "banyan-demo-client", "banyan-demo-secret");
    }

    // A command-line child holding a secret (its request hangs) is not dumpable either.
    void commandLineIsNotDumpable()
    {
        CliHome home;
        addGenericAccount(home, "held", sandbox.faultUrl(SandboxServer::Fault::Hang).toString());
        sandbox.clearRequests();
        QProcess& test = home.startOpen({"test", "held", "--timeout", "3"});
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount("/faults/hang") == 1, 20000);
        QCOMPARE(test.state(), QProcess::Running);
        QCOMPARE(coreLimit(test.processId()), expectedCoreLimit());
        test.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(test.state() == QProcess::NotRunning, 30000);
        const CliRun run = home.collect();
        QCOMPARE_EXIT(run, 4);
    }
};

QTEST_GUILESS_MAIN(TestGuiHygiene)
#include "tst_guihygiene.moc"
