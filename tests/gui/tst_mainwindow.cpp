// SPDX-License-Identifier: Apache-2.0
// The main window's own behaviour: first run, the credentials editor and its
// validation, duplicates and drafts, the unreadable-file state, the filter,
// keyboard, accessibility and remembered layout.
#include "accountdelegate.h"
#include "accountlistmodel.h"
#include "accountlistpane.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "claimstable.h"
#include "credentialseditor.h"
#include "tokenservice.h"
#include "windowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

namespace {
// Counts the paint events of the widget it watches.
class PaintCount : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};
} // namespace

class TestMainWindow : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareRun(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void firstRunWelcomes()
    {
        auto* stack = find<QStackedWidget>("mainStack");
        QCOMPARE(stack->currentWidget()->objectName(), QString("welcomePanel"));
        checkAccessibleNames("the welcome panel");
        QSignalSpy demo(window.get(), &MainWindow::demoRequested);
        find<QPushButton>("welcomeDemoButton")->click();
        QCOMPARE(demo.count(), 1);
        find<QPushButton>("welcomeAddButton")->click();
        QCOMPARE(stack->currentWidget(), page());
        QVERIFY(page()->editor()->isNew());
        QCOMPARE(page()->tabs()->currentIndex(), int(AccountPage::CredentialsTab));
        QCOMPARE(window->windowTitle(), QString("TokenDock"));
        window->setDemoMode(true);
        QCOMPARE(window->windowTitle(), QString("TokenDock — Demo"));
    }

    void invalidSettingsAreRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("carrierId");
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("issue");
        QTest::newRow("plain http to a remote host") << "banyan"
                                                     << "tokenUrlEdit"
                                                     << "http://example.com/token"
                                                     << "token_url";
        QTest::newRow("not a URL") << "banyan"
                                   << "tokenUrlEdit"
                                   << "token please"
                                   << "token_url";
        QTest::newRow("no client id") << "banyan"
                                      << "clientIdEdit"
                                      << ""
                                      << "client_id";
        QTest::newRow("no name") << "dhl-ecs"
                                 << "nameEdit"
                                 << ""
                                 << "name";
        QTest::newRow("tforce without tenant") << "tforce"
                                               << "field_tenant"
                                               << ""
                                               << "field:tenant";
    }

    void invalidSettingsAreRefusedBeforeAnythingIsSent()
    {
        QFETCH(QString, carrierId);
        QFETCH(QString, widget);
        QFETCH(QString, value);
        QFETCH(QString, issue);
        const QUuid id = addAccount(sandboxAccount(carrierId, "valid account"));
        QVERIFY(!id.isNull());
        QVERIFY(window->selectAccount("valid account"));
        auto* edit = find<QLineEdit>(widget);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, value);
        QSignalSpy started(services->tokens(), &TokenService::requestStarted);
        find<QToolButton>("testButton")->click();
        auto* issueLabel = find<QLabel>("issue_" + issue);
        QTRY_VERIFY(issueLabel->isVisibleTo(window.get()));
        QVERIFY(!issueLabel->text().isEmpty());
        QCOMPARE(page()->tabs()->currentIndex(), int(AccountPage::CredentialsTab));
        QCOMPARE(banner()->tone(), StatusStyle::Tone::Warning);
        QCOMPARE(banner()->message(), QString("Nothing was sent to the carrier."));
        // whatever the refused press set off is queued ahead of this marker,
        // and a request announces itself as it starts
        bool markerRan = false;
        QMetaObject::invokeMethod(
            window.get(), [&markerRan] { markerRan = true; }, Qt::QueuedConnection);
        QTRY_VERIFY(markerRan);
        QCOMPARE(started.count(), 0);
        QVERIFY(sandbox->requests().isEmpty());
        QVERIFY(!services->tokens()->isBusy(id));
        // nothing invalid was saved either
        QCOMPARE(services->store()->find(id)->name, QString("valid account"));
        QVERIFY(services->store()->find(id)->history.isEmpty());
        // fixing it clears the message as you type
        edit->clear();
        QTest::keyClicks(edit, widget == "tokenUrlEdit"   ? sandbox->tokenUrl(carrierId).toString()
                               : widget == "field_tenant" ? QString("sandbox-tenant")
                               : widget == "nameEdit"     ? QString("valid account")
                                                          : QString("some-client"));
        QVERIFY(!issueLabel->isVisibleTo(window.get()));
        // once fixed, the same press does send: the checks above can see a request
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        find<QToolButton>("testButton")->click();
        QVERIFY(finished.wait(15000) || !finished.isEmpty());
        QCOMPARE(started.count(), 1);
        QCOMPARE(sandbox->tokenRequestCount(carrierId), 1);
    }

    void duplicateIsForTheOtherEnvironment()
    {
        addAccount(sandboxAccount("project44", "p44"));
        QVERIFY(window->selectAccount("p44"));
        action("duplicateAction")->trigger();
        QVERIFY(page()->editor()->isNew());
        const Account draft = page()->editor()->currentAccount();
        const CarrierPreset* preset = CarrierCatalog::builtin().find("project44");
        QCOMPARE(draft.environmentKind(preset), EnvironmentKind::Production);
        QCOMPARE(draft.name, QString("p44 (production)"));
        QVERIFY(draft.clientId.isEmpty());
        QCOMPARE(find<QLineEdit>("tokenUrlEdit")->text(),
                 preset->environment(draft.environmentId)->tokenUrl);
        QCOMPARE(page()->tabs()->currentIndex(), int(AccountPage::CredentialsTab));
    }

    void aDiscardedDraftGivesTheAccountBack()
    {
        const QUuid id = addAccount(sandboxAccount("banyan", "existing"));
        QVERIFY(window->selectAccount("existing"));
        action("newAction")->trigger();
        QVERIFY(page()->editor()->isNew());
        find<QPushButton>("revertButton")->click(); // gives the untouched draft up
        QVERIFY(!page()->editor()->isNew());
        QCOMPARE(page()->accountId(), id);
        QCOMPARE(window->currentAccount(), id);
    }

    void switchingAwayAsksAboutUnsavedChanges()
    {
        const QUuid first = addAccount(sandboxAccount("banyan", "first"));
        const QUuid second = addAccount(sandboxAccount("ups", "second"));
        QVERIFY(window->selectAccount("first"));
        auto* clientId = find<QLineEdit>("clientIdEdit");
        clientId->clear();
        QTest::keyClicks(clientId, "edited-client");
        QVERIFY(page()->editor()->isDirty());
        // Cancel: stay, edits kept
        answerNextMessageBox({}, QMessageBox::Cancel);
        window->accountList()->select(second);
        QCOMPARE(page()->accountId(), first);
        QCOMPARE(clientId->text(), QString("edited-client"));
        QCOMPARE(window->accountList()->currentId(), first);
        // Discard: move on, nothing saved
        answerNextMessageBox({}, QMessageBox::Discard);
        window->accountList()->select(second);
        QCOMPARE(page()->accountId(), second);
        QCOMPARE(services->store()->find(first)->clientId,
                 QString::fromUtf8(sandbox->credentials("banyan").clientId));
        // Save: stored, then on to the other account
        QVERIFY(window->selectAccount("first"));
        clientId->clear();
        QTest::keyClicks(clientId, "saved-client");
        answerNextMessageBox({}, QMessageBox::Save);
        window->accountList()->select(second);
        QTRY_COMPARE(services->store()->find(first)->clientId, QString("saved-client"));
        QTRY_COMPARE(page()->accountId(), second);
    }

    void presetsShapeTheForm()
    {
        action("newAction")->trigger();
        auto* picker = find<QComboBox>("carrierPicker");
        auto* grant = find<QComboBox>("grantTypeCombo");
        auto* placement = find<QComboBox>("placementCombo");
        picker->setCurrentIndex(picker->findData("fedex"));
        QVERIFY(grant->isVisibleTo(window.get()));
        QVERIFY(!placement->isVisibleTo(window.get()));
        QVERIFY(!window->findChild<QLineEdit*>("field_child_secret"));
        grant->setCurrentIndex(grant->findData("csp_credentials"));
        // integrator grant types need the child fields; the secret one is masked
        QVERIFY(find<QLineEdit>("field_child_Key"));
        auto* childSecret = find<QLineEdit>("field_child_secret");
        QVERIFY(childSecret);
        QCOMPARE(childSecret->echoMode(), QLineEdit::Password);
        picker->setCurrentIndex(picker->findData("oauth2"));
        // the generic preset takes the password grant too, and any placement
        QVERIFY(grant->isVisibleTo(window.get()));
        QVERIFY(placement->isVisibleTo(window.get()));
        QVERIFY(find<QLineEdit>("field_scope"));
        QVERIFY(find<QLineEdit>("field_audience"));
        picker->setCurrentIndex(picker->findData("banyan"));
        QVERIFY(find<QLineEdit>("field_clientrefnum"));
        auto* docs = find<QLabel>("presetDocs");
        QVERIFY(docs->text().contains("banyantechnology.com"));
        QVERIFY(find<QLabel>("presetUnconfirmed")->isVisibleTo(window.get()));
        // the preset's URL comes back with one click
        auto* url = find<QLineEdit>("tokenUrlEdit");
        const QString presetUrl = url->text();
        url->setText("https://elsewhere.example/token");
        QVERIFY(find<QToolButton>("tokenUrlReset")->isEnabled());
        find<QToolButton>("tokenUrlReset")->click();
        QCOMPARE(url->text(), presetUrl);
        QVERIFY(find<QLabel>("keychainNote")->text().contains(services->secrets()->backendName()));
    }

    void unreadableFileIsShownAndReadOnly()
    {
        closeWindow();
        QDir().mkpath(configDir());
        QFile file(QDir(configDir()).filePath("accounts.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
        file.close();
        openWindow();
        auto* stack = find<QStackedWidget>("mainStack");
        QCOMPARE(stack->currentWidget()->objectName(), QString("unreadablePanel"));
        QCOMPARE(find<QLabel>("unreadableProblem")->text(), services->store()->problem().text());
        checkAccessibleNames("the unreadable file panel");
        for (const char* name : {"newAction", "duplicateAction", "deleteAction", "testAction",
                                 "testAllAction", "copyHeaderAction"})
            QVERIFY2(!action(name)->isEnabled(), qPrintable(name));
        answerNextMessageBox("confirmStartFreshButton");
        find<QPushButton>("startFreshButton")->click();
        QTRY_COMPARE(stack->currentWidget()->objectName(), QString("welcomePanel"));
        QVERIFY(action("newAction")->isEnabled());
    }

    void filterNarrowsTheList()
    {
        addAccount(sandboxAccount("banyan", "Acme freight"));
        addAccount(sandboxAccount("ups", "Globex parcels"));
        addAccount(sandboxAccount("dhl-ecs", "Acme parcels"));
        AccountListPane* list = window->accountList();
        // account rows laid out under an open carrier, not hidden in a closed one
        const auto rowsShown = [list] {
            const QTreeView* view = list->view();
            const QAbstractItemModel* model = view->model();
            int n = 0;
            for (int g = 0; g < model->rowCount(); ++g) {
                const QModelIndex group = model->index(g, 0);
                for (int r = 0; r < model->rowCount(group); ++r)
                    n += view->visualRect(model->index(r, 0, group)).isEmpty() ? 0 : 1;
            }
            return n;
        };
        QCOMPARE(list->visibleAccountCount(), 3);
        QTRY_COMPARE(rowsShown(), 3);
        action("filterAction")->trigger();
        QTest::keyClicks(list->filterEdit(), "acme");
        QCOMPARE(list->visibleAccountCount(), 2);
        QTRY_COMPARE(rowsShown(), 2);
        list->filterEdit()->clear();
        QTest::keyClicks(list->filterEdit(), "ups parcels"); // every word, carrier included
        QCOMPARE(list->visibleAccountCount(), 1);
        QTRY_COMPARE(rowsShown(), 1);
        list->filterEdit()->clear();
        // the carriers the filter hid come back open
        QTRY_COMPARE(rowsShown(), 3);
        QTest::keyClicks(list->filterEdit(), "nothing like it");
        QCOMPARE(list->visibleAccountCount(), 0);
        QVERIFY(find<QLabel>("listPlaceholder")->isVisibleTo(window.get()));
        // the line's clear button shows while it holds text, and a click on it
        // brings every account back
        auto* clear = list->filterEdit()->findChild<QAction*>("clearButton");
        QVERIFY(clear);
        QCOMPARE(clear->text(), QString("Clear the filter"));
        QToolButton* button = nullptr;
        for (QObject* object : clear->associatedObjects())
            button = button ? button : qobject_cast<QToolButton*>(object);
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        // as Qt's own: not on a line that cannot be edited
        list->filterEdit()->setReadOnly(true);
        QTRY_VERIFY(!button->isVisible());
        list->filterEdit()->setReadOnly(false);
        QTRY_VERIFY(button->isVisible());
        QSignalSpy edited(list->filterEdit(), &QLineEdit::textEdited);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(list->filterEdit()->text().isEmpty());
        QCOMPARE(edited.size(), 1);
        QCOMPARE(list->visibleAccountCount(), 3);
        QTRY_COMPARE(rowsShown(), 3);
        QTRY_VERIFY(!button->isVisible());
    }

    // The list scrolls by rows until it has been drawn (asking 5,000 rows
    // their heights first would hold the first frame back), then by pixels.
    void listScrollsByPixelsOnceDrawn()
    {
        for (int i = 0; i < 12; ++i)
            addAccount(
                sandboxAccount(i % 2 ? "ups" : "banyan", QStringLiteral("account %1").arg(i)));
        closeWindow();
        openWindow(); // a start with accounts, as the app makes it
        window->resize(700, 320);
        QTreeView* view = window->accountList()->view();
        QCOMPARE(view->verticalScrollMode(), QAbstractItemView::ScrollPerItem);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_COMPARE(view->verticalScrollMode(), QAbstractItemView::ScrollPerPixel);
        // a step of the scroll bar moves the rows by pixels, not by a row
        const QModelIndex first = view->model()->index(0, 0);
        const int top = view->visualRect(first).top();
        QScrollBar* bar = view->verticalScrollBar();
        QVERIFY2(bar->maximum() > 14, "the range counts pixels: 12 accounts and 2 carriers");
        bar->setValue(7);
        QCOMPARE(view->visualRect(first).top(), top - 7);
        QCOMPARE(view->indexAt(QPoint(4, 1)), first); // the first row still shows, moved up
    }

    // Tab from the tab bar goes into the credentials, not to the frame that
    // scrolls them.
    void tabFromTheTabsReachesTheCredentialsFields()
    {
        action("newAction")->trigger();
        QCOMPARE(page()->tabs()->currentIndex(), int(AccountPage::CredentialsTab));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        QTabBar* bar = page()->tabs()->tabBar();
        bar->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(bar->hasFocus());
        QTest::keyClick(bar, Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused);
        QVERIFY2(page()->editor()->isAncestorOf(focused), focused->metaObject()->className());
    }

    // A carrier's caption counts what the filter leaves of its accounts.
    void groupCaptionsCountWhatTheFilterShows()
    {
        addAccount(sandboxAccount("banyan", "Acme freight"));
        addAccount(sandboxAccount("banyan", "Globex freight"));
        // its carrier as an account file written by hand might spell it
        Account shouting = sandboxAccount("banyan", "Initech freight");
        shouting.carrierId = "BANYAN";
        QVERIFY(!addAccount(shouting, "initech-secret").isNull());
        addAccount(sandboxAccount("ups", "Acme parcels"));
        AccountListPane* list = window->accountList();
        QCOMPARE(list->view()->model()->rowCount(), 2); // one caption per carrier
        const auto caption = [list](const char* carrier) {
            const QAbstractItemModel* model = list->view()->model();
            for (int g = 0; g < model->rowCount(); ++g) {
                const QModelIndex group = model->index(g, 0);
                if (group.data(AccountListModel::CarrierIdRole).toString() ==
                    QLatin1String(carrier))
                    return AccountDelegate::groupCountText(group);
            }
            return QString(); // the carrier is not shown
        };
        QCOMPARE(caption("banyan"), QString("3"));
        QCOMPARE(caption("ups"), QString("1"));
        action("filterAction")->trigger();
        QTest::keyClicks(list->filterEdit(), "acme");
        QCOMPARE(caption("banyan"), QString("1 of 3"));
        QCOMPARE(caption("ups"), QString("1"));
        list->filterEdit()->clear();
        QTest::keyClicks(list->filterEdit(), "freight");
        QCOMPARE(caption("banyan"), QString("3"));
        QCOMPARE(caption("ups"), QString());
        list->filterEdit()->clear();
        QCOMPARE(caption("ups"), QString("1"));
    }

    // The clock's tick repaints the countdowns the list shows.
    void theListRepaintsOnEachTick()
    {
        addAccount(sandboxAccount("banyan", "Acme freight"));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QWidget* viewport = window->accountList()->view()->viewport();
        PaintCount paints;
        viewport->installEventFilter(&paints);
        QTRY_VERIFY(viewport->isVisible());
        QCoreApplication::processEvents();
        const int before = paints.count;
        clock.advance(1);
        ticker->tickNow();
        QTRY_VERIFY(paints.count > before);
    }

    void shortcutsAreWired_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("new") << "newAction" << QKeySequence(Qt::CTRL | Qt::Key_N);
        QTest::newRow("duplicate") << "duplicateAction" << QKeySequence(Qt::CTRL | Qt::Key_D);
        QTest::newRow("test") << "testAction" << QKeySequence(Qt::CTRL | Qt::Key_T);
        QTest::newRow("copy header")
            << "copyHeaderAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
        QTest::newRow("filter") << "filterAction" << QKeySequence(Qt::CTRL | Qt::Key_F);
        QTest::newRow("delete") << "deleteAction" << QKeySequence(Qt::Key_Delete);
    }

    void shortcutsAreWired()
    {
        QFETCH(QString, actionName);
        QFETCH(QKeySequence, keys);
        QCOMPARE(action(actionName)->shortcut(), keys);
    }

    void sentencesNameTheActionsShortcuts()
    {
        // the keys as the menus show them in the language in effect, never "Ctrl" written in
        const auto keys = [this](const char* name) {
            return action(name)->shortcut().toString(QKeySequence::NativeText);
        };
        auto* placeholder = find<QLabel>("listPlaceholder");
        QCOMPARE(placeholder->text(),
                 "No accounts yet.\nAdd one with New (" + keys("newAction") + ").");
        QVERIFY(window->accountList()->filterEdit()->toolTip().endsWith("(" + keys("filterAction") +
                                                                        ")"));
        addAccount(sandboxAccount("banyan", "keys"));
        QVERIFY(window->selectAccount("keys"));
        const QString empty = find<QLabel>("tokenEmptyText")->text();
        QVERIFY2(empty.startsWith("Test the account (" + keys("testAction") + ") to request"),
                 qPrintable(empty));
    }

    void theDeleteQuestionShowsTheWholeName()
    {
        const QString name = "acme-banyan-integration-eu-west-warehouse-7";
        addAccount(sandboxAccount("banyan", name));
        QVERIFY(window->selectAccount(name));
        QString seen;
        bool whole = false;
        QTimer::singleShot(10, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            auto* title = box->findChild<QLabel*>("qt_msgbox_label");
            if (title) {
                seen = title->text();
                // on one line and all of it: nothing cut, nothing wrapped away
                whole = title->fontMetrics().horizontalAdvance(seen) <= title->width();
            }
            box->button(QMessageBox::Cancel)->click();
        });
        window->accountList()->view()->setFocus();
        action("deleteAction")->trigger();
        QCOMPARE(seen, "Delete \u201c" + name + "\u201d?");
        QVERIFY2(whole, qPrintable(seen));
        QVERIFY(services->store()->findByName(name)); // cancelled
    }

    void theFirstGroupHeaderShowsAtStart()
    {
        // more accounts than the list shows at once: it can scroll
        for (int i = 0; i < 14; ++i)
            addAccount(sandboxAccount("banyan", QString("acme-%1").arg(i, 2, 10, QChar('0'))));
        addAccount(sandboxAccount("usps", "delta"));
        closeWindow();
        openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCoreApplication::processEvents();
        QTreeView* view = window->accountList()->view();
        const QModelIndex header = view->model()->index(0, 0);
        QVERIFY(header.data(AccountListModel::IsGroupRole).toBool());
        QVERIFY(window->currentAccount() != QUuid()); // an account is selected, below it
        QVERIFY(view->verticalScrollBar()->maximum() > 0);
        QVERIFY2(view->visualRect(header).intersects(view->viewport()->rect()),
                 qPrintable(QString("header at %1, scrolled by %2")
                                .arg(view->visualRect(header).top())
                                .arg(view->verticalScrollBar()->value())));
    }

    void theClaimsMeaningIsReadableAtTheDefaultSize()
    {
        addAccount(sandboxAccount("banyan", "claims"));
        const auto result = testThroughTheButton("claims");
        QVERIFY(result && result->ok() && result->inspection.isJwt());
        page()->showTab(AccountPage::TokenTab);
        find<QTabWidget>("tokenDetails")->setCurrentIndex(0);
        auto* claims = find<ClaimsTable>("claimsTable");
        QTRY_VERIFY(claims->isVisible());
        QCoreApplication::processEvents(); // the rows take the height their meanings need
        QCOMPARE(claims->horizontalScrollBar()->maximum(), 0);
        const int viewportWidth = claims->viewport()->width();
        int meanings = 0;
        for (int row = 0; row < claims->rowCount(); ++row) {
            const QTableWidgetItem* meaning = claims->item(row, 2);
            if (!meaning || meaning->text().isEmpty())
                continue;
            ++meanings;
            const QRect cell = claims->visualItemRect(meaning);
            QVERIFY2(cell.left() >= 0 && cell.right() < viewportWidth, qPrintable(meaning->text()));
            // wrapped within the cell's width, all of it within its height
            const QRect needed = claims->fontMetrics().boundingRect(
                QRect(0, 0, cell.width() - 6, 10000), Qt::TextWordWrap, meaning->text());
            QVERIFY2(needed.width() <= cell.width() - 6 && needed.height() <= cell.height(),
                     qPrintable(QString("%1: needs %2x%3, has %4x%5")
                                    .arg(meaning->text())
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(cell.width())
                                    .arg(cell.height())));
        }
        QVERIFY(meanings >= 4); // iss, sub, iat, exp at least
    }

    void ctrlTTestsTheSelectedAccount()
    {
        addAccount(sandboxAccount("usps", "keyboard"));
        QVERIFY(window->selectAccount("keyboard"));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->accountList()->view()->setFocus();
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        QTest::keyClick(window->accountList()->view(), Qt::Key_T, Qt::ControlModifier);
        QVERIFY(finished.wait(10000) || !finished.isEmpty());
        QCOMPARE(sandbox->requestCount(), 1);
        // Delete in a text field edits the text, not the account list
        auto* name = find<QLineEdit>("nameEdit");
        page()->showTab(AccountPage::CredentialsTab);
        name->setFocus();
        name->setCursorPosition(0);
        QTest::keyClick(name, Qt::Key_Delete);
        QCOMPARE(name->text(), QString("eyboard"));
        QCOMPARE(services->store()->accounts().size(), 1);
    }

    void everyControlHasAnAccessibleName()
    {
        Account p = sandboxAccount("fedex", "accessible");
        p.grantType = "csp_credentials"; // shows the secret child field too
        const auto creds = sandbox->credentials("fedex");
        p.fields.insert("child_Key", QString::fromUtf8(creds.fields.value("child_Key")));
        AccountSecrets s;
        s.clientSecret = SecretBytes(creds.clientSecret);
        s.fields.insert("child_secret", SecretBytes(creds.fields.value("child_secret")));
        QVERIFY(createAccount(*services, p, s).ok());
        QVERIFY(window->selectAccount("accessible"));
        QVERIFY(testThroughTheButton("accessible"));
        for (int tab :
             {AccountPage::TokenTab, AccountPage::CredentialsTab, AccountPage::HistoryTab}) {
            page()->showTab(AccountPage::Tab(tab));
            checkAccessibleNames(QString("tab %1").arg(tab));
        }
    }

    void tabOrderFollowsTheLayout()
    {
        addAccount(sandboxAccount("banyan", "ordered"));
        QVERIFY(window->selectAccount("ordered"));
        page()->showTab(AccountPage::CredentialsTab);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTRY_VERIFY(window->accountList()->view()->isVisible());
        // Tab moves through the controls in reading order
        const auto tabFrom = [](QWidget* from) {
            from->setFocus(Qt::TabFocusReason);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            return QApplication::focusWidget();
        };
        const auto is = [this](QWidget* focused, const QString& name) {
            QWidget* expected = find<QWidget>(name);
            return focused && (focused == expected || expected->isAncestorOf(focused));
        };
        QVERIFY(is(tabFrom(window->accountList()->filterEdit()), "accountList"));
        const QStringList editorOrder{"nameEdit", "carrierPicker", "environmentCombo",
                                      "tokenUrlEdit", "tokenUrlReset"};
        for (int i = 0; i + 1 < editorOrder.size(); ++i) {
            QWidget* from = find<QWidget>(editorOrder.at(i));
            if (auto* combo = qobject_cast<QComboBox*>(from); combo && combo->lineEdit())
                from = combo->lineEdit();
            QVERIFY2(is(tabFrom(from), editorOrder.at(i + 1)), qPrintable(editorOrder.at(i)));
        }
        find<QLineEdit>("tokenUrlEdit")->setText("https://changed.example/token"); // enables reset
        QVERIFY(is(tabFrom(find<QWidget>("clientIdEdit")), "clientSecretEdit"));
    }

    void windowLayoutIsRemembered()
    {
        window->resize(1000, 700);
        auto* splitter = find<QSplitter>("mainSplitter");
        splitter->setSizes({400, 600});
        QTRY_COMPARE(splitter->sizes().first(), 400);
        window->close();
        window = DesktopSession::createWindow(*services, ticker.get(), clipboard.get());
        window->show();
        QCOMPARE(window->size(), QSize(1000, 700));
        QCOMPARE(find<QSplitter>("mainSplitter")->sizes().first(), 400);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
