// SPDX-License-Identifier: Apache-2.0
// Load: 200 accounts tested at once against the sandbox, from the window's
// "Test all" and from a script loop over the command line. Five carriers, 40
// accounts each, two of each with a wrong secret: every result is the one
// its setup implies, nothing crashes, and the window never freezes (its event
// loop answers within a second; a 5 ms timer on the UI thread measures it).
// How short its stalls are is a speed goal, measured side by side in
// tests/bench (bench_testall); the totals printed here are for the README's
// reliability table.
#include "accountactivity.h"
#include "accountlistmodel.h"
#include "accountlistpane.h"
#include "accountservice.h"
#include "accountstore.h"
#include "appservices.h"
#include "clipboard.h"
#include "clitest.h"
#include "desktopsession.h"
#include "icons.h"
#include "mainwindow.h"
#include "testallrun.h"
#include "ticker.h"

#include <QAction>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

#include <type_traits>

namespace {
constexpr int kAccounts = 200;
// a freeze a person would take for a hang, whatever the build (sanitizers too)
constexpr int kFreezeMs = 1000;
// No carrier with a token budget: 40 accounts of one sandbox client at one
// token URL share one budget (project44's five a minute), which is not load.
const QStringList kCarriers{"banyan", "fedex", "ups", "usps", "dhl-ecs"};

QString nameOf(int i)
{
    return QString("load-%1").arg(i, 3, 10, QChar('0'));
}
QString carrierOf(int i)
{
    return kCarriers.at(i % kCarriers.size());
}
// Two of each carrier's 40 accounts carry a secret the carrier rejects.
bool hasWrongSecret(int i)
{
    return (i / kCarriers.size()) % 20 == 0;
}
int expectedFailures()
{
    int n = 0;
    for (int i = 0; i < kAccounts; ++i)
        n += hasWrongSecret(i) ? 1 : 0;
    return n;
}

// The sandbox on a thread of its own, so the stalls measured are the
// window's, not the emulated carriers'.
class SandboxThread
{
public:
    SandboxThread()
    {
        m_server->moveToThread(&m_thread);
        m_thread.start();
    }
    ~SandboxThread()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    // Runs f(server) on the sandbox's thread and returns its result.
    template <typename F> auto call(F f) const
    {
        std::invoke_result_t<F, SandboxServer*> result{};
        QMetaObject::invokeMethod(
            m_server, [&] { result = f(m_server); }, Qt::BlockingQueuedConnection);
        return result;
    }

private:
    QThread m_thread;
    SandboxServer* m_server = new SandboxServer;
};

// How long the UI thread's event loop goes without turning: a 5 ms timer on
// it, and the longest gap between two of its beats. Time the thread spent
// ready but waiting for a CPU (the kernel's run-queue delay, from
// /proc/thread-self/schedstat) is taken out: on a busy build machine that is
// other processes' doing, not the window's. Blocked time (a synchronous call)
// stays in.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { beat(); });
    }
    void start()
    {
        m_lastWaitNs = runQueueWaitNs();
        m_sinceLast.start();
        m_timer.start();
    }
    void stop()
    {
        beat();
        m_timer.stop();
    }
    qint64 longestStallMs() const { return m_longestStallNs / 1000000; }
    qint64 longestGapMs() const { return m_longestGapNs / 1000000; }

private:
    // Nanoseconds this thread has waited on a run queue; 0 where the kernel does not say.
    static qint64 runQueueWaitNs()
    {
        QFile f("/proc/thread-self/schedstat");
        return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(1).toLongLong() : 0;
    }
    void beat()
    {
        const qint64 gap = m_sinceLast.nsecsElapsed();
        m_sinceLast.restart();
        const qint64 wait = runQueueWaitNs();
        m_longestGapNs = qMax(m_longestGapNs, gap);
        m_longestStallNs = qMax(m_longestStallNs, gap - (wait - m_lastWaitNs));
        m_lastWaitNs = wait;
    }

    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_lastWaitNs = 0;
    qint64 m_longestGapNs = 0;
    qint64 m_longestStallNs = 0;
};

struct CarrierSetup
{
    QString tokenUrl;
    CarrierEmulator::Credentials credentials;
};
} // namespace

class TestLoad : public QObject
{
    Q_OBJECT

    SandboxThread sandbox;
    QHash<QString, CarrierSetup> carriers;

    Account accountFor(int i) const
    {
        const CarrierSetup& setup = carriers.value(carrierOf(i));
        Account p;
        p.id = QUuid::createUuid();
        p.name = nameOf(i);
        p.carrierId = carrierOf(i);
        p.environmentId = "sandbox";
        p.tokenUrl = setup.tokenUrl;
        p.clientId = QString::fromUtf8(setup.credentials.clientId);
        return p;
    }

    // Through AccountService, one after the other: a burst of 200 keychain
    // writes would wait in the keychain's queue long enough to trip its watchdog.
    void createAccounts(AppServices& services)
    {
        QObject context;
        int answered = 0;
        QStringList problems;
        std::function<void()> next = [&] {
            const int i = answered;
            AccountSecrets secrets;
            secrets.clientSecret = SecretBytes(
                hasWrongSecret(i) ? QByteArray("not-the-secret")
                                  : carriers.value(carrierOf(i)).credentials.clientSecret);
            services.accounts()->create(accountFor(i), secrets, &context, [&, i](const Failure& r) {
                if (!r.ok())
                    problems << nameOf(i) + ": " + r.message.text();
                if (++answered < kAccounts)
                    next();
            });
        };
        QElapsedTimer timer;
        timer.start();
        next();
        QTRY_COMPARE_WITH_TIMEOUT(answered, kAccounts, 300000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QCOMPARE(services.store()->accounts().size(), kAccounts);
        qInfo("created %d accounts in %lld ms", kAccounts, timer.elapsed());
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.call([](SandboxServer* s) { return s->start(); }));
        for (const QString& carrier : kCarriers) {
            carriers.insert(carrier, sandbox.call([carrier](SandboxServer* s) {
                return CarrierSetup{s->tokenUrl(carrier).toString(), s->credentials(carrier)};
            }));
        }
        Icons::init();
        qRegisterMetaType<TokenResult>();
    }

    void guiTestAll()
    {
        QTemporaryDir dir;
        AppServices::Options options;
        options.configDir = dir.path();
        options.keychainService = "TokenDock load " + QUuid::createUuid().toString();
        AppServices services(options);
        createAccounts(services);
        if (QTest::currentTestFailed())
            return;
        Ticker ticker;
        Clipboard clipboard(&ticker);
        const auto ownedWindow = DesktopSession::createWindow(services, &ticker, &clipboard);
        MainWindow& window = *ownedWindow;
        window.show();
        QCOMPARE(window.accountList()->visibleAccountCount(), kAccounts);
        // the window's own start (reading cached tokens) is over before the clock starts
        QTRY_VERIFY_WITH_TIMEOUT(!window.activity()->loadingCachedTokens(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(services.secrets()->pendingJobs(), 0, 60000);

        auto* run = window.findChild<TestAllRun*>();
        QVERIFY(run);
        QSignalSpy allDone(run, &TestAllRun::finished);
        QSignalSpy finished(window.activity(), &AccountActivity::requestFinished);
        StallProbe probe;
        QElapsedTimer total;
        total.start();
        probe.start();
        window.findChild<QAction*>("testAllAction")->trigger();
        // a real event loop until the run ends, as the application has
        QVERIFY(allDone.count() == 1 || allDone.wait(180000));
        const qint64 totalMs = total.elapsed();
        probe.stop();
        qInfo("GUI Test all, %d accounts: %lld ms in total, longest event-loop stall %lld ms "
              "(%lld ms by the wall clock, waiting for a CPU included)",
              kAccounts, totalMs, probe.longestStallMs(), probe.longestGapMs());

        QCOMPARE(allDone.first().at(0).toInt(), kAccounts);
        QCOMPARE(allDone.first().at(1).toInt(), expectedFailures());
        QCOMPARE(finished.count(), kAccounts);
        const AccountListModel* model = window.accountList()->model();
        for (int i = 0; i < kAccounts; ++i) {
            const Account* p = services.store()->findByName(nameOf(i));
            QVERIFY2(p, qPrintable(nameOf(i)));
            const bool wrong = hasWrongSecret(i);
            const auto result = window.activity()->lastResult(p->id);
            QVERIFY2(result, qPrintable(p->name));
            QVERIFY2(result->ok() != wrong, qPrintable(p->name + ": " + result->error.fullText()));
            if (wrong)
                QCOMPARE(result->error.category, ErrorCategory::CredentialsRejected);
            QCOMPARE(p->history.size(), 1);
            QCOMPARE(p->history.first().category,
                     wrong ? QString("credentials_rejected") : QString("none"));
            QCOMPARE(model->indexOf(p->id).data(AccountListModel::StateIdRole).toString(),
                     wrong ? QString("failed") : QString("valid"));
        }
        QVERIFY2(probe.longestStallMs() < kFreezeMs,
                 qPrintable(QString("the window froze for %1 ms").arg(probe.longestStallMs())));
        // the tokens being cached reach the keychain before the services go
        QTRY_COMPARE_WITH_TIMEOUT(services.secrets()->pendingJobs(), 0, 60000);
    }

    void commandLineLoop()
    {
        CliHome home;
        {
            AppServices::Options options; // where and how the command line keeps accounts
            options.configDir = home.configDir();
            options.keychainService = "TokenDock";
            AppServices services(options);
            createAccounts(services);
            if (QTest::currentTestFailed())
                return;
        }
        QTemporaryDir results;
        QFile names(results.filePath("names.txt"));
        QVERIFY(names.open(QIODevice::WriteOnly));
        for (int i = 0; i < kAccounts; ++i)
            names.write(nameOf(i).toUtf8() + "\n");
        names.close();

        QProcessEnvironment env = home.environment();
        env.insert("TOKENDOCK", tokendockPath());
        env.insert("OUT", results.path());
        QProcess loop;
        loop.setProcessEnvironment(env);
        QElapsedTimer total;
        total.start();
        loop.start("sh", {"-c", "xargs -P 4 -n 1 sh -c '\"$TOKENDOCK\" test \"$1\" --json "
                                ">\"$OUT/$1.json\" 2>\"$OUT/$1.err\"; echo $? >\"$OUT/$1.rc\"' "
                                "sh <\"$OUT/names.txt\""});
        QVERIFY(loop.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(loop.state() == QProcess::NotRunning, 600000);
        const qint64 totalMs = total.elapsed();
        qInfo("Command line, %d accounts with `tokendock test NAME --json` (xargs -P 4): %lld ms "
              "in total",
              kAccounts, totalMs);
        QVERIFY2(loop.exitStatus() == QProcess::NormalExit && loop.exitCode() == 0,
                 loop.readAllStandardError().constData());

        const auto read = [&](const QString& name) {
            QFile f(results.filePath(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("missing");
        };
        for (int i = 0; i < kAccounts; ++i) {
            const QString name = nameOf(i);
            const bool wrong = hasWrongSecret(i);
            const QByteArray json = read(name + ".json");
            const QByteArray describe = name.toUtf8() + "\n" + json + "\n" + read(name + ".err");
            QVERIFY2(read(name + ".rc").trimmed() == (wrong ? "3" : "0"), describe.constData());
            const QJsonObject object = QJsonDocument::fromJson(json).object();
            QVERIFY2(object.value("ok").toBool() != wrong, describe.constData());
            if (wrong)
                QCOMPARE(object.value("error").toObject().value("category").toString(),
                         QString("credentials_rejected"));
        }
        // no account and no result lost while four processes saved side by side
        const QJsonArray accounts =
            QJsonDocument::fromJson(home.accountsBytes()).object().value("accounts").toArray();
        QCOMPARE(accounts.size(), kAccounts);
        int withHistory = 0;
        QByteArray lost;
        for (const QJsonValue v : accounts) {
            const QJsonObject a = v.toObject();
            if (a.value("history").toArray().size() == 1)
                ++withHistory;
            else
                lost += a.value("name").toString().toUtf8() + ": " +
                        read(a.value("name").toString() + ".err") + "\n";
        }
        QVERIFY2(withHistory == kAccounts, lost.constData());
    }
};

QTEST_MAIN(TestLoad)
#include "tst_load.moc"
