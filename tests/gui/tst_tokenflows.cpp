// SPDX-License-Identifier: Apache-2.0
// Getting tokens through the window against the sandbox: every preset, every
// failure category, countdowns, copying and the clipboard, the support
// report, deleting, a hanging carrier, "Test all" and the demo.
#include "accountlistmodel.h"
#include "accountlistpane.h"
#include "accountrequest.h"
#include "accountstore.h"
#include "appsettings.h"
#include "carriercatalog.h"
#include "claimstable.h"
#include "countdownbar.h"
#include "credentialseditor.h"
#include "demosetup.h"
#include "scopechips.h"
#include "secretstore.h"
#include "testallrun.h"
#include "tokenservice.h"
#include "tokenview.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTcpServer>

class TestTokenFlows : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareRun(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void addAnAccountForEachPreset_data()
    {
        QTest::addColumn<QString>("carrierId");
        for (const CarrierPreset& p : CarrierCatalog::builtin().presets())
            QTest::newRow(qPrintable(p.id)) << p.id;
    }

    void addAnAccountForEachPreset()
    {
        QFETCH(QString, carrierId);
        const CarrierPreset* preset = CarrierCatalog::builtin().find(carrierId);
        QVERIFY(preset);
        action("newAction")->trigger();
        QVERIFY(page()->editor()->isNew());
        const QString name = "acme " + carrierId;
        QTest::keyClicks(find<QLineEdit>("nameEdit"), name);
        auto* picker = find<QComboBox>("carrierPicker");
        picker->setCurrentIndex(picker->findData(carrierId));
        auto* env = find<QComboBox>("environmentCombo");
        env->setCurrentIndex(env->findData("sandbox"));
        auto* url = find<QLineEdit>("tokenUrlEdit");
        url->clear();
        QTest::keyClicks(url, sandbox->tokenUrl(carrierId).toString());
        const auto creds = sandbox->credentials(carrierId);
        QTest::keyClicks(find<QLineEdit>("clientIdEdit"), QString::fromUtf8(creds.clientId));
        QTest::keyClicks(find<QLineEdit>("clientSecretEdit"),
                         QString::fromUtf8(creds.clientSecret));
        // what the carrier's sandbox expects in the preset's other fields
        Account typed;
        typed.carrierId = carrierId;
        for (const CarrierField& f :
             AccountRequest::fields(typed, CarrierCatalog::builtin().find(carrierId))) {
            const QByteArray value = creds.fields.value(f.wireName());
            if (f.entered() && !value.isEmpty())
                QTest::keyClicks(find<QLineEdit>("field_" + f.key), QString::fromUtf8(value));
        }
        if (carrierId == "tforce") {
            QTest::keyClicks(find<QLineEdit>("field_tenant"), "sandbox-tenant");
            QTest::keyClicks(find<QLineEdit>("field_scope"), "https://tff.example/app/.default");
        }
        if (carrierId == "xpo") // the preset fills the scope XPO expects
            QCOMPARE(find<QLineEdit>("field_scope")->text(), QString("connect-orders"));
        find<QPushButton>("saveButton")->click();
        QTRY_VERIFY(services->store()->findByName(name));
        const QUuid id = services->store()->findByName(name)->id;
        QTRY_COMPARE(window->currentAccount(), id);
        QVERIFY(!page()->editor()->isDirty());

        const auto result = testThroughTheButton(name);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.fullText()));
        QCOMPARE(banner()->title(), QString("Token received"));
        QVERIFY(banner()->isVisibleTo(window.get()));
        QVERIFY(page()->tokenView()->hasToken());
        QCOMPARE(sandbox->tokenRequestCount(carrierId), 1);
        if (result->inspection.isJwt()) {
            QVERIFY(find<ClaimsTable>("claimsTable")->rowOf("exp") >= 0);
        } else {
            QVERIFY(find<QLabel>("opaqueNote")->text().contains("nothing to decode"));
        }
        if (preset->tokenFormat == "jwt")
            QVERIFY(result->inspection.isJwt());
        const QModelIndex row = window->accountList()->model()->indexOf(id);
        QCOMPARE(row.data(AccountListModel::StateIdRole).toString(), QString("valid"));
        QVERIFY(!row.data(AccountListModel::CountdownRole).toString().isEmpty());
        QCOMPARE(services->store()->find(id)->history.size(), 1);
    }

    void failuresAreExplained_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("category");
        QTest::newRow("credentials rejected")
            << "wrong-secret" << int(ErrorCategory::CredentialsRejected);
        QTest::newRow("carrier error") << "wrong-scope" << int(ErrorCategory::CarrierError);
        QTest::newRow("network") << "closed-port" << int(ErrorCategory::Network);
        QTest::newRow("tls") << "untrusted-tls" << int(ErrorCategory::Tls);
        QTest::newRow("timeout") << "hang" << int(ErrorCategory::Timeout);
        QTest::newRow("malformed response") << "bad-json" << int(ErrorCategory::MalformedResponse);
        QTest::newRow("cancelled") << "cancel" << int(ErrorCategory::Cancelled);
    }

    void failuresAreExplained()
    {
        QFETCH(QString, setup);
        QFETCH(int, category);
        Account p = sandboxAccount(setup == "wrong-scope" ? "xpo" : "dhl-ecs", "failing");
        QByteArray secret;
        if (setup == "wrong-secret")
            secret = "not-the-secret";
        if (setup == "wrong-scope")
            p.fields.insert("scope", "everything");
        if (setup == "closed-port") {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            p.tokenUrl = QString("http://127.0.0.1:%1/token").arg(probe.serverPort());
        }
        if (setup == "untrusted-tls") {
            p.tokenUrl = sandbox->tlsTokenUrl("dhl-ecs").toString();
            QVERIFY2(!p.tokenUrl.isEmpty(), "the build makes a sandbox certificate");
        }
        if (setup == "hang" || setup == "cancel") {
            p.tokenUrl = sandbox->faultUrl(SandboxServer::Fault::Hang).toString();
            services->settings().setRequestTimeoutSeconds(1);
            services->applySettings();
        }
        if (setup == "bad-json")
            p.tokenUrl = sandbox->faultUrl(SandboxServer::Fault::BadJson).toString();
        QVERIFY(!addAccount(p, secret).isNull());
        QVERIFY(window->selectAccount("failing"));

        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        find<QToolButton>("testButton")->click();
        if (setup == "cancel") {
            QTRY_VERIFY(find<QToolButton>("bannerCancel")->isVisible());
            QVERIFY(banner()->title().contains("Requesting"));
            find<QToolButton>("bannerCancel")->click();
        }
        QVERIFY(finished.wait(15000) || !finished.isEmpty());
        const auto result = finished.first().at(1).value<TokenResult>();
        QCOMPARE(int(result.error.category), category);
        const auto cat = ErrorCategory(category);
        QCOMPARE(banner()->title(), Failure::categoryLabel(cat));
        QCOMPARE(banner()->message(), result.error.message.text());
        if (cat != ErrorCategory::Cancelled) {
            QCOMPARE(banner()->tone(), StatusStyle::Tone::Danger);
            QVERIFY(!banner()->hint().isEmpty());
            QTRY_COMPARE(window->accountList()
                             ->model()
                             ->indexOf(p.id)
                             .data(AccountListModel::StateIdRole)
                             .toString(),
                         QString("failed"));
        }
        if (cat == ErrorCategory::CredentialsRejected) // the carrier's own words
            QVERIFY2(banner()->carrierWords().contains("\u201cInvalid credentials\u201d"),
                     qPrintable(banner()->carrierWords()));
        if (cat == ErrorCategory::CarrierError)
            QVERIFY2(banner()->carrierWords().contains("invalid_scope"),
                     qPrintable(banner()->carrierWords()));
        QVERIFY(!page()->tokenView()->hasToken());
        QVERIFY(find<QToolButton>("testButton")->isEnabled());
    }

    // One request, one drawing of the token view, with the banner already
    // saying how it went: never the new token under "Requesting…".
    void theTokenViewDrawsOncePerOutcome_data()
    {
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("success") << true;
        QTest::newRow("failure") << false;
    }

    void theTokenViewDrawsOncePerOutcome()
    {
        QFETCH(bool, succeeds);
        QVERIFY(!addAccount(sandboxAccount("dhl-ecs", "drawn")).isNull());
        QVERIFY(testThroughTheButton("drawn")); // a token from before
        if (!succeeds)
            sandbox->setCredentials("dhl-ecs", sandbox->credentials("dhl-ecs").clientId,
                                    "changed-on-the-server");
        TokenView* view = page()->tokenView();
        auto* cancel = find<QToolButton>("bannerCancel");
        struct Drawing
        {
            bool busy;
            QByteArray token;
        };
        QList<Drawing> drawings;
        const QMetaObject::Connection recording = connect(view, &TokenView::rendered, this, [&] {
            const auto shown = view->shownToken();
            drawings.append(
                {!cancel->isHidden(), shown ? shown->accessToken.expose() : QByteArray()});
        });
        const auto stopRecording = qScopeGuard([recording] { QObject::disconnect(recording); });
        const int before = view->renderCount();
        const auto result = testThroughTheButton("drawn");
        QVERIFY(result);
        QCOMPARE(result->ok(), succeeds);
        // the cache's write behind and the history's save have happened too
        QTRY_COMPARE(services->secrets()->pendingJobs(), 0);
        QCOMPARE(view->renderCount() - before, 1);
        QCOMPARE(drawings.size(), 1);
        QVERIFY2(!drawings.first().busy, "drawn under the busy banner");
        if (succeeds) // the token the request just returned
            QVERIFY(drawings.first().token == sandbox->issuedTokens().last());
        else // the token from before, with the failure
            QVERIFY(drawings.first().token == sandbox->issuedTokens().first());
    }

    // The response's "scope" and the JWT's "scp" differ: the window and the
    // support report list every scope, the response's first, once each.
    void theWindowAndTheReportShowOneScopeList()
    {
        sandbox->setJwtScp("banyan", {"shipments.edit", "rates.read"});
        addAccount(sandboxAccount("banyan", "scoped"));
        const auto result = testThroughTheButton("scoped");
        QVERIFY(result && result->ok());
        const QStringList expected{"shipments.view", "shipments.edit", "rates.read"};
        QCOMPARE(result->token.scopes, expected);
        QCOMPARE(page()->tokenView()->findChild<ScopeChips*>("scopeChips")->scopes(), expected);
        find<QToolButton>("reportButton")->click();
        const QString report = clipboardText();
        QVERIFY2(report.contains("\nScopes: shipments.view shipments.edit rates.read\n"),
                 qPrintable(report));
    }

    void countdownFollowsTheClock()
    {
        sandbox->setTokenLifetime("banyan", 3600);
        const QUuid id = addAccount(sandboxAccount("banyan", "clocked"));
        QVERIFY(testThroughTheButton("clocked"));
        auto* label = find<QLabel>("countdownLabel");
        auto* bar = find<CountdownBar>("countdownBar");
        const auto row = [&] {
            return window->accountList()->model()->indexOf(id);
        };
        ticker->tickNow();
        QCOMPARE(label->text(), QString("Expires in 1 h"));
        QCOMPARE(row().data(AccountListModel::CountdownRole).toString(), QString("1 h 0 min"));
        clock.advance(61);
        ticker->tickNow();
        QCOMPARE(label->text(), QString("58:59 left"));
        QCOMPARE(row().data(AccountListModel::CountdownRole).toString(), QString("58:59"));
        QCOMPARE(bar->phaseId(), QString("fresh"));
        const int fullish = bar->value();
        clock.advance(3300 - 61); // 300 s left: inside the warning window
        ticker->tickNow();
        QCOMPARE(label->text(), QString("05:00 left"));
        QCOMPARE(bar->phaseId(), QString("warning"));
        QVERIFY(bar->value() < fullish);
        QCOMPARE(row().data(AccountListModel::StateIdRole).toString(), QString("expiring"));
        QVERIFY(find<QLabel>("accountStatus")->text().startsWith("Expiring"));
        clock.advance(300);
        ticker->tickNow();
        QCOMPARE(bar->phaseId(), QString("expired"));
        QCOMPARE(row().data(AccountListModel::StateIdRole).toString(), QString("expired"));
        QCOMPARE(row().data(AccountListModel::CountdownRole).toString(), QString("Expired"));
    }

    // Asendia's token says when it expires only in its exp claim: four
    // minutes on a carrier clock five minutes behind this computer's. The
    // banner says so, and the countdown counts the four minutes.
    void aClockThatIsOffIsSaidAndTheCountdownFollowsTheCarrier()
    {
        sandbox->setClockOffset(-300);
        sandbox->setTokenLifetime("asendia", 240);
        addAccount(sandboxAccount("asendia", "skewed"));
        const auto result = testThroughTheButton("skewed");
        QVERIFY(result && result->ok());
        const QString hint = find<QLabel>("bannerHint")->text();
        QVERIFY2(hint.contains("This computer's clock is 5 min ahead of Asendia"),
                 qPrintable(hint));
        ticker->tickNow();
        QCOMPARE(find<QLabel>("countdownLabel")->text(), QString("04:00 left"));
        QVERIFY(find<QLabel>("bannerHint")->isVisible());
    }

    // A token signed with a key its issuer does not publish: it came, but the
    // banner turns amber and says not to use it; a verified one stays green.
    void aSignatureThatDoesNotHoldIsSaidInTheBanner()
    {
        addAccount(sandboxAccount("banyan", "verified"));
        const auto good = testThroughTheButton("verified");
        QVERIFY(good && good->ok());
        QCOMPARE(good->signature.verdict, SignatureCheck::Verdict::Verified);
        QCOMPARE(banner()->tone(), StatusStyle::Tone::Success);
        QVERIFY(banner()->carrierWords().isEmpty());

        Account forged = sandboxAccount("oauth2", "forged");
        forged.tokenUrl = sandbox->faultUrl(SandboxServer::Fault::WrongKey).toString();
        addAccount(forged);
        const auto bad = testThroughTheButton("forged");
        QVERIFY(bad && bad->ok());
        QCOMPARE(bad->signature.verdict, SignatureCheck::Verdict::Invalid);
        QCOMPARE(banner()->tone(), StatusStyle::Tone::Warning);
        QVERIFY2(banner()->carrierWords().startsWith("Signature invalid: The signature does not "
                                                     "match the key"),
                 qPrintable(banner()->carrierWords()));
        QVERIFY(banner()->carrierWords().contains("Do not use this token"));
    }

    // Copying a revealed token or client secret out of its field with Ctrl+C
    // follows the same rules as the Copy button: marked, and cleared in time.
    void revealedValuesCopyLikeTheCopyButton_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("token") << "tokenEdit";
        QTest::newRow("client secret") << "clientSecretEdit";
    }
    void revealedValuesCopyLikeTheCopyButton()
    {
        QFETCH(QString, field);
        const Account p = sandboxAccount("dhl-ecs", "reveal-me");
        const QUuid id = addAccount(p);
        QVERIFY(testThroughTheButton("reveal-me"));
        QString value;
        if (field == "tokenEdit") {
            find<QToolButton>("tokenRevealButton")->click();
            value = QString::fromUtf8(window->activity()->token(id)->accessToken.expose());
        } else {
            page()->showTab(AccountPage::CredentialsTab);
            find<QToolButton>("clientSecretEditReveal")->click();
            value = QString::fromUtf8(sandbox->credentials("dhl-ecs").clientSecret);
        }
        auto* edit = find<QLineEdit>(field);
        QTRY_COMPARE(edit->text(), value); // the secret is read from the keychain
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboardText(), value);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data("x-kde-passwordManagerHint"),
                 QByteArray("secret"));
        QCOMPARE(find<QLabel>("clipboardStatus")->text(), QString("Clipboard clears in 30 s"));
        clock.advance(30);
        ticker->tickNow();
        QVERIFY(clipboardText().isEmpty());
    }

    void copyPutsTheFormatOnTheClipboard_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<int>("format");
        QTest::newRow("primary button") << "copyHeaderAction" << int(HeaderFormat::Header);
        for (HeaderFormat::Format f : HeaderFormat::all()) {
            if (f != HeaderFormat::Json)
                QTest::newRow(qPrintable(HeaderFormat::id(f)))
                    << "copyFormat_" + HeaderFormat::id(f) << int(f);
        }
    }

    void copyPutsTheFormatOnTheClipboard()
    {
        QFETCH(QString, actionName);
        QFETCH(int, format);
        const Account p = sandboxAccount("dhl-ecs", "copy-me");
        const QUuid id = addAccount(p);
        QVERIFY(testThroughTheButton("copy-me"));
        const auto token = window->activity()->token(id);
        QVERIFY(token);
        action(actionName)->trigger();
        const QString expected =
            HeaderFormat::render(HeaderFormat::Format(format), *token, QUrl(p.tokenUrl), p.name);
        QTRY_COMPARE(clipboardText(), expected);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data("x-kde-passwordManagerHint"),
                 QByteArray("secret"));
        QCOMPARE(sandbox->requestCount(), 1); // a valid token is reused
        QCOMPARE(find<QLabel>("clipboardStatus")->text(), QString("Clipboard clears in 30 s"));
        // cleared after the timeout, since nobody copied anything else
        clock.advance(30);
        ticker->tickNow();
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!find<QLabel>("clipboardStatus")->isVisibleTo(window.get()));
    }

    void copyRenewsATokenAboutToExpire()
    {
        const Account p = sandboxAccount("banyan", "renew-me");
        const QUuid id = addAccount(p);
        QVERIFY(testThroughTheButton("renew-me"));
        const QByteArray first = sandbox->issuedTokens().last();
        clock.advance(3599 - 30); // 30 s left, inside the 60 s refresh margin
        find<QToolButton>("copyButton")->click();
        QTRY_COMPARE(sandbox->tokenRequestCount("banyan"), 2);
        const QByteArray second = sandbox->issuedTokens().last();
        QVERIFY(first != second);
        QTRY_COMPARE(clipboardText(), "Authorization: Bearer " + QString::fromLatin1(second));
        QCOMPARE(window->activity()->token(id)->accessToken.expose(), second);
    }

    void clipboardKeepsWhatTheUserCopiedSince()
    {
        addAccount(sandboxAccount("dhl-ecs", "mine"));
        QVERIFY(testThroughTheButton("mine"));
        action("copyHeaderAction")->trigger();
        QTRY_VERIFY(clipboardText().startsWith("Authorization: Bearer "));
        QGuiApplication::clipboard()->setText("something the user copied");
        clock.advance(60);
        ticker->tickNow();
        QCOMPARE(clipboardText(), QString("something the user copied"));
    }

    void reportHoldsNoSecretAndNoToken()
    {
        sandbox->setCredentials("banyan", "canary-client-id-4455", "canary-secret-7731");
        const QUuid id = addAccount(sandboxAccount("banyan", "reported"), "canary-secret-7731");
        QVERIFY(!id.isNull());
        QVERIFY(!action("copyReportAction")->isEnabled()); // nothing to report yet
        const auto result = testThroughTheButton("reported");
        QVERIFY(result && result->ok());
        QVERIFY(action("copyReportAction")->isEnabled());
        find<QToolButton>("reportButton")->click();
        const QString report = clipboardText();
        QVERIFY(report.contains("reported"));
        QVERIFY(report.contains("Banyan"));
        QVERIFY(!report.contains("canary-secret-7731"));
        QVERIFY(!report.contains("canary-client-id-4455"));
        const QByteArray token = sandbox->issuedTokens().last();
        QVERIFY(!report.toUtf8().contains(token));
        // the token's signature part and payload are not in it either
        for (const QByteArray& part : token.split('.'))
            QVERIFY(!report.toUtf8().contains(part));
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat("x-kde-passwordManagerHint"));
    }

    void deletingAnAccountRemovesItsKeychainEntries()
    {
        Account p = sandboxAccount("fedex", "going");
        p.grantType = "csp_credentials";
        const auto creds = sandbox->credentials("fedex");
        p.fields.insert("child_Key", QString::fromUtf8(creds.fields.value("child_Key")));
        AccountSecrets s;
        s.clientSecret = SecretBytes(creds.clientSecret);
        s.fields.insert("child_secret", SecretBytes(creds.fields.value("child_secret")));
        QVERIFY(createAccount(*services, p, s).ok());
        QVERIFY(testThroughTheButton("going")->ok());
        SecretStore store(keychainService);
        QTRY_VERIFY(readKeychain(store, SecretStore::tokenKey(p.id)).ok());
        QVERIFY(readKeychain(store, SecretStore::secretKey(p.id)).ok());
        QVERIFY(readKeychain(store, SecretStore::fieldKey(p.id, "child_secret")).ok());

        QVERIFY(window->selectAccount("going"));
        answerNextMessageBox("confirmDeleteButton");
        action("deleteAction")->trigger();
        QTRY_VERIFY(!services->store()->find(p.id));
        for (const QString& key : {SecretStore::secretKey(p.id), SecretStore::tokenKey(p.id),
                                   SecretStore::fieldKey(p.id, "child_secret")})
            QCOMPARE(readKeychain(store, key).status, SecretResult::NotFound);
        QCOMPARE(find<QStackedWidget>("mainStack")->currentWidget()->objectName(),
                 QString("welcomePanel"));
    }

    void deleteCanBeCancelled()
    {
        const QUuid id = addAccount(sandboxAccount("usps", "staying"));
        QVERIFY(window->selectAccount("staying"));
        answerNextMessageBox({}, QMessageBox::Cancel);
        action("deleteAction")->trigger();
        QVERIFY(services->store()->find(id));
        SecretStore store(keychainService);
        QVERIFY(readKeychain(store, SecretStore::secretKey(id)).ok());
    }

    void theWindowKeepsRespondingWhileTheCarrierHangs()
    {
        Account p = sandboxAccount("oauth2", "hanging");
        p.tokenUrl = sandbox->faultUrl(SandboxServer::Fault::Hang).toString();
        addAccount(p);
        services->settings().setRequestTimeoutSeconds(2);
        services->applySettings();
        QVERIFY(window->selectAccount("hanging"));

        QElapsedTimer elapsed;
        QElapsedTimer sinceLast;
        qint64 maxGap = 0;
        int ticks = 0;
        QTimer probe;
        probe.setInterval(50);
        connect(&probe, &QTimer::timeout, this, [&] {
            maxGap = qMax(maxGap, sinceLast.restart());
            ++ticks;
        });
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        elapsed.start();
        sinceLast.start();
        probe.start();
        find<QToolButton>("testButton")->click();
        QVERIFY(find<QProgressBar>("bannerBusy")->isVisibleTo(window.get()));
        QVERIFY(!find<QToolButton>("testButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        probe.stop();
        const auto result = finished.first().at(1).value<TokenResult>();
        QCOMPARE(result.error.category, ErrorCategory::Timeout);
        QVERIFY2(elapsed.elapsed() < 2000 + 2000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(maxGap < 500, qPrintable(QString("longest pause %1 ms").arg(maxGap)));
        QVERIFY2(ticks >= 20, qPrintable(QString("%1 ticks").arg(ticks)));
    }

    void testAllAsksEveryCarrierAtOnce()
    {
        QList<QUuid> ids;
        for (const char* carrier : {"banyan", "project44", "ups", "usps"})
            ids << addAccount(sandboxAccount(carrier, QString("all ") + carrier));
        Account wrong = sandboxAccount("dhl-ecs", "all wrong");
        ids << addAccount(wrong, "wrong-secret");
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        // all on their way together: every one starts before any answer comes
        QList<QUuid> startedBeforeAnAnswer;
        connect(window->activity(), &AccountActivity::requestStarted, this, [&](const QUuid& id) {
            if (finished.isEmpty())
                startedBeforeAnAnswer << id;
        });
        action("testAllAction")->trigger();
        QVERIFY(!action("testAllAction")->isEnabled());
        QVERIFY(find<QProgressBar>("testAllProgress")->isVisibleTo(window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), ids.size(), 15000);
        QCOMPARE(QSet<QUuid>(startedBeforeAnAnswer.cbegin(), startedBeforeAnAnswer.cend()),
                 QSet<QUuid>(ids.cbegin(), ids.cend()));
        QTRY_VERIFY(action("testAllAction")->isEnabled());
        QVERIFY(!find<QProgressBar>("testAllProgress")->isVisibleTo(window.get()));
        QVERIFY(window->statusBar()->currentMessage().contains("1 failed"));
        for (const QUuid& id : ids) {
            const auto state = window->accountList()
                                   ->model()
                                   ->indexOf(id)
                                   .data(AccountListModel::StateIdRole)
                                   .toString();
            QCOMPARE(state, id == wrong.id ? QString("failed") : QString("valid"));
        }
    }

    // Cancelled while the secrets are read, before anything is sent: every
    // account ends as cancelled, and no request reaches a carrier after.
    void cancelledTestAllSendsNothing()
    {
        QList<QUuid> ids;
        for (const char* carrier : {"banyan", "project44", "ups"})
            ids << addAccount(sandboxAccount(carrier, QString("cancel ") + carrier));
        auto* run = window->findChild<TestAllRun*>();
        QVERIFY(run);
        QTRY_COMPARE(services->secrets()->pendingJobs(), 0);
        const qsizetype sent = sandbox->requests().size();
        QSignalSpy finished(run, &TestAllRun::finished);
        action("testAllAction")->trigger();
        QVERIFY(run->isRunning());
        run->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toInt(), int(ids.size()));
        QCOMPARE(finished.first().at(1).toInt(), int(ids.size()));
        QTRY_VERIFY(action("testAllAction")->isEnabled());
        // the read ahead is answered, and still nothing goes out
        QTRY_COMPARE(services->secrets()->pendingJobs(), 0);
        for (const QUuid& id : ids)
            QVERIFY(!services->tokens()->isBusy(id));
        QCOMPARE(sandbox->requests().size(), sent);
    }

    // and three that show what goes wrong: a refused secret, a token the API
    // refuses for the account, a token signed with a key nobody publishes
    void demoHasOneAccountPerPresetAndThreeThatFail()
    {
        // a populate writes every preset's secrets: under the sanitizers on a
        // busy machine one has taken over 20 s (7 s on an idle one)
        constexpr int kPatienceMs = 90000;
        QMap<QString, DemoSetup::Sample::Fault> faults;
        for (const DemoSetup::Sample& s : DemoSetup::accounts(*sandbox, services->catalog()))
            faults.insert(s.account.name, s.fault);
        DemoSetup demo(services->store(), services->accounts(), sandbox.get(), services->catalog());
        QSignalSpy done(&demo, &DemoSetup::finished);
        demo.populate();
        QVERIFY(done.wait(kPatienceMs) || !done.isEmpty());
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        const QList<Account> accounts = services->store()->accounts();
        QCOMPARE(accounts.size(), qsizetype(CarrierCatalog::builtin().presets().size()) + 3);
        for (const CarrierPreset& preset : CarrierCatalog::builtin().presets()) {
            QVERIFY2(std::any_of(accounts.begin(), accounts.end(),
                                 [&](const Account& p) { return p.carrierId == preset.id; }),
                     qPrintable(preset.id));
        }
        QCOMPARE(window->accountList()->visibleAccountCount(), accounts.size());
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        action("testAllAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), accounts.size(), kPatienceMs);
        for (const auto& args : finished) {
            const Account* p = services->store()->find(args.at(0).toUuid());
            const auto result = args.at(1).value<TokenResult>();
            using Fault = DemoSetup::Sample::Fault;
            switch (faults.value(p->name)) {
            case Fault::Credentials:
                QCOMPARE(result.error.category, ErrorCategory::CredentialsRejected);
                break;
            case Fault::Probe:
                QVERIFY(result.ok());
                QCOMPARE(result.probe.verdict, ProbeVerdict::NotEntitled);
                break;
            case Fault::Signature:
                QVERIFY(result.ok());
                QCOMPARE(result.signature.verdict, SignatureCheck::Verdict::Invalid);
                break;
            case Fault::None:
                QVERIFY2(result.passed(), qPrintable(p->name + ": " + result.error.fullText() +
                                                     result.probe.fullText()));
                break;
            }
        }
        // a second start replaces the accounts (new sandbox port) instead of adding more
        QSignalSpy again(&demo, &DemoSetup::finished);
        demo.populate();
        QVERIFY(again.wait(kPatienceMs) || !again.isEmpty());
        QCOMPARE(services->store()->accounts().size(), accounts.size());
    }
};

QTEST_MAIN(TestTokenFlows)
#include "tst_tokenflows.moc"
