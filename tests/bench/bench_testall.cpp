// SPDX-License-Identifier: Apache-2.0
// "Test all" in the main window, timed: N accounts (TOKENDOCK_BENCH_ACCOUNTS,
// 20 by default for a quick run by hand; run.sh uses 200) against the
// sandbox, the real keychain, the window shown offscreen with its ticker
// running. Prints the wall time from pressing Test all until every answer
// is in, and the longest stall of the UI thread: the longest gap between two
// beats of a 2 ms timer on it.
//
// The sandbox runs in this process but on a thread of its own: a real
// carrier's work does not happen on TokenDock's UI thread either.
#include "benchaccounts.h"
#include "clipboard.h"
#include "desktopsession.h"
#include "guitest.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "testallrun.h"
#include "ticker.h"

#include <QAction>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace {
constexpr int kBeatMs = 2;

// The longest gap between beats of a short repeating timer on this thread.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            if (now - m_last > 50'000'000)
                ++m_over50;
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start(kBeatMs);
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return double(m_longest) / 1e6; }
    int stallsOver50Ms() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_over50 = 0;
};
} // namespace

class BenchTestAll : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        Icons::init();
        m_accounts = qEnvironmentVariableIntValue("TOKENDOCK_BENCH_ACCOUNTS");
        if (m_accounts <= 0)
            m_accounts = 20;
    }

    void testAll()
    {
        // the sandbox answers from its own thread
        auto owned = std::make_unique<SandboxServer>();
        QVERIFY(owned->start());
        const auto accounts = BenchAccounts::make(*owned, m_accounts);
        QThread carrierThread;
        carrierThread.start();
        SandboxServer* sandbox = owned.release();
        sandbox->moveToThread(&carrierThread);
        const auto stopCarrier = qScopeGuard([&] {
            QMetaObject::invokeMethod(
                sandbox, [sandbox] { delete sandbox; }, Qt::BlockingQueuedConnection);
            carrierThread.quit();
            carrierThread.wait();
        });

        QTemporaryDir dir;
        AppServices::Options options;
        options.configDir = dir.path();
        options.keychainService =
            "TokenDock bench " + QUuid::createUuid().toString(QUuid::WithoutBraces);
        AppServices services(options);
        QString error;
        QVERIFY2(BenchAccounts::save(services, accounts, &error), qPrintable(error));

        Ticker ticker;
        ticker.start();
        Clipboard clipboard(&ticker);
        const auto ownedWindow = DesktopSession::createWindow(services, &ticker, &clipboard);
        MainWindow& window = *ownedWindow;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* run = window.findChild<TestAllRun*>();
        QAction* testAll = window.findChild<QAction*>("testAllAction");
        QVERIFY(run && testAll);
        // the start's cached-token lookups are over before the clock starts
        QTRY_COMPARE_WITH_TIMEOUT(services.secrets()->pendingJobs(), 0, 30000);
        QSignalSpy finished(run, &TestAllRun::finished);

        StallMeter stalls;
        QElapsedTimer wall;
        stalls.start();
        wall.start();
        testAll->trigger();
        QVERIFY(finished.wait(60000));
        const qint64 totalMs = wall.elapsed();
        stalls.stop();

        QCOMPARE(finished.first().at(0).toInt(), m_accounts);
        QCOMPARE(finished.first().at(1).toInt(), 0); // failures
        std::printf("RESULT testall accounts=%d total_ms=%lld longest_stall_ms=%.1f "
                    "stalls_over_50ms=%d\n",
                    m_accounts, static_cast<long long>(totalMs), stalls.longestMs(),
                    stalls.stallsOver50Ms());
        std::fflush(stdout);

        // leave the throwaway keychain service empty
        QObject context;
        int left = 0;
        for (const DemoSetup::Sample& a : accounts) {
            for (const QString& key :
                 {SecretStore::secretKey(a.account.id), SecretStore::tokenKey(a.account.id),
                  SecretStore::fieldKey(a.account.id, "child_secret")}) {
                ++left;
                services.secrets()->remove(key, &context, [&left](const SecretResult&) { --left; });
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(left, 0, 60000);
    }

private:
    int m_accounts = 20;
};

QTEST_MAIN(BenchTestAll)
#include "bench_testall.moc"
