// SPDX-License-Identifier: Apache-2.0
// `tokendock check` as monitoring runs it: one line per account, the exit
// codes 0, 9, 10, 11 and 2 (and which wins when several apply), the JSON
// document, the carriers' token budgets (a valid cached token passes with no
// request where the carrier asks for reuse) and the desktop notification.
#include "clitest.h"

#include <QDBusConnection>
#include <QRegularExpression>
#include <QTcpServer>
#include <QVariantMap>

namespace {
const QByteArray kCanary = "check-canary-secret-7Qz";

// The freedesktop.org notification service, as far as `check --notify` uses it.
class FakeNotifications : public QObject
{
    Q_OBJECT

public:
    struct Call
    {
        QString app;
        QString icon;
        QString summary;
        QString body;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString& app, uint replaces, const QString& icon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints,
                int timeout)
    {
        Q_UNUSED(replaces)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        calls.append({app, icon, summary, body});
        return uint(calls.size());
    }

public:
    // On the test's session bus for as long as this object lives.
    bool registerOnTheBus()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        m_registered = bus.registerService(QStringLiteral("org.freedesktop.Notifications")) &&
                       bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"),
                                          QStringLiteral("org.freedesktop.Notifications"), this,
                                          QDBusConnection::ExportAllSlots);
        return m_registered;
    }
    ~FakeNotifications() override
    {
        if (!m_registered)
            return;
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    }

private:
    bool m_registered = false;
};

// A token URL on a loopback port nobody listens on: the network is down.
QString closedPortUrl()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = server.serverPort();
    server.close();
    return QStringLiteral("http://127.0.0.1:%1/token").arg(port);
}

// The carrier's expiry date of NAME's secret, written into accounts.json.
bool setSecretExpires(const CliHome& home, const QString& name, const QDate& date)
{
    QJsonObject file = QJsonDocument::fromJson(home.accountsBytes()).object();
    QJsonArray accounts = file.value("accounts").toArray();
    bool found = false;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject a = accounts.at(i).toObject();
        if (a.value("name").toString() != name)
            continue;
        a.insert("secret_expires", date.toString(Qt::ISODate));
        accounts[i] = a;
        found = true;
    }
    file.insert("accounts", accounts);
    QFile f(home.accountsPath());
    return found && f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(QJsonDocument(file).toJson()) > 0;
}

QJsonObject accountIn(const CliRun& run, const QString& name)
{
    for (const QJsonValue& v : run.object().value("accounts").toArray()) {
        if (v.toObject().value("account").toString() == name)
            return v.toObject();
    }
    return {};
}

// The one line NAME has in the output for people.
QString lineOf(const CliRun& run, const QString& name)
{
    for (const QString& l : run.stdOut().split('\n')) {
        if (l.startsWith(name + ' '))
            return l;
    }
    return {};
}

int lineCount(const CliRun& run)
{
    return int(run.stdOut().split('\n', Qt::SkipEmptyParts).size());
}
} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

    static bool clean(const CliRun& r)
    {
        return !r.out.contains(kCanary) && !r.err.contains(kCanary) &&
               !r.out.contains("-demo-secret") && !r.err.contains("-demo-secret");
    }
    // A Banyan account that works, one whose secret the carrier rejects, and
    // one whose token URL nobody answers.
    void addGood(CliHome& home, const QString& name = "acme-banyan")
    {
        addSandboxAccount(home, sandbox, name, "banyan");
    }
    void addRejected(CliHome& home, const QString& name = "acme-bad")
    {
        addSandboxAccount(home, sandbox, name, "banyan", kCanary);
    }
    void addUnreachable(CliHome& home, const QString& name = "acme-down")
    {
        addGenericAccount(home, name, closedPortUrl());
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }

    void allWellIsZero()
    {
        CliHome home;
        addGood(home);
        addGood(home, "acme-banyan-2");
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(r, home, {"check"});
        QCOMPARE_EXIT(r, 0);
        QCOMPARE(lineCount(r), 2);
        const QString line = lineOf(r, "acme-banyan");
        QVERIFY2(
            QRegularExpression("^acme-banyan +ok +token issued \\(HTTP 200, \\d+ ms\\) +secret "
                               "set today +no expiry date +last worked \\d{4}-\\d\\d-\\d\\d "
                               "\\d\\d:\\d\\d$")
                .match(line)
                .hasMatch(),
            r.describe());
        // aligned: the verdicts start in one column
        QCOMPARE(line.indexOf(" ok "), lineOf(r, "acme-banyan-2").indexOf(" ok "));
        QVERIFY(r.err.isEmpty());
        QVERIFY(clean(r));

        RUN_CLI(j, home, {"check", "--all", "--json"});
        QCOMPARE_EXIT(j, 0);
        const QJsonObject doc = j.object();
        QCOMPARE(doc.value("exit_code").toInt(-1), 0);
        QCOMPARE(doc.value("warn_days").toInt(), 14);
        QVERIFY(QDateTime::fromString(doc.value("checked_at").toString(), Qt::ISODate).isValid());
        const QJsonObject summary = doc.value("summary").toObject();
        QCOMPARE(summary.value("ok").toInt(), 2);
        QCOMPARE(summary.value("failed").toInt(-1), 0);
        QCOMPARE(summary.value("could_not_check").toInt(-1), 0);
        QCOMPARE(summary.value("expiring").toInt(-1), 0);
        const QJsonObject a = accountIn(j, "acme-banyan");
        QCOMPARE(a.value("carrier").toString(), QString("banyan"));
        QCOMPARE(a.value("environment").toString(), QString("sandbox"));
        QCOMPARE(a.value("verdict").toString(), QString("ok"));
        QVERIFY(a.value("ok").toBool());
        QVERIFY(!a.value("from_cache").toBool(true));
        QCOMPARE(a.value("http_status").toInt(), 200);
        QVERIFY(a.value("latency_ms").toInt(-1) >= 0);
        QVERIFY(a.value("error").isNull());
        QVERIFY(a.value("probe").isNull());
        QVERIFY(QDateTime::fromString(a.value("secret_set").toString(), Qt::ISODate).isValid());
        QCOMPARE(a.value("secret_age_days").toInt(-1), 0);
        QVERIFY(a.value("secret_expires").isNull());
        QVERIFY(a.value("secret_expires_in_days").isNull());
        QVERIFY(!a.value("expiring").toBool(true));
        QVERIFY(!a.value("expired").toBool(true));
        QVERIFY(QDateTime::fromString(a.value("last_worked").toString(), Qt::ISODate).isValid());
        QVERIFY(clean(j));
    }

    void expiringSecretIsNine()
    {
        CliHome home;
        addGood(home);
        addGood(home, "acme-old");
        if (QTest::currentTestFailed())
            return;
        const QDate today = QDate::currentDate();
        QVERIFY(setSecretExpires(home, "acme-banyan", today.addDays(5)));
        QVERIFY(setSecretExpires(home, "acme-old", today.addDays(-3)));
        RUN_CLI(r, home, {"check"});
        QCOMPARE_EXIT(r, 9);
        QCOMPARE(lineCount(r), 2);
        const QString soon = lineOf(r, "acme-banyan");
        QVERIFY2(soon.contains(" expires soon "), r.describe());
        QVERIFY2(soon.contains("expires " + today.addDays(5).toString(Qt::ISODate) + ", in 5 days"),
                 r.describe());
        const QString old = lineOf(r, "acme-old");
        QVERIFY2(old.contains(" expired "), r.describe());
        QVERIFY2(
            old.contains("expired 3 days ago (" + today.addDays(-3).toString(Qt::ISODate) + ")"),
            r.describe());

        RUN_CLI(j, home, {"check", "--json"});
        QCOMPARE_EXIT(j, 9);
        QCOMPARE(j.object().value("exit_code").toInt(), 9);
        QCOMPARE(j.object().value("summary").toObject().value("expiring").toInt(), 2);
        QCOMPARE(j.object().value("summary").toObject().value("ok").toInt(), 2);
        const QJsonObject a = accountIn(j, "acme-banyan");
        QCOMPARE(a.value("verdict").toString(), QString("ok"));
        QCOMPARE(a.value("secret_expires").toString(), today.addDays(5).toString(Qt::ISODate));
        QCOMPARE(a.value("secret_expires_in_days").toInt(), 5);
        QVERIFY(a.value("expiring").toBool());
        QVERIFY(!a.value("expired").toBool(true));
        const QJsonObject b = accountIn(j, "acme-old");
        QCOMPARE(b.value("secret_expires_in_days").toInt(), -3);
        QVERIFY(!b.value("expiring").toBool(true));
        QVERIFY(b.value("expired").toBool());

        // within 4 days nothing expires but the secret already past its date
        RUN_CLI(narrow, home, {"check", "acme-banyan", "--warn-days", "4", "--json"});
        QCOMPARE_EXIT(narrow, 0);
        QCOMPARE(narrow.object().value("warn_days").toInt(), 4);
        QVERIFY(!accountIn(narrow, "acme-banyan").value("expiring").toBool(true));
    }

    void failedAccountIsTen()
    {
        CliHome home;
        addRejected(home);
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(r, home, {"check", "acme-bad"});
        QCOMPARE_EXIT(r, 10);
        QCOMPARE(lineCount(r), 1);
        QVERIFY2(QRegularExpression("^acme-bad +FAILED +Credentials rejected \u2014 .+ +secret set "
                                    "today +no expiry date +not seen working yet$")
                     .match(lineOf(r, "acme-bad"))
                     .hasMatch(),
                 r.describe());
        QVERIFY(r.err.isEmpty());
        QVERIFY(clean(r));

        RUN_CLI(j, home, {"check", "acme-bad", "--json"});
        QCOMPARE_EXIT(j, 10);
        QCOMPARE(j.object().value("summary").toObject().value("failed").toInt(), 1);
        const QJsonObject a = accountIn(j, "acme-bad");
        QCOMPARE(a.value("verdict").toString(), QString("failed"));
        QVERIFY(!a.value("ok").toBool(true));
        QCOMPARE(a.value("error").toObject().value("category").toString(),
                 QString("credentials_rejected"));
        QVERIFY(!a.value("error").toObject().value("message").toString().isEmpty());
        QVERIFY(a.value("error").toObject().contains("hint"));
        QVERIFY(a.value("last_worked").isNull());
        QVERIFY(clean(j));
    }

    void networkDownIsEleven()
    {
        CliHome home;
        addUnreachable(home);
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(r, home, {"check", "acme-down"});
        QCOMPARE_EXIT(r, 11);
        QCOMPARE(lineCount(r), 1);
        QVERIFY2(lineOf(r, "acme-down").contains(" could not check  Network error \u2014 "),
                 r.describe());
        RUN_CLI(j, home, {"check", "acme-down", "--json"});
        QCOMPARE_EXIT(j, 11);
        const QJsonObject a = accountIn(j, "acme-down");
        QCOMPARE(a.value("verdict").toString(), QString("could_not_check"));
        QCOMPARE(a.value("error").toObject().value("category").toString(), QString("network"));
        QCOMPARE(j.object().value("summary").toObject().value("could_not_check").toInt(), 1);
    }

    // no keychain: every account could not be checked, and nothing is sent
    void keychainUnavailableIsEleven()
    {
        CliHome home;
        addGood(home);
        addSandboxAccount(home, sandbox, "acme-p44", "project44");
        if (QTest::currentTestFailed())
            return;
        QProcessEnvironment noBus = home.environment();
        noBus.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        sandbox.clearRequests();
        RUN_CLI(r, home, {"check", "--json"}, {}, noBus);
        QCOMPARE_EXIT(r, 11);
        for (const QString& name : {QString("acme-banyan"), QString("acme-p44")}) {
            const QJsonObject a = accountIn(r, name);
            QCOMPARE(a.value("verdict").toString(), QString("could_not_check"));
            QCOMPARE(a.value("error").toObject().value("category").toString(), QString("keychain"));
        }
        QCOMPARE(sandbox.requestCount(), 0);
    }

    void usageIsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown account") << QStringList{"check", "acme-banyan", "nobody"};
        QTest::newRow("names and --all") << QStringList{"check", "acme-banyan", "--all"};
        QTest::newRow("warn days too many") << QStringList{"check", "--warn-days", "400"};
        QTest::newRow("warn days not a number") << QStringList{"check", "--warn-days", "soon"};
        QTest::newRow("unknown option") << QStringList{"check", "--everything"};
        QTest::newRow("json") << QStringList{"check", "nobody", "--json"};
    }

    void usageIsTwo()
    {
        QFETCH(QStringList, args);
        CliHome home;
        addGood(home);
        if (QTest::currentTestFailed())
            return;
        sandbox.clearRequests();
        RUN_CLI(r, home, args);
        QCOMPARE_EXIT(r, 2);
        QVERIFY(!r.err.isEmpty());
        if (args.contains("--json"))
            QCOMPARE(r.object().value("error").toObject().value("category").toString(),
                     QString("invalid_input"));
        else
            QVERIFY(r.out.isEmpty());
        QCOMPARE(sandbox.requestCount(), 0);
    }

    // failed over could not check over expiring
    void precedence_data()
    {
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("failed and expiring") << QStringList{"bad", "expiring"} << 10;
        QTest::newRow("failed and unreachable") << QStringList{"down", "bad"} << 10;
        QTest::newRow("unreachable and expiring") << QStringList{"expiring", "down"} << 11;
        QTest::newRow("all three") << QStringList{"expiring", "down", "bad"} << 10;
    }

    void precedence()
    {
        QFETCH(QStringList, kinds);
        QFETCH(int, exitCode);
        CliHome home;
        for (const QString& kind : kinds) {
            if (kind == "bad")
                addRejected(home);
            else if (kind == "down")
                addUnreachable(home);
            else
                addGood(home, "acme-expiring");
        }
        if (QTest::currentTestFailed())
            return;
        if (kinds.contains("expiring"))
            QVERIFY(setSecretExpires(home, "acme-expiring", QDate::currentDate().addDays(1)));
        RUN_CLI(r, home, {"check", "--all"});
        QCOMPARE_EXIT(r, exitCode);
        QCOMPARE(lineCount(r), int(kinds.size()));
        RUN_CLI(j, home, {"check", "--all", "--json"});
        QCOMPARE_EXIT(j, exitCode);
        const QJsonObject summary = j.object().value("summary").toObject();
        QCOMPARE(summary.value("failed").toInt(), int(kinds.contains("bad")));
        QCOMPARE(summary.value("could_not_check").toInt(), int(kinds.contains("down")));
        QCOMPARE(summary.value("expiring").toInt(), int(kinds.contains("expiring")));
        QVERIFY(clean(j));
    }

    // project44 asks for reuse: a cached token still valid passes with no
    // request; without one, one request. Banyan is asked every time.
    void budgetRule()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "acme-p44", "project44");
        addSandboxAccount(home, sandbox, "acme-p44-fresh", "project44");
        addGood(home);
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(token, home, {"token", "acme-p44", "--format", "header"});
        QCOMPARE_EXIT(token, 0);
        RUN_CLI(banyanToken, home, {"token", "acme-banyan", "--format", "header"});
        QCOMPARE_EXIT(banyanToken, 0);
        const int p44 = sandbox.tokenRequestCount("project44");
        const int banyan = sandbox.tokenRequestCount("banyan");

        RUN_CLI(cached, home, {"check", "acme-p44", "--json"});
        QCOMPARE_EXIT(cached, 0);
        QCOMPARE(sandbox.tokenRequestCount("project44"), p44);
        const QJsonObject a = accountIn(cached, "acme-p44");
        QCOMPARE(a.value("verdict").toString(), QString("cached"));
        QVERIFY(a.value("ok").toBool());
        QVERIFY(a.value("from_cache").toBool());
        QVERIFY(a.value("http_status").isNull());
        QCOMPARE(cached.object().value("summary").toObject().value("ok").toInt(), 1);

        RUN_CLI(text, home, {"check", "acme-p44", "acme-p44-fresh", "acme-banyan"});
        QCOMPARE_EXIT(text, 0);
        QVERIFY2(QRegularExpression("^acme-p44 +cached +cached token valid \\d+ h")
                     .match(lineOf(text, "acme-p44"))
                     .hasMatch(),
                 text.describe());
        QVERIFY2(lineOf(text, "acme-p44-fresh").contains(" ok "), text.describe());
        QVERIFY2(lineOf(text, "acme-banyan").contains(" ok "), text.describe());
        // one request for the account without a cached token, one for Banyan
        QCOMPARE(sandbox.tokenRequestCount("project44"), p44 + 1);
        QCOMPARE(sandbox.tokenRequestCount("banyan"), banyan + 1);
        QVERIFY(clean(text));
    }

    // --probe: the probe goes with the cached token, and no token is asked for
    void probeUsesTheCachedToken()
    {
        CliHome home;
        const auto creds = sandbox.credentials("project44");
        // a probe where project44's tokens are not accepted: it answers 401
        RUN_CLI(add, home,
                {"add", "acme-p44", "--carrier", "project44", "--token-url",
                 sandbox.tokenUrl("project44").toString(), "--client-id",
                 QString::fromUtf8(creds.clientId), "--probe-url",
                 sandbox.probeUrl("banyan").toString(), "--secret-stdin"},
                line(creds.clientSecret));
        QCOMPARE_EXIT(add, 0);
        addGood(home);
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(token, home, {"token", "acme-p44", "--format", "header"});
        QCOMPARE_EXIT(token, 0);
        const int p44 = sandbox.tokenRequestCount("project44");
        const int probes = sandbox.requestCount("/banyan/v3/StaticData/Countries");

        RUN_CLI(j, home, {"check", "--probe", "--json"});
        QCOMPARE_EXIT(j, 10);
        QCOMPARE(sandbox.tokenRequestCount("project44"), p44);
        QCOMPARE(sandbox.requestCount("/banyan/v3/StaticData/Countries"), probes + 2);
        const QJsonObject p = accountIn(j, "acme-p44");
        QCOMPARE(p.value("verdict").toString(), QString("failed"));
        QVERIFY(p.value("from_cache").toBool());
        QCOMPARE(p.value("error").toObject().value("category").toString(), QString("probe_failed"));
        QCOMPARE(p.value("probe").toObject().value("verdict").toString(),
                 QString("token_not_accepted"));
        const QJsonObject b = accountIn(j, "acme-banyan");
        QCOMPARE(b.value("verdict").toString(), QString("ok"));
        QCOMPARE(b.value("probe").toObject().value("verdict").toString(), QString("works"));

        RUN_CLI(r, home, {"check", "acme-banyan", "--probe"});
        QCOMPARE_EXIT(r, 0);
        QVERIFY2(lineOf(r, "acme-banyan").contains("ms), probe works "), r.describe());
    }

    void notifiesWhenNotAllIsWell()
    {
        FakeNotifications fake;
        QVERIFY(fake.registerOnTheBus());
        CliHome home;
        addGood(home);
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(well, home, {"check", "--notify"});
        QCOMPARE_EXIT(well, 0);
        QVERIFY(well.err.isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(fake.calls.size(), 0);

        addRejected(home);
        addGood(home, "acme-expiring");
        if (QTest::currentTestFailed())
            return;
        QVERIFY(setSecretExpires(home, "acme-expiring", QDate::currentDate().addDays(2)));
        RUN_CLI(r, home, {"check", "--notify"});
        QCOMPARE_EXIT(r, 10);
        QVERIFY2(r.err.isEmpty(), r.describe());
        // the child waited for the answer before it exited
        QCOMPARE(fake.calls.size(), 1);
        const FakeNotifications::Call call = fake.calls.constFirst();
        QCOMPARE(call.app, QString("TokenDock"));
        QCOMPARE(call.icon, QString("org.tokendock.TokenDock"));
        QCOMPARE(call.summary,
                 QString("TokenDock accounts: 1 failed, 1 with a secret expiring soon"));
        QCOMPARE(call.body, QString("Failed: acme-bad\nSecret expires soon: acme-expiring"));
        QVERIFY(!call.body.contains(kCanary) && !call.summary.contains(kCanary));
    }

    // a damaged account list: could not check (never a usage error), and said
    void anUnreadableAccountListIsElevenAndNotified()
    {
        FakeNotifications fake;
        QVERIFY(fake.registerOnTheBus());
        CliHome home;
        QFile damaged(home.accountsPath());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"accounts\": [ {\"name\": ");
        damaged.close();
        RUN_CLI(r, home, {"check", "--all", "--notify"});
        QCOMPARE_EXIT(r, 11);
        QVERIFY2(!r.err.isEmpty(), r.describe());
        QCOMPARE(fake.calls.size(), 1);
        QCOMPARE(fake.calls.constFirst().summary,
                 QString("TokenDock could not check the accounts"));
        QVERIFY(!fake.calls.constFirst().body.isEmpty());
        RUN_CLI(json, home, {"check", "--json"});
        QCOMPARE_EXIT(json, 11);
        QVERIFY2(json.object().contains("error"), json.describe());
    }

    // no notification service: one line on stderr, the exit code as it was
    void notifyWithoutAService()
    {
        CliHome home;
        addGood(home);
        if (QTest::currentTestFailed())
            return;
        QProcessEnvironment noBus = home.environment();
        noBus.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        RUN_CLI(r, home, {"check", "--notify"}, {}, noBus);
        QCOMPARE_EXIT(r, 11);
        QCOMPARE(r.stdErr().count('\n'), 1);
        QVERIFY2(r.stdErr().startsWith("No desktop notification could be shown: "), r.describe());
        QCOMPARE(lineCount(r), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
