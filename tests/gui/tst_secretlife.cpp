// SPDX-License-Identifier: Apache-2.0
// A secret's life in the window against the sandbox and the real Secret
// Service: Rotate Secret tries the new secret before it replaces the old one,
// the account list and page show the secret's age and reminders, the tray
// marks itself and notifies once a day, the settings keep the reminder days,
// and the editor keeps the carrier's expiry date.
#include "accountlistmodel.h"
#include "accountlistpane.h"
#include "accountstore.h"
#include "appsettings.h"
#include "credentialseditor.h"
#include "rotatedialog.h"
#include "secretreminderwatch.h"
#include "settingsdialog.h"
#include "traycontroller.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>

// Plurals read "day(s)" here: the tests run on the source texts, without the
// English translation that words them.
class TestSecretLife : public QObject, protected WindowFixture
{
    Q_OBJECT

private:
    QDate today() const { return clock.now().toLocalTime().date(); }

    RotateDialog* openRotate(const QString& name)
    {
        if (!window->selectAccount(name))
            return nullptr;
        QAction* rotate = action("rotateAction");
        if (!rotate || !rotate->isEnabled())
            return nullptr;
        rotate->trigger();
        return window->findChild<RotateDialog*>();
    }
    void typeSecret(RotateDialog* dialog, const QString& secret)
    {
        auto* edit = dialog->findChild<QLineEdit*>("rotateSecretEdit");
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, secret);
    }
    QUuid accountExpiring(const QString& name, int days)
    {
        Account p = sandboxAccount("dhl-ecs", name);
        p.secretExpires = today().addDays(days);
        return addAccount(p);
    }
    QModelIndex listIndex(const QUuid& id) { return window->accountList()->model()->indexOf(id); }

private slots:
    void initTestCase() { prepareRun(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void aBadCandidateChangesNothing()
    {
        addAccount(sandboxAccount("dhl-ecs", "acme-dhl"));
        RotateDialog* dialog = openRotate("acme-dhl");
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>("rotateCarrier")->text().startsWith("DHL eCommerce"));
        QCOMPARE(dialog->findChild<QLabel*>("rotateHeading")->text(),
                 "Rotate the secret of \u201cacme-dhl\u201d");
        typeSecret(dialog, "a-typo-in-the-secret");
        dialog->findChild<QPushButton*>("rotateReplaceButton")->click();
        auto* nothing = dialog->findChild<QLabel*>("rotateNothingChanged");
        QTRY_VERIFY_WITH_TIMEOUT(nothing->isVisible(), 15000);
        QCOMPARE(nothing->text(), "Nothing changed: the old secret stays and keeps working.");
        auto* verdict = dialog->findChild<OutcomeBanner*>("rotateBanner");
        QCOMPARE(verdict->tone(), StatusStyle::Tone::Danger);
        QVERIFY(!verdict->title().isEmpty());
        // still open, with what was typed, to fix the typo
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit*>("rotateSecretEdit")->text(), "a-typo-in-the-secret");
        QVERIFY(dialog->findChild<QPushButton*>("rotateReplaceButton")->isEnabled());
        dialog->findChild<QPushButton*>("rotateCancelButton")->click();
        // the old secret still gets a token
        const auto after = testThroughTheButton("acme-dhl");
        QVERIFY(after);
        QVERIFY2(after->ok(), qPrintable(after->error.message.text()));
    }

    void aGoodCandidateReplacesTheSecret()
    {
        Account p = sandboxAccount("dhl-ecs", "acme-dhl");
        const QUuid id = addAccount(p);
        clock.advance(3 * 24 * 3600);
        sandbox->acceptAlso("dhl-ecs", "the-new-dhl-secret");
        RotateDialog* dialog = openRotate("acme-dhl");
        QVERIFY(dialog);
        typeSecret(dialog, "the-new-dhl-secret");
        dialog->findChild<QCheckBox*>("rotateExpiresCheck")->setChecked(true);
        dialog->findChild<QDateEdit*>("rotateExpiresDate")->setDate(QDate(2027, 1, 5));
        QSignalSpy replaced(dialog, &RotateDialog::replaced);
        dialog->findChild<QPushButton*>("rotateReplaceButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(replaced.size(), 1, 15000);
        auto* verdict = dialog->findChild<OutcomeBanner*>("rotateBanner");
        QCOMPARE(verdict->tone(), StatusStyle::Tone::Success);
        QCOMPARE(verdict->title(), "Replaced the secret of \u201c" + p.name + "\u201d");
        QVERIFY(!dialog->findChild<QPushButton*>("rotateReplaceButton")->isVisible());
        QCOMPARE(dialog->findChild<QPushButton*>("rotateCancelButton")->text(), "Close");
        QVERIFY(dialog->findChild<QLineEdit*>("rotateSecretEdit")->text().isEmpty());
        // the page shows the new secret's life, and the test the rotation made
        const Account* stored = services->store()->find(id);
        QCOMPARE(stored->secretExpires, QDate(2027, 1, 5));
        QCOMPARE(stored->secretSetAt, clock.now());
        ticker->tickNow();
        QCOMPARE(find<QLabel>("secretLifeNote")->text(),
                 "Secret: set today · expires 2027-01-05 · last worked today");
        QVERIFY(window->activity()->lastResult(id) && window->activity()->lastResult(id)->ok());
        // only the new one works now: the carrier forgets the old
        sandbox->setCredentials("dhl-ecs", sandbox->credentials("dhl-ecs").clientId,
                                "the-new-dhl-secret");
        dialog->findChild<QPushButton*>("rotateCancelButton")->click();
        const auto after = testThroughTheButton("acme-dhl");
        QVERIFY(after);
        QVERIFY2(after->ok(), qPrintable(after->error.message.text()));
    }

    void cancelWhileTryingStillSaysWhatHappened()
    {
        const QUuid id = addAccount(sandboxAccount("dhl-ecs", "acme-dhl"));
        clock.advance(3600);
        sandbox->acceptAlso("dhl-ecs", "the-new-dhl-secret");
        QPointer<RotateDialog> dialog = openRotate("acme-dhl");
        QVERIFY(dialog);
        typeSecret(dialog, "the-new-dhl-secret");
        QSignalSpy replaced(dialog.data(), &RotateDialog::replaced);
        dialog->findChild<QPushButton*>("rotateReplaceButton")->click();
        // busy: nothing to change or press twice while the carrier answers
        QVERIFY(dialog->isRunning());
        QVERIFY(!dialog->findChild<QPushButton*>("rotateReplaceButton")->isEnabled());
        QVERIFY(!dialog->findChild<QLineEdit*>("rotateSecretEdit")->isEnabled());
        dialog->findChild<QPushButton*>("rotateCancelButton")->click();
        QVERIFY(!dialog->isVisible());
        // the trial goes on; what it did is still said, then the dialog goes
        QTRY_COMPARE_WITH_TIMEOUT(replaced.size(), 1, 15000);
        QTRY_VERIFY(!dialog);
        QCOMPARE(window->statusBar()->currentMessage(),
                 "Replaced the secret of \u201cacme-dhl\u201d.");
        QCOMPARE(services->store()->find(id)->secretSetAt, clock.now());
    }

    void remindersComeOnTheRightDays()
    {
        services->settings().setSecretWarnDays(14);
        const QUuid id = accountExpiring("acme-dhl", 15);
        SecretReminderWatch watch(services->store(), &services->settings(), clock);
        watch.setNotifying(false);
        watch.check();
        QVERIFY(watch.due().isEmpty());
        ticker->tickNow();
        QCOMPARE(listIndex(id).data(AccountListModel::SecretMarkRole).toString(), QString());

        clock.advance(24 * 3600); // 14 days before
        watch.check();
        QCOMPARE(watch.due().size(), 1);
        QCOMPARE(watch.due().first().kind, SecretReminder::Kind::ExpiresSoon);
        ticker->tickNow();
        QCOMPARE(listIndex(id).data(AccountListModel::SecretMarkRole).toString(),
                 "expires in 14 day(s)");
        QCOMPARE(
            StatusStyle::Tone(listIndex(id).data(AccountListModel::SecretMarkToneRole).toInt()),
            StatusStyle::Tone::Warning);

        clock.advance(15 * 24 * 3600); // the day after the date
        watch.check();
        QCOMPARE(watch.due().size(), 1);
        QCOMPARE(watch.due().first().kind, SecretReminder::Kind::Expired);
        ticker->tickNow();
        QCOMPARE(listIndex(id).data(AccountListModel::SecretMarkRole).toString(), "secret expired");
        QCOMPARE(
            StatusStyle::Tone(listIndex(id).data(AccountListModel::SecretMarkToneRole).toInt()),
            StatusStyle::Tone::Danger);
    }

    // New reminder days mark the rows they now concern; the same days again
    // leave every row as it is (thousands of rows would each be measured).
    void theListFollowsNewReminderDays()
    {
        const QUuid id = accountExpiring("acme-dhl", 20);
        AccountListModel* model = window->accountList()->model();
        QCOMPARE(listIndex(id).data(AccountListModel::SecretMarkRole).toString(), QString());
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        model->setReminderRules({30, 7});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(listIndex(id).data(AccountListModel::SecretMarkRole).toString(),
                 "expires in 20 day(s)");
        changed.clear();
        model->setReminderRules({30, 7});
        QCOMPARE(changed.size(), 0);
        model->setReminderRules({14, 7});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(listIndex(id).data(AccountListModel::SecretMarkRole).toString(), QString());
    }

    void notWorkingAfterTheSetDays()
    {
        const QUuid id = addAccount(sandboxAccount("dhl-ecs", "acme-dhl"), "not-the-secret");
        const auto failed = testThroughTheButton("acme-dhl");
        QVERIFY(failed && !failed->ok());
        SecretReminderWatch watch(services->store(), &services->settings(), clock);
        watch.setNotifying(false);
        clock.advance(6 * 24 * 3600);
        watch.check();
        QVERIFY(watch.due().isEmpty());
        clock.advance(24 * 3600);
        watch.check();
        QCOMPARE(watch.due().size(), 1);
        QCOMPARE(watch.due().first().kind, SecretReminder::Kind::NotWorking);
        ticker->tickNow();
        QCOMPARE(listIndex(id).data(AccountListModel::SecretMarkRole).toString(),
                 "not working for 7 day(s)");
        QVERIFY(listIndex(id).data(Qt::ToolTipRole).toString().contains("Not seen working yet"));
    }

    void theTrayNotifiesOnceADay()
    {
        accountExpiring("acme-dhl", 5);
        auto tray =
            DesktopSession::createTray(window.get(), *services, ticker.get(), clipboard.get());
        QCOMPARE(tray->status().overall, TrayStatus::Overall::Attention);
        QVERIFY(tray->icon()->toolTip().contains("Secret of acme-dhl: expires in 5 day(s)"));
        QSignalSpy notified(tray.get(), &TrayController::notified);
        // as install() does where there is a tray: what was due at the start is said then
        tray->reminders()->setNotifying(true);
        QCOMPARE(notified.size(), 1);
        tray->reminders()->check();
        QCOMPARE(notified.size(), 1);
        QVERIFY(notified.first().at(0).toString().contains("acme-dhl"));
        QVERIFY(notified.first().at(1).toString().contains("expires in 5 day(s)"));
        clock.advance(3 * 3600); // later the same day
        tray->reminders()->check();
        QCOMPARE(notified.size(), 1);
        // nor after a restart the same day
        tray.reset();
        closeWindow();
        openWindow();
        tray = DesktopSession::createTray(window.get(), *services, ticker.get(), clipboard.get());
        QSignalSpy again(tray.get(), &TrayController::notified);
        tray->reminders()->setNotifying(true);
        tray->reminders()->check();
        QCOMPARE(again.size(), 0);
        clock.advance(24 * 3600); // the next day
        tray->reminders()->check();
        QCOMPARE(again.size(), 1);
        QVERIFY(again.first().at(1).toString().contains("expires in 4 day(s)"));
        // the secret rotated without a date: nothing left to remind of
        Account p = *services->store()->findByName("acme-dhl");
        p.secretExpires = QDate();
        QVERIFY(services->store()->update(p));
        QTRY_COMPARE(tray->status().overall, TrayStatus::Overall::Fine);
    }

    void theListAndPageShowTheSecretsLife()
    {
        const QUuid id = accountExpiring("acme-dhl", 5);
        clock.advance(45 * 24 * 3600);
        Account p = *services->store()->find(id);
        p.secretExpires = today().addDays(5);
        QVERIFY(services->store()->update(p));
        QVERIFY(testThroughTheButton("acme-dhl"));
        ticker->tickNow();
        const QString expires = today().addDays(5).toString(Qt::ISODate);
        QCOMPARE(find<QLabel>("secretLifeNote")->text(),
                 "Secret: set 45 day(s) ago · expires " + expires +
                     " · last worked today (expires in 5 day(s))");
        const QString tip = listIndex(id).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("expires in 5 day(s)"), qPrintable(tip));
        QVERIFY2(tip.contains("(45 day(s) ago)"), qPrintable(tip));
        QVERIFY2(tip.contains("Secret expires " + expires), qPrintable(tip));
        QVERIFY2(tip.contains("Last worked " + today().toString(Qt::ISODate)), qPrintable(tip));
    }

    void settingsKeepTheReminderDays()
    {
        AppSettings& settings = services->settings();
        QCOMPARE(settings.secretWarnDays(), 14);
        QCOMPARE(settings.notWorkingDays(), 7);
        {
            SettingsDialog dialog(&settings);
            dialog.findChild<QSpinBox*>("secretWarnDaysSpin")->setValue(30);
            dialog.findChild<QSpinBox*>("notWorkingDaysSpin")->setValue(3);
            QVERIFY(dialog.apply());
        }
        QCOMPARE(settings.secretWarnDays(), 30);
        QCOMPARE(settings.notWorkingDays(), 3);
        SettingsDialog again(&settings);
        QCOMPARE(again.findChild<QSpinBox*>("secretWarnDaysSpin")->value(), 30);
        QCOMPARE(again.findChild<QSpinBox*>("notWorkingDaysSpin")->value(), 3);
    }

    void theEditorAsksForTheExpiryWhereSecretsExpire()
    {
        const QUuid tforce = addAccount(sandboxAccount("tforce", "acme-tforce"));
        addAccount(sandboxAccount("dhl-ecs", "acme-dhl"));
        QVERIFY(window->selectAccount("acme-dhl"));
        page()->showTab(AccountPage::CredentialsTab);
        // folded away for a carrier that says nothing of expiring secrets
        QVERIFY(find<QWidget>("secretExpiryToggle")->isVisible());
        QVERIFY(!find<QCheckBox>("secretExpiresCheck")->isVisible());

        QVERIFY(window->selectAccount("acme-tforce"));
        page()->showTab(AccountPage::CredentialsTab);
        QVERIFY(!find<QWidget>("secretExpiryToggle")->isVisible());
        auto* check = find<QCheckBox>("secretExpiresCheck");
        QVERIFY(check->isVisible());
        QVERIFY(!check->isChecked());
        QVERIFY(find<QLabel>("secretExpiresNote")->isVisible());
        QVERIFY(!find<QLabel>("secretExpiresNote")->text().isEmpty());
        check->setChecked(true);
        find<QDateEdit>("secretExpiresDate")->setDate(QDate(2027, 1, 5));
        QVERIFY(page()->editor()->isDirty());
        find<QPushButton>("saveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(services->store()->find(tforce)->secretExpires, QDate(2027, 1, 5),
                                  10000);
        // read back after a restart
        closeWindow();
        openWindow();
        QVERIFY(window->selectAccount("acme-tforce"));
        QVERIFY(find<QCheckBox>("secretExpiresCheck")->isChecked());
        QCOMPARE(find<QDateEdit>("secretExpiresDate")->date(), QDate(2027, 1, 5));
    }

    void theRotateDialogAsksForTheExpiryWhereSecretsExpire()
    {
        addAccount(sandboxAccount("tforce", "acme-tforce"));
        RotateDialog* dialog = openRotate("acme-tforce");
        QVERIFY(dialog);
        // asked for with the carrier's note, never filled in with a guess
        auto* check = dialog->findChild<QCheckBox*>("rotateExpiresCheck");
        QVERIFY(!check->isChecked());
        QVERIFY(dialog->findChild<QLabel*>("rotateLifetimeNote")->isVisible());
        auto* date = dialog->findChild<QDateEdit*>("rotateExpiresDate");
        QVERIFY(!date->isEnabled());
        check->setChecked(true);
        QVERIFY(date->isEnabled());
        QCOMPARE(date->date(), today().addDays(730)); // the longest the carrier allows
        QCOMPARE(date->minimumDate(), today());
        dialog->reject();
    }
};

QTEST_MAIN(TestSecretLife)
#include "tst_secretlife.moc"
