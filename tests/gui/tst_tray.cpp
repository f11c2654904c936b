// SPDX-License-Identifier: Apache-2.0
// The tray against the sandbox and the real Secret Service: the menu mirrors
// the accounts, copies reuse a valid token and share one request, failures
// notify and open their account, the icon sums up the accounts, closing the
// window keeps the app in the tray, and keep-fresh renews on schedule.
#include "accountstore.h"
#include "appsettings.h"
#include "credentialseditor.h"
#include "keepfresh.h"
#include "tokenservice.h"
#include "traycontroller.h"
#include "traymenu.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>

class TestTray : public QObject, protected WindowFixture
{
    Q_OBJECT

private:
    std::unique_ptr<TrayController> tray;

    void openTray()
    {
        tray = DesktopSession::createTray(window.get(), *services, ticker.get(), clipboard.get());
    }
    QAction* trayAction(const QUuid& id, const QString& name)
    {
        QMenu* menu = tray->menu()->accountMenu(id);
        return menu ? menu->findChild<QAction*>(name) : nullptr;
    }
    bool rename(const QUuid& id, const QString& name)
    {
        Account p = *services->store()->find(id);
        p.name = name;
        return services->store()->update(p);
    }

private slots:
    void initTestCase() { prepareRun(); }
    void init()
    {
        setUp();
        openTray();
    }
    void cleanup()
    {
        tray.reset();
        tearDown();
    }

    void menuMirrorsTheAccounts_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QStringList>("outline");
        QTest::newRow("added") << "add" << QStringList{"# Banyan LIVE Connect",
                                                       "acme-banyan",
                                                       "# DHL eCommerce",
                                                       "acme-dhl",
                                                       "# FedEx",
                                                       "acme-fedex"};
        QTest::newRow("renamed") << "rename"
                                 << QStringList{"# Banyan LIVE Connect", "acme-banyan",
                                                "# DHL eCommerce", "zeta-dhl"};
        QTest::newRow("removed") << "remove" << QStringList{"# Banyan LIVE Connect", "acme-banyan"};
    }

    void menuMirrorsTheAccounts()
    {
        QFETCH(QString, change);
        QFETCH(QStringList, outline);
        QCOMPARE(tray->menu()->outline(), QStringList());
        QVERIFY(tray->menu()->findChild<QAction*>("trayNoAccounts"));
        const QUuid banyan = addAccount(sandboxAccount("banyan", "acme-banyan"));
        const QUuid dhl = addAccount(sandboxAccount("dhl-ecs", "acme-dhl"));
        QCOMPARE(tray->menu()->outline(), QStringList({"# Banyan LIVE Connect", "acme-banyan",
                                                       "# DHL eCommerce", "acme-dhl"}));
        QMenu* before = tray->menu()->accountMenu(banyan);
        if (change == "add")
            QVERIFY(!addAccount(sandboxAccount("fedex", "acme-fedex")).isNull());
        if (change == "rename")
            QVERIFY(rename(dhl, "zeta-dhl"));
        if (change == "remove") {
            QObject context;
            bool removed = false;
            services->accounts()->remove(dhl, &context,
                                         [&removed](const Failure& r) { removed = r.ok(); });
            QTRY_VERIFY(removed);
        }
        QCOMPARE(tray->menu()->outline(), outline);
        QVERIFY(tray->menu()->accountMenu(banyan) != before); // rebuilt for the new shape
        // every account offers every copy format, the test and keep-fresh
        const QStringList expected{"trayCopy_header", "trayCopy_token",      "trayCopy_curl",
                                   "trayCopy_httpie", "trayCopy_powershell", "trayCopy_env",
                                   "trayTest",        "trayKeepFresh",       "trayOpen"};
        for (const QString& name : expected)
            QVERIFY2(trayAction(banyan, name), qPrintable(name));
        QVERIFY(!trayAction(banyan, "trayCopy_json")); // for scripts only
        QVERIFY(tray->menu()->findChild<QAction*>("trayShow"));
        QVERIFY(tray->menu()->findChild<QAction*>("trayQuit"));
        QVERIFY(!tray->menu()->findChild<QAction*>("trayNoAccounts"));
    }

    void copyReusesAValidToken_data()
    {
        QTest::addColumn<int>("format");
        for (HeaderFormat::Format f : HeaderFormat::all()) {
            if (f != HeaderFormat::Json)
                QTest::newRow(qPrintable(HeaderFormat::id(f))) << int(f);
        }
    }

    void copyReusesAValidToken()
    {
        QFETCH(int, format);
        const Account p = sandboxAccount("banyan", "acme-banyan");
        const QUuid id = addAccount(p);
        QVERIFY(testThroughTheButton("acme-banyan"));
        QCOMPARE(sandbox->tokenRequestCount("banyan"), 1);
        const auto token = window->activity()->token(id);
        QVERIFY(token);
        clock.advance(61);
        QSignalSpy notified(tray.get(), &TrayController::notified);
        trayAction(id, "trayCopy_" + HeaderFormat::id(HeaderFormat::Format(format)))->trigger();
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(clipboardText(), HeaderFormat::render(HeaderFormat::Format(format), *token,
                                                       QUrl(p.tokenUrl), p.name));
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data("x-kde-passwordManagerHint"),
                 QByteArray("secret"));
        QCOMPARE(sandbox->tokenRequestCount("banyan"),
                 1); // no request: the cached token lives long enough
        QCOMPARE(notified.first().at(2).toBool(), false);
        if (format == HeaderFormat::Header)
            QCOMPARE(notified.first().at(1).toString(),
                     QString("Header for acme-banyan copied \u2014 expires in 58 min \u2014 "
                             "clipboard clears in 30 s"));
        // the same Clipboard: cleared after its time, since nothing else was copied
        clock.advance(30);
        ticker->tickNow();
        QVERIFY(clipboardText().isEmpty());
    }

    void quickCopiesOfAnExpiredTokenShareOneRequest()
    {
        const Account p = sandboxAccount("banyan", "acme-banyan");
        const QUuid id = addAccount(p);
        QVERIFY(testThroughTheButton("acme-banyan"));
        const QByteArray first = sandbox->issuedTokens().last();
        clock.advance(3600); // expired
        QSignalSpy notified(tray.get(), &TrayController::notified);
        QAction* copy = trayAction(id, "trayCopy_header");
        for (int i = 0; i < 5; ++i)
            copy->trigger();
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(sandbox->tokenRequestCount("banyan"),
                 2); // the test, then one renewal for five clicks
        const QByteArray second = sandbox->issuedTokens().last();
        QVERIFY(first != second);
        QCOMPARE(clipboardText(), "Authorization: Bearer " + QString::fromLatin1(second));
        QVERIFY(notified.first().at(1).toString().startsWith("Header for acme-banyan copied"));
        QVERIFY(!services->tokens()->isBusy(id)); // nothing else on its way
    }

    void aFailedCopyNotifiesAndOpensItsAccount()
    {
        const QUuid other = addAccount(sandboxAccount("banyan", "acme-banyan"));
        const QUuid id = addAccount(sandboxAccount("dhl-ecs", "acme-dhl"), "not-the-secret");
        QVERIFY(window->showAccount(other));
        window->hide();
        QSignalSpy notified(tray.get(), &TrayController::notified);
        trayAction(id, "trayCopy_header")->trigger();
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QString("Nothing copied for acme-dhl"));
        QVERIFY(!notified.first().at(1).toString().isEmpty());
        QCOMPARE(notified.first().at(2).toBool(), true);
        QVERIFY(!clipboardText().startsWith("Authorization"));
        emit tray->icon()->messageClicked();
        QVERIFY(window->isVisible());
        QCOMPARE(window->currentAccount(), id);
    }

    void aWindowTestThatFailsWhileHiddenNotifies()
    {
        const QUuid id = addAccount(sandboxAccount("dhl-ecs", "acme-dhl"), "not-the-secret");
        QSignalSpy notified(tray.get(), &TrayController::notified);
        // shown: the banner tells it, no notification
        const auto seen = testThroughTheButton("acme-dhl");
        QVERIFY(seen && !seen->ok());
        QCOMPARE(notified.count(), 0);
        // hidden in the tray: the notification tells it, with the name and the category
        window->hide();
        const auto unseen = testThroughTheButton("acme-dhl");
        QVERIFY(unseen && !unseen->ok());
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(),
                 "acme-dhl: " + Failure::categoryLabel(unseen->error.category));
        QCOMPARE(notified.first().at(1).toString(), unseen->error.message.text());
        QCOMPARE(notified.first().at(2).toBool(), true);
        QVERIFY(!notified.first().at(1).toString().contains("not-the-secret"));
        emit tray->icon()->messageClicked(); // opens the account it is about
        QVERIFY(window->isVisible());
        QCOMPARE(window->currentAccount(), id);
    }

    void copyFormatsReadAsWholeSentences()
    {
        const QUuid id = addAccount(sandboxAccount("banyan", "acme-banyan"));
        // one source text per format, so each language can word it whole
        const QHash<QString, QString> expected{
            {"trayCopy_header", "Copy &Header"},
            {"trayCopy_token", "Copy &Token"},
            {"trayCopy_curl", "Copy as curl command"},
            {"trayCopy_httpie", "Copy as HTTPie command"},
            {"trayCopy_powershell", "Copy as PowerShell command"},
            {"trayCopy_env", "Copy as .env line"}};
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QAction* a = trayAction(id, it.key());
            QVERIFY2(a, qPrintable(it.key()));
            QCOMPARE(a->text(), it.value());
        }
    }

    void iconAndTooltipSumUpTheAccounts()
    {
        QCOMPARE(tray->status().overall, TrayStatus::Overall::Fine);
        const QUuid id = addAccount(sandboxAccount("banyan", "acme-banyan"));
        QVERIFY(testThroughTheButton("acme-banyan"));
        QCOMPARE(tray->status().overall, TrayStatus::Overall::Fine);
        QCOMPARE(tray->status().soonestName, QString("acme-banyan"));
        const QDateTime expiry = window->activity()->token(id)->expiresAt();
        QCOMPARE(tray->status().soonestExpiry, expiry);
        QVERIFY2(tray->icon()->toolTip().contains("Next expiry: acme-banyan, "),
                 qPrintable(tray->icon()->toolTip()));
        // asleep, the ticker still wakes for the expiry
        QCOMPARE(ticker->nextWake(), expiry);
        clock.setNow(expiry);
        ticker->tickNow();
        QCOMPARE(tray->status().overall, TrayStatus::Overall::Expired);
        QVERIFY(tray->icon()->toolTip().contains("Expired tokens: 1"));
        addAccount(sandboxAccount("dhl-ecs", "acme-dhl"), "not-the-secret");
        QVERIFY(testThroughTheButton("acme-dhl"));
        QCOMPARE(tray->status().overall, TrayStatus::Overall::Failed);
        QVERIFY(tray->icon()->toolTip().contains("Accounts whose last test failed: 1"));
        // the list says the same (one definition of each state)
        QCOMPARE(window->activity()->status(id, clock.now()).state, AccountState::Expired);
    }

    void closingTheWindowKeepsTheAppInTheTray()
    {
        window->setCloseToTray(true);
        QSignalSpy notified(tray.get(), &TrayController::notified);
        QVERIFY(!services->settings().closeToTrayNoticeShown());
        window->close();
        QVERIFY(!window->isVisible());
        QCOMPARE(notified.count(), 1);
        QVERIFY(notified.first().at(1).toString().contains("keeps running in the tray"));
        QVERIFY(services->settings().closeToTrayNoticeShown());
        tray->toggleWindow(); // a click on the icon
        QVERIFY(window->isVisible());
        window->close();
        QCOMPARE(notified.count(), 1); // said once
        QSignalSpy quit(tray.get(), &TrayController::quitRequested);
        tray->menu()->findChild<QAction*>("trayQuit")->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void keepFreshFromTheMenuRenewsOnSchedule()
    {
        const QUuid id = addAccount(sandboxAccount("dhl-ecs", "acme-dhl"));
        QVERIFY(testThroughTheButton("acme-dhl"));
        const QDateTime obtained = clock.now();
        QAction* toggle = trayAction(id, "trayKeepFresh");
        QVERIFY(!toggle->isChecked());
        toggle->trigger();
        QVERIFY(services->store()->find(id)->keepFresh);
        QVERIFY(find<QCheckBox>("keepFreshCheck")->isChecked()); // the page follows
        // DHL eCommerce advises a new token every 20 minutes
        QTRY_COMPARE(window->keepFresh()->nextRenewal(id), obtained.addSecs(1200));
        QCOMPARE(ticker->nextWake(), obtained.addSecs(1200));
        QVERIFY(trayAction(id, "trayKeepFresh")->text().startsWith("&Keep Fresh (Renews at"));
        clock.advance(1199);
        ticker->tickNow();
        QVERIFY(!services->tokens()->isBusy(id)); // not yet
        QCOMPARE(sandbox->requestCount(), 1);
        clock.advance(1);
        ticker->tickNow();
        QTRY_COMPARE(sandbox->requestCount(), 2);
        QTRY_COMPARE(window->keepFresh()->nextRenewal(id), clock.now().addSecs(1200));
        // off again from the page's switch
        find<QCheckBox>("keepFreshCheck")->click();
        QVERIFY(!services->store()->find(id)->keepFresh);
        QVERIFY(!trayAction(id, "trayKeepFresh")->isChecked());
        QVERIFY(!window->keepFresh()->nextRenewal(id).isValid());
    }

    void keepFreshSurvivesSavingAnOpenForm()
    {
        const QUuid id = addAccount(sandboxAccount("dhl-ecs", "acme-dhl"));
        QVERIFY(window->showAccount(id));
        auto* name = find<QLineEdit>("nameEdit");
        name->setText("acme-dhl-renamed"); // the form is being edited...
        QVERIFY(page()->editor()->isDirty());
        trayAction(id, "trayKeepFresh")->trigger(); // ...while keep-fresh is switched on
        QVERIFY(services->store()->find(id)->keepFresh);
        bool saved = false;
        page()->editor()->save([&saved](bool ok) { saved = ok; });
        QTRY_VERIFY(saved);
        QCOMPARE(services->store()->find(id)->name, QString("acme-dhl-renamed"));
        QVERIFY(services->store()->find(id)->keepFresh);
    }

    void keepFreshBacksOffAfterFailures()
    {
        Account p = sandboxAccount("dhl-ecs", "acme-dhl");
        p.keepFresh = true;
        const QUuid id = addAccount(p, "not-the-secret");
        // no token: it asks at once, fails, and waits 30 s, then 60 s
        QTRY_COMPARE(sandbox->requestCount(), 1);
        QTRY_COMPARE(window->keepFresh()->failures(id), 1);
        QTRY_COMPARE(window->keepFresh()->nextRenewal(id), clock.now().addSecs(30));
        clock.advance(29);
        ticker->tickNow();
        QVERIFY(!services->tokens()->isBusy(id)); // still waiting
        QCOMPARE(sandbox->requestCount(), 1);
        clock.advance(1);
        ticker->tickNow();
        QTRY_COMPARE(sandbox->requestCount(), 2);
        QTRY_COMPARE(window->keepFresh()->failures(id), 2);
        QTRY_COMPARE(window->keepFresh()->nextRenewal(id), clock.now().addSecs(60));
        QVERIFY(window->keepFresh()->describe(id).startsWith("Retrying at"));
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
