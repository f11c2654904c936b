// SPDX-License-Identifier: Apache-2.0
// The probe in the window against the sandbox and the real Secret Service:
// the banner shows the token's and the probe's verdicts together, the
// History table keeps the probe's, the tray's Test Now makes it, and the
// editor's switch and URL decide whether and where it goes.
#include "accountstore.h"
#include "credentialseditor.h"
#include "historytable.h"
#include "importdialog.h"
#include "traycontroller.h"
#include "traymenu.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>

class TestProbeFlows : public QObject, protected WindowFixture
{
    Q_OBJECT

private:
    std::unique_ptr<TrayController> tray;

    int probeRequests() const { return sandbox->requestCount("/v3/StaticData/Countries"); }
    QString historyProbe(int row)
    {
        auto* table = find<HistoryTable>("historyTable");
        return table && table->item(row, 4) ? table->item(row, 4)->text() : QString();
    }
    void saveEditor()
    {
        find<QPushButton>("saveButton")->click();
        QTRY_VERIFY(!page()->editor()->isDirty());
    }

private slots:
    void initTestCase() { prepareRun(); }
    void init()
    {
        setUp();
        tray = DesktopSession::createTray(window.get(), *services, ticker.get(), clipboard.get());
    }
    void cleanup()
    {
        tray.reset();
        tearDown();
    }

    void bannerAndHistoryShowBothVerdicts()
    {
        addAccount(sandboxAccount("banyan", "acme-banyan"));
        const auto works = testThroughTheButton("acme-banyan");
        QVERIFY(works && works->ok());
        QCOMPARE(ProbeOutcome::verdictId(works->probe.verdict), QString("works"));
        QCOMPARE(banner()->title(), QString("Token received"));
        QVERIFY2(banner()->probe().startsWith("API probe: Works \u2014 The API accepted the token"),
                 qPrintable(banner()->probe()));
        QCOMPARE(banner()->tone(), StatusStyle::Tone::Success);
        QVERIFY(find<QLabel>("bannerProbe")->isVisibleTo(window.get()));

        sandbox->setProbeEntitled("banyan", false);
        const auto refused = testThroughTheButton("acme-banyan");
        QVERIFY(refused && refused->ok()); // the token still came
        QCOMPARE(banner()->title(), QString("Token received"));
        QCOMPARE(banner()->tone(), StatusStyle::Tone::Warning);
        const QString probe = banner()->probe();
        QVERIFY2(probe.startsWith("API probe: Not entitled"), qPrintable(probe));
        QVERIFY2(
            probe.contains("\u201cYour account is not provisioned for this API product.\u201d"),
            qPrintable(probe));
        QVERIFY2(probe.contains("Ask the carrier to enable this API"), qPrintable(probe));

        page()->showTab(AccountPage::HistoryTab);
        QTRY_COMPARE(historyProbe(0), QString("Not entitled (HTTP 403)"));
        QCOMPARE(historyProbe(1), QString("Works (HTTP 200)"));
        // kept with the account: it shows again after a restart
        closeWindow();
        openWindow();
        QVERIFY(window->selectAccount("acme-banyan"));
        page()->showTab(AccountPage::HistoryTab);
        QTRY_COMPARE(historyProbe(0), QString("Not entitled (HTTP 403)"));
    }

    // Test All counts an account whose token the API refuses as one that failed.
    void testAllCountsAProbeThatDidNotWork()
    {
        addAccount(sandboxAccount("banyan", "banyan works"));
        addAccount(sandboxAccount("dhl-ecs", "dhl works"));
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        action("testAllAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
        QTRY_VERIFY(action("testAllAction")->isEnabled());
        QVERIFY2(window->statusBar()->currentMessage().contains("all worked"),
                 qPrintable(window->statusBar()->currentMessage()));
        sandbox->setProbeEntitled("banyan", false);
        action("testAllAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 15000);
        QTRY_VERIFY(action("testAllAction")->isEnabled());
        QVERIFY2(window->statusBar()->currentMessage().contains("1 failed"),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    void trayTestNowMakesTheProbe()
    {
        const QUuid id = addAccount(sandboxAccount("banyan", "acme-banyan"));
        window->hide();
        QSignalSpy notified(tray.get(), &TrayController::notified);
        QAction* test = tray->menu()->accountMenu(id)->findChild<QAction*>("trayTest");
        const int before = probeRequests();
        test->trigger();
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QString("acme-banyan works"));
        QCOMPARE(probeRequests(), before + 1);
        sandbox->setProbeEntitled("banyan", false);
        test->trigger();
        QTRY_COMPARE(notified.count(), 2);
        QCOMPARE(notified.at(1).at(0).toString(),
                 QString("acme-banyan: token received, API probe: Not entitled"));
        QVERIFY(notified.at(1).at(1).toString().contains("not provisioned"));
        QCOMPARE(notified.at(1).at(2).toBool(), true);
    }

    void editorSwitchesAndMovesTheProbe()
    {
        const QUuid id = addAccount(sandboxAccount("banyan", "acme-banyan"));
        QVERIFY(window->selectAccount("acme-banyan"));
        page()->showTab(AccountPage::CredentialsTab);
        auto* probeSwitch = find<QCheckBox>("probeSwitch");
        auto* url = find<QLineEdit>("probeUrlEdit");
        QVERIFY(probeSwitch->isVisibleTo(window.get()) && probeSwitch->isChecked());
        QCOMPARE(url->placeholderText(), QString("/v3/StaticData/Countries"));
        QVERIFY2(find<QLabel>("probeNote")->text().contains("not confirmed"),
                 qPrintable(find<QLabel>("probeNote")->text()));

        probeSwitch->setChecked(false);
        saveEditor();
        QVERIFY(!services->store()->find(id)->probeOn);
        const int before = probeRequests();
        const auto quiet = testThroughTheButton("acme-banyan");
        QVERIFY(quiet && quiet->ok() && !quiet->probe.ran());
        QVERIFY(banner()->probe().isEmpty());
        QCOMPARE(probeRequests(), before);

        page()->showTab(AccountPage::CredentialsTab);
        probeSwitch->setChecked(true);
        url->setText("http://api.example.com/v1/ping"); // the token in the clear: refused
        find<QPushButton>("saveButton")->click();
        QTRY_VERIFY(find<QLabel>("issue_probe")->text().contains("https://"));
        QVERIFY(find<QLabel>("issue_probe")->isVisibleTo(window.get()));
        QVERIFY(services->store()->find(id)->probe.target.isEmpty()); // not saved
        url->setText(sandbox->probeFaultUrl(SandboxServer::ProbeFault::NotFound).toString());
        saveEditor();
        QCOMPARE(services->store()->find(id)->probe.target, url->text());
        const auto moved = testThroughTheButton("acme-banyan");
        QVERIFY(moved && moved->ok());
        QVERIFY2(banner()->probe().startsWith("API probe: Wrong address"),
                 qPrintable(banner()->probe()));
    }

    // An account file that moves the probe elsewhere: the preview names the
    // new probe URL and makes the host stand out.
    void importPreviewShowsWhereTheProbeGoes()
    {
        const Account mine = sandboxAccount("banyan", "acme-banyan");
        QVERIFY(!addAccount(mine).isNull());
        Account theirs = mine;
        theirs.probe.target = "https://collector.example.net/steal";
        const QString file = dir.filePath("colleague.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(AccountExchange::exportJson({theirs}));
        f.close();
        window->importFile(file);
        ImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ImportDialog*>("importDialog")));
        QTreeWidgetItem* account = dialog->findChild<QTreeWidget*>("importTree")->topLevelItem(0);
        QStringList rows;
        for (int i = 0; i < account->childCount(); ++i)
            rows << account->child(i)->text(0) + ": " + account->child(i)->text(1);
        const QString shown = rows.join('\n');
        QVERIFY2(shown.contains("probe URL (where tests send the token)"), qPrintable(shown));
        QVERIFY2(shown.contains("https://collector.example.net/steal"), qPrintable(shown));
        QVERIFY2(shown.contains("Probe sends the token elsewhere: collector.example.net"),
                 qPrintable(shown));
        QVERIFY(account->data(0, Qt::UserRole + 1).toBool()); // it stands out
        dialog->reject();
    }

    void aProbeHostThePresetDoesNotNameIsPointedOut()
    {
        addAccount(sandboxAccount("banyan", "acme-banyan"));
        QVERIFY(window->selectAccount("acme-banyan"));
        page()->showTab(AccountPage::CredentialsTab);
        find<QLineEdit>("probeUrlEdit")->setText("https://collector.example.net/steal");
        QVERIFY2(find<QLabel>("probeNote")->text().contains("collector.example.net"),
                 qPrintable(find<QLabel>("probeNote")->text()));
    }
};

QTEST_MAIN(TestProbeFlows)
#include "tst_probeflows.moc"
