// SPDX-License-Identifier: Apache-2.0
#include "clitest.h"
#include "sandboxserver.h"

#include <QRegularExpression>

// Secrets reach tokendock on standard input only, and leave no trace: not
// in its output (debug logs on), not in its argv or environment while it
// holds them (so not in `ps`), not in any file but the keyring's encrypted
// one. At a terminal they are typed without echo, and echo comes back even
// when the prompt is interrupted.
class TestCliHygiene : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

    static QByteArray procFile(qint64 pid, const char* name)
    {
        QFile f(QString("/proc/%1/%2").arg(pid).arg(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Runs a command line in a pseudo-terminal (util-linux script), typing
    // `typed` once `waitFor` has appeared; returns everything the terminal showed.
    QByteArray inTerminal(CliHome& home, const QString& command, const QByteArray& waitFor,
                          const QByteArray& typed, int* exitCode)
    {
        QProcess term;
        QProcessEnvironment env = home.environment();
        env.insert("TOKENDOCK", tokendockPath());
        term.setProcessEnvironment(env);
        term.start("script", {"-qec", command, "/dev/null"});
        if (!term.waitForStarted())
            return "script did not start";
        QByteArray shown;
        if (!QTest::qWaitFor(
                [&] {
                    shown += term.readAllStandardOutput();
                    return shown.contains(waitFor) || term.state() == QProcess::NotRunning;
                },
                30000))
            return "no prompt: " + shown;
        term.write(typed);
        const bool finished =
            QTest::qWaitFor([&] { return term.state() == QProcess::NotRunning; }, 30000);
        shown += term.readAllStandardOutput();
        *exitCode = finished ? term.exitCode() : -1;
        if (!finished)
            term.kill();
        return shown;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }

    void canaryNeverLeaks()
    {
        const QByteArray canary =
            "canary-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "-s3cr3t";
        const QByteArray childCanary =
            "child-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        sandbox.setCredentials("oauth2", "hygiene-client", canary);
        sandbox.setCredentials("fedex", "fedex-demo-client", canary);
        sandbox.setCredentialField("fedex", "child_secret", childCanary);
        CliHome home;
        QProcessEnvironment env = home.environment();
        env.insert("QT_LOGGING_RULES", "*=true"); // every log line, every level
        QByteArray output; // every byte every child wrote, but the tokens `token` was asked for

        // add: the child waits for its secret while its argv and environment are read
        QProcess& add =
            home.startOpen({"add", "hygiene", "--carrier", "oauth2", "--environment", "custom",
                            "--token-url", sandbox.tokenUrl("oauth2").toString(), "--client-id",
                            "hygiene-client", "--secret-stdin"},
                           env);
        // the child has exec'd once its own arguments show
        QTRY_VERIFY(procFile(add.processId(), "cmdline").contains("hygiene-client"));
        QVERIFY(!procFile(add.processId(), "environ").contains(canary));
        add.write(canary + "\n");
        add.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(add.state() == QProcess::NotRunning, 60000);
        CliRun added = home.collect();
        QCOMPARE_EXIT(added, 0);
        output += added.out + added.err;

        RUN_CLI(fedex, home,
                {"add", "hygiene-fedex", "--carrier", "fedex", "--token-url",
                 sandbox.tokenUrl("fedex").toString(), "--client-id", "fedex-demo-client",
                 "--grant-type", "client_pc_credentials", "--param",
                 "child_Key=" +
                     QString::fromUtf8(sandbox.credentials("fedex").fields.value("child_Key")),
                 "--secret-stdin"},
                canary + "\n" + childCanary + "\n", env);
        QCOMPARE_EXIT(fedex, 0);
        output += fedex.out + fedex.err;

        const QList<QStringList> runs{{"test", "hygiene"},
                                      {"test", "hygiene", "--json", "--report"},
                                      {"test", "hygiene-fedex", "--report"},
                                      {"test", "hygiene-fedex", "--json"},
                                      {"list"},
                                      {"list", "--json"},
                                      {"export", home.path() + "/export.json"}};
        for (const QStringList& args : runs) {
            RUN_CLI(r, home, args, {}, env);
            QCOMPARE_EXIT(r, 0);
            output += r.out + r.err;
        }
        QByteArray printedTokens;
        for (const char* format : {"token", "json", "env"}) {
            RUN_CLI(r, home, {"token", "hygiene", "--format", format}, {}, env);
            QCOMPARE_EXIT(r, 0);
            printedTokens += r.out;
            output += r.err;
        }
        // the debug logs really were on, so their silence means something
        QVERIFY(output.contains("tokendock.network"));
        QVERIFY(output.contains("tokendock.keychain"));

        // a test that hangs: the child holds the secret while ps and /proc are read
        RUN_CLI(edit, home,
                {"edit", "hygiene", "--token-url",
                 sandbox.faultUrl(SandboxServer::Fault::Hang).toString()},
                {}, env);
        QCOMPARE_EXIT(edit, 0);
        QProcess& hang = home.startOpen({"test", "hygiene", "--timeout", "5"}, env);
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount("/faults/hang") == 1, 20000);
        QByteArray id;
        QByteArray sent;
        QVERIFY(sandbox.requests().constLast().basicCredentials(&id, &sent));
        QCOMPARE(sent, canary); // the secret is in use right now
        QCOMPARE(hang.state(), QProcess::Running);
        const QByteArray cmdline = procFile(hang.processId(), "cmdline");
        const QByteArray environ = procFile(hang.processId(), "environ");
        QVERIFY(cmdline.contains("hygiene"));
        QVERIFY(environ.contains("HOME="));
        QVERIFY(!cmdline.contains(canary));
        QVERIFY(!environ.contains(canary));
        QProcess ps;
        ps.start("ps", {"-eww", "-o", "pid=,args="});
        QVERIFY(ps.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(ps.state() == QProcess::NotRunning, 20000);
        const QByteArray listing = ps.readAllStandardOutput();
        QVERIFY(listing.contains(QByteArray::number(hang.processId()) + " " +
                                 tokendockPath().toUtf8() + " test hygiene"));
        QVERIFY(!listing.contains(canary));
        QTRY_VERIFY_WITH_TIMEOUT(hang.state() == QProcess::NotRunning, 30000);
        CliRun timedOut = home.collect();
        QCOMPARE_EXIT(timedOut, 4);
        output += timedOut.out + timedOut.err;

        // two tests of each account; `token` took the cached one from the second
        const QList<QByteArray> tokens = sandbox.issuedTokens();
        QCOMPARE(tokens.size(), 4);
        QVERIFY(printedTokens.contains(tokens.at(1)));
        for (const QByteArray& needle : QList<QByteArray>{canary, childCanary}) {
            QVERIFY2(!output.contains(needle), "a secret reached stdout or stderr");
            QVERIFY2(!printedTokens.contains(needle), "a secret reached the printed token");
        }
        for (const QByteArray& token : tokens)
            QVERIFY2(!output.contains(token), "a token reached output that did not ask for it");

        QList<QByteArray> needles = tokens;
        needles << canary << childCanary;
        const auto childFiles = filesUnder(home.path());
        QVERIFY(childFiles.size() >= 2); // the account list and the export at least
        // the session's HOME holds the keyring: encrypted, so no needle in clear either
        const QString found = whereInClear(childFiles, needles, {canary, childCanary});
        QVERIFY2(found.isEmpty(), qPrintable(found));
        sandbox.setCredentials("oauth2", "oauth2-demo-client", "oauth2-demo-secret");
        sandbox.setCredentials("fedex", "fedex-demo-client", "fedex-demo-secret");
        sandbox.setCredentialField("fedex", "child_secret", "fedex-demo-child-secret");
    }

    // The probe sends the token to the probe URL's own origin and nowhere else:
    // a redirect to the other origin is not followed, so that origin never sees
    // it; and no token lands in the output (debug logs on) or a file.
    void probeKeepsTheTokenAtItsOrigin()
    {
        CliHome home;
        QProcessEnvironment env = home.environment();
        env.insert("QT_LOGGING_RULES", "*=true");
        sandbox.clearRequests();
        const int issuedBefore = int(sandbox.issuedTokens().size());
        RUN_CLI(add, home,
                {"add", "probed", "--carrier", "oauth2", "--environment", "custom", "--token-url",
                 sandbox.tokenUrl("oauth2").toString(), "--client-id", "oauth2-demo-client",
                 "--probe-url",
                 sandbox.probeFaultUrl(SandboxServer::ProbeFault::Redirect).toString(),
                 "--secret-stdin"},
                "oauth2-demo-secret\n", env);
        QCOMPARE_EXIT(add, 0);
        QByteArray output = add.out + add.err;
        const QList<QStringList> redirected{{"test", "probed"},
                                            {"test", "probed", "--json", "--report"},
                                            {"probe", "probed", "--json"}};
        for (const QStringList& args : redirected) {
            RUN_CLI(r, home, args, {}, env);
            QCOMPARE_EXIT(r, 7);
            output += r.out + r.err;
        }
        RUN_CLI(fixed, home,
                {"edit", "probed", "--probe-url", sandbox.probeUrl("oauth2").toString()}, {}, env);
        QCOMPARE_EXIT(fixed, 0);
        for (const QStringList& args :
             QList<QStringList>{{"test", "probed"}, {"probe", "probed"}}) {
            RUN_CLI(r, home, args, {}, env);
            QCOMPARE_EXIT(r, 0);
            output += r.out + r.err;
        }
        QVERIFY(output.contains("tokendock.network"));

        const QList<QByteArray> tokens = sandbox.issuedTokens().mid(issuedBefore);
        QCOMPARE(tokens.size(), 3); // three tests; `probe` reused the cached token
        int carried = 0;
        for (const RecordedRequest& r : sandbox.requests()) {
            const bool own = r.localPort == sandbox.port();
            QVERIFY2(own, "a request reached the other origin");
            for (const auto& header : r.headers) {
                for (const QByteArray& token : tokens)
                    carried += own && header.second.contains(token);
            }
        }
        QCOMPARE(carried, 5); // every probe, each to its own origin
        for (const QByteArray& token : tokens) {
            QVERIFY2(!output.contains(token), "a token reached the output");
            QVERIFY2(whereInClear(filesUnder(home.path()), {token}, {}).isEmpty(),
                     "a token reached a file");
        }
    }

    // At a terminal `add` asks for the secret and the typing is not echoed.
    void terminalPromptDoesNotEcho()
    {
        CliHome home;
        const QByteArray secret = sandbox.credentials("banyan").clientSecret;
        int exitCode = -1;
        const QByteArray shown =
            inTerminal(home,
                       "\"$TOKENDOCK\" add typed --carrier banyan --client-id banyan-demo-client "
                       "--token-url " +
                           sandbox.tokenUrl("banyan").toString(),
                       "Client secret for typed: ", secret + "\r", &exitCode);
        QVERIFY2(exitCode == 0, shown.constData());
        QVERIFY(shown.contains("Added \u201ctyped\u201d"));
        QVERIFY2(!shown.contains(secret), shown.constData());
        RUN_CLI(test, home, {"test", "typed"});
        QCOMPARE_EXIT(test, 0);
    }

    // Ctrl+C at the prompt ends tokendock and leaves echo on for the shell.
    void interruptedPromptRestoresEcho()
    {
        CliHome home;
        int exitCode = -1;
        const QByteArray shown =
            inTerminal(home,
                       "trap '' INT; \"$TOKENDOCK\" add typed --carrier banyan --client-id c; "
                       "echo \"status $?\"; stty -a",
                       "Client secret for typed: ", "\x03", &exitCode);
        QVERIFY2(exitCode == 0, shown.constData());
        QVERIFY2(shown.contains("status 130"), shown.constData()); // 128 + SIGINT
        QVERIFY2(
            QRegularExpression("(^|\\s)echo(\\s|;|$)").match(QString::fromUtf8(shown)).hasMatch(),
            shown.constData());
        QVERIFY(!QFile::exists(home.accountsPath()) || !home.accountsBytes().contains("typed"));
    }

    // At a terminal `remove` asks first; anything but yes keeps the account.
    void removeAsksAtATerminal()
    {
        CliHome home;
        RUN_CLI(add, home,
                {"add", "acme", "--carrier", "banyan", "--client-id", "c", "--secret-stdin"},
                "s\n");
        QCOMPARE_EXIT(add, 0);
        int exitCode = -1;
        QByteArray shown =
            inTerminal(home, "\"$TOKENDOCK\" remove acme", "[y/N] ", "n\r", &exitCode);
        QVERIFY2(exitCode == 0, shown.constData());
        QVERIFY(shown.contains("Kept \u201cacme\u201d"));
        QVERIFY(home.accountsBytes().contains("\"acme\""));
        shown = inTerminal(home, "\"$TOKENDOCK\" remove acme", "[y/N] ", "y\r", &exitCode);
        QVERIFY2(exitCode == 0, shown.constData());
        QVERIFY(shown.contains("Removed \u201cacme\u201d"));
        QVERIFY(!home.accountsBytes().contains("\"acme\""));
    }
};

QTEST_GUILESS_MAIN(TestCliHygiene)
#include "tst_cli_hygiene.moc"
