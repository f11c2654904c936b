// SPDX-License-Identifier: Apache-2.0
#include "carriercatalog.h"
#include "clitest.h"
#include "clock.h"
#include "commandline.h"
#include "logging.h"
#include "sandboxserver.h"
#include "windowoptions.h"

#include <QLibrary>
#include <QRegularExpression>
#include <QTcpServer>

// What decides GUI or command line, --help/--version, usage errors (exit 2)
// with and without --json, `carriers`, `sandbox`, and that no command needs
// a display.
class TestCliBasics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(QFileInfo(tokendockPath()).isExecutable());
    }

    void wantsCommandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("cli");
        QTest::newRow("nothing: the GUI") << QStringList{} << false;
        QTest::newRow("--version") << QStringList{"--version"} << true;
        QTest::newRow("-v") << QStringList{"-v"} << true;
        QTest::newRow("--help") << QStringList{"--help"} << true;
        QTest::newRow("-h") << QStringList{"-h"} << true;
        for (const char* command : {"carriers", "list", "add", "edit", "rotate", "remove", "test",
                                    "token", "export", "import", "sandbox"})
            QTest::newRow(command) << QStringList{command} << true;
        QTest::newRow("a command with options") << QStringList{"token", "acme", "--fresh"} << true;
        QTest::newRow("an option before the command") << QStringList{"--json", "list"} << true;
        QTest::newRow("unknown word: a usage error") << QStringList{"frobnicate"} << true;
        QTest::newRow("--copy NAME") << QStringList{"--copy", "acme"} << false;
        QTest::newRow("--copy=NAME") << QStringList{"--copy=acme"} << false;
        QTest::newRow("--copy with a command's name") << QStringList{"--copy", "list"} << false;
        QTest::newRow("--copy and --format")
            << QStringList{"--copy", "acme", "--format", "header"} << false;
        QTest::newRow("--format first")
            << QStringList{"--format", "curl", "--copy", "acme"} << false;
        QTest::newRow("--demo") << QStringList{"--demo"} << false;
        QTest::newRow("--minimized") << QStringList{"--minimized"} << false;
        QTest::newRow("--demo --help: the GUI's help") << QStringList{"--demo", "--help"} << false;
        QTest::newRow("--copy x --version") << QStringList{"--copy", "x", "--version"} << false;
        QTest::newRow("Qt's -style VALUE") << QStringList{"-style", "fusion"} << false;
        QTest::newRow("an unknown option alone") << QStringList{"--frob"} << false;
        // every option of the window's one list, a value named like a command too
        for (const WindowOption& o : WindowOptions::all()) {
            QStringList args{QStringLiteral("--") + o.name};
            if (o.valueName)
                args << "list";
            QTest::newRow(qPrintable("the window's list: " + args.join(' '))) << args << false;
        }
    }

    void wantsCommandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, cli);
        args.prepend("tokendock");
        QCOMPARE(CommandLine::wantsCommandLine(args), cli);
    }

    void versionAndHelp()
    {
        CliHome home;
        RUN_CLI(version, home, {"--version"});
        QCOMPARE_EXIT(version, 0);
        QCOMPARE(version.out, QByteArray("tokendock " TOKENDOCK_TEST_VERSION "\n"));
        QVERIFY(version.err.isEmpty());

        RUN_CLI(help, home, {"--help"});
        QCOMPARE_EXIT(help, 0);
        for (const char* command : {"carriers", "list", "add", "edit", "rotate", "remove", "test",
                                    "token", "export", "import", "sandbox"})
            QVERIFY2(help.out.contains(QByteArray("  ") + command + " "), command);
        // the desktop app's options beside them, from the list the window parses
        QVERIFY(help.out.contains("Options of the desktop app (without a command):\n"));
        for (const char* option : {"--demo", "--minimized", "--copy <name>", "--format <format>"})
            QVERIFY2(help.out.contains(QByteArray("\n  ") + option + "  "), option);
        for (const WindowOption& o : WindowOptions::all())
            QVERIFY2(help.stdOut().contains(WindowOptions::description(o) + '\n'), o.name);
        QVERIFY(help.stdOut().contains("The format for --copy: header, "));
        QVERIFY(help.err.isEmpty());
    }

    // The window's own help lists the same options: both read one list.
    void windowHelp()
    {
        CliHome home;
        QProcessEnvironment env = home.environment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        RUN_CLI(help, home, {"--minimized", "--help"}, {}, env);
        QCOMPARE_EXIT(help, 0);
        // (Qt wraps the descriptions there)
        for (const WindowOption& o : WindowOptions::all()) {
            QString usage = QStringLiteral("  --") + o.name;
            if (o.valueName)
                usage += QStringLiteral(" <%1>").arg(o.valueName);
            QVERIFY2(help.stdOut().contains(usage + "  "), o.name);
        }
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("carriers") << "carriers" << QStringList{"--json"};
        QTest::newRow("list") << "list" << QStringList{"--json"};
        QTest::newRow("add") << "add"
                             << QStringList{"NAME",          "--carrier",   "--environment",
                                            "--token-url",   "--client-id", "--auth",
                                            "--param",       "--header",    "--grant-type",
                                            "--secret-stdin"};
        QTest::newRow("edit") << "edit" << QStringList{"--name", "--secret-stdin", "--param"};
        QTest::newRow("remove") << "remove" << QStringList{"--yes"};
        QTest::newRow("test") << "test" << QStringList{"--json", "--report", "--timeout"};
        QTest::newRow("token") << "token" << QStringList{"--format",  "--fresh", "--min-valid",
                                                         "--timeout", "header",  "powershell"};
        QTest::newRow("export") << "export" << QStringList{"FILE"};
        QTest::newRow("import") << "import" << QStringList{"FILE", "--overwrite"};
        QTest::newRow("sandbox") << "sandbox" << QStringList{"--port"};
    }

    void commandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, mentions);
        CliHome home;
        RUN_CLI(r, home, {command, "--help"});
        QCOMPARE_EXIT(r, 0);
        QVERIFY(r.stdOut().startsWith("Usage: "));
        QVERIFY(r.stdOut().contains(" " + command));
        for (const QString& m : mentions)
            QVERIFY2(r.stdOut().contains(m), qPrintable(m));
        QVERIFY(r.err.isEmpty());
    }

    // Usage errors need no keychain and no network: each is exit 2 with one
    // or two sentences on stderr and nothing on stdout.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrMentions");
        const QStringList add{"add", "acme", "--client-id", "id", "--secret-stdin"};
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
        QTest::newRow("unknown option") << QStringList{"list", "--bogus"} << "bogus";
        QTest::newRow("extra argument") << QStringList{"list", "extra"} << "extra";
        QTest::newRow("test without a name") << QStringList{"test"} << "Name the account";
        QTest::newRow("unknown account") << QStringList{"test", "nobody"} << "nobody";
        QTest::newRow("token of an unknown account") << QStringList{"token", "nobody"} << "list";
        QTest::newRow("token --format bogus")
            << QStringList{"token", "nobody", "--format", "bogus"} << "powershell";
        QTest::newRow("token --min-valid -5")
            << QStringList{"token", "nobody", "--min-valid", "-5"} << "--min-valid";
        QTest::newRow("test --timeout 0")
            << QStringList{"test", "nobody", "--timeout", "0"} << "--timeout";
        QTest::newRow("sandbox --port 70000")
            << QStringList{"sandbox", "--port", "70000"} << "--port";
        QTest::newRow("add without --carrier")
            << QStringList{"add", "acme", "--client-id", "x"} << "--carrier";
        QTest::newRow("add without --client-id")
            << QStringList{"add", "acme", "--carrier", "banyan"} << "--client-id";
        QTest::newRow("unknown carrier")
            << (add + QStringList{"--carrier", "pigeon"}) << "tokendock carriers";
        QTest::newRow("unknown environment")
            << (add + QStringList{"--carrier", "project44", "--environment", "moon"})
            << "production-eu";
        QTest::newRow("custom without a URL")
            << (add + QStringList{"--carrier", "oauth2", "--environment", "custom"})
            << "--token-url";
        QTest::newRow("http to a remote host")
            << (add + QStringList{"--carrier", "oauth2", "--token-url", "http://example.com/t"})
            << "https";
        QTest::newRow("a preset without a published URL")
            << (add + QStringList{"--carrier", "banyan", "--environment", "production"})
            << "--token-url";
        QTest::newRow("--auth sideways")
            << (add + QStringList{"--carrier", "project44", "--auth", "sideways"}) << "basic";
        QTest::newRow("--auth the carrier refuses")
            << (add + QStringList{"--carrier", "ups", "--auth", "body"}) << "--auth";
        QTest::newRow("unknown grant type")
            << (add + QStringList{"--carrier", "fedex", "--grant-type", "password"})
            << "--grant-type";
        QTest::newRow("secret field as --param")
            << (add + QStringList{"--carrier", "fedex", "--param", "child_secret=x"})
            << "standard input";
        QTest::newRow("client_secret as --param")
            << (add + QStringList{"--carrier", "oauth2", "--param", "client_secret=x"})
            << "standard input";
        QTest::newRow("a password as --param")
            << (add + QStringList{"--carrier", "oauth2", "--param", "password=x"}) << "secret";
        QTest::newRow("--param without =")
            << (add + QStringList{"--carrier", "banyan", "--param", "clientrefnum"}) << "KEY=VALUE";
        QTest::newRow("a required field missing")
            << (add + QStringList{"--carrier", "tforce", "--environment", "production"})
            << "--param tenant=VALUE";
        QTest::newRow("a reserved header")
            << (add + QStringList{"--carrier", "banyan", "--header", "Authorization=x"})
            << "--header";
        QTest::newRow("no secret on a pipe")
            << QStringList{"add", "acme", "--carrier", "banyan", "--client-id", "x"}
            << "--secret-stdin";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrMentions);
        CliHome home;
        RUN_CLI(r, home, args);
        QCOMPARE_EXIT(r, 2);
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        QVERIFY2(r.stdErr().contains(stderrMentions), r.describe().constData());
        QVERIFY2(r.stdErr().count('\n') <= 2, r.describe().constData());
        // nothing was saved
        QVERIFY(!QFile::exists(home.accountsPath()));
    }

    void usageErrorsAnswerJson_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list --bogus --json") << QStringList{"list", "--bogus", "--json"};
        QTest::newRow("test nobody --json") << QStringList{"test", "nobody", "--json"};
        QTest::newRow("test --json --timeout x")
            << QStringList{"test", "nobody", "--json", "--timeout", "x"};
        QTest::newRow("token --format json") << QStringList{"token", "nobody", "--format", "json"};
    }

    void usageErrorsAnswerJson()
    {
        QFETCH(QStringList, args);
        CliHome home;
        RUN_CLI(r, home, args);
        QCOMPARE_EXIT(r, 2);
        const QJsonObject error = r.object().value("error").toObject();
        QCOMPARE(error.value("category").toString(), QString("invalid_input"));
        QVERIFY(!error.value("message").toString().isEmpty());
        for (const char* key : {"http_status", "carrier_error", "carrier_description"})
            QVERIFY2(error.contains(key), key);
        QVERIFY(!r.err.isEmpty());
    }

    void carriersForPeople()
    {
        CliHome home;
        RUN_CLI(r, home, {"carriers"});
        QCOMPARE_EXIT(r, 0);
        QVERIFY(r.err.isEmpty());
        for (const CarrierPreset& p : CarrierCatalog::builtin().presets()) {
            QVERIFY2(r.stdOut().contains(p.id + "  " + p.name), qPrintable(p.id));
            for (const CarrierEnvironment& e : p.environments) {
                if (!e.tokenUrl.isEmpty())
                    QVERIFY2(r.stdOut().contains(e.tokenUrl), qPrintable(e.tokenUrl));
            }
        }
        QVERIFY(r.stdOut().contains("production-eu"));
        QVERIFY(r.stdOut().contains("child_secret (Child secret; required; secret"));
        QVERIFY(r.stdOut().contains("HTTP Basic authentication only")); // UPS
        QVERIFY(r.stdOut().contains("at most 5 tokens a minute"));      // project44 advice
        QVERIFY(r.stdOut().contains("Token budget:  5 token requests a minute\n"));
    }

    // one carrier, with its budget (text and JSON), and an unknown id as a usage error
    void carriersForOneCarrier()
    {
        CliHome home;
        RUN_CLI(text, home, {"carriers", "project44"});
        QCOMPARE_EXIT(text, 0);
        QVERIFY2(text.stdOut().startsWith("project44  project44 ("), text.describe().constData());
        QVERIFY(!text.stdOut().contains("fedex"));
        QVERIFY(text.stdOut().contains("Token budget:  5 token requests a minute\n"));
        RUN_CLI(json, home, {"carriers", "project44", "--json"});
        QCOMPARE_EXIT(json, 0);
        QCOMPARE(json.array().size(), 1);
        const QJsonObject budget = json.array().at(0)["budget"].toObject();
        QCOMPARE(budget["max"].toInt(), 5);
        QCOMPARE(budget["seconds"].toInt(), 60);
        QCOMPARE(budget["unconfirmed"].toBool(), false);
        RUN_CLI(fedex, home, {"carriers", "fedex"});
        QVERIFY(!fedex.stdOut().contains("Token budget"));
        RUN_CLI(unknown, home, {"carriers", "pigeon-post"});
        QCOMPARE_EXIT(unknown, 2);
        QVERIFY(unknown.stdErr().contains("pigeon-post"));
    }

    void carriersAsJson()
    {
        CliHome home;
        RUN_CLI(r, home, {"carriers", "--json"});
        QCOMPARE_EXIT(r, 0);
        const QJsonArray list = r.array();
        QCOMPARE(list.size(), qsizetype(CarrierCatalog::builtin().presets().size()));
        QJsonObject p44;
        QJsonObject fedex;
        for (const QJsonValue v : list) {
            if (v.toObject().value("id") == "project44")
                p44 = v.toObject();
            if (v.toObject().value("id") == "fedex")
                fedex = v.toObject();
        }
        QStringList envs;
        for (const QJsonValue e : p44["environments"].toArray())
            envs << e["id"].toString();
        QCOMPARE(envs, QStringList({"sandbox", "production", "production-eu"}));
        QCOMPARE(p44["credentials"].toObject()["accepted"].toString(), QString("either"));
        QCOMPARE(p44["credentials"].toObject()["default"].toString(), QString("basic"));
        QCOMPARE(p44["budget"].toObject()["max"].toInt(), 5);
        QCOMPARE(p44["budget"].toObject()["seconds"].toInt(), 60);
        QVERIFY(fedex["budget"].isNull());
        QCOMPARE(fedex["grant_types"].toArray().size(), 3);
        bool childSecret = false;
        for (const QJsonValue f : fedex["fields"].toArray())
            childSecret |= f.toObject().value("key") == "child_secret" &&
                           f.toObject().value("secret").toBool();
        QVERIFY(childSecret);
    }

    // With QT_QPA_PLATFORM pointing at a display that is not there, anything
    // that started the GUI stack would abort: every command must not.
    void noDisplayNeeded_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("--version") << QStringList{"--version"} << 0;
        QTest::newRow("carriers") << QStringList{"carriers"} << 0;
        QTest::newRow("list") << QStringList{"list", "--json"} << 0;
        QTest::newRow("test") << QStringList{"test", "nobody"} << 2;
        QTest::newRow("export") << QStringList{"export", "-"} << 0;
    }

    void noDisplayNeeded()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        CliHome home;
        QProcessEnvironment env = home.environment();
        env.insert("QT_QPA_PLATFORM", "xcb");
        RUN_CLI(r, home, args, {}, env);
        QCOMPARE_EXIT(r, exitCode);
        QVERIFY2(!r.err.contains("platform plugin"), r.err.constData());
    }

#if defined(TOKENDOCK_DESKTOP_MODULE_BUILD)
    // The window is a module loaded only to open it: commands run without it,
    // and a binary that lost it says what to do instead of crashing.
    void commandsWorkWithoutTheDesktopModule()
    {
        CliHome home;
        // the binary and the shared core where they are to each other, no module
        QTemporaryDir alone;
        const QString binaryDir = QFileInfo(tokendockPath()).absolutePath();
        const QString copy = alone.filePath("bin/tokendock");
        const QString core =
            alone.filePath("bin/" + QDir(binaryDir).relativeFilePath(COMMON_LIBRARY));
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        QVERIFY(QDir().mkpath(QFileInfo(core).absolutePath()));
        QVERIFY(QFile::copy(tokendockPath(), copy));
        QVERIFY(QFile::copy(COMMON_LIBRARY, core));
        QProcess process;
        process.setProcessEnvironment(home.environment());
        process.start(copy, {"carriers"});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("DHL eCommerce"));

        QProcessEnvironment env = home.environment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        process.setProcessEnvironment(env);
        process.start(copy, {"--minimized"});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("TokenDock's window could not be opened: ") &&
                     err.contains("libtokendock-desktop.so") &&
                     err.contains("Reinstall TokenDock; its commands (tokendock --help) work"),
                 err.constData());
    }

    // Commands load the shared core and none of Qt's GUI libraries, from
    // start to exit (the dynamic loader's own account, LD_DEBUG=files).
    void commandsLoadNoGuiLibrary()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        CliHome home;
        addSandboxAccount(home, sandbox, "demo", "banyan");
        const QList<QStringList> commands{{"--version"}, {"carriers"}, {"token", "demo"}};
        for (const QStringList& args : commands) {
            QTemporaryDir traces;
            QProcessEnvironment env = home.environment();
            env.insert("LD_DEBUG", "files");
            env.insert("LD_DEBUG_OUTPUT", traces.filePath("ld"));
            RUN_CLI(r, home, args, {}, env);
            QCOMPARE_EXIT(r, 0);
            QByteArray loaded;
            for (const QFileInfo& trace : QDir(traces.path()).entryInfoList(QDir::Files)) {
                QFile f(trace.filePath());
                QVERIFY(f.open(QIODevice::ReadOnly));
                for (const QByteArray& traceLine : f.readAll().split('\n')) {
                    if (traceLine.contains("file="))
                        loaded += traceLine.trimmed() + '\n';
                }
            }
            const QByteArray what = args.join(' ').toUtf8() + ":\n" + loaded;
            QVERIFY2(loaded.contains("file=libtokendock-common.so"), what.constData());
            QVERIFY2(!loaded.contains("libQt6Gui"), what.constData());
            QVERIFY2(!loaded.contains("libQt6Widgets"), what.constData());
        }
    }

    // A window process holds one core: the module that opens the window uses
    // the very catalog, clock and logging category the command side uses,
    // not copies of its own.
    void theWindowSharesTheCommandsCore()
    {
        QLibrary module(DESKTOP_MODULE);
        using CoreObjects = void (*)(const void* objects[3]);
        const auto coreObjects =
            reinterpret_cast<CoreObjects>(module.resolve("tokendock_desktop_core_objects"));
        QVERIFY2(coreObjects, qPrintable(module.errorString()));
        const void* seenByTheWindow[3] = {};
        coreObjects(seenByTheWindow);
        QCOMPARE(seenByTheWindow[0], static_cast<const void*>(&CarrierCatalog::installed()));
        QCOMPARE(seenByTheWindow[1], static_cast<const void*>(&Clock::system()));
        QCOMPARE(seenByTheWindow[2], static_cast<const void*>(&lcKeychain()));
    }
#endif

    // The sandbox command serves real token requests until SIGTERM.
    void sandboxInTheForeground()
    {
        CliHome home;
        CliHome client;
        QProcess& server = home.startOpen({"sandbox"});
        QTRY_VERIFY_WITH_TIMEOUT(server.peek(1 << 20).contains("Press Ctrl+C"), 20000);
        const QString text = QString::fromUtf8(server.peek(1 << 20));
        QVERIFY(text.contains("fake values"));
        const QRegularExpression url("Token URL: +(http://127\\.0\\.0\\.1:\\d+/banyan/\\S+)");
        const auto match = url.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        QVERIFY(text.contains("Client id:      banyan-demo-client"));
        QVERIFY(text.contains("Client secret:  banyan-demo-secret"));
        QVERIFY(text.contains("child_secret:   fedex-demo-child-secret"));
        // carriers that take more than a client id and secret, or take them elsewhere
        QVERIFY(text.contains("X-DPD-BUCODE:   021"));
        QVERIFY(text.contains("client id and secret in the headers X-DPD-CLIENTID and "
                              "X-DPD-CLIENTSECRET"));
        QVERIFY(text.contains("GET, no body"));
        QVERIFY(text.contains("apikey:         estes-demo-apikey"));
        QVERIFY(text.contains("Consumer-Key (the client id)"));
        QVERIFY(text.contains("/faults/hang"));

        RUN_CLI(add, client,
                {"add", "demo", "--carrier", "banyan", "--token-url", match.captured(1),
                 "--client-id", "banyan-demo-client", "--secret-stdin"},
                "banyan-demo-secret\n");
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(test, client, {"test", "demo"});
        QCOMPARE_EXIT(test, 0);
        QVERIFY(test.stdOut().startsWith("OK  demo: token issued by Banyan LIVE Connect"));

        server.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(server.state() == QProcess::NotRunning, 20000);
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(server.readAllStandardOutput().contains("Sandbox stopped."));
    }

    // A port that is taken is no usage error: exit code 1.
    void sandboxPortInUse()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        CliHome home;
        RUN_CLI(r, home, {"sandbox", "--port", QString::number(taken.serverPort())});
        QCOMPARE_EXIT(r, 1);
        QVERIFY(r.stdErr().contains(QString::number(taken.serverPort())));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
