// SPDX-License-Identifier: Apache-2.0
// The window's side of the trust boundary: an account file from someone
// else is previewed before anything changes, and the window never writes an
// account as it last saw it over another process's edit.
#include "accountexchange.h"
#include "accountlistmodel.h"
#include "accountlistpane.h"
#include "accountservice.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "carrierpicker.h"
#include "importdialog.h"
#include "secretstore.h"
#include "tokenservice.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QJsonDocument>
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

    static QJsonObject presetDefinition(const QString& id, const QString& host)
    {
        return QJsonObject{
            {"id", id},
            {"name", "Acme Freight"},
            {"vendor", "Acme"},
            {"summary", "The team's own freight API"},
            {"environments",
             QJsonArray{QJsonObject{{"id", "production"},
                                    {"label", "Production"},
                                    {"kind", "production"},
                                    {"tokenUrl", "https://" + host + "/oauth/token"}}}},
            {"credentials", "body"},
            {"refresh", QJsonObject{{"policy", "fraction"}, {"advice", "Renew early."}}}};
    }
    // Opens the import preview of an export carrying `preset`, with one account on it.
    ImportDialog* previewImport(const QJsonObject& preset, const QString& accountName)
    {
        Account theirs;
        theirs.id = QUuid::createUuid();
        theirs.name = accountName;
        theirs.carrierId = preset.value("id").toString();
        theirs.environmentId = "production";
        theirs.clientId = "team-client";
        QJsonObject root = QJsonDocument::fromJson(AccountExchange::exportJson({theirs})).object();
        root.insert("schema", 3);
        root.insert("carriers", QJsonArray{preset});
        window->importFile(writeFile(accountName + ".json", QJsonDocument(root).toJson()));
        ImportDialog* dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = window->findChild<ImportDialog*>("importDialog")));
        }();
        return dialog;
    }
    static QTreeWidgetItem* presetRow(ImportDialog* dialog)
    {
        auto* tree = dialog->findChild<QTreeWidget*>("importTree");
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == "preset")
                return tree->topLevelItem(i);
        }
        return nullptr;
    }
    // The row under `item` whose text holds `text`, when it stands out.
    static bool standsOutWith(const QTreeWidgetItem* item, const QString& text)
    {
        for (int i = 0; i < item->childCount(); ++i) {
            if (item->child(i)->text(1).contains(text))
                return standsOut(item->child(i));
        }
        return false;
    }

    // A file that carries a preset shows it, and the host it sends secrets
    // to, before anything is written; Import installs it for the window.
    void importPreviewShowsTheCarriedPreset()
    {
        const QString id = "acme-guitrust";
        ImportDialog* dialog =
            previewImport(presetDefinition(id, "auth.acme.example"), "acme-team");
        QVERIFY(dialog);
        QTreeWidgetItem* carried = presetRow(dialog);
        QVERIFY(carried);
        QVERIFY2(carried->text(0).contains(id), qPrintable(carried->text(0)));
        QCOMPARE(carried->text(1), QString("New preset"));
        QVERIFY(standsOut(carried));
        QVERIFY(standsOutWith(carried, "auth.acme.example"));
        const QString installed = configDir() + "/carriers/" + id + ".json";
        QVERIFY(!QFile::exists(installed));
        QVERIFY(!services->catalog().find(id));

        QSignalSpy presetsInstalled(services->accounts(), &AccountService::presetsInstalled);
        dialog->findChild<QPushButton*>("importButton")->click();
        QTRY_COMPARE(presetsInstalled.size(), 1);
        QCOMPARE(presetsInstalled.first().first().toStringList(), QStringList{id});
        QVERIFY(services->store()->findByName("acme-team"));
        QVERIFY(QFile::exists(installed));
        QCOMPARE(services->catalog().find(id)->origin, PresetOrigin::User);
        // the open window's carrier picker offers it at once, marked as the user's
        auto* picker = window->findChild<CarrierPicker*>();
        QVERIFY(picker);
        QVERIFY(picker->findData(id) >= 0);
    }

    // A file that moves a user's preset to another host: the accounts here
    // on it would lose their stored secrets, which needs the second tick even
    // when no account is replaced.
    void changedPresetAsksBeforeDroppingSecrets()
    {
        const QString id = "acme-guichange";
        ImportDialog* first = previewImport(presetDefinition(id, "auth.acme.example"), "first");
        QVERIFY(first);
        first->findChild<QPushButton*>("importButton")->click();
        QTRY_VERIFY(services->catalog().find(id));
        Account mine;
        mine.id = QUuid::createUuid();
        mine.name = "ours";
        mine.carrierId = id;
        mine.environmentId = "production";
        mine.clientId = "our-client";
        const QUuid ours = addAccount(mine, "our-stored-secret");
        QVERIFY(!ours.isNull());
        QTRY_VERIFY(!window->findChild<ImportDialog*>("importDialog"));

        ImportDialog* dialog =
            previewImport(presetDefinition(id, "auth.elsewhere.example"), "second");
        QVERIFY(dialog);
        QTreeWidgetItem* carried = presetRow(dialog);
        QVERIFY(carried);
        QCOMPARE(carried->text(1), QString("Changes the preset"));
        QVERIFY(standsOutWith(carried, "https://auth.elsewhere.example/oauth/token"));
        QVERIFY(standsOutWith(carried, "ours"));
        auto* dropSecrets = dialog->findChild<QCheckBox*>("importDropSecrets");
        auto* importButton = dialog->findChild<QPushButton*>("importButton");
        QVERIFY(dropSecrets->isVisibleTo(dialog));
        QVERIFY(dropSecrets->isEnabled());
        QVERIFY(!importButton->isEnabled());
        dropSecrets->click();
        QVERIFY(importButton->isEnabled());
        importButton->click();
        QTRY_VERIFY(services->store()->find(ours)->secretMissing);
        QTRY_COMPARE(readItem(SecretStore::secretKey(ours)).status, SecretResult::NotFound);
        QCOMPARE(services->catalog().find(id)->environment("production")->tokenUrl,
                 QString("https://auth.elsewhere.example/oauth/token"));
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
