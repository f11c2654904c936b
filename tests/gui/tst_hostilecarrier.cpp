// SPDX-License-Identifier: Apache-2.0
// A hostile token endpoint against the window: markup in anything it sends,
// and in an account's name, shows as the characters it is in every label,
// tooltip, table, message box, tray menu and notification.
#include "accountlistmodel.h"
#include "accountlistpane.h"
#include "accountstore.h"
#include "claimstable.h"
#include "hostileendpoint.h"
#include "tokenview.h"
#include "traycontroller.h"
#include "traymenu.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextDocumentFragment>

namespace {
// Every hostile value carries this tag, so the test can look for it anywhere
// (the window's own rich text, like the welcome page's, never underlines).
const QString kTag = "<u>";
const QString kName = "<u>Acme</u> & <i>Co</i>";

// Hands the next modal message box to `inspect`, then closes it unanswered.
void inspectNextMessageBox(std::function<void(QMessageBox*)> inspect, int attempts = 500)
{
    QTimer::singleShot(10, [inspect, attempts] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (attempts > 0)
                inspectNextMessageBox(inspect, attempts - 1);
            return;
        }
        inspect(box);
        box->reject();
    });
}

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JWT whose header and claims carry markup; the token itself is plain ASCII.
QByteArray hostileJwt(const QDateTime& now)
{
    const QJsonObject header{{"alg", "<a href='https://evil.example/'><u>HS256</u></a>"},
                             {"kid", "<u>key-1</u>"},
                             {"typ", "JWT"}};
    const QJsonObject claims{{"iss", "<img src=x><u>issuer</u>"},
                             {"sub", "<u>client</u>"},
                             {"scope", "<u>admin</u> orders.read"},
                             {"iat", now.toSecsSinceEpoch()},
                             {"exp", now.toSecsSinceEpoch() + 3600}};
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
           base64Url("signature");
}

bool rendersMarkup(const QString& text, Qt::TextFormat format = Qt::AutoText)
{
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}
} // namespace

class TestHostileCarrier : public QObject, protected WindowFixture
{
    Q_OBJECT

private:
    std::unique_ptr<HostileEndpoint> hostile;

    QUuid addHostileAccount(const QString& name)
    {
        Account p = sandboxAccount("dhl-ecs", name);
        p.tokenUrl = hostile->url().toString();
        return addAccount(p);
    }

    // Every label, tooltip and item tooltip in the window that would render
    // the tag as markup instead of showing it.
    QStringList markupShown()
    {
        QStringList out;
        QList<QWidget*> widgets = window->findChildren<QWidget*>();
        widgets << window.get();
        for (QWidget* w : std::as_const(widgets)) {
            const QString where =
                QString("%1 (%2)").arg(w->objectName(), w->metaObject()->className());
            if (auto* label = qobject_cast<QLabel*>(w)) {
                if (label->text().contains(kTag) &&
                    rendersMarkup(label->text(), label->textFormat()))
                    out << "label " + where + ": " + label->text();
            }
            if (w->toolTip().contains(kTag) && rendersMarkup(w->toolTip()))
                out << "tooltip of " + where + ": " + w->toolTip();
            auto* view = qobject_cast<QAbstractItemView*>(w);
            if (view && view->model() && !qobject_cast<QHeaderView*>(view)) {
                QList<QModelIndex> parents{QModelIndex()};
                while (!parents.isEmpty()) {
                    const QModelIndex parent = parents.takeFirst();
                    const QAbstractItemModel* m = view->model();
                    for (int r = 0; r < m->rowCount(parent); ++r) {
                        for (int c = 0; c < m->columnCount(parent); ++c) {
                            const QModelIndex i = m->index(r, c, parent);
                            const QString tip = i.data(Qt::ToolTipRole).toString();
                            if (tip.contains(kTag) && rendersMarkup(tip))
                                out << "item tooltip in " + where + ": " + tip;
                            if (c == 0 && m->hasChildren(i))
                                parents << i;
                        }
                    }
                }
            }
        }
        return out;
    }

private slots:
    void initTestCase() { prepareRun(); }
    void init()
    {
        setUp();
        hostile = std::make_unique<HostileEndpoint>();
        QVERIFY(hostile->isListening());
    }
    void cleanup()
    {
        hostile.reset();
        tearDown();
    }

    // A token whose JWT header, claims and scopes carry markup, served with a
    // content type that does too.
    void tokenDetailsShowLiterally()
    {
        hostile->answer(200,
                        QJsonDocument(QJsonObject{{"access_token", QString(hostileJwt(kStart))},
                                                  {"token_type", "Bearer"},
                                                  {"expires_in", 3600},
                                                  {"scope", "<u>write</u>"}})
                            .toJson(QJsonDocument::Compact),
                        "application/json; profile=\"<u>token</u>\"");
        addHostileAccount("hostile");
        const auto result = testThroughTheButton("hostile");
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.fullText()));

        // what the carrier sent reaches the screen, as the characters it is
        auto* format = find<QLabel>("tokenFormat");
        QVERIFY2(format->text().contains("<a href='https://evil.example/'><u>HS256</u></a>"),
                 qPrintable(format->text()));
        QCOMPARE(format->textFormat(), Qt::PlainText);
        QVERIFY(find<QLabel>("responseMeta")->text().contains("<u>token</u>"));
        QStringList chips;
        for (QLabel* chip : find<QWidget>("scopeChips")->findChildren<QLabel*>("scopeChip"))
            chips << chip->text();
        QVERIFY2(chips.contains("<u>write</u>"), qPrintable(chips.join(", ")));
        auto* claims = find<ClaimsTable>("claimsTable");
        const int sub = claims->rowOf("sub");
        QVERIFY(sub >= 0);
        QCOMPARE(claims->item(sub, 1)->text(), QString("<u>client</u>"));
        QVERIFY(!rendersMarkup(claims->item(sub, 1)->toolTip()) ||
                QTextDocumentFragment::fromHtml(claims->item(sub, 1)->toolTip()).toPlainText() ==
                    "<u>client</u>");

        const QStringList shown = markupShown();
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join('\n')));
    }

    // The carrier's error words, code and link carry markup.
    void errorWordsShowLiterally()
    {
        hostile->answer(
            400, QJsonObject{{"error", "<u>invalid_request</u>"},
                             {"error_description",
                              "<img src=x><u>Denied</u> <a href='https://evil.example/'>fix</a>"},
                             {"error_uri", "https://evil.example/<u>why</u>"}});
        addHostileAccount("refused");
        const auto result = testThroughTheButton("refused");
        QVERIFY(result);
        QCOMPARE(result->error.category, ErrorCategory::CarrierError);
        QVERIFY2(banner()->carrierWords().contains(
                     "<img src=x><u>Denied</u> <a href='https://evil.example/'>fix</a>"),
                 qPrintable(banner()->carrierWords()));
        QCOMPARE(find<QLabel>("bannerCarrier")->textFormat(), Qt::PlainText);
        const QStringList shown = markupShown();
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join('\n')));
    }

    // A token type with markup is refused; the raw response still shows it as sent.
    void refusedTokenTypeShowsInTheRawResponse()
    {
        hostile->answer(200, QJsonObject{{"access_token", "tok-5f3c9a1e77"},
                                         {"token_type", "<img src=x><u>Bearer</u>"},
                                         {"expires_in", 3600}});
        addHostileAccount("typed");
        const auto result = testThroughTheButton("typed");
        QVERIFY(result);
        QCOMPARE(result->error.category, ErrorCategory::MalformedResponse);
        QVERIFY(!page()->tokenView()->hasToken());
        QVERIFY2(banner()->message().contains("cannot use safely"),
                 qPrintable(banner()->message()));
        QVERIFY(!banner()->message().contains(kTag));
        const QString raw = find<QPlainTextEdit>("rawResponse")->toPlainText();
        QVERIFY2(raw.contains("<img src=x><u>Bearer</u>"), qPrintable(raw));
        QVERIFY(!raw.contains("tok-5f3c9a1e77"));
        const QStringList shown = markupShown();
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join('\n')));
    }

    // A token type kept from before types were checked (a cached token) still
    // shows literally.
    void storedTokenTypeShowsLiterally()
    {
        IssuedToken t;
        t.accessToken = SecretBytes(QByteArray("tok-5f3c9a1e77"));
        t.tokenType = "<img src=x><u>Bearer</u>";
        t.tokenTypeAsSent = t.tokenType;
        t.obtainedAt = kStart;
        page()->tokenView()->setToken(t);
        auto* type = find<QLabel>("tokenType");
        QCOMPARE(type->text(), QString("<img src=x><u>Bearer</u>"));
        QCOMPARE(type->textFormat(), Qt::PlainText);
        const QStringList shown = markupShown();
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join('\n')));
    }

    // An account's name (typed, or from an imported file) carries markup and '&'.
    void accountNameShowsLiterally()
    {
        hostile->answer(200, QJsonObject{{"access_token", "tok-5f3c9a1e77"},
                                         {"token_type", "Bearer"},
                                         {"expires_in", 3600}});
        QVERIFY(!addHostileAccount(kName).isNull());
        QVERIFY(testThroughTheButton(kName));
        QCOMPARE(find<QLabel>("accountTitle")->text(), kName);
        const QStringList shown = markupShown();
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join('\n')));
    }

    // The tray: a menu title keeps its '&'; the icon's tooltip and the
    // notifications go to the desktop, which may read markup, so they hold none.
    void accountNameInTheTray()
    {
        hostile->answer(200, QJsonObject{{"access_token", "tok-5f3c9a1e77"},
                                         {"token_type", "Bearer"},
                                         {"expires_in", 3600}});
        const QUuid id = addHostileAccount(kName);
        const auto ownedTray =
            DesktopSession::createTray(window.get(), *services, ticker.get(), clipboard.get());
        TrayController& tray = *ownedTray;
        QSignalSpy notified(&tray, &TrayController::notified);
        QVERIFY(testThroughTheButton(kName));

        QMenu* menu = tray.menu()->accountMenu(id);
        QVERIFY(menu);
        QVERIFY2(menu->menuAction()->text().startsWith("<u>Acme</u> && <i>Co</i>\t"),
                 qPrintable(menu->menuAction()->text()));
        QVERIFY2(tray.icon()->toolTip().contains("\u2039u\u203aAcme\u2039/u\u203a"),
                 qPrintable(tray.icon()->toolTip()));
        QVERIFY(!tray.icon()->toolTip().contains('<'));

        hostile->answer(
            400, QJsonObject{{"error", "invalid_request"}, {"error_description", "<u>Denied</u>"}});
        tray.test(id);
        QTRY_VERIFY(!notified.isEmpty());
        const QString title = notified.last().at(0).toString();
        const QString message = notified.last().at(1).toString();
        QVERIFY2(title.contains("\u2039u\u203aAcme"), qPrintable(title));
        QVERIFY(!title.contains('<') && !message.contains('<'));
    }

    // Asking to delete the account quotes its name as typed.
    void accountNameInTheDeleteQuestion()
    {
        const QUuid id = addHostileAccount(kName);
        QVERIFY(window->selectAccount(kName));
        QString boxText;
        Qt::TextFormat boxFormat = Qt::RichText;
        inspectNextMessageBox([&](QMessageBox* box) {
            boxText = box->text();
            boxFormat = box->textFormat();
        });
        action("deleteAction")->trigger();
        QVERIFY2(boxText.contains(kName), qPrintable(boxText));
        QCOMPARE(boxFormat, Qt::PlainText);
        QVERIFY(services->store()->find(id));
    }
};

QTEST_MAIN(TestHostileCarrier)
#include "tst_hostilecarrier.moc"
