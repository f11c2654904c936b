// SPDX-License-Identifier: Apache-2.0
// Onboarding from what a carrier sent: Paste Credentials (welcome panel, the
// new-account form, Ctrl+V on the list) fills a new account to check, marks
// what it filled and saves nothing; Test and Copy saves, tests and copies.
#include "accountlistpane.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "carrierpicker.h"
#include "credentialseditor.h"
#include "pastedcredentials.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>

namespace {
// What a message box said, once the next one opened and was closed with OK.
struct BoxSeen
{
    QString objectName;
    QString text;
};

void closeNextBox(std::shared_ptr<BoxSeen> seen, int attempts = 500)
{
    QTimer::singleShot(10, [seen, attempts] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (attempts > 0)
                closeNextBox(seen, attempts - 1);
            return;
        }
        seen->objectName = box->objectName();
        seen->text = box->text() + '\n' + box->informativeText();
        box->button(QMessageBox::Ok)->click();
    });
}
} // namespace

class TestPasteOnboarding : public QObject, protected WindowFixture
{
    Q_OBJECT

    void setClipboard(const QString& text) { QGuiApplication::clipboard()->setText(text); }
    QLineEdit* secretEdit() { return find<QLineEdit>("clientSecretEdit"); }
    bool marked(const QString& objectName)
    {
        QWidget* w = find<QWidget>(objectName);
        return w && w->property("recognised").toBool();
    }
    // A curl command for the sandbox's generic OAuth 2.0 endpoint.
    QString sandboxCurl()
    {
        const auto creds = sandbox->credentials("oauth2");
        return QString("curl -X POST '%1' \\\n  -d grant_type=client_credentials \\\n"
                       "  -d client_id=%2 -d 'client_secret=%3'")
            .arg(sandbox->tokenUrl("oauth2").toString(), QString::fromUtf8(creds.clientId),
                 QString::fromUtf8(creds.clientSecret));
    }

private slots:
    void initTestCase() { prepareRun(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void eachKindOfTextFillsTheFormToCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("field"); // objectName=value of a carrier field, if any

        QTest::newRow("banyan curl from its documentation")
            << "curl --location --request POST "
               "'https://ws.integration.banyantechnology.com/auth/connect/token' \\\n"
               "  --data-urlencode 'grant_type=client_credentials' \\\n"
               "  --data-urlencode 'client_id=ban-77' \\\n"
               "  --data-urlencode 'client_secret=b4n&secret' \\\n"
               "  --data-urlencode 'clientrefnum=REF-9'"
            << "banyan"
            << "sandbox"
            << "ban-77"
            << "b4n&secret"
            << "field_clientrefnum=REF-9";
        QTest::newRow("project44 curl with -u")
            << "curl -X POST https://na12.api.project44.com/api/v4/oauth2/token -u "
               "p44-client:p44-pass -d grant_type=client_credentials"
            << "project44"
            << "production"
            << "p44-client"
            << "p44-pass"
            << "";
        QTest::newRow("HTTPie form")
            << "http -f POST https://api-sandbox.dhlecs.com/auth/v4/accesstoken "
               "grant_type=client_credentials client_id=h-id client_secret=h-secret"
            << "dhl-ecs"
            << "sandbox"
            << "h-id"
            << "h-secret"
            << "";
        QTest::newRow("raw HTTP request")
            << "POST /auth/v4/accesstoken HTTP/1.1\r\nHost: api.dhlecs.com\r\n\r\n"
               "grant_type=client_credentials&client_id=r-id&client_secret=r%2Fs"
            << "dhl-ecs"
            << "production"
            << "r-id"
            << "r/s"
            << "";
        QTest::newRow("JSON with camel case")
            << "{\"carrier\": \"project44\", \"clientId\": \"j-id\", \"clientSecret\": "
               "\"j-secret\", \"environment\": \"sandbox\"}"
            << "project44"
            << "sandbox"
            << "j-id"
            << "j-secret"
            << "";
        QTest::newRow(".env lines") << "UPS_CLIENT_ID=e-id\nUPS_CLIENT_SECRET='e secret 9'\n"
                                       "TOKEN_URL=https://wwwcie.ups.com/security/v1/oauth/token\n"
                                    << "ups"
                                    << "sandbox"
                                    << "e-id"
                                    << "e secret 9"
                                    << "";
        QTest::newRow("German e-mail")
            << "Sehr geehrte Damen und Herren,\nIhre Zugangsdaten für FedEx (Produktion):\n"
               "Client-ID: de-client\nClient-Geheimnis: de-geheim\n"
            << "fedex"
            << "production"
            << "de-client"
            << "de-geheim"
            << "";
        QTest::newRow("French e-mail")
            << "Bonjour,\nTransporteur : DHL eCommerce\nIdentifiant client : fr-client\n"
               "Secret client : fr-secret\nEnvironnement : test\n"
            << "dhl-ecs"
            << "sandbox"
            << "fr-client"
            << "fr-secret"
            << "";
    }

    void eachKindOfTextFillsTheFormToCheck()
    {
        QFETCH(QString, text);
        QFETCH(QString, carrier);
        QFETCH(QString, environment);
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, field);

        setClipboard(text);
        find<QPushButton>("welcomePasteButton")->click();
        QVERIFY(page()->editor()->isNew());
        QCOMPARE(find<QStackedWidget>("mainStack")->currentWidget(), page());
        QCOMPARE(find<CarrierPicker>("carrierPicker")->currentPresetId(), carrier);
        QCOMPARE(find<QComboBox>("environmentCombo")->currentData().toString(), environment);
        QCOMPARE(find<QLineEdit>("clientIdEdit")->text(), clientId);
        QVERIFY2(secretEdit()->text() == secret, "the secret field holds the pasted secret");
        QCOMPARE(secretEdit()->echoMode(), QLineEdit::Password);
        if (!field.isEmpty()) {
            const QStringList parts = field.split('=');
            QCOMPARE(find<QLineEdit>(parts[0])->text(), parts[1]);
            QVERIFY(marked(parts[0]));
        }
        // what the text filled is marked, what it did not is not
        QVERIFY(marked("carrierPicker"));
        QVERIFY(marked("clientIdEdit"));
        QVERIFY(marked("clientSecretEdit"));
        QVERIFY(!marked("nameEdit"));
        // a name from carrier and environment, unique
        const QString name = find<QLineEdit>("nameEdit")->text();
        QVERIFY2(name.startsWith(CarrierCatalog::builtin().find(carrier)->name), qPrintable(name));
        // shown to check, not saved or sent
        QVERIFY(services->store()->accounts().isEmpty());
        QCOMPARE(sandbox->requestCount(), 0);
        QCOMPARE(banner()->title(), QString("Check the highlighted fields"));
        QVERIFY2(banner()->message().contains("client id " + clientId),
                 qPrintable(banner()->message()));
        QVERIFY(banner()->message().contains("the client secret"));
        QVERIFY2(!banner()->message().contains(secret), "the banner shows no secret");
        // the secret does not wait in the clipboard for other programs
        QCOMPARE(clipboardText(), QString());
        QVERIFY(banner()->message().contains("The clipboard was cleared"));
        // the main action is one key away
        QTRY_VERIFY(find<QToolButton>("testCopyButton")->hasFocus());
        QVERIFY(!find<QToolButton>("copyButton")->isVisible());

        // saving keeps what was pasted, secret included, and unmarks the form
        find<QPushButton>("saveButton")->click();
        QTRY_VERIFY(services->store()->findByName(name));
        QVERIFY(!marked("clientIdEdit"));
        const Account saved = *services->store()->findByName(name);
        QCOMPARE(saved.carrierId, carrier);
        QCOMPARE(saved.clientId, clientId);
        QVERIFY2(readSecrets(*services, saved.id).clientSecret.expose() == secret.toUtf8(),
                 "the keychain holds the pasted secret");
    }

    // From the welcome panel to a header on the clipboard: two clicks.
    void pasteThenTestAndCopyPutsTheHeaderOnTheClipboard()
    {
        QCOMPARE(find<QStackedWidget>("mainStack")->currentWidget(), find<QWidget>("welcomePanel"));
        setClipboard(sandboxCurl());
        find<QPushButton>("welcomePasteButton")->click();
        QCOMPARE(find<CarrierPicker>("carrierPicker")->currentPresetId(), QString("oauth2"));
        // sent the way the command sent it: in the body
        QCOMPARE(find<QComboBox>("placementCombo")->currentData().toInt(),
                 int(CredentialPlacement::Body));
        QVERIFY(marked("placementCombo"));
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        find<QToolButton>("testCopyButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(clipboardText().startsWith("Authorization: Bearer "), 15000);
        QCOMPARE(finished.size(), 1);
        const TokenResult result = finished.first().at(1).value<TokenResult>();
        QVERIFY(result.ok());
        QVERIFY2(clipboardText() == "Authorization: Bearer " +
                                        QString::fromUtf8(result.token.accessToken.expose()),
                 "the clipboard holds the header of the token received");
        QCOMPARE(services->store()->accounts().size(), 1);
        const Account& account = services->store()->accounts().constFirst();
        QCOMPARE(account.history.size(), 1);
        QCOMPARE(window->currentAccount(), account.id);
        QCOMPARE(page()->tabs()->currentIndex(), int(AccountPage::TokenTab));
        // a saved account offers Copy Header again
        QTRY_VERIFY(find<QToolButton>("copyButton")->isVisible());
        QVERIFY(!find<QToolButton>("testCopyButton")->isVisible());
        QCOMPARE(sandbox->requestCount(), 1);
    }

    void testAndCopyWithTheKeyboardOnly()
    {
        setClipboard(sandboxCurl());
        QWidget* paste = find<QPushButton>("welcomePasteButton");
        QTRY_VERIFY(paste->hasFocus());
        QTest::keyClick(paste, Qt::Key_Space);
        auto* testCopy = find<QToolButton>("testCopyButton");
        QTRY_VERIFY(testCopy->hasFocus());
        QTest::keyClick(testCopy, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(clipboardText().startsWith("Authorization: Bearer "), 15000);
    }

    void aFailedTestCopiesNothingAndKeepsTheAccount()
    {
        const auto creds = sandbox->credentials("oauth2");
        setClipboard(
            QString("client_id=%1\nclient_secret=wrong-secret\ntoken_url=%2")
                .arg(QString::fromUtf8(creds.clientId), sandbox->tokenUrl("oauth2").toString()));
        find<QPushButton>("welcomePasteButton")->click();
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        find<QToolButton>("testCopyButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY(!finished.first().at(1).value<TokenResult>().ok());
        QCOMPARE(clipboardText(), QString());
        QCOMPARE(services->store()->accounts().size(), 1);
        QCOMPARE(banner()->tone(), StatusStyle::Tone::Danger);
    }

    void textWithoutCredentialsChangesNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("said");
        QTest::newRow("prose") << "Thanks for the call, talk soon!"
                               << "Nothing in the clipboard looks like a client id or secret.";
        QTest::newRow("empty") << ""
                               << "The clipboard holds no text.";
        QTest::newRow("two accounts") << "Client ID: one\nSecret: s1\n\nClient ID: two\nSecret: s2"
                                      << "two different client ids or secrets";
        QTest::newRow("placeholders") << "client_id=<YOUR_CLIENT_ID>\nclient_secret=<YOUR_SECRET>"
                                      << "Nothing in the clipboard looks like";
        QTest::newRow("too long") << "Client ID: " + QString(PastedText::kMaxChars, 'x')
                                  << "more text than any credentials are";
    }

    void textWithoutCredentialsChangesNothing()
    {
        QFETCH(QString, text);
        QFETCH(QString, said);
        setClipboard(text);
        auto seen = std::make_shared<BoxSeen>();
        closeNextBox(seen);
        find<QPushButton>("welcomePasteButton")->click();
        QCOMPARE(seen->objectName, QString("pasteNothingBox"));
        QVERIFY2(seen->text.contains(said), qPrintable(seen->text));
        QVERIFY(seen->text.contains("Nothing was changed."));
        // no half-filled form: the welcome panel stays
        QCOMPARE(find<QStackedWidget>("mainStack")->currentWidget(), find<QWidget>("welcomePanel"));
        QVERIFY(services->store()->accounts().isEmpty());
    }

    void nothingRecognisedLeavesAnAccountBeingEditedAlone()
    {
        const QUuid id = addAccount(sandboxAccount("oauth2", "kept"));
        QVERIFY(window->selectAccount("kept"));
        auto* name = find<QLineEdit>("nameEdit");
        name->setText("kept, renamed");
        setClipboard("no credentials here");
        auto seen = std::make_shared<BoxSeen>();
        closeNextBox(seen);
        action("pasteAction")->trigger();
        QCOMPARE(seen->objectName, QString("pasteNothingBox"));
        QCOMPARE(window->currentAccount(), id);
        QCOMPARE(name->text(), QString("kept, renamed"));
        QVERIFY(page()->editor()->isDirty());
    }

    void ctrlVOnTheListPastesCredentialsButInAFieldPastesText()
    {
        addAccount(sandboxAccount("oauth2", "first"));
        QVERIFY(window->selectAccount("first"));
        setClipboard("Carrier: project44\nClient ID: list-id\nClient Secret: list-secret");
        QTreeView* list = window->accountList()->view();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(page()->editor()->isNew());
        QCOMPARE(find<QLineEdit>("clientIdEdit")->text(), QString("list-id"));
        QCOMPARE(find<CarrierPicker>("carrierPicker")->currentPresetId(), QString("project44"));

        // in a field, Ctrl+V is the field's own paste
        auto* name = find<QLineEdit>("nameEdit");
        name->setFocus();
        name->clear();
        setClipboard("typed-name");
        QTest::keyClick(name, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(name->text(), QString("typed-name"));
        QCOMPARE(find<QLineEdit>("clientIdEdit")->text(), QString("list-id"));
    }

    void theNewAccountFormHasAPasteButton()
    {
        action("newAction")->trigger();
        auto* paste = find<QPushButton>("editorPasteButton");
        QVERIFY(paste->isVisible());
        setClipboard("{\"client_id\": \"form-id\", \"client_secret\": \"form-secret\", "
                     "\"carrier\": \"UPS\"}");
        paste->click();
        QCOMPARE(find<QLineEdit>("clientIdEdit")->text(), QString("form-id"));
        QCOMPARE(find<CarrierPicker>("carrierPicker")->currentPresetId(), QString("ups"));
        QVERIFY(marked("clientIdEdit"));
        // an account already saved offers no paste: its credentials are edited in place
        addAccount(sandboxAccount("oauth2", "saved"));
        answerNextMessageBox({}, QMessageBox::Discard);
        QVERIFY(window->selectAccount("saved"));
        QTRY_VERIFY(!page()->editor()->isNew());
        QVERIFY(!paste->isVisible());
    }

    void aNameTakenAlreadyGetsANumber()
    {
        Account p = sandboxAccount("project44", "project44 Sandbox");
        addAccount(p);
        setClipboard("Carrier: project44 (sandbox)\nClient ID: n-id\nSecret: n-secret");
        action("pasteAction")->trigger();
        QCOMPARE(find<QLineEdit>("nameEdit")->text(), QString("project44 Sandbox 2"));
    }

    void aForeignHostIsWarnedAboutBeforeAnythingIsSent()
    {
        // the text names Banyan, but its URL is somebody else's
        setClipboard(
            "curl https://banyan-login.example.org/auth/connect/token "
            "-d client_id=f-id -d client_secret=f-secret -d grant_type=client_credentials");
        find<QPushButton>("welcomePasteButton")->click();
        QVERIFY(page()->editor()->isNew());
        QVERIFY(find<CarrierPicker>("carrierPicker")->currentPresetId() != QString("banyan"));
        QCOMPARE(find<QLineEdit>("tokenUrlEdit")->text(),
                 QString("https://banyan-login.example.org/auth/connect/token"));
        QVERIFY(marked("tokenUrlEdit"));
        QCOMPARE(sandbox->requestCount(), 0);

        setClipboard("Carrier: Banyan\nToken URL: https://evil.example.net/token\n"
                     "Client ID: b-id\nClient Secret: b-secret");
        answerNextMessageBox({}, QMessageBox::Discard);
        find<QPushButton>("editorPasteButton")->click();
        QCOMPARE(find<CarrierPicker>("carrierPicker")->currentPresetId(), QString("banyan"));
        QCOMPARE(banner()->tone(), StatusStyle::Tone::Warning);
        QVERIFY2(banner()->message().contains("evil.example.net, which is not an address of the "
                                              "Banyan LIVE Connect"),
                 qPrintable(banner()->message()));
        // the URL is looked at first: Space does not send the secret there
        // (the window's focus, which it takes back once the question above closes)
        QCOMPARE(window->focusWidget(), find<QLineEdit>("tokenUrlEdit"));
    }
};

QTEST_MAIN(TestPasteOnboarding)
#include "tst_pasteonboarding.moc"
