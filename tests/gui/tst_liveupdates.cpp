// SPDX-License-Identifier: Apache-2.0
// The open window shows what is true: what another tokendock (a script) saves
// appears without any action in the window, a failed test still shows after a
// restart, and the form, the history tab and the token view say what holds
// for the account on show. The other process is the real built tokendock,
// sharing the window's folder and keychain.
#include "accountlistmodel.h"
#include "accountrequest.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "credentialseditor.h"
#include "secretstore.h"
#include "tokencache.h"
#include "tokenview.h"
#include "windowfixture.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>

namespace {
constexpr int kShowsWithin = 5000; // "within a second", with room for a busy machine
}

// Runs `tokendock ARGS` with the window's folder and keychain and waits for it
// with the event loop running (the sandbox in this process answers it).
#define RUN_TOKENDOCK_EXIT(args, input, code)                                                      \
    do {                                                                                           \
        QProcess& proc_ = startTokendock(args, input);                                             \
        QTRY_VERIFY_WITH_TIMEOUT(proc_.state() == QProcess::NotRunning, 60000);                    \
        QVERIFY2(proc_.exitStatus() == QProcess::NormalExit && proc_.exitCode() == (code),         \
                 proc_.readAllStandardError().constData());                                        \
    } while (false)
#define RUN_TOKENDOCK(args, input) RUN_TOKENDOCK_EXIT(args, input, 0)

class TestLiveUpdates : public QObject, protected WindowFixture
{
    Q_OBJECT

    std::unique_ptr<QProcess> process;

    QString xdgDir() const { return dir.filePath(QString("xdg-%1").arg(configCount)); }

    // The command line finds its folder at $XDG_CONFIG_HOME/tokendock: there
    // it finds the window's.
    void shareTheFolder()
    {
        QVERIFY(QDir().mkpath(xdgDir()));
        QVERIFY(QFile::link(configDir(), xdgDir() + "/tokendock"));
    }

    QProcess& startTokendock(const QStringList& args, const QByteArray& input)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert("LC_ALL", "C.UTF-8");
        env.insert("LANGUAGE", "en");
        env.insert("HOME", dir.path());
        env.insert("XDG_CONFIG_HOME", xdgDir());
        env.insert("XDG_DATA_HOME", dir.filePath("data"));
        env.insert("XDG_CACHE_HOME", dir.filePath("cache"));
        process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->start(TOKENDOCK_BINARY, args);
        process->waitForStarted();
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
        return *process;
    }

    QStringList addArgs(const QString& name, const QString& carrierId) const
    {
        return {"add",           name,
                "--carrier",     carrierId,
                "--token-url",   sandbox->tokenUrl(carrierId).toString(),
                "--client-id",   QString::fromUtf8(sandbox->credentials(carrierId).clientId),
                "--secret-stdin"};
    }

    // The list's row for an account (rows sit under carrier groups).
    QModelIndex listRow(const QUuid& id, const QModelIndex& parent = {})
    {
        const QAbstractItemModel* model = find<QTreeView>("accountList")->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(AccountListModel::IdRole).toUuid() == id)
                return index;
            const QModelIndex inside = listRow(id, index);
            if (inside.isValid())
                return inside;
        }
        return {};
    }
    QString listState(const QUuid& id)
    {
        return listRow(id).data(AccountListModel::StateIdRole).toString();
    }
    QString statusLine() { return find<QLabel>("accountStatus")->text(); }
    int detailsTab() { return find<QTabWidget>("tokenDetails")->currentIndex(); }

private slots:
    void initTestCase() { prepareRun(); }
    void init()
    {
        // the command line's keychain service; every item is under an account's own id
        keychainService = "TokenDock";
        setUp();
        // the other process reads the system clock: so does the sandbox here
        clock.setNow(QDateTime::currentDateTimeUtc());
        services->store()->setAsync(true); // as the desktop session wires it
        shareTheFolder();
    }
    void cleanup()
    {
        process.reset();
        tearDown();
    }

    void externalTestShowsInOpenWindow()
    {
        const QUuid id = addAccount(sandboxAccount("usps", "acme-usps"));
        QVERIFY(!id.isNull());
        QVERIFY(window->selectAccount("acme-usps"));
        QCOMPARE(statusLine(), QString("Not tested"));
        QCOMPARE(listState(id), QString("untested"));
        QVERIFY(!page()->tokenView()->hasToken());

        RUN_TOKENDOCK(QStringList({"test", "acme-usps"}), QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(page()->tokenView()->hasToken(), kShowsWithin);
        QTRY_COMPARE_WITH_TIMEOUT(listState(id), QString("valid"), kShowsWithin);
        QVERIFY2(statusLine().startsWith("Valid"), qPrintable(statusLine()));
        QTRY_COMPARE_WITH_TIMEOUT(banner()->title(), QString("Token received"), kShowsWithin);
        QVERIFY(banner()->isVisible());
        QVERIFY(find<QWidget>("tokenEdit")->isVisible());
        QCOMPARE(page()->tabs()->tabText(AccountPage::HistoryTab), QString("History (1)"));
        QCOMPARE(window->currentAccount(), id);

        // a failure the script met shows with its words too
        sandbox->setCredentials("usps", sandbox->credentials("usps").clientId, "changed-secret");
        RUN_TOKENDOCK_EXIT(QStringList({"test", "acme-usps"}), QByteArray(),
                           Failure::exitCode(ErrorCategory::CredentialsRejected));
        QTRY_COMPARE_WITH_TIMEOUT(listState(id), QString("failed"), kShowsWithin);
        QVERIFY2(statusLine().startsWith("Failed"), qPrintable(statusLine()));
        QTRY_COMPARE_WITH_TIMEOUT(banner()->title(),
                                  Failure::categoryLabel(ErrorCategory::CredentialsRejected),
                                  kShowsWithin);
        QVERIFY(!banner()->hint().isEmpty());
    }

    void externalAddAndRemoveShowWhileTheSelectionStays()
    {
        const QUuid kept = addAccount(sandboxAccount("usps", "acme-usps"));
        const QUuid gone = addAccount(sandboxAccount("usps", "acme-usps-old"));
        QVERIFY(!kept.isNull() && !gone.isNull());
        QVERIFY(window->selectAccount("acme-usps"));

        RUN_TOKENDOCK(addArgs("acme-ups", "ups"), sandbox->credentials("ups").clientSecret + '\n');
        const auto added = [this] {
            return services->store()->findByName("acme-ups");
        };
        QTRY_VERIFY_WITH_TIMEOUT(added() && listRow(added()->id).isValid(), kShowsWithin);
        QCOMPARE(window->currentAccount(), kept);
        QCOMPARE(find<QLineEdit>("nameEdit")->text(), QString("acme-usps"));

        RUN_TOKENDOCK(QStringList({"remove", "acme-usps-old", "--yes"}), QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(!listRow(gone).isValid(), kShowsWithin);
        QCOMPARE(window->currentAccount(), kept);
        QCOMPARE(page()->accountId(), kept);
    }

    // A polished editor keeps what the user typed: another account changing
    // leaves the form alone; its own account changing elsewhere keeps the
    // typing, says so under the buttons, and Save applies only what was typed.
    void unsavedEditSurvivesExternalChanges()
    {
        const QUuid id = addAccount(sandboxAccount("usps", "acme-usps"));
        const QUuid other = addAccount(sandboxAccount("ups", "acme-ups"));
        QVERIFY(window->selectAccount("acme-usps"));
        page()->showTab(AccountPage::CredentialsTab);
        auto* name = find<QLineEdit>("nameEdit");
        name->setText("acme-usps-renamed");
        QVERIFY(page()->editor()->isDirty());

        RUN_TOKENDOCK(QStringList({"edit", "acme-ups", "--client-id", "ups-new-id"}), QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(services->store()->find(other)->clientId, QString("ups-new-id"),
                                  kShowsWithin);
        QCOMPARE(name->text(), QString("acme-usps-renamed"));
        QVERIFY(page()->editor()->isDirty());
        QCOMPARE(find<QLabel>("unsavedNote")->text(), QString("Unsaved changes"));
        QCOMPARE(window->currentAccount(), id);

        RUN_TOKENDOCK(QStringList({"edit", "acme-usps", "--client-id", "usps-new-id"}),
                      QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("unsavedNote")->text().contains("changed elsewhere"),
                                 kShowsWithin);
        QCOMPARE(name->text(), QString("acme-usps-renamed"));
        QCOMPARE(services->store()->find(id)->clientId, QString("usps-new-id"));

        find<QPushButton>("saveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page()->editor()->isDirty(), kShowsWithin);
        const Account* saved = services->store()->find(id);
        QCOMPARE(saved->name, QString("acme-usps-renamed"));
        QCOMPARE(saved->clientId, QString("usps-new-id")); // the other change stayed
        QCOMPARE(find<QLineEdit>("clientIdEdit")->text(), QString("usps-new-id"));
        QCOMPARE(find<QLabel>("unsavedNote")->text(), QString());
    }

    void failedTestShowsAfterRestart()
    {
        const QByteArray wrong = "wrong-secret-for-restart";
        const QUuid id = addAccount(sandboxAccount("usps", "acme-usps"), wrong);
        QVERIFY(!id.isNull());
        const auto result = testThroughTheButton("acme-usps");
        QVERIFY(result);
        QCOMPARE(result->error.category, ErrorCategory::CredentialsRejected);
        const QString title = banner()->title();
        const QString message = banner()->message();
        const QString words = banner()->carrierWords();
        const QString hint = banner()->hint();
        QVERIFY(!message.isEmpty() && !hint.isEmpty());

        closeWindow(); // the history is saved as the store ends
        QFile file(QDir(configDir()).filePath("accounts.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(!saved.contains(wrong));
        QVERIFY(saved.contains("credentials_rejected"));

        openWindow();
        QVERIFY(window->selectAccount("acme-usps"));
        QVERIFY(banner()->isVisible());
        QCOMPARE(banner()->title(), title);
        QCOMPARE(banner()->message(), message);
        QCOMPARE(banner()->carrierWords(), words);
        QCOMPARE(banner()->hint(), hint);
        auto* report = find<QToolButton>("reportButton");
        QVERIFY(report->isVisible());
        QVERIFY(report->isEnabled());
        QVERIFY(!find<QLabel>("tokenEmptyText")->text().startsWith("Test the account"));
        QVERIFY2(statusLine().startsWith("Failed"), qPrintable(statusLine()));
        report->click();
        QTRY_VERIFY(clipboardText().contains("Credentials rejected"));
        QVERIFY(!clipboardText().contains(wrong));
    }

    // The keychain is asked for the cached tokens once the window's first
    // frame is drawn, and at once by a window that does not show.
    void cachedTokensWaitForTheFirstFrame()
    {
        QVERIFY(!addAccount(sandboxAccount("usps", "acme-usps")).isNull());
        closeWindow();
        openWindow(); // shown, not drawn yet
        QVERIFY(window->activity()->holdingCachedTokens());
        QVERIFY(window->activity()->loadingCachedTokens());
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->repaint(); // a frame now, not at the event loop's leisure
        QCoreApplication::processEvents();
        QVERIFY(!window->activity()->holdingCachedTokens());
        QSignalSpy loaded(window->activity(), &AccountActivity::cachedTokensLoaded);
        QVERIFY(loaded.wait(30000));

        window = DesktopSession::createWindow(*services, ticker.get(), clipboard.get());
        QVERIFY(window->activity()->holdingCachedTokens());
        QCoreApplication::processEvents(); // the first turn of events: no window shows
        QVERIFY(!window->activity()->holdingCachedTokens());
        QVERIFY(!window->isVisible());
    }

    // Every account's cached token is read back at the start, a batch at a
    // time, and its countdown shows; the window says when the reads are over.
    void cachedTokensShowAfterRestart()
    {
        constexpr int kAccounts = 70; // more than two batches
        QList<QUuid> ids;
        for (int i = 0; i < kAccounts; ++i) {
            const QUuid id = addAccount(sandboxAccount("usps", QString("acme-%1").arg(i)));
            QVERIFY(!id.isNull());
            IssuedToken token;
            token.accessToken = SecretBytes(QByteArray("cached-") + QByteArray::number(i));
            token.tokenType = "Bearer";
            token.obtainedAt = clock.now();
            token.expiresIn = 3600 + i;
            token.expiresAtFromResponse = clock.now().addSecs(token.expiresIn);
            const Account* account = services->store()->find(id);
            token.issuedFor =
                AccountRequest::issuedFor(*account, services->catalog().find(account->carrierId));
            services->tokenCache()->store(id, token, nullptr, [](const SecretResult&) {});
            ids << id;
        }
        QTRY_COMPARE_WITH_TIMEOUT(services->secrets()->pendingJobs(), 0, 30000);
        closeWindow();

        openWindow();
        QSignalSpy loaded(window->activity(), &AccountActivity::cachedTokensLoaded);
        QVERIFY(window->activity()->loadingCachedTokens());
        QVERIFY(loaded.wait(30000));
        QVERIFY(!window->activity()->loadingCachedTokens());
        for (int i = 0; i < kAccounts; ++i) {
            const auto token = window->activity()->token(ids.at(i));
            QVERIFY2(token, qPrintable(QString("acme-%1").arg(i)));
            QCOMPARE(token->expiresIn, 3600 + i);
        }
        QVERIFY(window->selectAccount("acme-69"));
        QVERIFY2(statusLine().contains("Valid"), qPrintable(statusLine()));
        QCOMPARE(loaded.count(), 1);
    }

    // Another process changes an account's credentials (its token is dropped)
    // and then changes them back: the window read the cache again after each
    // edit, so the dropped token does not come back into view as if valid.
    void aTokenDroppedByAnEditElsewhereStaysGone()
    {
        const QUuid id = addAccount(sandboxAccount("usps", "acme-usps"));
        QVERIFY(!id.isNull());
        QVERIFY(window->selectAccount("acme-usps"));
        RUN_TOKENDOCK(QStringList({"test", "acme-usps"}), QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(page()->tokenView()->hasToken(), kShowsWithin);
        const QString clientId = services->store()->find(id)->clientId;

        RUN_TOKENDOCK(QStringList({"edit", "acme-usps", "--client-id", "usps-other-id"}),
                      QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(services->store()->find(id)->clientId, QString("usps-other-id"),
                                  kShowsWithin);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->tokenView()->hasToken(), kShowsWithin);
        RUN_TOKENDOCK(QStringList({"edit", "acme-usps", "--client-id", clientId}), QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(services->store()->find(id)->clientId, clientId, kShowsWithin);
        // the token the window held fits these settings again, but is gone
        QTRY_VERIFY_WITH_TIMEOUT(!window->activity()->token(id).has_value(), kShowsWithin);
        QTRY_COMPARE_WITH_TIMEOUT(services->secrets()->pendingJobs(), 0, kShowsWithin);
        QVERIFY(!window->activity()->token(id).has_value());
        QVERIFY(!page()->tokenView()->hasToken());
        QCOMPARE(listState(id), QString("untested"));
    }

    // The first change to the list after the window opened is another
    // process's edit of an account it opened with, after that process dropped
    // the account's token: the window reads its cache again, so the token does
    // not stay on show as valid.
    void aTokenDroppedElsewhereGoesAtTheFirstEditAfterTheStart()
    {
        const QUuid id = addAccount(sandboxAccount("usps", "acme-usps"));
        QVERIFY(!id.isNull());
        RUN_TOKENDOCK(QStringList({"token", "acme-usps"}), QByteArray());
        closeWindow();
        openWindow();
        services->store()->setAsync(true);
        QSignalSpy storeChanged(services->store(), &AccountStore::changed);
        QSignalSpy loaded(window->activity(), &AccountActivity::cachedTokensLoaded);
        QVERIFY(window->activity()->loadingCachedTokens());
        QVERIFY(loaded.wait(30000));
        QVERIFY(window->activity()->token(id).has_value());

        // dropped where the window's cache does not see it, then the edit,
        // the list's first change since the window opened
        SecretStore elsewhere(keychainService);
        QVERIFY(keychainCall([&](auto cb) {
                    elsewhere.remove(SecretStore::tokenKey(id), nullptr, cb);
                }).ok());
        QCOMPARE(storeChanged.count(), 0);
        RUN_TOKENDOCK(QStringList({"edit", "acme-usps", "--name", "acme-usps-renamed"}),
                      QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(services->store()->find(id)->name, QString("acme-usps-renamed"),
                                  kShowsWithin);
        QTRY_VERIFY_WITH_TIMEOUT(!window->activity()->token(id).has_value(), kShowsWithin);
    }

    void duplicateNameShowsAtTheNameField()
    {
        addAccount(sandboxAccount("usps", "acme-usps"));
        addAccount(sandboxAccount("ups", "acme-ups"));
        QVERIFY(window->selectAccount("acme-ups"));
        page()->showTab(AccountPage::CredentialsTab);
        auto* name = find<QLineEdit>("nameEdit");
        auto* issue = find<QLabel>("issue_name");
        name->setText("ACME-USPS");
        find<QPushButton>("saveButton")->click();
        QVERIFY(issue->isVisible());
        QVERIFY2(issue->text().startsWith("An account named \u201c"
                                          "acme-usps\u201d already exists"),
                 qPrintable(issue->text()));
        QVERIFY(services->store()->findByName("acme-ups"));

        // Test saves first: the banner points at the highlighted name
        find<QToolButton>("testButton")->click();
        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(banner()->title(), QString("Fix the highlighted settings"));
        QVERIFY(issue->isVisible());

        name->setText("acme-ups-2");
        QVERIFY(!issue->isVisible());
        QVERIFY(!banner()->isVisible());
        find<QPushButton>("saveButton")->click();
        QTRY_VERIFY(services->store()->findByName("acme-ups-2"));

        // a new account's form says the same
        action("newAction")->trigger();
        QTRY_VERIFY(page()->isDraft());
        find<QLineEdit>("nameEdit")->setText("acme-usps");
        find<QPushButton>("saveButton")->click();
        QVERIFY(issue->isVisible());
        QVERIFY(issue->text().contains("already exists"));
        QCOMPARE(services->store()->accounts().size(), 2);
    }

    void newAccountHistoryTabHasNoCount()
    {
        addAccount(sandboxAccount("usps", "acme-usps"));
        QVERIFY(testThroughTheButton("acme-usps"));
        QVERIFY(testThroughTheButton("acme-usps"));
        QTabWidget* tabs = page()->tabs();
        QTRY_COMPARE(tabs->tabText(AccountPage::HistoryTab), QString("History (2)"));

        action("newAction")->trigger();
        QTRY_VERIFY(page()->isDraft());
        QVERIFY(!tabs->isTabEnabled(AccountPage::HistoryTab));
        QCOMPARE(tabs->tabText(AccountPage::HistoryTab), QString("History"));
    }

    void successAfterFailureShowsTheDecodedToken()
    {
        addAccount(sandboxAccount("usps", "acme-usps"));
        const auto creds = sandbox->credentials("usps");
        sandbox->setCredentials("usps", creds.clientId, "not-the-secret-saved");
        auto failed = testThroughTheButton("acme-usps");
        QVERIFY(failed && !failed->ok());
        QCOMPARE(detailsTab(), 1); // the carrier's refusal is what there is to read

        sandbox->setCredentials("usps", creds.clientId, creds.clientSecret);
        auto worked = testThroughTheButton("acme-usps");
        QVERIFY(worked && worked->ok());
        QCOMPARE(detailsTab(), 0);
        QVERIFY(find<QWidget>("tokenDetails")->isVisible());
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
