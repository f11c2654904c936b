// SPDX-License-Identifier: Apache-2.0
// One keystroke in the account filter, timed on the UI thread: the real main
// window shown offscreen, Filter Accounts (Ctrl+F) opened, then 50 keystrokes
// (a few words typed and erased with Backspace). Each is timed from the key
// press until the UI thread has nothing left to do for it: the filter, the
// posted events it caused (the list's relayout) and the repaint of what
// changed, which is what a person waits for before the list follows the
// keyboard.
//
//   bench_filter --count N   N accounts in a temporary folder, accounts.json only
//   bench_filter [--verbose] the user's TokenDock (run.sh's seeded HOME, under
//                            packaging/dev.sh keyring), cached tokens loaded
//
// Prints "RESULT filter accounts=N keys=50 worst_ms=… median_ms=… paints=…"
// (paints: keystrokes after which the list was painted, a check that the
// time includes the painting).
//
// Before the filter, the tray's Find Account… popup is opened as the tray
// opens it (made on first use, over the window's account list model), once
// and then ten more times, each timed the same way until it has been
// painted: "RESULT finder accounts=N first_ms=… worst_ms=… median_ms=…
// painted=…" (painted: opens after which its list was drawn).
#include "accountactivity.h"
#include "accountfinder.h"
#include "accountlistpane.h"
#include "accountstore.h"
#include "appservices.h"
#include "benchaccounts.h"
#include "clipboard.h"
#include "desktopsession.h"
#include "icons.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "secretstore.h"
#include "ticker.h"

#include <QAbstractEventDispatcher>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

// Words a person might look for, each typed and then erased: 50 keystrokes.
const QStringList kWords{QStringLiteral("bench-004"), QStringLiteral("fedex pro"),
                         QStringLiteral("ups"), QStringLiteral("usps")};

// Counts paint events on a widget.
class PaintCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// Runs the UI thread until it has nothing left to do: posted events
// (relayouts, deferred refreshes, update requests and so the repaint) and
// whatever else is ready.
void settle()
{
    QAbstractEventDispatcher* dispatcher = QCoreApplication::eventDispatcher();
    for (int i = 0; i < 1000; ++i) {
        QCoreApplication::sendPostedEvents();
        if (!dispatcher->processEvents(QEventLoop::AllEvents))
            break;
    }
}

// The keystrokes: each word typed, then erased (a null character: Backspace).
QList<QChar> keystrokes()
{
    QList<QChar> keys;
    for (const QString& word : kWords) {
        for (const QChar c : word)
            keys << c;
        for (qsizetype i = 0; i < word.size(); ++i)
            keys << QChar();
    }
    return keys;
}

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    const qsizetype n = times.size();
    return n % 2 ? times.at(n / 2) : (times.at(n / 2 - 1) + times.at(n / 2)) / 2;
}

// The Find Account… popup, as TrayController::showFinder makes and opens it.
void timeFinder(MainWindow* window, int accounts)
{
    constexpr int kReopens = 10;
    std::unique_ptr<AccountFinder> finder;
    PaintCounter paints;
    QList<double> times;
    int painted = 0;
    for (int i = 0; i <= kReopens; ++i) {
        settle();
        const int before = paints.count;
        QElapsedTimer clock;
        clock.start();
        if (!finder) {
            finder = std::make_unique<AccountFinder>(window->accountList()->model());
            if (auto* list = finder->findChild<QAbstractItemView*>())
                list->viewport()->installEventFilter(&paints);
        }
        finder->popUp();
        settle();
        times << double(clock.nsecsElapsed()) / 1e6;
        painted += paints.count > before ? 1 : 0;
        finder->hide();
    }
    const double first = times.takeFirst();
    std::printf("RESULT finder accounts=%d first_ms=%.1f worst_ms=%.1f median_ms=%.1f "
                "painted=%d\n",
                accounts, first, *std::max_element(times.begin(), times.end()), median(times),
                painted);
    std::fflush(stdout);
}

int run(AppServices& services, bool verbose)
{
    Icons::init();
    Ticker ticker;
    ticker.start();
    Clipboard clipboard(&ticker);
    const auto window = DesktopSession::createWindow(services, &ticker, &clipboard);
    ticker.watch(window.get()); // the window's 1 Hz beat, as in the application
    window->resize(1000, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return 1;
    // the start's cached-token lookups are over before the first key (they
    // go a batch at a time: no job pending may be a pause between batches)
    QElapsedTimer loading;
    loading.start();
    while ((window->activity()->loadingCachedTokens() || services.secrets()->pendingJobs() > 0) &&
           loading.elapsed() < 600000)
        QTest::qWait(20);
    QTest::qWait(200);
    timeFinder(window.get(), int(services.store()->accounts().size()));

    auto* edit = window->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    auto* list = window->findChild<QAbstractItemView*>(QStringLiteral("accountList"));
    auto* open = window->findChild<QAction*>(QStringLiteral("filterAction"));
    if (!edit || !list || !open) {
        std::fprintf(stderr, "bench_filter: the filter field, list or action is missing\n");
        return 1;
    }
    open->trigger();
    settle();
    PaintCounter paints;
    list->viewport()->installEventFilter(&paints);

    QList<double> times;
    int painted = 0;
    for (const QChar c : keystrokes()) {
        settle(); // nothing left over from before is counted
        const int before = paints.count;
        QElapsedTimer clock;
        clock.start();
        if (c.isNull())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClick(edit, char(c.toLatin1()));
        settle();
        times << double(clock.nsecsElapsed()) / 1e6;
        painted += paints.count > before ? 1 : 0;
        if (verbose)
            std::fprintf(stderr, "%-10s %7.1f ms %s\n",
                         c.isNull() ? "Backspace" : qPrintable(QStringLiteral("'%1'").arg(c)),
                         times.last(), paints.count > before ? "painted" : "");
        QTest::qWait(30); // a fast typist's pace; the window's timers run between keys
    }
    if (!edit->text().isEmpty()) {
        std::fprintf(stderr, "bench_filter: the filter was not erased\n");
        return 1;
    }
    std::printf("RESULT filter accounts=%d keys=%d worst_ms=%.1f median_ms=%.1f paints=%d\n",
                int(services.store()->accounts().size()), int(times.size()),
                *std::max_element(times.begin(), times.end()), median(times), painted);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendock"));
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("accounts in a temporary folder"),
                                   QStringLiteral("N"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("print each keystroke's time"));
    parser.addOptions({count, verbose});
    parser.addHelpOption();
    parser.process(app);

    if (!parser.isSet(count)) {
        if (!qEnvironmentVariableIsSet("TOKENDOCK_TEST_SCRATCH")) {
            std::fprintf(stderr, "bench_filter opens the user's TokenDock: run it through "
                                 "packaging/dev.sh keyring, or give --count\n");
            return 2;
        }
        AppServices services(AppServices::standard());
        return run(services, parser.isSet(verbose));
    }
    QTemporaryDir dir;
    // a service no item is in: the window finds no cached tokens
    AppServices services(BenchAccounts::throwawayOptions(dir.path()));
    SandboxServer sandbox; // only for the accounts' token URLs
    if (!sandbox.start()) {
        std::fprintf(stderr, "bench_filter: the sandbox could not listen\n");
        return 1;
    }
    QList<Account> accounts;
    for (const DemoSetup::Sample& a : BenchAccounts::make(sandbox, parser.value(count).toInt()))
        accounts << a.account;
    QString error;
    if (!services.store()->replaceAll(accounts, &error)) {
        std::fprintf(stderr, "bench_filter: %s\n", qPrintable(error));
        return 1;
    }
    return run(services, parser.isSet(verbose));
}
