// SPDX-License-Identifier: Apache-2.0
// What a new user meets in the window's first hour: the standard keys (quit,
// settings, save), picking a carrier by typing, a form that stays put while
// notes come and go, Test within the carrier's token budget, Copy Header
// before there is a token, and the keyboard and screen reader way round.
#include "accountlistpane.h"
#include "carriercatalog.h"
#include "credentialseditor.h"
#include "look.h"
#include "settingsdialog.h"
#include "tokenbudget.h"
#include "tokenledger.h"
#include "tokenservice.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

namespace {
bool isInteractive(QAccessibleInterface* iface)
{
    static const QList<QAccessible::Role> roles{
        QAccessible::PushButton,     QAccessible::CheckBox,     QAccessible::RadioButton,
        QAccessible::ComboBox,       QAccessible::EditableText, QAccessible::SpinBox,
        QAccessible::Slider,         QAccessible::ButtonMenu,   QAccessible::ButtonDropDown,
        QAccessible::ButtonDropGrid, QAccessible::PageTab,      QAccessible::Link};
    return iface->state().focusable || roles.contains(iface->role());
}

// Every control a person can reach, anywhere under `iface`, that tells a
// screen reader nothing.
void collectUnnamed(QAccessibleInterface* iface, QStringList* unnamed, int depth = 0)
{
    if (!iface || depth > 40 || iface->state().invisible)
        return;
    if (isInteractive(iface) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject* o = iface->object();
        *unnamed << QString("%1 (%2, role %3)")
                        .arg(o ? o->objectName() : QString("?"),
                             o ? o->metaObject()->className() : "item",
                             QString::number(iface->role()));
    }
    // a view's rows and cells are its data, named by what they hold
    static const QList<QAccessible::Role> views{QAccessible::List, QAccessible::Tree,
                                                QAccessible::Table};
    if (views.contains(iface->role()))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), &unnamed);
    return unnamed;
}

// Lays out whatever changed, as the event loop would before the next paint.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}
} // namespace

class TestFirstUse : public QObject, protected WindowFixture
{
    Q_OBJECT

    void activate()
    {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }
    QPoint topOf(const QString& name)
    {
        QWidget* w = find<QWidget>(name);
        return w->mapTo(page()->editor(), QPoint(0, 0));
    }
    // Where a key goes: the completer's list while it is open, else the focus.
    static QWidget* keyTarget()
    {
        QWidget* popup = QApplication::activePopupWidget();
        return popup ? popup : QApplication::focusWidget();
    }

private slots:
    void initTestCase() { prepareRun(); }
    void init() { setUp(); }
    void cleanup()
    {
        qApp->setStyleSheet(QString());
        tearDown();
    }

    // -- the standard keys

    void ctrlQQuitsWithoutATray()
    {
        window->setCloseToTray(false);
        activate();
        QSignalSpy toTray(window.get(), &MainWindow::closedToTray);
        QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window->isVisible()); // the last window closed: the application ends
        QCOMPARE(toTray.count(), 0);
    }

    void ctrlQQuitsWithATray()
    {
        window->setCloseToTray(true);
        activate();
        QSignalSpy quit(window.get(), &MainWindow::quitRequested);
        QSignalSpy toTray(window.get(), &MainWindow::closedToTray);
        QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(quit.count(), 1);
        // the application quits by closing its windows: this one lets it
        QVERIFY(window->close());
        QCOMPARE(toTray.count(), 0);
        QVERIFY(!window->isVisible());
    }

    void ctrlCommaOpensSettings()
    {
        activate();
        bool opened = false;
        QTimer::singleShot(0, window.get(), [&opened] {
            QWidget* modal = QApplication::activeModalWidget();
            opened = modal && modal->objectName() == "settingsDialog";
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
        });
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(opened);
    }

    void ctrlSSavesTheEditor()
    {
        const QUuid id = addAccount(sandboxAccount("banyan", "before"));
        QVERIFY(window->selectAccount("before"));
        page()->showTab(AccountPage::CredentialsTab);
        activate();
        auto* name = find<QLineEdit>("nameEdit");
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, "after");
        QVERIFY(page()->editor()->isDirty());
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(services->store()->find(id)->name, QString("after"));
        QTRY_VERIFY(!page()->editor()->isDirty());
    }

    // -- the carrier picker

    void typingPicksTheCarrier_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("carrierId");
        QTest::newRow("the start of a name") << "DHL"
                                             << "dhl-ecs";
        QTest::newRow("lower case prefix") << "fed"
                                           << "fedex";
        QTest::newRow("letters in order") << "p44"
                                          << "project44";
        QTest::newRow("a word") << "project"
                                << "project44";
        QTest::newRow("the whole name") << "ups"
                                        << "ups";
        QTest::newRow("a later word") << "ecommerce"
                                      << "dhl-ecs";
    }

    void typingPicksTheCarrier()
    {
        QFETCH(QString, typed);
        QFETCH(QString, carrierId);
        action("newAction")->trigger();
        activate();
        auto* picker = find<QComboBox>("carrierPicker");
        picker->setCurrentIndex(picker->findData("oauth2")); // none of the above
        find<QLineEdit>("nameEdit")->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused == picker || picker->isAncestorOf(focused));
        QTest::keyClicks(focused, typed);
        QTest::keyClick(keyTarget(), Qt::Key_Return);
        QCOMPARE(picker->currentData().toString(), carrierId);
        const CarrierPreset* preset = CarrierCatalog::builtin().find(carrierId);
        QCOMPARE(picker->currentText(), preset->name);
        // the preset's settings fill the form
        QCOMPARE(find<QLineEdit>("tokenUrlEdit")->text(),
                 preset->environment(page()->editor()->currentAccount().environmentId)->tokenUrl);
        QVERIFY(find<QLabel>("presetDocs")->text().contains(preset->docsUrl.host()));
    }

    void escapeGivesTheChosenCarrierBack()
    {
        action("newAction")->trigger();
        activate();
        auto* picker = find<QComboBox>("carrierPicker");
        picker->setCurrentIndex(picker->findData("ups"));
        picker->lineEdit()->setFocus(Qt::TabFocusReason);
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), "fed");
        QTest::keyClick(keyTarget(), Qt::Key_Escape);
        QCOMPARE(picker->currentData().toString(), QString("ups"));
        QCOMPARE(picker->currentText(), QString("UPS"));
        QVERIFY(!picker->completer()->popup()->isVisible());
    }

    void grantTypesShowTheirNames()
    {
        action("newAction")->trigger();
        auto* picker = find<QComboBox>("carrierPicker");
        picker->setCurrentIndex(picker->findData("fedex"));
        auto* grant = find<QComboBox>("grantTypeCombo");
        QStringList shown;
        for (int i = 0; i < grant->count(); ++i)
            shown << grant->itemText(i);
        QCOMPARE(shown, QStringList({"Client credentials", "CSP (integrator)",
                                     "Parent/child (integrator)"}));
        QCOMPARE(grant->itemData(1).toString(), QString("csp_credentials"));
    }

    // -- the form stays put

    void notesDoNotMoveTheFieldsBelow()
    {
        addAccount(sandboxAccount("banyan", "steady"));
        QVERIFY(window->selectAccount("steady"));
        page()->showTab(AccountPage::CredentialsTab);
        find<QToolButton>("tokenUrlReset")->click(); // the preset's URL: no hint under it
        settle();
        // an issue under the name: the carrier below stays where it was
        const QPoint carrier = topOf("carrierPicker");
        auto* name = find<QLineEdit>("nameEdit");
        name->clear();
        QVERIFY(!page()->editor()->check().isEmpty());
        settle();
        auto* issue = find<QLabel>("issue_name");
        QVERIFY(issue->isVisibleTo(window.get()));
        QVERIFY(issue->height() > 0);
        QCOMPARE(topOf("carrierPicker"), carrier);
        QTest::keyClicks(name, "steady again");
        settle();
        QVERIFY(!issue->isVisibleTo(window.get()));
        QCOMPARE(topOf("carrierPicker"), carrier);
        // a hint under the token URL as it is changed: the client id stays
        const QPoint clientId = topOf("clientIdEdit");
        auto* help = find<QLabel>("help_token_url");
        QVERIFY(!help->isVisibleTo(window.get()));
        find<QLineEdit>("tokenUrlEdit")->setText("https://own.example/t");
        settle();
        QVERIFY(help->isVisibleTo(window.get()));
        QVERIFY(help->text().contains("Changed from the preset's"));
        QCOMPARE(topOf("clientIdEdit"), clientId);
        find<QToolButton>("tokenUrlReset")->click();
        settle();
        QVERIFY(!help->isVisibleTo(window.get()));
        QCOMPARE(topOf("clientIdEdit"), clientId);
    }

    // -- Test within the carrier's budget

    void testKeepsToTheCarriersBudget()
    {
        const QUuid id = addAccount(sandboxAccount("project44", "budget"));
        const int budget = CarrierCatalog::builtin().find("project44")->budget.max;
        QCOMPARE(budget, 5);
        // next to Test: what is left, live
        QVERIFY(window->selectAccount("budget"));
        auto* note = find<QLabel>("budgetNote");
        QVERIFY(note->isVisibleTo(window.get()));
        QCOMPARE(note->text(), QString("5 of 5 token requests left this minute"));
        QVERIFY(testThroughTheButton("budget"));
        QCOMPARE(note->text(), QString("4 of 5 token requests left this minute"));
        for (int i = 1; i < 10; ++i)
            QVERIFY(testThroughTheButton("budget"));
        QCOMPARE(sandbox->requestCount(), budget);
        // spent: the note says when Test can send again, and its tooltip why
        const QString nextAt =
            QLocale().toString(kStart.addSecs(60).toLocalTime().time(), QLocale::ShortFormat);
        QCOMPARE(note->text(), QString("Next token request allowed at %1").arg(nextAt));
        QVERIFY2(note->toolTip().contains("project44 allows 5 token requests a minute"),
                 qPrintable(note->toolTip()));
        // Test stays at hand and explains itself: pressing it sends nothing
        QVERIFY(action("testAction")->isEnabled());
        // the banner says why nothing went and when the next one may
        const QString at = kStart.addSecs(60).toLocalTime().time().toString("HH:mm:ss");
        QVERIFY2(banner()->message().contains(at), qPrintable(banner()->message()));
        QVERIFY(banner()->message().contains("5 token requests a minute"));
        // the tray and the command line ask the same service and are held back too
        bool refused = false;
        waitForCallback([&](auto quit) {
            services->tokens()->requestToken(id, nullptr, [&refused, quit](const TokenResult& r) {
                refused = r.error.category == ErrorCategory::HeldBack;
                quit();
            });
        });
        QVERIFY(refused);
        QCOMPARE(sandbox->requestCount(), budget);
        // once the minute is over, the note says so by itself, and Test works again
        clock.advance(60);
        ticker->tickNow();
        QCOMPARE(note->text(), QString("5 of 5 token requests left this minute"));
        const auto result = testThroughTheButton("budget");
        QVERIFY(result && result->ok());
        QCOMPARE(sandbox->requestCount(), budget + 1);
        QCOMPARE(note->text(), QString("4 of 5 token requests left this minute"));
    }

    // another TokenDock (a script running `tokendock test`) spends the same
    // budget: the note follows at the next tick; a carrier without one shows none
    void theBudgetNoteFollowsOtherProcesses()
    {
        const Account p = sandboxAccount("project44", "shared");
        QVERIFY(!addAccount(p).isNull());
        addAccount(sandboxAccount("usps", "unlimited"));
        QVERIFY(window->selectAccount("shared"));
        auto* note = find<QLabel>("budgetNote");
        QCOMPARE(note->text(), QString("5 of 5 token requests left this minute"));
        const CarrierPreset& p44 = *CarrierCatalog::builtin().find("project44");
        const TokenLedger elsewhere(services->options().ledgerFile());
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                elsewhere.reserve(TokenBudget::destination(p, p44), p44.budget, clock.now(), false)
                    .granted);
        ticker->tickNow();
        QCOMPARE(note->text(), QString("2 of 5 token requests left this minute"));
        // a ledger nobody can read: nothing is sent, and both places say why
        QFile ledger(services->options().ledgerFile());
        QVERIFY(ledger.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ledger.write("not a ledger");
        ledger.close();
        ticker->tickNow();
        QCOMPARE(note->text(), QString("The token budget cannot be checked"));
        QVERIFY2(note->toolTip().contains(TokenLedger::fileName()), qPrintable(note->toolTip()));
        const auto held = testThroughTheButton("shared");
        QVERIFY(held && held->error.category == ErrorCategory::HeldBack);
        QVERIFY2(banner()->message().contains("could not check project44's token budget"),
                 qPrintable(banner()->message()));
        QCOMPARE(sandbox->requestCount(), 0);
        // a carrier without a budget shows no note and is not held back
        QVERIFY(window->selectAccount("unlimited"));
        QVERIFY(!note->isVisibleTo(window.get()));
        const auto sent = testThroughTheButton("unlimited");
        QVERIFY(sent && sent->ok());
    }

    void testPressedAgainWhileOnItsWaySendsOnce()
    {
        addAccount(sandboxAccount("usps", "patient"));
        QVERIFY(window->selectAccount("patient"));
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        auto* test = find<QToolButton>("testButton");
        for (int i = 0; i < 10; ++i) {
            test->click();
            window->testCurrent(); // the key and the menu, too
        }
        QVERIFY(!action("testAction")->isEnabled()); // it is on its way
        QVERIFY(finished.wait(15000) || !finished.isEmpty());
        // anything the clicks set off is queued ahead of this marker
        bool markerRan = false;
        QMetaObject::invokeMethod(
            window.get(), [&markerRan] { markerRan = true; }, Qt::QueuedConnection);
        QTRY_VERIFY(markerRan);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(sandbox->requestCount(), 1);
        QVERIFY(action("testAction")->isEnabled());
    }

    // -- Copy Header before there is a token

    void copyWithoutATokenSaysWhy()
    {
        const Account p = sandboxAccount("dhl-ecs", "untested");
        const QUuid id = addAccount(p);
        QVERIFY(window->selectAccount("untested"));
        QSignalSpy started(services->tokens(), &TokenService::requestStarted);
        find<QToolButton>("copyButton")->click();
        QCOMPARE(banner()->title(), QString("No valid token yet"));
        QCOMPARE(banner()->message(), QString("Test the account to get one, then copy it."));
        auto* test = find<QToolButton>("bannerAction");
        QVERIFY(test->isVisibleTo(window.get()));
        QCOMPARE(test->text().remove('&'), QString("Test"));
        QCOMPARE(started.count(), 0);
        QVERIFY(!window->statusBar()->currentMessage().contains("Nothing copied"));
        QVERIFY(!clipboardText().startsWith("Authorization"));
        // the banner's Test gets the token; then Copy Header copies it
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        test->click();
        QVERIFY(finished.wait(15000) || !finished.isEmpty());
        QVERIFY(!test->isVisibleTo(window.get()));
        QVERIFY(window->activity()->token(id));
        find<QToolButton>("copyButton")->click();
        QTRY_COMPARE(clipboardText(), "Authorization: Bearer " +
                                          QString::fromLatin1(sandbox->issuedTokens().last()));
        QCOMPARE(sandbox->requestCount(), 1);
    }

    // -- keyboard and screen reader

    void tabFromTheListReachesTestThenCopy()
    {
        addAccount(sandboxAccount("banyan", "keys"));
        QVERIFY(window->selectAccount("keys"));
        activate();
        QWidget* list = window->accountList()->view();
        QTRY_VERIFY(list->isVisible());
        list->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), list);
        QTest::keyClick(list, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), find<QWidget>("testButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), find<QWidget>("copyButton"));
        // left to right, as they read
        QVERIFY(find<QWidget>("testButton")->mapTo(window.get(), QPoint()).x() <
                find<QWidget>("copyButton")->mapTo(window.get(), QPoint()).x());
    }

    void everyButtonShowsWhereTheFocusIs()
    {
        qApp->setStyleSheet(Look::styleSheet()); // as the application has it
        addAccount(sandboxAccount("banyan", "ringed"));
        QVERIFY(testThroughTheButton("ringed"));
        page()->showTab(AccountPage::CredentialsTab);
        find<QLineEdit>("clientIdEdit")->setText("dirty"); // enables Save and Revert
        activate();
        window->setAttribute(Qt::WA_KeyboardFocusChange); // as after a Tab
        QStringList unringed;
        QStringList checked;
        for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
            if (!b->isVisibleTo(window.get()) || !b->isEnabled() ||
                !(b->focusPolicy() & Qt::TabFocus))
                continue;
            checked << b->objectName();
            window->accountList()->view()->setFocus(Qt::TabFocusReason);
            QCoreApplication::processEvents();
            const QImage without = b->grab().toImage();
            b->setFocus(Qt::TabFocusReason);
            QCoreApplication::processEvents();
            if (!b->hasFocus() || b->grab().toImage() == without)
                unringed << b->objectName() + " (" + b->text() + ")";
        }
        QVERIFY2(unringed.isEmpty(), qPrintable(unringed.join(", ")));
        for (const char* name : {"testButton", "copyButton", "reportButton", "saveButton"})
            QVERIFY2(checked.contains(name), name);
    }

    void everyControlIsNamedForScreenReaders()
    {
        QStringList unnamed;
        const auto walk = [&](const QString& where) {
            for (const QString& u : unnamedControls(window.get()))
                unnamed << where + ": " + u;
        };
        walk("welcome panel");
        QTest::keyClicks(window->accountList()->filterEdit(), "x"); // its clear button shows
        walk("filter with text");
        window->accountList()->filterEdit()->clear();
        Account p = sandboxAccount("fedex", "named");
        p.grantType = "csp_credentials"; // the secret child field shows too
        const auto creds = sandbox->credentials("fedex");
        p.fields.insert("child_Key", QString::fromUtf8(creds.fields.value("child_Key")));
        AccountSecrets s;
        s.clientSecret = SecretBytes(creds.clientSecret);
        s.fields.insert("child_secret", SecretBytes(creds.fields.value("child_secret")));
        QVERIFY(createAccount(*services, p, s).ok());
        QVERIFY(testThroughTheButton("named"));
        for (int tab :
             {AccountPage::TokenTab, AccountPage::CredentialsTab, AccountPage::HistoryTab}) {
            page()->showTab(AccountPage::Tab(tab));
            walk(QString("account page, tab %1").arg(tab));
        }
        find<QToolButton>("copyButton")->click(); // the banner's buttons
        walk("account page after copying");
        QTimer::singleShot(0, window.get(), [&unnamed] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                unnamed << "settings dialog did not open";
                return;
            }
            for (const QString& u : unnamedControls(dialog))
                unnamed << "settings dialog: " + u;
            dialog->reject();
        });
        action("settingsAction")->trigger();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join("\n")));
    }
};

QTEST_MAIN(TestFirstUse)
#include "tst_firstuse.moc"
