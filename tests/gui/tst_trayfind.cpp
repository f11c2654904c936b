// SPDX-License-Identifier: Apache-2.0
// The tray with many accounts: the menu lists the pinned ones and the ten
// used last, never thousands; "Find Account…" filters every account with the
// keyboard and copies the one chosen in the format its key says.
#include "accountfinder.h"
#include "accountlistmodel.h"
#include "accountstore.h"
#include "quickaccounts.h"
#include "traycontroller.h"
#include "traymenu.h"
#include "windowfixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>

Q_DECLARE_METATYPE(HeaderFormat::Format)

class TestTrayFind : public QObject, protected WindowFixture
{
    Q_OBJECT

private:
    std::unique_ptr<TrayController> tray;
    QList<QUuid> ids; // acct-000, acct-001, ... by number

    // count accounts named acct-000..., their carrier by number: Banyan, DHL, FedEx
    void addMany(int count)
    {
        const QStringList carriers{"banyan", "dhl-ecs", "fedex"};
        QList<Account> list = services->store()->accounts();
        for (int i = 0; i < count; ++i) {
            list << sandboxAccount(carriers.at(i % 3),
                                   QString("acct-%1").arg(i, 3, 10, QChar('0')));
            ids << list.last().id;
        }
        QString error;
        QVERIFY2(services->store()->replaceAll(list, &error), qPrintable(error));
    }
    QuickAccounts* quick() { return window->quickAccounts(); }
    AccountFinder* openFinder()
    {
        QAction* findAction = tray->menu()->findChild<QAction*>("trayFind");
        if (!findAction || !findAction->isEnabled())
            return nullptr;
        findAction->trigger();
        return tray->finder();
    }
    // The account names the finder lists, top to bottom (carrier titles left out).
    QStringList shownNames(AccountFinder* finder)
    {
        auto* view = finder->findChild<QTreeView*>("accountFinderList");
        QStringList out;
        for (QModelIndex i = view->model()->index(0, 0); i.isValid(); i = view->indexBelow(i)) {
            if (!i.data(AccountListModel::IsGroupRole).toBool())
                out << i.data(Qt::DisplayRole).toString();
        }
        return out;
    }
    QString currentName(AccountFinder* finder)
    {
        const Account* p = services->store()->find(finder->currentId());
        return p ? p->name : QString();
    }

private slots:
    void initTestCase()
    {
        prepareRun();
        qRegisterMetaType<HeaderFormat::Format>();
    }
    void init()
    {
        setUp();
        ids.clear();
        tray = DesktopSession::createTray(window.get(), *services, ticker.get(), clipboard.get());
    }
    void cleanup()
    {
        tray.reset();
        tearDown();
    }

    void findFiltersAndCopiesWithTheKeyboard()
    {
        addMany(300);
        AccountFinder* finder = openFinder();
        QVERIFY(finder);
        QCOMPARE(finder->objectName(), QString("accountFinder"));
        QVERIFY(finder->isVisible());
        QCOMPARE(shownNames(finder).size(), 300);
        auto* filter = finder->findChild<QLineEdit*>("accountFinderFilter");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, "acct-01");
        // acct-010 ... acct-019, under their carriers: Banyan 012 015 018, DHL 010 013 ...
        QCOMPARE(shownNames(finder),
                 QStringList({"acct-012", "acct-015", "acct-018", "acct-010", "acct-013",
                              "acct-016", "acct-019", "acct-011", "acct-014", "acct-017"}));
        QCOMPARE(currentName(finder), QString("acct-012")); // the first match, ready
        QSignalSpy copies(finder, &AccountFinder::copyRequested);
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(currentName(finder), QString("acct-015"));
        QTest::keyClick(filter, Qt::Key_Down);
        QTest::keyClick(filter, Qt::Key_Down); // over the DHL title, onto its first account
        QCOMPARE(currentName(finder), QString("acct-010"));
        QTest::keyClick(filter, Qt::Key_Up);
        QTest::keyClick(filter, Qt::Key_Up);
        QCOMPARE(currentName(finder), QString("acct-015"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(copies.count(), 1);
        QCOMPARE(copies.at(0).at(0).toUuid(), ids.at(15));
        QCOMPARE(copies.at(0).at(1).value<HeaderFormat::Format>(), HeaderFormat::Header);
        QVERIFY(!finder->isVisible()); // copied: out of the way

        // opened again: empty, every account, the keys for the other formats
        QCOMPARE(openFinder(), finder); // built once, reused
        QVERIFY(filter->text().isEmpty());
        QTest::keyClicks(filter, "fedex acct-29"); // words of carrier and name
        QCOMPARE(shownNames(finder), QStringList({"acct-290", "acct-293", "acct-296", "acct-299"}));
        QTest::keyClick(filter, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(copies.count(), 2);
        QCOMPARE(copies.at(1).at(0).toUuid(), ids.at(290));
        QCOMPARE(copies.at(1).at(1).value<HeaderFormat::Format>(), HeaderFormat::Token);
        openFinder();
        QTest::keyClicks(filter, "acct-299");
        QTest::keyClick(filter, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(copies.count(), 3);
        QCOMPARE(copies.at(2).at(1).value<HeaderFormat::Format>(), HeaderFormat::Curl);

        // the keys are spelled out in the popup
        auto* hint = finder->findChild<QLabel*>("accountFinderHint");
        QVERIFY(hint->text().contains("Ctrl+Return"));
        // Escape closes without copying
        openFinder();
        QTest::keyClicks(filter, "acct-1");
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(!finder->isVisible());
        QCOMPARE(copies.count(), 3);
        // a filter that matches nothing: Enter copies nothing
        openFinder();
        QTest::keyClicks(filter, "no-such-account");
        QVERIFY(shownNames(finder).isEmpty());
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(copies.count(), 3);
    }

    void findCopiesThroughTheTray()
    {
        addMany(20);
        const QUuid id = addAccount(sandboxAccount("banyan", "acme-banyan"));
        AccountFinder* finder = openFinder();
        QVERIFY(finder);
        QSignalSpy notified(tray.get(), &TrayController::notified);
        QTest::keyClicks(finder->findChild<QLineEdit*>("accountFinderFilter"), "acme");
        QTest::keyClick(finder->findChild<QLineEdit*>("accountFinderFilter"), Qt::Key_Return);
        QTRY_COMPARE(notified.count(), 1);
        const auto token = window->activity()->token(id);
        QVERIFY(token);
        // compared without printing: the clipboard holds a token
        QVERIFY(clipboardText() == HeaderFormat::render(HeaderFormat::Header, *token));
        // a copy is a use: the account is now in the tray
        QCOMPARE(tray->menu()->outline(), QStringList({"# Recently Used", "acme-banyan"}));
    }

    void menuListsPinnedThenRecentlyUsed()
    {
        addMany(30);
        const QUuid acme = addAccount(sandboxAccount("banyan", "acme-banyan"));
        TrayMenu* menu = tray->menu();
        // nothing pinned or used yet: a hint, Find, Show, Quit
        QCOMPARE(menu->outline(), QStringList());
        QVERIFY(menu->findChild<QAction*>("trayQuickHint"));
        quick()->recordUse(ids.at(5));
        quick()->recordUse(ids.at(7));
        quick()->recordUse(ids.at(3));
        QVERIFY(testThroughTheButton("acme-banyan")); // a test in the window is a use
        // pinned in the window's Account menu, and one more
        QVERIFY(window->selectAccount("acct-007"));
        QAction* pin = action("pinAction");
        QVERIFY(pin->isEnabled());
        QVERIFY(!pin->isChecked());
        pin->trigger();
        QVERIFY(pin->isChecked());
        quick()->setPinned(ids.at(20), true);
        QTRY_COMPARE(menu->outline(),
                     QStringList({"# Pinned", "acct-007", "acct-020", "# Recently Used",
                                  "acme-banyan", "acct-003", "acct-005"})); // acct-007 once, pinned
        QVERIFY(!menu->findChild<QAction*>("trayQuickHint"));
        // each listed account has today's submenu, Pin to Tray checked for the pins
        QMenu* pinned = menu->accountMenu(ids.at(7));
        QVERIFY(pinned);
        for (const char* name : {"trayCopy_header", "trayCopy_curl", "trayTest", "trayKeepFresh",
                                 "trayOpen", "trayPin"})
            QVERIFY2(pinned->findChild<QAction*>(name), qPrintable(name));
        QVERIFY(pinned->findChild<QAction*>("trayPin")->isChecked());
        QVERIFY(!menu->accountMenu(acme)->findChild<QAction*>("trayPin")->isChecked());
        QVERIFY(!menu->accountMenu(ids.at(9))); // neither pinned nor used: not listed

        // unpinned from the tray: back among the recent ones, in the order used
        pinned->findChild<QAction*>("trayPin")->trigger();
        QCOMPARE(menu->outline(), QStringList({"# Pinned", "acct-020", "# Recently Used",
                                               "acme-banyan", "acct-003", "acct-007", "acct-005"}));
        QVERIFY(window->selectAccount("acct-007"));
        QVERIFY(!pin->isChecked());

        // however many are used, ten show, the last used first
        for (int i = 10; i < 30; ++i)
            quick()->recordUse(ids.at(i));
        QStringList expected{"# Pinned", "acct-020", "# Recently Used"};
        for (int i = 29; expected.size() < 13; --i) {
            if (i != 20)
                expected << QString("acct-%1").arg(i, 3, 10, QChar('0'));
        }
        QCOMPARE(menu->outline(), expected);
        // pinned + ten + two titles + separator, Find, Show, Quit
        QCOMPARE(menu->actions().size(), 1 + 10 + 2 + 4);
        QVERIFY(menu->findChild<QAction*>("trayShow"));
        QVERIFY(menu->findChild<QAction*>("trayQuit"));

        // Find reaches the others
        QAction* findAction = menu->findChild<QAction*>("trayFind");
        QVERIFY(findAction);
        QCOMPARE(findAction->text(), QString("&Find Account…"));
        findAction->trigger();
        QVERIFY(tray->finder());
        QVERIFY(tray->finder()->isVisible());
    }

    void pinsAndUsesOutliveARestart()
    {
        addMany(20);
        quick()->setPinned(ids.at(4), true);
        quick()->recordUse(ids.at(8));
        quick()->recordUse(ids.at(2));
        tray.reset();
        closeWindow();
        openWindow(); // the same settings and account list
        tray = DesktopSession::createTray(window.get(), *services, ticker.get(), clipboard.get());
        QCOMPARE(tray->menu()->outline(),
                 QStringList({"# Pinned", "acct-004", "# Recently Used", "acct-002", "acct-008"}));
    }

    void aFewAccountsAreAllListedWithThePinsFirst()
    {
        const QUuid banyan = addAccount(sandboxAccount("banyan", "acme-banyan"));
        const QUuid dhl = addAccount(sandboxAccount("dhl-ecs", "acme-dhl"));
        quick()->recordUse(banyan);
        // every account, by carrier, whatever was used
        QCOMPARE(tray->menu()->outline(), QStringList({"# Banyan LIVE Connect", "acme-banyan",
                                                       "# DHL eCommerce", "acme-dhl"}));
        tray->menu()->accountMenu(dhl)->findChild<QAction*>("trayPin")->trigger();
        QCOMPARE(tray->menu()->outline(),
                 QStringList({"# Pinned", "acme-dhl", "# Banyan LIVE Connect", "acme-banyan"}));
        QVERIFY(tray->menu()->findChild<QAction*>("trayFind"));
        // a removed account's pin is ignored
        QObject context;
        bool removed = false;
        services->accounts()->remove(dhl, &context,
                                     [&removed](const Failure& r) { removed = r.ok(); });
        QTRY_VERIFY(removed);
        QCOMPARE(tray->menu()->outline(), QStringList({"# Banyan LIVE Connect", "acme-banyan"}));
        QVERIFY(quick()->pinned().isEmpty());
    }

    // Carriers by title and accounts by name, whatever the case.
    void accountsAreInNameOrderWhateverTheirCase()
    {
        for (const auto& [carrier, name] :
             QList<std::pair<const char*, const char*>>{{"fedex", "delta"},
                                                        {"banyan", "beta"},
                                                        {"fedex", "Echo"},
                                                        {"banyan", "ALPHA two"},
                                                        {"dhl-ecs", "Zulu"},
                                                        {"banyan", "alpha"},
                                                        {"banyan", "Gamma"}})
            addAccount(sandboxAccount(carrier, name));
        const QStringList ordered{"alpha", "ALPHA two", "beta", "Gamma", "Zulu", "delta", "Echo"};
        QCOMPARE(tray->menu()->outline(),
                 QStringList({"# Banyan LIVE Connect", "alpha", "ALPHA two", "beta", "Gamma",
                              "# DHL eCommerce", "Zulu", "# FedEx", "delta", "Echo"}));
        AccountFinder* finder = openFinder();
        QVERIFY(finder);
        QCOMPARE(shownNames(finder), ordered);
    }
};

QTEST_MAIN(TestTrayFind)
#include "tst_trayfind.moc"
