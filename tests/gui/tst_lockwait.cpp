// SPDX-License-Identifier: Apache-2.0
// The window while another tokendock holds the account list's lock (a script
// running `tokendock edit`): it keeps answering, and the keep-fresh switch, a
// saved edit and a test's result land in the file once the lock is free.
#include "accountstore.h"
#include "keepfresh.h"
#include "tokenledger.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

class TestLockWait : public QObject, protected WindowFixture
{
    Q_OBJECT

    // The account as the file holds it now.
    static std::optional<Account> inFile(const QString& path, const QUuid& id)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        QList<Account> list;
        QString reason;
        if (!AccountStore::parse(file.readAll(), &list, &reason))
            return std::nullopt;
        for (const Account& p : std::as_const(list)) {
            if (p.id == id)
                return p;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase() { prepareRun(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void windowKeepsAnsweringWhileAnotherProcessHoldsTheLock()
    {
        services->store()->setAsync(true); // as the desktop session wires it
        const QUuid id = addAccount(sandboxAccount("usps", "acme-usps"));
        QVERIFY(!id.isNull());
        QVERIFY(window->selectAccount("acme-usps"));
        const QString path = services->store()->filePath();

        QProcess holder;
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        holder.start(STORAGE_HELPER, {"hold-lock", path, "3000"});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        // the window's beat: every gap between two ticks is a time it did not answer
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer beat;
        beat.setInterval(50);
        connect(&beat, &QTimer::timeout, this, [&] {
            longestGap = qMax(longestGap, sinceTick.restart());
            ++ticks;
        });
        sinceTick.start();
        beat.start();

        find<QCheckBox>("keepFreshCheck")->click();
        page()->showTab(AccountPage::CredentialsTab);
        find<QLineEdit>("nameEdit")->setText("acme-usps-renamed");
        find<QPushButton>("saveButton")->click();
        find<QToolButton>("testButton")->click(); // its result is saved a moment later
        const auto froze = [&] {
            return QString("the window froze for %1 ms").arg(longestGap).toUtf8();
        };
        longestGap = qMax(longestGap, sinceTick.elapsed());
        QVERIFY2(longestGap < 200, froze().constData());

        // a second in, the lock is still held: nothing is in the file yet
        QTRY_VERIFY(ticks >= 20);
        QCOMPARE(holder.state(), QProcess::Running);
        const auto stored = [&path, &id] {
            return inFile(path, id).value_or(Account());
        };
        QVERIFY(!stored().keepFresh);

        // once it is free, all three land, and in the window too
        QTRY_VERIFY_WITH_TIMEOUT(stored().keepFresh && stored().name == "acme-usps-renamed" &&
                                     stored().history.size() == 1,
                                 15000);
        QTRY_VERIFY(holder.state() == QProcess::NotRunning);
        QCOMPARE(holder.exitCode(), 0);
        longestGap = qMax(longestGap, sinceTick.elapsed());
        QVERIFY2(longestGap < 200, froze().constData());
        QVERIFY(ticks >= 40);
        QTRY_VERIFY(services->store()->find(id)->keepFresh);
        QCOMPARE(services->store()->find(id)->name, QString("acme-usps-renamed"));
        QCOMPARE(services->store()->find(id)->history.size(), 1);
        QVERIFY(find<QCheckBox>("keepFreshCheck")->isChecked());
    }

    // another TokenDock keeps the token ledger locked longer than a
    // reservation waits: the window keeps answering, Test sends nothing and
    // says why, and once the lock is free Test goes
    void windowKeepsAnsweringWhileTheLedgerIsLocked()
    {
        const QUuid id = addAccount(sandboxAccount("project44", "acme-p44"));
        QVERIFY(!id.isNull());
        QVERIFY(window->selectAccount("acme-p44"));
        QProcess holder;
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        holder.start(STORAGE_HELPER, {"hold-lock", services->options().ledgerFile(),
                                      QString::number(TokenLedger::kLockWaitMs + 1500)});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer beat;
        beat.setInterval(50);
        connect(&beat, &QTimer::timeout, this,
                [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
        sinceTick.start();
        beat.start();
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        find<QToolButton>("testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
        const auto held = finished.first().at(1).value<TokenResult>();
        QCOMPARE(held.error.category, ErrorCategory::HeldBack);
        QVERIFY2(held.error.message.text().contains("another TokenDock kept"),
                 qPrintable(held.error.message.text()));
        QCOMPARE(sandbox->requestCount(), 0);
        longestGap = qMax(longestGap, sinceTick.elapsed());
        QVERIFY2(longestGap < 200,
                 qPrintable(QString("the window froze for %1 ms").arg(longestGap)));

        QTRY_VERIFY_WITH_TIMEOUT(holder.state() == QProcess::NotRunning, 15000);
        const auto sent = testThroughTheButton("acme-p44");
        QVERIFY(sent && sent->ok());
        QCOMPARE(sandbox->requestCount(), 1);
    }
};

QTEST_MAIN(TestLockWait)
#include "tst_lockwait.moc"
