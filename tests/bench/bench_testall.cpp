// SPDX-License-Identifier: Apache-2.0
// "Test all" in the main window, timed: N accounts (TOKENDOCK_BENCH_ACCOUNTS,
// 20 by default for a quick run by hand; run.sh uses 10 to 1000) against the
// sandbox, the real keychain, the window shown offscreen with its ticker
// running. Prints the wall time from pressing Test all until every answer
// is in; the longest stall of the UI thread: the longest gap between two
// beats of a 2 ms timer on it, as measured and without the time the thread
// stood ready but waited for a CPU (other processes' doing on a busy
// machine, from /proc/thread-self/schedstat); how many accounts were held
// back by their carrier's token budget and how many failed otherwise; and
// for how many budgeted carriers the sandbox received more token requests
// within one budget window than the catalog allows (budgets_over); then
// each carrier's most requests in one window (BUDGETS) and how many accounts
// ended in each outcome (OUTCOMES, by error category).
//
// The sandbox runs in this process but on a thread of its own: a real
// carrier's work does not happen on TokenDock's UI thread either.
#include "accountactivity.h"
#include "benchaccounts.h"
#include "carriercatalog.h"
#include "clipboard.h"
#include "desktopsession.h"
#include "guitest.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "testallrun.h"
#include "ticker.h"
#include "tokenservice.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <memory>

namespace {
constexpr int kBeatMs = 2;

// Nanoseconds this thread has waited on a run queue; 0 where the kernel does not say.
qint64 runQueueWaitNs()
{
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(1).toLongLong() : 0;
}

// The longest gap between beats of a short repeating timer on this thread.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 wait = runQueueWaitNs();
            const qint64 busy = now - m_last - (wait - m_lastWait);
            m_longest = qMax(m_longest, now - m_last);
            m_longestBusy = qMax(m_longestBusy, busy);
            if (busy > 50'000'000)
                ++m_over50;
            m_last = now;
            m_lastWait = wait;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastWait = runQueueWaitNs();
        m_timer.start(kBeatMs);
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return double(m_longest) / 1e6; }
    // the longest gap without the time spent waiting for a CPU
    double longestBusyMs() const { return double(m_longestBusy) / 1e6; }
    int stallsOver50Ms() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastWait = 0;
    qint64 m_longest = 0;
    qint64 m_longestBusy = 0;
    int m_over50 = 0;
};

// When each token request reached the sandbox (on its thread), per path.
class TokenRequestLog
{
public:
    explicit TokenRequestLog(const QElapsedTimer* clock)
        : m_clock(clock)
    {}
    void add(const QByteArray& path)
    {
        const QMutexLocker lock(&m_mutex);
        m_times[path] << m_clock->elapsed();
    }
    // The most requests to `path` within any `seconds` long window.
    int mostWithin(const QByteArray& path, int seconds)
    {
        const QMutexLocker lock(&m_mutex);
        QList<qint64> t = m_times.value(path);
        std::sort(t.begin(), t.end());
        int most = 0;
        qsizetype first = 0;
        for (qsizetype i = 0; i < t.size(); ++i) {
            while (t.at(i) - t.at(first) >= qint64(seconds) * 1000)
                ++first;
            most = qMax(most, int(i - first + 1));
        }
        return most;
    }

private:
    const QElapsedTimer* m_clock;
    QMutex m_mutex;
    QHash<QByteArray, QList<qint64>> m_times;
};

// Budgeted carriers whose sandbox received more token requests in one
// budget window than the catalog allows: "id used/max", and how many.
QStringList budgetsOver(const QList<DemoSetup::Sample>& accounts, TokenRequestLog& log,
                        QStringList* usage)
{
    QStringList over;
    QSet<QString> seen;
    for (const DemoSetup::Sample& a : accounts) {
        const CarrierPreset* preset = CarrierCatalog::builtin().find(a.account.carrierId);
        if (!preset || !preset->budget.isSet() || seen.contains(preset->id))
            continue;
        seen.insert(preset->id);
        const QByteArray path = QUrl(a.account.tokenUrl).path().toUtf8();
        const int used = log.mostWithin(path, preset->budget.seconds);
        const QString text =
            QStringLiteral("%1:%2/%3").arg(preset->id).arg(used).arg(preset->budget.max);
        *usage << text;
        if (used > preset->budget.max)
            over << text;
    }
    return over;
}
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
        QElapsedTimer since; // the request log's clock
        since.start();
        TokenRequestLog requests(&since);
        // every request, as it arrives on the sandbox's thread
        connect(
            owned.get(), &SandboxServer::requestReceived, owned.get(),
            [&requests](const RecordedRequest& r) { requests.add(r.path); }, Qt::DirectConnection);
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
        AppServices services(BenchAccounts::throwawayOptions(dir.path()));
        QString error;
        QVERIFY2(BenchAccounts::save(services, accounts, &error), qPrintable(error));
        // as DesktopSession::start has it: the results are saved on the store's
        // worker, not on the UI thread
        services.store()->setAsync(true);

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
        QTRY_VERIFY_WITH_TIMEOUT(!window.activity()->loadingCachedTokens(), 120000);
        QTRY_COMPARE_WITH_TIMEOUT(services.secrets()->pendingJobs(), 0, 30000);
        QSignalSpy finished(run, &TestAllRun::finished);
        // held back: not sent, the carrier's token budget was used up
        int heldBack = 0;
        QMap<QString, int> outcomes; // category id -> accounts
        connect(services.tokens(), &TokenService::requestFinished, this,
                [&heldBack, &outcomes](const QUuid&, const TokenResult& r) {
                    heldBack += r.error.category == ErrorCategory::HeldBack ? 1 : 0;
                    // a token that came but did not pass: its probe or signature says why
                    if (r.ok() && !r.passed())
                        ++outcomes[r.probe.ran() && !r.probe.ok()
                                       ? QStringLiteral("probe-%1").arg(int(r.probe.verdict))
                                       : QStringLiteral("signature-invalid")];
                    else
                        ++outcomes[Failure::categoryId(r.error.category)];
                });

        StallMeter stalls;
        QElapsedTimer wall;
        stalls.start();
        wall.start();
        testAll->trigger();
        QVERIFY(finished.wait(60000));
        const qint64 totalMs = wall.elapsed();
        stalls.stop();

        QCOMPARE(finished.first().at(0).toInt(), m_accounts);
        const int failures = finished.first().at(1).toInt();
        QStringList usage;
        const QStringList over = budgetsOver(accounts, requests, &usage);
        std::printf("RESULT testall accounts=%d total_ms=%lld longest_stall_ms=%.1f "
                    "longest_busy_ms=%.1f stalls_over_50ms=%d held_back=%d failures=%d "
                    "budgets_over=%d\n",
                    m_accounts, static_cast<long long>(totalMs), stalls.longestMs(),
                    stalls.longestBusyMs(), stalls.stallsOver50Ms(), heldBack, failures - heldBack,
                    int(over.size()));
        std::printf("BUDGETS %s\n", qPrintable(usage.join(QLatin1Char(' '))));
        QStringList outcomeText;
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
            outcomeText << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
        std::printf("OUTCOMES %s\n", qPrintable(outcomeText.join(QLatin1Char(' '))));
        std::fflush(stdout);
        QCOMPARE(failures - heldBack, 0); // every other account works

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
