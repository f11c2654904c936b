// SPDX-License-Identifier: Apache-2.0
// The carrier's token budget across processes: `tokendock` children and this
// process's TokenService share one ledger, so together they never send more
// than the budget; and what `token` and `test` say and do once it is spent.
#include "accountstore.h"
#include "appservices.h"
#include "clitest.h"
#include "filemode.h"
#include "tokenledger.h"
#include "tokenservice.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace {
// project44 allows 5 token requests a minute (resources/carriers.json)
constexpr int kBudget = 5;
const QByteArray kProject44Path = "/project44/";
} // namespace

class TestCliBudget : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

    int project44Requests() const
    {
        int n = 0;
        for (const RecordedRequest& r : sandbox.requests())
            n += r.path.startsWith(kProject44Path) ? 1 : 0;
        return n;
    }

    static QProcess* startChild(const CliHome& home, const QStringList& args, QObject* parent)
    {
        auto* child = new QProcess(parent);
        child->setProcessEnvironment(home.environment());
        child->start(tokendockPath(), args);
        return child;
    }

    // A fresh home with project44 account NAME whose budget is already spent
    // by `token NAME` and four tests, all in the last seconds.
    void spendTheBudget(CliHome& home, const QString& name)
    {
        addSandboxAccount(home, sandbox, name, "project44");
        if (QTest::currentTestFailed())
            return;
        RUN_CLI(first, home, {"token", name});
        QCOMPARE_EXIT(first, 0);
        for (int i = 1; i < kBudget; ++i) {
            RUN_CLI(r, home, {"test", name});
            QCOMPARE_EXIT(r, 0);
        }
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }

    void init() { sandbox.clearRequests(); }

    // children and this process ask at the same time: the sandbox sees the
    // budget and not one request more, and every other caller hears why
    void processesShareOneBudget()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "p44", "project44");
        if (QTest::currentTestFailed())
            return;
        QElapsedTimer elapsed;
        elapsed.start();
        AppServices::Options options;
        options.configDir = home.configDir();
        options.keychainService = QStringLiteral("TokenDock");
        AppServices services(options);
        QUuid id;
        for (const Account& a : services.store()->accounts())
            id = a.name == "p44" ? a.id : id;
        QVERIFY(!id.isNull());

        constexpr int kChildren = 4;
        constexpr int kOwn = 4;
        QObject children;
        QList<QProcess*> started;
        for (int i = 0; i < kChildren; ++i)
            started << startChild(home, {"test", "p44"}, &children);
        int ownSent = 0;
        int ownHeld = 0;
        for (int i = 0; i < kOwn; ++i) {
            TokenResult result;
            bool done = false;
            services.tokens()->requestToken(id, this, [&](const TokenResult& r) {
                result = r;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
            ownSent += result.ok() ? 1 : 0;
            ownHeld += result.error.category == ErrorCategory::HeldBack ? 1 : 0;
        }
        int childrenSent = 0;
        int childrenHeld = 0;
        for (QProcess* child : std::as_const(started)) {
            QTRY_VERIFY_WITH_TIMEOUT(child->state() == QProcess::NotRunning, 60000);
            const QByteArray err = child->readAllStandardError();
            childrenSent += child->exitCode() == 0 ? 1 : 0;
            if (child->exitCode() == 1) {
                QVERIFY2(err.contains("allows 5 token requests a minute"), err.constData());
                ++childrenHeld;
            }
        }
        // everything above happened well within project44's minute
        QVERIFY2(elapsed.elapsed() < 55000, "too slow to count within one minute");
        QCOMPARE(project44Requests(), kBudget);
        QCOMPARE(ownSent + childrenSent, kBudget);
        QCOMPARE(ownHeld + childrenHeld, kChildren + kOwn - kBudget);
        QCOMPARE(modeOf(home.configDir() + '/' + TokenLedger::fileName()), 0600);
    }

    // over budget, `token` hands out the cached token while it is still valid,
    // shorter than --min-valid, and says so on stderr
    void tokenOverBudgetHandsOutTheCachedToken()
    {
        CliHome home;
        spendTheBudget(home, "p44");
        if (QTest::currentTestFailed())
            return;
        const QByteArray cached = sandbox.issuedTokens().constLast();
        const int before = project44Requests();
        // the sandbox's project44 tokens live 12 hours: less than a day
        RUN_CLI(r, home, {"token", "p44", "--format", "token", "--min-valid", "86400"});
        QCOMPARE_EXIT(r, 0);
        QVERIFY(r.out == cached + '\n'); // QCOMPARE would print the token
        QVERIFY2(r.stdErr().startsWith("Note: The cached token was handed out although it "
                                       "stays valid for only "),
                 r.describe().constData());
        QVERIFY2(r.stdErr().contains("project44 allows 5 token requests a minute"),
                 r.describe().constData());
        QVERIFY(!r.err.contains(cached));
        QCOMPARE(project44Requests(), before);
    }

    // with no token to fall back on, the time the next request may go
    void tokenOverBudgetWithoutACachedTokenSaysWhen()
    {
        CliHome home;
        spendTheBudget(home, "p44");
        if (QTest::currentTestFailed())
            return;
        // the same client at the same token URL: one budget, but nothing cached
        addSandboxAccount(home, sandbox, "p44-twin", "project44");
        const int before = project44Requests();
        RUN_CLI(r, home, {"token", "p44-twin"});
        QCOMPARE_EXIT(r, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QRegularExpression("The next one can be sent at \\d\\d:\\d\\d:\\d\\d\\.")
                     .match(r.stdErr())
                     .hasMatch(),
                 r.describe().constData());
        QVERIFY2(r.stdErr().contains("--force"), r.describe().constData());
        QCOMPARE(project44Requests(), before);
    }

    // --fresh over budget is refused, with what --force risks; --force sends it
    void freshOverBudgetNeedsForce_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("token --fresh") << QStringList{"token", "p44", "--fresh"};
        QTest::newRow("test") << QStringList{"test", "p44"};
    }

    void freshOverBudgetNeedsForce()
    {
        QFETCH(QStringList, args);
        CliHome home;
        spendTheBudget(home, "p44");
        if (QTest::currentTestFailed())
            return;
        const int before = project44Requests();
        RUN_CLI(refused, home, args);
        QCOMPARE_EXIT(refused, 1);
        QVERIFY(refused.out.isEmpty() || args.first() == "test");
        const QString err = refused.stdErr();
        QVERIFY2(err.contains("Not sent: project44 allows 5 token requests a minute."),
                 refused.describe().constData());
        QVERIFY2(err.contains("add --force to send it anyway: the carrier may rate-limit or "
                              "block the client"),
                 refused.describe().constData());
        QCOMPARE(project44Requests(), before);
        RUN_CLI(forced, home, args + QStringList{"--force"});
        QCOMPARE_EXIT(forced, 0);
        QCOMPARE(project44Requests(), before + 1);
        if (args.first() == "token")
            QVERIFY(forced.out == sandbox.issuedTokens().constLast() + '\n'); // no token in logs
    }

    // a ledger that cannot be read holds back the carriers with a budget, says
    // so, and leaves the others alone; those never create it
    void anUnreadableLedgerHoldsBackOnlyBudgetedCarriers()
    {
        CliHome home;
        addSandboxAccount(home, sandbox, "banyan", "banyan");
        addSandboxAccount(home, sandbox, "p44", "project44");
        if (QTest::currentTestFailed())
            return;
        const QString ledger = home.configDir() + '/' + TokenLedger::fileName();
        RUN_CLI(free, home, {"test", "banyan"});
        QCOMPARE_EXIT(free, 0);
        QVERIFY(!QFile::exists(ledger));
        QFile file(ledger);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage");
        file.close();
        RUN_CLI(held, home, {"test", "p44"});
        QCOMPARE_EXIT(held, 1);
        QVERIFY2(held.stdErr().contains("could not check project44's token budget"),
                 held.describe().constData());
        QVERIFY2(held.stdErr().contains(TokenLedger::fileName()), held.describe().constData());
        QCOMPARE(project44Requests(), 0);
        RUN_CLI(stillFree, home, {"test", "banyan"});
        QCOMPARE_EXIT(stillFree, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBudget)
#include "tst_cli_budget.moc"
