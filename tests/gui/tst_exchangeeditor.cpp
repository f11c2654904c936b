// SPDX-License-Identifier: Apache-2.0
// The editor speaks each carrier's exchange: its words for the two
// credentials, no grant type where none is sent, fixed values read-only,
// the API key as a secret kept in the keychain, and the generic preset's
// Advanced part stored as the account's own shape. The token view says
// where an expiry came from and how API calls carry the token.
#include "accountstore.h"
#include "carriercatalog.h"
#include "credentialseditor.h"
#include "secretfield.h"
#include "secretstore.h"
#include "tokenview.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

class TestExchangeEditor : public QObject, protected WindowFixture
{
    Q_OBJECT

    QWidget* win() { return window.get(); }
    void newAccountFor(const QString& presetId)
    {
        action("newAction")->trigger();
        auto* picker = find<QComboBox>("carrierPicker");
        picker->setCurrentIndex(picker->findData(presetId));
    }
    QString rowLabel(const QString& id) { return find<QLabel>("label_" + id)->text().remove('&'); }
    bool shown(const QString& name)
    {
        QWidget* w = window->findChild<QWidget*>(name);
        return w && w->isVisibleTo(win());
    }
    void set(const QString& name, const QString& text) { find<QLineEdit>(name)->setText(text); }
    void openAdvanced()
    {
        auto* toggle = find<QToolButton>("advancedToggle");
        QVERIFY(toggle->isVisibleTo(win()));
        if (!toggle->isChecked())
            toggle->click();
        QVERIFY(shown("advancedPanel"));
    }
    bool fileHolds(const QByteArray& text)
    {
        QFile f(services->store()->filePath());
        return f.open(QIODevice::ReadOnly) && f.readAll().contains(text);
    }
    // Read straight from the keychain, as another process would.
    bool keychainHolds(const QUuid& id, const QString& field, const QByteArray& value)
    {
        SecretStore store(keychainService);
        const SecretResult r = readKeychain(store, SecretStore::fieldKey(id, field));
        return r.ok() && r.data.expose() == value;
    }
    static IssuedToken tokenAt(const QDateTime& obtained)
    {
        IssuedToken t;
        t.accessToken = SecretBytes("opaque-token-value");
        t.tokenType = "Bearer";
        t.obtainedAt = obtained;
        return t;
    }

private slots:
    void initTestCase() { prepareRun(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void credentialLabelsFollowThePreset()
    {
        newAccountFor("odfl");
        QCOMPARE(rowLabel("client_id"), QString("ODFL user name"));
        QCOMPARE(rowLabel("client_secret"), QString("ODFL password"));
        QCOMPARE(find<QLineEdit>("clientIdEdit")->accessibleName(), QString("ODFL user name"));
        QCOMPARE(find<QLineEdit>("clientIdEdit")->placeholderText(), QString("ODFL user name"));
        QCOMPARE(find<QLineEdit>("clientSecretEdit")->accessibleName(), QString("ODFL password"));
        // a preset without words of its own keeps the usual ones
        auto* picker = find<QComboBox>("carrierPicker");
        picker->setCurrentIndex(picker->findData("usps"));
        QCOMPARE(rowLabel("client_id"), QString("Client ID"));
        QCOMPARE(rowLabel("client_secret"), QString("Client secret"));
        // credentials in headers: no placement to pick, the form says which headers
        picker->setCurrentIndex(picker->findData("dpd"));
        QVERIFY(!shown("placementCombo"));
        QVERIFY(find<QLabel>("help_client_id")->text().contains("X-DPD-CLIENTID"));
        QVERIFY(find<QLabel>("help_client_id")->text().contains("X-DPD-CLIENTSECRET"));
    }

    void grantPickerOnlyWhereAGrantTypeIsSent()
    {
        newAccountFor("eshipper");
        QVERIFY(!shown("grantTypeCombo"));
        QVERIFY(!shown("advancedToggle")); // Advanced belongs to the generic preset only
        newAccountFor("oauth2");
        QVERIFY(shown("grantTypeCombo"));
        auto* placement = find<QComboBox>("placementCombo");
        QVERIFY(placement->findData(int(CredentialPlacement::Body)) >= 0);
        QVERIFY(placement->findData(int(CredentialPlacement::Basic)) >= 0);
        QVERIFY(placement->findData(int(CredentialPlacement::Headers)) >= 0);
        QVERIFY(!shown("advancedPanel")); // collapsed until opened
        openAdvanced();
        set("shapeGrantType", "");
        QVERIFY(!shown("grantTypeCombo"));
        set("shapeGrantType", "grant_type");
        QVERIFY(shown("grantTypeCombo"));
        // an Either preset still offers body and Basic only
        newAccountFor("fedex");
        QCOMPARE(placement->findData(int(CredentialPlacement::Headers)), -1);
    }

    void fieldsNobodyTypes()
    {
        newAccountFor("chrobinson");
        auto* audience = find<QLineEdit>("field_audience");
        QVERIFY(audience);
        QTRY_VERIFY(audience->isVisibleTo(win())); // rows come into view after events
        QVERIFY(audience->isReadOnly());
        QCOMPARE(audience->text(), QString("https://inavisphere.chrobinson.com"));
        QVERIFY(find<QLabel>("help_field:audience")->text().contains("Always sent as shown"));
        // a copy of the client id is no input; the client id row says where it goes
        newAccountFor("maersk");
        QVERIFY(!window->findChild<QWidget*>("field_Consumer-Key"));
        QCOMPARE(rowLabel("client_id"), QString("Consumer key (client id)"));
        QVERIFY(find<QLabel>("help_client_id")->text().contains("Consumer-Key"));
    }

    void estesApiKeyIsASecret()
    {
        newAccountFor("estes");
        auto* key = find<QLineEdit>("field_api_key");
        QVERIFY(key);
        QTRY_VERIFY(key->isVisibleTo(win()));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(key->accessibleName(), QString("API key"));
        set("nameEdit", "acme-estes");
        set("clientIdEdit", "myestes-user");
        QTest::keyClicks(find<QLineEdit>("clientSecretEdit"), "myestes-password");
        // nothing saved without the key
        find<QPushButton>("saveButton")->click();
        QTRY_VERIFY(shown("issue_field:api_key"));
        QVERIFY(!services->store()->findByName("acme-estes"));
        QTest::keyClicks(key, "estes-api-key-42"); // typed, as a secret is
        find<QPushButton>("saveButton")->click();
        QTRY_VERIFY(services->store()->findByName("acme-estes"));
        const QUuid id = services->store()->findByName("acme-estes")->id;
        QTRY_VERIFY(keychainHolds(id, "api_key", "estes-api-key-42"));
        QVERIFY(!fileHolds("estes-api-key-42"));
    }

    // Signature keys: an unusable entry is refused where it is typed; a JWKS
    // URL saved in the account checks the next test's token, and the token view
    // says so.
    void signingKeysRoundTrip()
    {
        const QUuid id = addAccount(sandboxAccount("oauth2", "acme-keys"));
        QVERIFY(!id.isNull());
        QVERIFY(window->selectAccount("acme-keys"));
        page()->showTab(AccountPage::CredentialsTab);
        auto* toggle = find<QToolButton>("signingKeysToggle");
        QVERIFY(toggle->isVisibleTo(win()));
        QVERIFY(!shown("jwksUrlEdit")); // collapsed while nothing is set
        toggle->click();
        QVERIFY(shown("jwksUrlEdit"));
        set("jwksUrlEdit", "http://keys.example.com/jwks");
        QTRY_VERIFY(shown("signingKeysIssue"));
        QVERIFY(find<QLabel>("signingKeysIssue")->text().contains("https"));
        find<QPushButton>("saveButton")->click();
        QVERIFY(services->store()->find(id)->jwksUrl.isEmpty());
        const QString jwks = sandbox->baseUrl().toString() + "/oauth2/jwks";
        set("jwksUrlEdit", jwks);
        QTRY_VERIFY(!shown("signingKeysIssue"));
        find<QPushButton>("saveButton")->click();
        QTRY_COMPARE(services->store()->find(id)->jwksUrl, jwks);

        const auto result = testThroughTheButton("acme-keys");
        QVERIFY(result && result->ok());
        QCOMPARE(result->signature.verdictId(), QString("verified"));
        QCOMPARE(result->signature.source.text(), jwks);
        page()->showTab(AccountPage::TokenTab);
        auto* note = find<QLabel>("signatureNote");
        QTRY_VERIFY2(
            note->text().startsWith("Signature verified (RS256, key sandbox-oauth2-rs256-"),
            qPrintable(note->text()));
        QVERIFY(note->text().contains(jwks));
    }

    void advancedRoundTrip()
    {
        const QUuid id = addAccount(sandboxAccount("oauth2", "acme-generic"));
        QVERIFY(!id.isNull());
        const CarrierPreset* generic = services->catalog().find("oauth2");
        const QByteArray issuedBefore =
            AccountRequest::issuedFor(*services->store()->find(id), generic);
        QVERIFY(window->selectAccount("acme-generic"));
        page()->showTab(AccountPage::CredentialsTab);
        openAdvanced();
        checkAccessibleNames("Advanced");
        QVERIFY(!shown("field_api_key"));
        auto* method = find<QComboBox>("shapeMethod");
        method->setCurrentIndex(method->findData(int(HttpMethod::Get)));
        auto* body = find<QComboBox>("shapeBody");
        body->setCurrentIndex(body->findData(int(BodyEncoding::None)));
        set("shapeGrantType", "");
        set("shapeClientId", "user");
        set("shapeClientSecret", "pass");
        set("shapeApiKeyHeader", "X-Api-Key");
        find<QCheckBox>("shapeApiKeyOnCalls")->setChecked(true);
        auto* from = find<QComboBox>("shapeTokenFrom");
        from->setCurrentIndex(1);
        set("shapeToken", "X-Token");
        set("shapeExpiresIn", "");
        set("shapeExpiresAt", "data.expiresAt");
        set("shapeRefreshToken", "");
        find<QCheckBox>("shapeRefreshGrant")->setChecked(true);
        set("shapeUseHeader", "X-Auth");
        set("shapeUseScheme", "");
        // an API key header makes an API key to enter, masked
        auto* key = find<QLineEdit>("field_api_key");
        QVERIFY(key);
        QTRY_VERIFY(key->isVisibleTo(win()));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QTest::keyClicks(key, "generic-api-key-7");
        find<QPushButton>("saveButton")->click();

        const CarrierPreset* preset = services->catalog().find("oauth2");
        ExchangeShape want = preset->shape;
        want.method = HttpMethod::Get;
        want.body = BodyEncoding::None;
        want.grantTypeName.clear();
        want.clientIdName = "user";
        want.clientSecretName = "pass";
        want.apiKeyHeader = "X-Api-Key";
        want.apiKeyOnApiCalls = true;
        want.tokenHeader = "X-Token";
        want.expiresInPath.clear();
        want.expiresAtPath = "data.expiresAt";
        want.refreshTokenPath.clear();
        want.refreshGrant = true;
        want.useHeader = "X-Auth";
        want.useScheme.clear();
        QTRY_COMPARE(services->store()->find(id)->shape, want.differencesFrom(preset->shape));
        QTRY_VERIFY(keychainHolds(id, "api_key", "generic-api-key-7"));
        QVERIFY(!fileHolds("generic-api-key-7"));
        // a token cached for the exchange before is not handed out for this one
        QVERIFY(AccountRequest::issuedFor(*services->store()->find(id), generic) != issuedBefore);

        // shown again as saved, in a window opened anew
        closeWindow();
        openWindow();
        QVERIFY(window->selectAccount("acme-generic"));
        page()->showTab(AccountPage::CredentialsTab);
        QVERIFY(!shown("advancedPanel"));
        openAdvanced();
        method = find<QComboBox>("shapeMethod");
        body = find<QComboBox>("shapeBody");
        from = find<QComboBox>("shapeTokenFrom");
        QCOMPARE(method->currentData().toInt(), int(HttpMethod::Get));
        QCOMPARE(body->currentData().toInt(), int(BodyEncoding::None));
        QCOMPARE(find<QLineEdit>("shapeGrantType")->text(), QString());
        QCOMPARE(find<QLineEdit>("shapeClientId")->text(), QString("user"));
        QCOMPARE(find<QLineEdit>("shapeApiKeyHeader")->text(), QString("X-Api-Key"));
        QVERIFY(find<QCheckBox>("shapeApiKeyOnCalls")->isChecked());
        QCOMPARE(from->currentIndex(), 1);
        QCOMPARE(find<QLineEdit>("shapeToken")->text(), QString("X-Token"));
        QCOMPARE(find<QLineEdit>("shapeExpiresAt")->text(), QString("data.expiresAt"));
        QCOMPARE(find<QLineEdit>("shapeUseHeader")->text(), QString("X-Auth"));
        QCOMPARE(find<QLineEdit>("shapeUseScheme")->text(), QString());
        QVERIFY(find<QCheckBox>("shapeRefreshGrant")->isChecked());
        QVERIFY(!shown("grantTypeCombo"));
        QVERIFY(!find<QPushButton>("saveButton")->isEnabled()); // nothing changed
        QVERIFY(find<QToolButton>("advancedToggle")->text().contains("changed"));
    }

    void unusableShapeBlocksSave()
    {
        const QUuid id = addAccount(sandboxAccount("oauth2", "acme-generic"));
        QVERIFY(window->selectAccount("acme-generic"));
        page()->showTab(AccountPage::CredentialsTab);
        openAdvanced();
        set("shapeToken", "data..token");
        find<QPushButton>("saveButton")->click();
        ExchangeShape probe;
        const auto sentence = probe.apply({{"response", QJsonObject{{"token", "data..token"}}}});
        QVERIFY(sentence);
        auto* issue = find<QLabel>("issue_shape");
        QTRY_VERIFY(issue->isVisibleTo(win()));
        QCOMPARE(issue->text(), *sentence);
        set("shapeUseHeader", "Bad Header");
        find<QPushButton>("saveButton")->click();
        QVERIFY(issue->isVisibleTo(win()));
        QVERIFY(services->store()->find(id)->shape.isEmpty());
        // a body-less exchange with the credentials in the body: said where it is chosen
        set("shapeToken", "data.token");
        set("shapeUseHeader", "Authorization");
        auto* placement = find<QComboBox>("placementCombo");
        placement->setCurrentIndex(placement->findData(int(CredentialPlacement::Body)));
        auto* body = find<QComboBox>("shapeBody");
        body->setCurrentIndex(body->findData(int(BodyEncoding::None)));
        find<QPushButton>("saveButton")->click();
        QTRY_VERIFY(issue->isVisibleTo(win()));
        QVERIFY(issue->text().contains("no request body"));
        QVERIFY(services->store()->find(id)->shape.isEmpty());
        // fixed, it saves
        body->setCurrentIndex(body->findData(int(BodyEncoding::Form)));
        QTRY_VERIFY(!issue->isVisibleTo(win()));
        find<QPushButton>("saveButton")->click();
        QTRY_COMPARE(services->store()->find(id)->shape,
                     QJsonObject({{"response", QJsonObject{{"token", "data.token"}}}}));
    }

    void copyHeaderNamesTheCarriersHeaders()
    {
        Account a = sandboxAccount("royalmail", "acme-royalmail");
        const auto creds = sandbox->credentials("royalmail");
        a.fields.insert("X-RMG-Security-Username",
                        QString::fromUtf8(creds.fields.value("X-RMG-Security-Username")));
        AccountSecrets s;
        s.clientSecret = SecretBytes(creds.clientSecret);
        s.fields.insert("X-RMG-Security-Password",
                        SecretBytes(creds.fields.value("X-RMG-Security-Password")));
        QVERIFY(createAccount(*services, a, s).ok());
        const auto result = testThroughTheButton("acme-royalmail");
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.fullText()));
        auto* usage = find<QLabel>("tokenUsage");
        QVERIFY(usage->isVisibleTo(win()));
        QVERIFY(usage->text().contains("X-RMG-Auth-Token: <token>"));
        QVERIFY(find<QLabel>("expirySource")->text().contains("documented lifetime"));
        action("copyHeaderAction")->trigger();
        QTRY_VERIFY(window->statusBar()->currentMessage().contains(
            "X-RMG-Auth-Token, X-IBM-Client-Id headers"));
        QVERIFY(clipboardText().startsWith("X-RMG-Auth-Token: "));
    }

    void tokenViewSaysWhereTheExpiryCameFrom()
    {
        Ticker tick(&clock);
        TokenView view(&tick);
        auto* source = view.findChild<QLabel*>("expirySource");
        const QDateTime now = clock.now();

        IssuedToken t = tokenAt(now);
        t.expiresIn = 3600;
        t.expiresAtFromResponse = now.addSecs(3600);
        view.setToken(t);
        QCOMPARE(source->text(), QString("from expires_in"));

        t = tokenAt(now);
        t.expiresAtStated = now.addSecs(600);
        view.setToken(t);
        QCOMPARE(source->text(), QString("from the expiry time in the answer"));

        // the view decodes the token itself: a JWT whose exp is all there is
        t = tokenAt(now);
        const auto part = [](const QByteArray& json) {
            return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        t.accessToken = SecretBytes(
            part(R"({"alg":"HS256","typ":"JWT"})") + '.' +
            part(QString(R"({"exp":%1})").arg(now.addSecs(900).toSecsSinceEpoch()).toUtf8()) +
            ".c2lnbmF0dXJl");
        view.setToken(t);
        QCOMPARE(source->text(), QString("from the token's exp claim"));

        t = tokenAt(now);
        t.expiresAtDocumented = now.addSecs(14400);
        view.setToken(t);
        QCOMPARE(source->text(),
                 QString("the carrier's documented lifetime: the answer did not say"));
        QVERIFY(!view.findChild<QLabel*>("refreshTokenNote")->isVisibleTo(&view));
        QVERIFY(!view.findChild<QLabel*>("tokenUsage")->isVisibleTo(&view));
    }

    void tokenViewNamesTheHeaders()
    {
        Ticker tick(&clock);
        TokenView view(&tick);
        IssuedToken t = tokenAt(clock.now());
        t.useHeader = "X-RMG-Auth-Token";
        t.useScheme.clear();
        t.apiHeaders.append({"X-IBM-Client-Id", SecretBytes("client-id-value")});
        t.refreshToken = SecretBytes("refresh-token-value");
        view.setToken(t);
        auto* usage = view.findChild<QLabel*>("tokenUsage");
        QVERIFY(usage->isVisibleTo(&view));
        QVERIFY(usage->text().contains("X-RMG-Auth-Token: <token>"));
        QVERIFY(usage->text().contains("X-IBM-Client-Id"));
        QVERIFY(!usage->text().contains("client-id-value"));
        auto* refresh = view.findChild<QLabel*>("refreshTokenNote");
        QVERIFY(refresh->isVisibleTo(&view));
        QVERIFY(refresh->text().contains("keychain"));
        for (QLabel* label : view.findChildren<QLabel*>())
            QVERIFY(!label->text().contains("refresh-token-value"));
    }
};

QTEST_MAIN(TestExchangeEditor)
#include "tst_exchangeeditor.moc"
