// SPDX-License-Identifier: Apache-2.0
// The window's side of the trust boundary: an account file from someone
// else is previewed before anything changes, and the window never writes an
// account as it last saw it over another process's edit.
#include "accountexchange.h"
#include "accountlistmodel.h"
#include "accountlistpane.h"
#include "accountstore.h"
#include "importdialog.h"
#include "secretstore.h"
#include "tokenservice.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

class TestGuiTrust : public QObject, protected WindowFixture
{
    Q_OBJECT

    SandboxServer attacker;

    SecretResult readItem(const QString& key) { return readKeychain(*services->secrets(), key); }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    static bool standsOut(const QTreeWidgetItem* item)
    {
        return item->data(0, Qt::UserRole + 1).toBool();
    }

private slots:
    void initTestCase()
    {
        prepareRun();
        QVERIFY(attacker.start());
    }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void importPreviewShowsTheNewHostAndAsksBeforeDroppingSecrets()
    {
        Account mine = sandboxAccount("dhl-ecs", "acme-dhl");
        const QUuid id = addAccount(mine);
        QVERIFY(!id.isNull());
        Account theirs = mine;
        theirs.tokenUrl = attacker.tokenUrl("dhl-ecs").toString();
        const QString file = writeFile("colleague.json", AccountExchange::exportJson({theirs}));
        window->importFile(file);
        ImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ImportDialog*>("importDialog")));
        auto* tree = dialog->findChild<QTreeWidget*>("importTree");
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem* account = tree->topLevelItem(0);
        QVERIFY(standsOut(account));
        bool urlShown = false;
        for (int i = 0; i < account->childCount(); ++i) {
            const QTreeWidgetItem* row = account->child(i);
            if (row->text(1).contains(attacker.tokenUrl("dhl-ecs").toString())) {
                urlShown = true;
                QVERIFY(standsOut(row));
            }
        }
        QVERIFY(urlShown);
        auto* overwrite = dialog->findChild<QCheckBox*>("importOverwrite");
        auto* dropSecrets = dialog->findChild<QCheckBox*>("importDropSecrets");
        auto* importButton = dialog->findChild<QPushButton*>("importButton");
        overwrite->click();
        QVERIFY(!importButton->isEnabled()); // the second tick is needed
        dropSecrets->click();
        QVERIFY(importButton->isEnabled());
        importButton->click();
        QTRY_VERIFY(services->store()->find(id)->secretMissing);
        QCOMPARE(services->store()->find(id)->tokenUrl, theirs.tokenUrl);
        QCOMPARE(readItem(SecretStore::secretKey(id)).status, SecretResult::NotFound);
        AccountListModel* model = window->accountList()->model();
        QTRY_COMPARE(model->data(model->indexOf(id), AccountListModel::StateIdRole).toString(),
                     QString("needs-secret"));

        // neither the window's Test nor the service behind the tray, Test All
        // and keep-fresh sends anything for it
        attacker.clearRequests();
        QVERIFY(window->selectAccount("acme-dhl"));
        find<QToolButton>("testButton")->click();
        QTRY_VERIFY(banner()->message().contains("Nothing was sent"));
        std::optional<TokenResult> result;
        services->tokens()->requestToken(id, window.get(),
                                         [&](const TokenResult& r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error.category, ErrorCategory::InvalidInput);
        QVERIFY2(result->error.message.text().contains("no secret for its current settings"),
                 qPrintable(result->error.message.text()));
        QCOMPARE(attacker.requestCount(), 0);
    }

    void cancelledPreviewChangesNothing()
    {
        Account mine = sandboxAccount("dhl-ecs", "acme-dhl");
        const QUuid id = addAccount(mine);
        Account theirs = mine;
        theirs.clientId = "someone-else";
        window->importFile(writeFile("cancel.json", AccountExchange::exportJson({theirs})));
        ImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ImportDialog*>("importDialog")));
        dialog->reject();
        QCOMPARE(services->store()->find(id)->clientId, mine.clientId);
        QVERIFY(readItem(SecretStore::secretKey(id)).ok());
    }

    // The form still shows the old token URL while another process moved the
    // account elsewhere: a secret typed into it is not saved for the new place.
    void secretTypedIntoAStaleFormIsNotSavedForAMovedAccount()
    {
        const QUuid id = addAccount(sandboxAccount("dhl-ecs", "acme-dhl"));
        QVERIFY(window->selectAccount("acme-dhl"));
        AccountStore other(services->store()->filePath());
        other.load();
        Account moved = *other.find(id);
        moved.tokenUrl = attacker.tokenUrl("dhl-ecs").toString();
        moved.secretMissing = true;
        QVERIFY(other.update(moved));
        QTest::keyClicks(find<QLineEdit>("clientSecretEdit"), "typed-by-a-person");
        find<QPushButton>("saveButton")->click();
        QTRY_VERIFY(!find<QLabel>("generalIssue")->text().isEmpty());
        QVERIFY2(find<QLabel>("generalIssue")->text().contains("changed elsewhere"),
                 qPrintable(find<QLabel>("generalIssue")->text()));
        AccountStore reread(services->store()->filePath());
        reread.load();
        QCOMPARE(reread.find(id)->tokenUrl, moved.tokenUrl);
        QVERIFY(reread.find(id)->secretMissing);
        const SecretResult stored = readItem(SecretStore::secretKey(id));
        QVERIFY(!stored.ok() || stored.data.expose() != "typed-by-a-person");
    }

    // Keep fresh switched in the window keeps a script's edit of the same account.
    void keepFreshKeepsAnotherProcessEdit()
    {
        const QUuid id = addAccount(sandboxAccount("dhl-ecs", "acme-dhl"));
        QVERIFY(window->selectAccount("acme-dhl"));
        AccountStore script(services->store()->filePath());
        script.load();
        Account edited = *script.find(id);
        edited.clientId = "changed-by-a-script";
        QVERIFY(script.update(edited));
        find<QCheckBox>("keepFreshCheck")->click();
        AccountStore reread(services->store()->filePath());
        reread.load();
        QCOMPARE(reread.find(id)->clientId, QString("changed-by-a-script"));
        QVERIFY(reread.find(id)->keepFresh);
    }

    // Starting fresh after an unreadable file removes that file's accounts'
    // secrets once the user confirms.
    void startFreshRemovesTheEarlierAccountsSecrets()
    {
        const QUuid id = addAccount(sandboxAccount("dhl-ecs", "acme-dhl"));
        QVERIFY(readItem(SecretStore::secretKey(id)).ok());
        const QString path = services->store()->filePath();
        closeWindow();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        bytes.chop(bytes.size() / 3); // cut short, as a crash or a full disk would
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        openWindow();
        QCOMPARE(services->store()->unreadableAccountIds(), QList<QUuid>{id});
        answerNextMessageBox("confirmStartFreshButton");
        find<QPushButton>("startFreshButton")->click();
        QTRY_COMPARE(readItem(SecretStore::secretKey(id)).status, SecretResult::NotFound);
    }
};

QTEST_MAIN(TestGuiTrust)
#include "tst_guitrust.moc"
