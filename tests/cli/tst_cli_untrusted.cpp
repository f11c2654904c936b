// SPDX-License-Identifier: Apache-2.0
#include "clitest.h"
#include "rawhttpserver.h"

#include <QUuid>

// Text from outside (an account file from a colleague, every byte a token
// server sends) played against the command line as an attacker would: escape
// sequences that clear the screen or write the clipboard (OSC 52), bidi
// overrides, and header lines smuggled into a setting.
class TestCliUntrusted : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

    // OSC 52 writes "pwned" to the clipboard of many terminals; CSI 2J clears the screen
    static QString osc52() { return QString("osc\x1b]52;c;cHduZWQ=\x07"); }
    static QString clearScreen() { return QString("clear\x1b[2J"); }
    static QString c1Csi() { return QString("csi") + QChar(0x9b) + "2J"; }
    static QString bidi() { return QString("invoice") + QChar(0x202e) + "fdp.exe"; }

    // Why the output would steer a terminal, or empty when it is inert text.
    static QString steering(const QByteArray& bytes)
    {
        for (const char raw : {'\x1b', '\x07', '\x08', '\x0d', '\x7f'}) {
            if (bytes.contains(raw))
                return QString("raw byte 0x%1").arg(uchar(raw), 2, 16, QChar('0'));
        }
        for (const char32_t c : QString::fromUtf8(bytes).toUcs4()) {
            const bool control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0);
            const bool format = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
                                c == 0x200e || c == 0x200f || c == 0x2028 || c == 0x2029;
            if (control || format)
                return QString("U+%1").arg(uint(c), 4, 16, QChar('0'));
        }
        return {};
    }

#define QVERIFY_INERT(run)                                                                         \
    do {                                                                                           \
        const QString outWhy_ = steering((run).out);                                               \
        const QString errWhy_ = steering((run).err);                                               \
        QVERIFY2(outWhy_.isEmpty(),                                                                \
                 qPrintable("stdout holds " + outWhy_ + "\n" + (run).describe()));                 \
        QVERIFY2(errWhy_.isEmpty(),                                                                \
                 qPrintable("stderr holds " + errWhy_ + "\n" + (run).describe()));                 \
    } while (false)

    static QJsonObject account(const QString& name, const QString& carrier = "oauth2",
                               const QString& tokenUrl = "https://auth.example.com/token")
    {
        return QJsonObject{{"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {"name", name},
                           {"carrier", carrier},
                           {"environment", "custom"},
                           {"token_url", tokenUrl},
                           {"client_id", "client\x1b[31m-id"},
                           {"secret_missing", true}};
    }

    // An account list as another program (or an older TokenDock) left it.
    static void writeAccounts(const CliHome& home, const QJsonArray& accounts)
    {
        QFile f(home.accountsPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{"schema", 2}, {"accounts", accounts}}).toJson());
    }

    static QJsonArray hostileAccounts()
    {
        return {account(osc52()), account(clearScreen()), account(c1Csi()), account(bidi())};
    }

    // A JWT whose claims a hostile token server chose.
    static QByteArray hostileJwt()
    {
        const auto part = [](const QJsonObject& o) {
            return QJsonDocument(o)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return part({{"alg", "HS256"}, {"typ", "JWT\x1b[2J"}}) + '.' +
               part({{"sub", osc52()},
                     {"iss", c1Csi()},
                     {"aud", bidi()},
                     {"scp", "read\x1b[8mhidden"},
                     {"note", "x\nForged: yes"},
                     {"iat", now},
                     {"exp", now + 3600}}) +
               ".c2lnbmF0dXJl";
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }

    // Names an account file brought in reach the terminal as inert text,
    // while --json keeps them exactly (escaped).
    void accountFileNamesAreInert()
    {
        CliHome home;
        writeAccounts(home, hostileAccounts());
        if (QTest::currentTestFailed())
            return;

        RUN_CLI(list, home, {"list"});
        QCOMPARE_EXIT(list, 0);
        QVERIFY_INERT(list);
        // still recognisable
        QVERIFY2(list.stdOut().contains("osc") && list.stdOut().contains("invoice"),
                 list.out.constData());

        RUN_CLI(json, home, {"list", "--json"});
        QCOMPARE_EXIT(json, 0);
        QVERIFY_INERT(json);
        QStringList names;
        for (const QJsonValue v : json.array())
            names << v.toObject().value("name").toString();
        QCOMPARE(names, (QStringList{osc52(), clearScreen(), c1Csi(), bidi()}));

        RUN_CLI(exported, home, {"export", "-"});
        QCOMPARE_EXIT(exported, 0);
        QVERIFY_INERT(exported);
        QCOMPARE(QJsonDocument::fromJson(exported.out)
                     .object()
                     .value("accounts")
                     .toArray()
                     .at(3)
                     .toObject()
                     .value("name")
                     .toString(),
                 bidi());

        for (const QString& name : {osc52(), clearScreen(), c1Csi(), bidi()}) {
            // no secret yet: the error names the account
            RUN_CLI(test, home, {"test", name});
            QCOMPARE_EXIT(test, 2);
            QVERIFY_INERT(test);
            RUN_CLI(testJson, home, {"test", name, "--json"});
            QVERIFY_INERT(testJson);
            RUN_CLI(token, home, {"token", name});
            QCOMPARE_EXIT(token, 2);
            QVERIFY_INERT(token);
        }
        RUN_CLI(unknown, home, {"test", "nobody\x1b]52;c;cHduZWQ=\x07"});
        QCOMPARE_EXIT(unknown, 2);
        QVERIFY_INERT(unknown);

        RUN_CLI(removed, home, {"remove", clearScreen(), "--yes"});
        QCOMPARE_EXIT(removed, 0);
        QVERIFY_INERT(removed);
    }

    // tokendock --copy NAME (the desktop app without a window) says what it
    // copied or why not, naming the account
    void copyMessagesAreInert()
    {
        CliHome home;
        writeAccounts(home, hostileAccounts());
        if (QTest::currentTestFailed())
            return;
        QProcessEnvironment env = home.environment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        for (const QString& name : {osc52(), bidi(), QString("nobody\x1b[2J\x07")}) {
            RUN_CLI(copy, home, {"--copy", name}, {}, env);
            QVERIFY2(copy.exitCode != 0, copy.describe().constData());
            QVERIFY2(!copy.err.isEmpty(), copy.describe().constData());
            QVERIFY_INERT(copy);
        }
    }

    void importedNamesAreInert()
    {
        CliHome home;
        const QString file = home.path() + "/from-a-colleague.json";
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{"format", "tokendock-accounts"},
                                          {"schema", 2},
                                          {"accounts", hostileAccounts()}})
                    .toJson());
        f.close();
        // whether the import takes the accounts or refuses them, what it says is inert
        RUN_CLI(imported, home, {"import", file});
        QVERIFY2(imported.stdOut().contains("osc") || imported.stdErr().contains("osc"),
                 imported.describe().constData());
        QVERIFY_INERT(imported);
        RUN_CLI(again, home, {"import", file});
        QVERIFY_INERT(again);
        RUN_CLI(list, home, {"list"});
        QVERIFY_INERT(list);
    }

    // What a hostile token server sends (claims, token type, scopes, its
    // error words) never steers the terminal of the person testing.
    void serverWordsAreInert()
    {
        RawHttpServer server;
        QVERIFY(server.start());
        CliHome home;
        addGenericAccount(home, "acme", server.url().toString());
        if (QTest::currentTestFailed())
            return;

        // the claims first, in an answer that is otherwise proper
        server.answer(200, QJsonDocument(QJsonObject{{"access_token", QString(hostileJwt())},
                                                     {"token_type", "Bearer"},
                                                     {"expires_in", 3600}})
                               .toJson());
        RUN_CLI(test, home, {"test", "acme"});
        QVERIFY_INERT(test);
        QVERIFY2(test.stdOut().contains("JWT claims"), test.describe().constData());
        // a line break in a claim does not start a line of its own
        QVERIFY2(!test.stdOut().contains("\nForged"), test.out.constData());
        RUN_CLI(report, home, {"test", "acme", "--report"});
        QVERIFY_INERT(report);
        QVERIFY2(!report.stdOut().contains("\nForged"), report.out.constData());
        RUN_CLI(json, home, {"test", "acme", "--json"});
        QVERIFY_INERT(json);
        QCOMPARE(json.object().value("jwt").toObject().value("claims").toObject().value("sub"),
                 QJsonValue(osc52()));

        // then a token type and scopes no carrier would send
        server.answer(200, QJsonDocument(QJsonObject{{"access_token", QString(hostileJwt())},
                                                     {"token_type", "Bearer\x1b[2J"},
                                                     {"scope", "a\x1b]52;c;cHduZWQ=\x07 b"},
                                                     {"expires_in", 3600}})
                               .toJson());
        RUN_CLI(odd, home, {"test", "acme"});
        QVERIFY_INERT(odd);
        RUN_CLI(oddToken, home, {"token", "acme", "--fresh", "--format", "header"});
        QVERIFY_INERT(oddToken);

        server.answer(400, QJsonDocument(QJsonObject{{"error", "invalid_client\x1b[2J"},
                                                     {"error_description",
                                                      "bad\x1b]52;c;cHduZWQ=\x07 client" +
                                                          QString(QChar(0x202e))}})
                               .toJson());
        RUN_CLI(rejected, home, {"test", "acme"});
        QVERIFY(rejected.exitCode != 0);
        QVERIFY_INERT(rejected);
        RUN_CLI(rejectedJson, home, {"test", "acme", "--json"});
        QVERIFY_INERT(rejectedJson);
        RUN_CLI(token, home, {"token", "acme", "--fresh"});
        QVERIFY_INERT(token);
    }

    // A name is visible text of bounded length: add and rename refuse
    // anything else with a sentence that says what to do.
    void controlCharactersInNamesAreRefused()
    {
        CliHome home;
        const auto creds = sandbox.credentials("banyan");
        const auto add = [&](const QString& name) {
            return QStringList{"add",           name,
                               "--carrier",     "banyan",
                               "--token-url",   sandbox.tokenUrl("banyan").toString(),
                               "--client-id",   QString::fromUtf8(creds.clientId),
                               "--secret-stdin"};
        };
        for (const QString& name :
             {osc52(), clearScreen(), c1Csi(), bidi(), QString("two\nlines"), QString("tab\there"),
              QString("mark") + QChar(0x200f) + "ed", QString("sep") + QChar(0x2028) + "arate",
              QString("del\x7f"), QString(81, 'n')}) {
            RUN_CLI(r, home, add(name), line(creds.clientSecret));
            QCOMPARE_EXIT(r, 2);
            QVERIFY_INERT(r);
            QVERIFY2(r.stdErr().contains("name"), r.describe().constData());
        }
        RUN_CLI(names, home, {"list", "--json"});
        QCOMPARE(names.array().size(), 0);

        // printable names stay allowed, shell metacharacters included
        const QString dollar = "$(touch pwned) `id` \u00e9t\u00e9 \u65e5\u672c";
        RUN_CLI(ok, home, add(dollar), line(creds.clientSecret));
        QCOMPARE_EXIT(ok, 0);
        RUN_CLI(longest, home, add(QString(80, 'n')), line(creds.clientSecret));
        QCOMPARE_EXIT(longest, 0);

        RUN_CLI(rename, home, {"edit", dollar, "--name", clearScreen()});
        QCOMPARE_EXIT(rename, 2);
        QVERIFY_INERT(rename);
        RUN_CLI(after, home, {"list", "--json"});
        QCOMPARE(after.array().at(0).toObject().value("name").toString(), dollar);
    }

    // A preset field sent as a header (UPS x-merchant-id) cannot smuggle a
    // second header line onto the wire: refused where it is typed, and
    // refused again before anything is sent when a file brought it in.
    void headerLinesCannotBeSmuggled()
    {
        RawHttpServer server;
        QVERIFY(server.start());
        server.answer(200, R"({"access_token":"abc","token_type":"Bearer","expires_in":3600})");
        CliHome home;
        RUN_CLI(add, home,
                {"add", "acme-ups", "--carrier", "ups", "--token-url", server.url().toString(),
                 "--client-id", "ups-client", "--secret-stdin"},
                "ups-secret\n");
        QCOMPARE_EXIT(add, 0);

        const QString smuggled = "1\r\nX-Injected: yes";
        for (const QStringList& args :
             {QStringList{"--param", "x-merchant-id=" + smuggled},
              QStringList{"--param", "x-merchant-id=1\nX-Injected: yes"},
              QStringList{"--header", "X-Trace=" + smuggled},
              QStringList{"--header", "X-Trace=a\x7f"}, QStringList{"--param", "note=a\x1b[2Jb"}}) {
            RUN_CLI(edit, home, QStringList{"edit", "acme-ups"} + args);
            QCOMPARE_EXIT(edit, 2);
            QVERIFY_INERT(edit);
            QVERIFY2(edit.stdErr().contains("control character"), edit.describe().constData());
        }
        // a header name is an HTTP token: no room for a line of its own
        RUN_CLI(badName, home, {"edit", "acme-ups", "--header", "X-Injected: yes\r\nX-Trace=1"});
        QCOMPARE_EXIT(badName, 2);
        QVERIFY_INERT(badName);
        QVERIFY2(badName.stdErr().contains("header name"), badName.describe().constData());
        QVERIFY(!home.accountsBytes().contains("X-Injected"));
        QVERIFY(!home.accountsBytes().contains("\\u001b"));

        // the same value brought in by a file (an import, an edited account list)
        QJsonObject account =
            QJsonDocument::fromJson(home.accountsBytes()).object().value("accounts")[0].toObject();
        account.insert("fields", QJsonObject{{"x-merchant-id", smuggled}});
        writeAccounts(home, {account});
        RUN_CLI(test, home, {"test", "acme-ups"});
        QCOMPARE_EXIT(test, 2);
        QVERIFY_INERT(test);
        QVERIFY2(test.stdErr().contains("control character"), test.describe().constData());
        QVERIFY2(!server.received().contains("X-Injected"), server.received().constData());
        QCOMPARE(server.connections(), 0);

        account.insert("fields", QJsonObject{{"x-merchant-id", "merchant-7"}});
        account.insert("headers", QJsonObject{{"X-Trace", "a\r\nX-Injected: also"}});
        writeAccounts(home, {account});
        RUN_CLI(header, home, {"test", "acme-ups"});
        QCOMPARE_EXIT(header, 2);
        QVERIFY_INERT(header);
        QCOMPARE(server.connections(), 0);

        // a clean value still travels as the header it is
        account.remove("headers");
        writeAccounts(home, {account});
        RUN_CLI(clean, home, {"test", "acme-ups"});
        QCOMPARE_EXIT(clean, 0);
        QVERIFY2(server.received().contains("\r\nx-merchant-id: merchant-7\r\n"),
                 server.received().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliUntrusted)
#include "tst_cli_untrusted.moc"
