// SPDX-License-Identifier: Apache-2.0
// Widgets on their own: the ticker, countdowns, the token view, the clipboard,
// status marks, the banner and the settings dialog. No keychain, no network.
#include "accountlistmodel.h"
#include "accountstatus.h"
#include "appsettings.h"
#include "budgetnote.h"
#include "carriercatalog.h"
#include "carrierpreset.h"
#include "claimstable.h"
#include "clipboard.h"
#include "clock.h"
#include "countdownbar.h"
#include "guitest.h"
#include "historytable.h"
#include "outcomebanner.h"
#include "scopechips.h"
#include "secretfield.h"
#include "settingsdialog.h"
#include "statusstyle.h"
#include "ticker.h"
#include "tokenledger.h"
#include "tokenminter.h"
#include "tokenview.h"
#include "traynotice.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>

namespace {
const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

IssuedToken jwtToken(const QDateTime& obtained, int lifetime, const QStringList& scopes = {})
{
    TokenMinter minter;
    QJsonObject claims{{"iss", "https://issuer.example/"},
                       {"sub", "client-1"},
                       {"iat", obtained.toSecsSinceEpoch()},
                       {"exp", obtained.toSecsSinceEpoch() + lifetime},
                       {"jti", "abc"}};
    if (!scopes.isEmpty())
        claims.insert("scope", scopes.join(' '));
    IssuedToken t;
    t.accessToken = SecretBytes(minter.jwt(claims, "key-1"));
    t.tokenType = "Bearer";
    t.tokenTypeAsSent = "Bearer";
    t.obtainedAt = obtained;
    t.expiresIn = lifetime;
    t.expiresAtFromResponse = obtained.addSecs(lifetime);
    t.expiresAtFromJwt = obtained.addSecs(lifetime);
    t.scopes = scopes;
    return t;
}

IssuedToken opaqueToken(const QDateTime& obtained, int lifetime)
{
    IssuedToken t;
    t.accessToken = SecretBytes(QByteArray("OPAQUEtoken1234567890"));
    t.tokenType = "Bearer";
    t.obtainedAt = obtained;
    t.expiresIn = lifetime;
    t.expiresAtFromResponse = obtained.addSecs(lifetime);
    return t;
}

TestRecord record(const QDateTime& at, const QString& category, int status = 200)
{
    TestRecord r;
    r.at = at;
    r.category = category;
    r.httpStatus = status;
    r.latencyMs = 40;
    return r;
}
} // namespace

// Opens the field's context menu and clicks one of its standard entries
// ("&Copy", "Cu&t"); false when the menu or the entry is missing.
bool clickContextMenuEntry(QLineEdit* edit, const QString& entry)
{
    const QPoint at(4, 4);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, edit->mapToGlobal(at));
    QApplication::sendEvent(edit, &event);
    std::unique_ptr<QMenu> menu(edit->findChild<QMenu*>("qt_edit_menu"));
    if (!menu)
        return false;
    for (QAction* action : menu->actions()) {
        if (action->text().section('\t', 0, 0) == entry) {
            if (action->isEnabled())
                action->trigger();
            return true;
        }
    }
    return false;
}

class TestGuiWidgets : public QObject
{
    Q_OBJECT

private slots:
    // the budget's period reads naturally for the windows people name, and
    // for any other as "every N minutes"
    void budgetNoteWordsEachWindow_data()
    {
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("used");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Echo: 3 a second")
            << 3 << 1 << 1 << "2 of 3 token requests left this second";
        QTest::newRow("project44: 5 a minute")
            << 5 << 60 << 1 << "4 of 5 token requests left this minute";
        QTest::newRow("Uber: 100 an hour")
            << 100 << 3600 << 40 << "60 of 100 token requests left this hour";
        QTest::newRow("C.H. Robinson: 2 a day")
            << 2 << 86400 << 0 << "2 of 2 token requests left today";
        QTest::newRow("10 every 15 minutes")
            << 10 << 900 << 3 << "7 left of 10 token requests every 15 minutes";
        QTest::newRow("4 every 2 hours")
            << 4 << 7200 << 1 << "3 left of 4 token requests every 2 hours";
        QTest::newRow("2 every 7 days")
            << 2 << 7 * 86400 << 1 << "1 left of 2 token requests every 7 days";
        QTest::newRow("6 every 90 seconds")
            << 6 << 90 << 0 << "6 left of 6 token requests every 90 seconds";
    }

    void budgetNoteWordsEachWindow()
    {
        QFETCH(int, max);
        QFETCH(int, seconds);
        QFETCH(int, used);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        BudgetStanding s;
        s.rule.max = max;
        s.rule.seconds = seconds;
        s.used = used;
        s.freeAt = now;
        QVERIFY(!BudgetNote::spent(s, now));
        QCOMPARE(BudgetNote::text(s, now), expected);
        // spent: when the next may go, with the date once that is another day
        s.used = max;
        s.freeAt = now.addSecs(seconds);
        QVERIFY(BudgetNote::spent(s, now));
        const QDateTime local = s.freeAt.toLocalTime();
        const QString at = local.date() == now.toLocalTime().date()
                               ? QLocale().toString(local.time(), QLocale::ShortFormat)
                               : QLocale().toString(local, QLocale::ShortFormat);
        QCOMPARE(BudgetNote::text(s, now), "Next token request allowed at " + at);
        // a ledger that cannot be read counts as spent, and says so
        s.problem = Message::plain("x");
        QVERIFY(BudgetNote::spent(s, now));
        QCOMPARE(BudgetNote::text(s, now), QString("The token budget cannot be checked"));
    }

    void initTestCase() { Icons::init(); }
    void init() { QGuiApplication::clipboard()->clear(); }

    void tickerReportsTheClocksTime()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        QSignalSpy spy(&ticker, &Ticker::tick);
        ticker.tickNow();
        clock.advance(5);
        ticker.tickNow();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toDateTime(), kStart);
        QCOMPARE(spy.at(1).at(0).toDateTime(), kStart.addSecs(5));
        QVERIFY(!ticker.isStarted());
        ticker.start();
        QVERIFY(ticker.isStarted());
        QVERIFY(!ticker.isRunning()); // no widget on screen needs the 1 Hz beat
    }

    void countdownFollowsTheClock_data()
    {
        QTest::addColumn<int>("advance");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<int>("permille");
        // 3600 s lifetime, 60 s margin: the warning window is a tenth, 360 s
        QTest::newRow("fresh") << 0 << "Expires in 1 h"
                               << "fresh" << 1000;
        QTest::newRow("one second on") << 1 << "59:59 left"
                                       << "fresh" << 999;
        QTest::newRow("half way") << 1800 << "30:00 left"
                                  << "fresh" << 500;
        QTest::newRow("just outside the warning") << 3239 << "06:01 left"
                                                  << "fresh" << 100;
        QTest::newRow("inside the warning") << 3300 << "05:00 left"
                                            << "warning" << 83;
        QTest::newRow("at expiry") << 3600 << "Expired just now"
                                   << "expired" << 0;
        QTest::newRow("well after") << 3900 << "Expired 5 min ago"
                                    << "expired" << 0;
    }
    void countdownFollowsTheClock()
    {
        QFETCH(int, advance);
        QFETCH(QString, text);
        QFETCH(QString, phase);
        QFETCH(int, permille);
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        TokenView view(&ticker);
        view.setRefreshMargin(60);
        view.setToken(jwtToken(kStart, 3600));
        auto* label = view.findChild<QLabel*>("countdownLabel");
        auto* bar = view.findChild<CountdownBar*>("countdownBar");
        QVERIFY(label && bar);
        const QString before = label->text();
        clock.advance(advance);
        ticker.tickNow();
        QCOMPARE(label->text(), text);
        QCOMPARE(bar->phaseId(), phase);
        QCOMPARE(bar->value(), permille);
        if (advance > 0)
            QVERIFY(label->text() != before);
    }

    void tokenIsMaskedUntilRevealed()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        TokenView view(&ticker);
        const IssuedToken token = jwtToken(kStart, 3600);
        const QString raw = QString::fromUtf8(token.accessToken.expose());
        view.setToken(token);
        auto* edit = view.findChild<QLineEdit*>("tokenEdit");
        auto* reveal = view.findChild<QToolButton*>("tokenRevealButton");
        QVERIFY(edit && reveal);
        QVERIFY(!edit->text().contains(raw.left(20)));
        reveal->click();
        QCOMPARE(edit->text(), raw);
        reveal->click();
        QVERIFY(!edit->text().contains(raw.left(20)));
        reveal->click();
        view.setAccount(nullptr, nullptr); // another account: hidden again
        QVERIFY(!view.isRevealed());
        QVERIFY(!edit->text().contains(raw.left(20)));
    }

    // A test's signature check replaces the "not verified" note: green when a
    // carrier's key checks the token, red when it does not hold, neutral otherwise.
    void signatureVerdictIsShown()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        TokenView view(&ticker);
        TokenResult result;
        result.token = jwtToken(kStart, 3600, {"orders.read"});
        result.inspection = TokenInspector::inspect(&result.token);
        result.signature.verdict = SignatureCheck::Verdict::Verified;
        result.signature.alg = "RS256";
        result.signature.kid = "key-7";
        result.signature.source = Message::plain("https://id.example.com/jwks");
        view.display(result, result);
        auto* note = view.findChild<QLabel*>("signatureNote");
        QVERIFY(note);
        QCOMPARE(note->text(),
                 QString("Signature verified (RS256, key key-7 from https://id.example.com/jwks)"));
        QCOMPARE(note->palette().color(QPalette::WindowText),
                 StatusStyle::color(StatusStyle::Tone::Success, view.palette()));
        // a later failed test keeps the token and its verdict on show
        TokenResult failed;
        failed.error = Failure::make(ErrorCategory::Network, Message::plain("down"));
        view.setLastResult(failed);
        QVERIFY(note->text().startsWith("Signature verified"));

        result.signature.verdict = SignatureCheck::Verdict::Invalid;
        result.signature.detail = Message::plain("The signature does not match the key.");
        result.signature.claimProblems << Message::plain("The token expired.");
        view.display(result, result);
        QVERIFY2(note->text().startsWith("Signature invalid: The signature does not match the key."
                                         "\nThe token expired.\n"),
                 qPrintable(note->text()));
        QCOMPARE(note->palette().color(QPalette::WindowText),
                 StatusStyle::color(StatusStyle::Tone::Danger, view.palette()));

        result.signature.verdict = SignatureCheck::Verdict::CannotVerify;
        result.signature.detail = Message::plain("No key was found.");
        result.signature.claimProblems.clear();
        view.display(result, result);
        QVERIFY(note->text().startsWith("Cannot verify the signature: No key was found."));
        QCOMPARE(note->palette().color(QPalette::WindowText), StatusStyle::muted(view.palette()));

        // a token from the cache was not checked: the note says so, as before
        view.setToken(result.token);
        QVERIFY(note->text().contains("not verified"));
    }

    void jwtClaimsAreReadable()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        TokenView view(&ticker);
        view.setToken(jwtToken(kStart, 3600, {"orders.read", "rates.read"}));
        auto* table = view.findChild<ClaimsTable*>("claimsTable");
        auto* note = view.findChild<QLabel*>("signatureNote");
        QVERIFY(table && note);
        QVERIFY(note->text().contains("not verified"));
        const int exp = table->rowOf("exp");
        QVERIFY(exp >= 0);
        QCOMPARE(table->item(exp, 2)->text(), QString("Expires at"));
        // a readable local time, with UTC and the raw number in the tooltip
        QCOMPARE(table->item(exp, 1)->text(),
                 kStart.addSecs(3600).toLocalTime().toString("yyyy-MM-dd HH:mm:ss"));
        QVERIFY(table->item(exp, 1)->toolTip().contains("UTC"));
        QVERIFY(table->item(exp, 1)->toolTip().contains(
            QString::number(kStart.addSecs(3600).toSecsSinceEpoch())));
        QVERIFY(table->rowOf("alg", true) >= 0);
        QVERIFY(!table->item(table->rowOf("alg", true), 2)->text().isEmpty());
        QCOMPARE(table->rowOf("alg", false), -1);
        auto* chips = view.findChild<ScopeChips*>("scopeChips");
        QCOMPARE(chips->scopes(), QStringList({"orders.read", "rates.read"}));
        QCOMPARE(chips->findChildren<QLabel*>("scopeChip").size(), 2);
    }

    void claimMeaningsWrapInANarrowTable()
    {
        // as narrow as the token pane gets beside the account list: the meanings
        // wrap onto more lines, never cut off at the right edge
        ClaimsTable table;
        table.resize(320, 600);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        IssuedToken token = jwtToken(kStart, 3600, {"orders.read", "rates.read"});
        const TokenInspection inspection = TokenInspector::inspect(&token);
        QVERIFY(inspection.isJwt());
        table.setInspection(inspection);
        QCoreApplication::processEvents(); // the rows take the height their lines need
        QCOMPARE(table.horizontalScrollBar()->maximum(), 0);
        int meanings = 0;
        for (int row = 0; row < table.rowCount(); ++row) {
            const QTableWidgetItem* meaning = table.item(row, 2);
            if (!meaning || meaning->text().isEmpty())
                continue;
            ++meanings;
            const QRect cell = table.visualItemRect(meaning);
            QVERIFY2(cell.right() < table.viewport()->width(), qPrintable(meaning->text()));
            const QRect needed = table.fontMetrics().boundingRect(
                QRect(0, 0, cell.width() - 6, 10000), Qt::TextWordWrap, meaning->text());
            QVERIFY2(needed.width() <= cell.width() - 6 && needed.height() <= cell.height(),
                     qPrintable(QString("%1: needs %2x%3, has %4x%5")
                                    .arg(meaning->text())
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(cell.width())
                                    .arg(cell.height())));
        }
        QVERIFY(meanings >= 5);
    }

    void opaqueTokenHasNothingToDecode()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        TokenView view(&ticker);
        view.setToken(opaqueToken(kStart, 3600));
        auto* note = view.findChild<QLabel*>("opaqueNote");
        QVERIFY(note);
        QVERIFY(note->text().contains("nothing to decode"));
        QCOMPARE(view.findChild<ClaimsTable*>("claimsTable")->rowCount(), 0);
        QCOMPARE(view.findChild<QLabel*>("tokenFormat")->text(), QString("Opaque"));
    }

    void rawResponseIsPrettyPrinted()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        TokenView view(&ticker);
        TokenResult r;
        r.httpStatus = 200;
        r.latencyMs = 12;
        r.contentType = "application/json";
        r.redactedBody = R"({"access_token":"[redacted]","expires_in":3600})";
        view.setLastResult(r);
        const QString text = view.findChild<QPlainTextEdit*>("rawResponse")->toPlainText();
        QVERIFY(text.contains("\n    \"access_token\": \"[redacted]\""));
        QVERIFY(view.findChild<QLabel*>("responseMeta")->text().contains("HTTP 200"));
    }

    void secretsAreMarkedForClipboardManagers()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        Clipboard clipboard(&ticker);
        clipboard.copySecret("Authorization: Bearer abc");
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), QString("Authorization: Bearer abc"));
        QCOMPARE(mime->data("x-kde-passwordManagerHint"), QByteArray("secret"));
        QCOMPARE(clipboard.secondsLeft(), 30);
    }

    void plainTextIsNeitherMarkedNorCleared()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        Clipboard clipboard(&ticker);
        clipboard.copyText("report");
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat("x-kde-passwordManagerHint"));
        clock.advance(3600);
        ticker.tickNow();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString("report"));
    }

    void clipboardClearsOnlyWhatItPutThere_data()
    {
        QTest::addColumn<int>("clearSeconds");
        QTest::addColumn<int>("advance");
        QTest::addColumn<bool>("userCopiedSince");
        QTest::addColumn<bool>("cleared");
        QTest::newRow("before the time") << 30 << 29 << false << false;
        QTest::newRow("at the time") << 30 << 30 << false << true;
        QTest::newRow("after the time") << 30 << 45 << false << true;
        QTest::newRow("user copied something else") << 30 << 45 << true << false;
        QTest::newRow("never") << 0 << 7200 << false << false;
        QTest::newRow("short setting") << 5 << 5 << false << true;
    }
    void clipboardClearsOnlyWhatItPutThere()
    {
        QFETCH(int, clearSeconds);
        QFETCH(int, advance);
        QFETCH(bool, userCopiedSince);
        QFETCH(bool, cleared);
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        Clipboard clipboard(&ticker);
        clipboard.setClearSeconds(clearSeconds);
        clipboard.copySecret("Authorization: Bearer secret-token");
        if (userCopiedSince)
            QGuiApplication::clipboard()->setText("the user's own text");
        clock.advance(advance);
        ticker.tickNow();
        const QString now = QGuiApplication::clipboard()->text();
        if (cleared)
            QVERIFY(now.isEmpty());
        else
            QVERIFY(!now.isEmpty());
        if (userCopiedSince)
            QCOMPARE(now, QString("the user's own text"));
    }

    void countdownIsAnnouncedEachSecond()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        Clipboard clipboard(&ticker);
        clipboard.setClearSeconds(3);
        QSignalSpy spy(&clipboard, &Clipboard::countdownChanged);
        QSignalSpy clearedSpy(&clipboard, &Clipboard::cleared);
        clipboard.copySecret("x");
        for (int i = 0; i < 3; ++i) {
            clock.advance(1);
            ticker.tickNow();
        }
        QList<int> values;
        for (const auto& args : spy)
            values << args.at(0).toInt();
        QCOMPARE(values, QList<int>({3, 2, 1, -1}));
        QCOMPARE(clearedSpy.count(), 1);
    }

    void whatIsStillOursIsClearedOnTheWayOut()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        {
            Clipboard clipboard(&ticker);
            clipboard.copySecret("Bearer going-away");
        }
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        {
            Clipboard clipboard(&ticker);
            clipboard.copySecret("Bearer going-away");
            QGuiApplication::clipboard()->setText("kept");
        }
        QCOMPARE(QGuiApplication::clipboard()->text(), QString("kept"));
    }

    // A revealed token or secret copied from its field, by keyboard or the
    // context menu, follows the clipboard rules: marked for clipboard
    // managers, cleared after the set time.
    void revealedSecretsCopyThroughTheClipboard_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("how");
        for (const QString field : {"token view", "secret field"}) {
            for (const QString how : {"Ctrl+C", "Ctrl+Insert", "context menu", "Ctrl+X"}) {
                if (field == "token view" && how == "Ctrl+X")
                    continue; // read-only: nothing to cut
                QTest::addRow("%s, %s", qPrintable(field), qPrintable(how)) << field << how;
            }
        }
    }
    void revealedSecretsCopyThroughTheClipboard()
    {
        QFETCH(QString, field);
        QFETCH(QString, how);
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        Clipboard clipboard(&ticker);
        TokenView view(&ticker);
        SecretField secretField("secretEdit");
        QLineEdit* edit = nullptr;
        QString secret;
        if (field == "token view") {
            const IssuedToken token = jwtToken(kStart, 3600);
            secret = QString::fromUtf8(token.accessToken.expose());
            view.setClipboard(&clipboard);
            view.setToken(token);
            view.setRevealed(true);
            edit = view.findChild<QLineEdit*>("tokenEdit");
        } else {
            secret = "client-secret-value-1";
            secretField.setClipboard(&clipboard);
            secretField.showLoaded(secret);
            secretField.setRevealed(true);
            edit = secretField.lineEdit();
        }
        QVERIFY(edit);
        QCOMPARE(edit->text(), secret);
        QVERIFY2(!edit->dragEnabled(), "a secret is never dragged out");
        edit->selectAll();
        if (how == "Ctrl+C")
            QTest::keyClick(edit, Qt::Key_C, Qt::ControlModifier);
        else if (how == "Ctrl+Insert")
            QTest::keyClick(edit, Qt::Key_Insert, Qt::ControlModifier);
        else if (how == "Ctrl+X")
            QTest::keyClick(edit, Qt::Key_X, Qt::ControlModifier);
        else
            QVERIFY(clickContextMenuEntry(edit, "&Copy"));

        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), secret);
        QCOMPARE(mime->data("x-kde-passwordManagerHint"), QByteArray("secret"));
        QCOMPARE(clipboard.secondsLeft(), 30);
        if (how == "Ctrl+X")
            QVERIFY(edit->text().isEmpty());
        clock.advance(30);
        ticker.tickNow();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void contextMenuCutGoesThroughTheClipboard()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        Clipboard clipboard(&ticker);
        SecretField field("secretEdit");
        field.setClipboard(&clipboard);
        field.showLoaded("client-secret-value-1");
        field.setRevealed(true);
        field.lineEdit()->selectAll();
        QVERIFY(clickContextMenuEntry(field.lineEdit(), "Cu&t"));
        QVERIFY(field.lineEdit()->text().isEmpty());
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data("x-kde-passwordManagerHint"),
                 QByteArray("secret"));
        QCOMPARE(clipboard.secondsLeft(), 30);
    }

    // Masked, or with no Clipboard to go through, a secret is never copied.
    void secretsAreNotCopiedAroundTheClipboard()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        Clipboard clipboard(&ticker);
        QGuiApplication::clipboard()->setText("the user's own text");
        SecretField masked("maskedEdit");
        masked.setClipboard(&clipboard);
        masked.showLoaded("client-secret-value-1");
        masked.lineEdit()->selectAll();
        QTest::keyClick(masked.lineEdit(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(clickContextMenuEntry(masked.lineEdit(), "&Copy"));
        SecretField unwired("unwiredEdit");
        unwired.showLoaded("client-secret-value-2");
        unwired.setRevealed(true);
        unwired.lineEdit()->selectAll();
        QTest::keyClick(unwired.lineEdit(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(clickContextMenuEntry(unwired.lineEdit(), "&Copy"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QString("the user's own text"));
    }

    void accountStatus_data()
    {
        QTest::addColumn<bool>("hasToken");
        QTest::addColumn<int>("ageSeconds");      // how old the token is (lifetime 3600)
        QTest::addColumn<QStringList>("history"); // newest first: category@minutesAgo
        QTest::addColumn<bool>("busy");
        QTest::addColumn<QString>("state");
        QTest::newRow("never tested") << false << 0 << QStringList() << false << "untested";
        QTest::newRow("fresh token") << true << 10 << QStringList{"none@0"} << false << "valid";
        QTest::newRow("expiring") << true << 3400 << QStringList{"none@57"} << false << "expiring";
        QTest::newRow("expired") << true << 3700 << QStringList{"none@62"} << false << "expired";
        QTest::newRow("failed after the token")
            << true << 600 << QStringList{"credentials_rejected@1", "none@10"} << false << "failed";
        QTest::newRow("token after a failure")
            << true << 60 << QStringList{"none@1", "network@5"} << false << "valid";
        QTest::newRow("failed, no token")
            << false << 0 << QStringList{"timeout@3"} << false << "failed";
        QTest::newRow("cancel says nothing")
            << true << 60 << QStringList{"cancelled@0", "none@1"} << false << "valid";
        QTest::newRow("busy wins") << true << 60 << QStringList{"none@1"} << true << "busy";
    }
    void accountStatus()
    {
        QFETCH(bool, hasToken);
        QFETCH(int, ageSeconds);
        QFETCH(QStringList, history);
        QFETCH(bool, busy);
        QFETCH(QString, state);
        const QDateTime now = kStart.addSecs(7200);
        Account p;
        for (const QString& h : history) {
            const QStringList parts = h.split('@');
            p.history << record(now.addSecs(-60 * parts.at(1).toInt()), parts.at(0));
        }
        std::optional<IssuedToken> token;
        if (hasToken)
            token = jwtToken(now.addSecs(-ageSeconds), 3600);
        const AccountStatus s = AccountStatus::evaluate(p, token, busy, now, 60);
        QCOMPARE(AccountStatus::stateId(s.state), state);
    }

    // The account list's order: carriers by name, whatever their case;
    // accounts under their carrier by name; carriers the catalog does not
    // know in the order of their first account by name. Checked against the
    // plain way to make it (every account sorted by name, then each to its
    // carrier in that order) on a shuffled list.
    void accountsAreGroupedUnderTheirCarrierByName()
    {
        const CarrierCatalog& catalog = CarrierCatalog::builtin();
        const QStringList carriers = {"ups",        "UPS",    "fedex",        "project44",
                                      "dhl-ecs",    "banyan", "zeta-freight", "Acme-Local",
                                      "acme-local", "Beta",   "tforce"};
        QRandomGenerator random(22);
        QList<Account> accounts;
        for (int i = 0; i < 600; ++i) {
            Account a;
            a.id = QUuid::createUuidV5(QUuid(), QString::number(i));
            const QString word =
                QStringList{"acme", "Beta", "ZULU", "delta", "\u00e9cole"}.at(random.bounded(5));
            // unique, as the store keeps them: equal names would sort either way
            a.name = QStringLiteral("%1 %2-%3").arg(word).arg(random.bounded(100000)).arg(i);
            a.carrierId = carriers.at(random.bounded(carriers.size()));
            accounts.append(a);
        }
        QList<AccountListModel::Group> plain;
        for (const CarrierPreset& preset : catalog.presets())
            plain.append({preset.id, preset.name, {}});
        QList<const Account*> byName;
        for (const Account& a : accounts)
            byName.append(&a);
        std::sort(byName.begin(), byName.end(), [](const Account* a, const Account* b) {
            return QString::compare(a->name, b->name, Qt::CaseInsensitive) < 0;
        });
        for (const Account* a : byName) {
            const CarrierPreset* preset = catalog.find(a->carrierId);
            const QString id = preset ? preset->id : a->carrierId;
            auto it =
                std::find_if(plain.begin(), plain.end(),
                             [&id](const AccountListModel::Group& g) { return g.carrierId == id; });
            if (it == plain.end()) {
                plain.append({a->carrierId, a->carrierId, {}});
                it = plain.end() - 1;
            }
            it->accounts.append(a->id);
        }
        plain.erase(
            std::remove_if(plain.begin(), plain.end(),
                           [](const AccountListModel::Group& g) { return g.accounts.isEmpty(); }),
            plain.end());
        std::stable_sort(plain.begin(), plain.end(),
                         [](const AccountListModel::Group& a, const AccountListModel::Group& b) {
                             return QString::compare(a.title, b.title, Qt::CaseInsensitive) < 0;
                         });

        const QList<AccountListModel::Group> groups = AccountListModel::groupsOf(accounts, catalog);
        QStringList got, want;
        for (const auto& g : groups)
            got << g.carrierId;
        for (const auto& g : plain)
            want << g.carrierId;
        QCOMPARE(got, want);
        // "UPS" written by hand is the UPS preset's; the two unknown ids
        // alike but for case stay two carriers
        QVERIFY(got.contains("ups") && !got.contains("UPS"));
        QVERIFY(got.contains("Acme-Local") && got.contains("acme-local"));
        for (qsizetype g = 0; g < groups.size(); ++g)
            QCOMPARE(groups.at(g).accounts, plain.at(g).accounts);
    }

    void countdownTexts_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("shortText");
        QTest::addColumn<QString>("longText");
        QTest::newRow("hours") << 43140 << "11 h 59 min"
                               << "Expires in 11 h 59 min";
        QTest::newRow("minutes") << 3599 << "59:59"
                                 << "59:59 left";
        QTest::newRow("seconds") << 9 << "00:09"
                                 << "00:09 left";
        QTest::newRow("zero") << 0 << "Expired"
                              << "Expired just now";
        QTest::newRow("past") << -7200 << "Expired"
                              << "Expired 2 h ago";
    }
    void countdownTexts()
    {
        QFETCH(int, seconds);
        QFETCH(QString, shortText);
        QFETCH(QString, longText);
        QCOMPARE(AccountStatus::shortCountdown(seconds), shortText);
        QCOMPARE(AccountStatus::longCountdown(seconds), longText);
    }

    void bannerShowsTheCarriersWordsAndAHint()
    {
        OutcomeBanner banner;
        TokenResult r;
        r.httpStatus = 401;
        r.latencyMs = 80;
        r.error = Failure::make(ErrorCategory::CredentialsRejected,
                                Message::plain("The carrier rejected the client credentials."),
                                Message::plain("Check the client id and secret."));
        r.error.carrierError = "invalid_client";
        r.error.carrierDescription = "Client authentication failed.";
        banner.showResult(r, nullptr);
        QCOMPARE(banner.findChild<QLabel*>("bannerTitle")->text(),
                 Failure::categoryLabel(ErrorCategory::CredentialsRejected));
        QVERIFY(banner.findChild<QLabel*>("bannerDetail")->text().contains("HTTP 401"));
        QVERIFY(banner.carrierWords().contains("\u201cClient authentication failed.\u201d"));
        QVERIFY(banner.carrierWords().contains("invalid_client"));
        QVERIFY(banner.hint().contains("Check the client id and secret."));
        QCOMPARE(banner.tone(), StatusStyle::Tone::Danger);

        TokenResult ok;
        ok.httpStatus = 200;
        ok.latencyMs = 35;
        ok.token.accessToken = SecretBytes(QByteArray("t"));
        banner.showResult(ok, nullptr);
        QCOMPARE(banner.tone(), StatusStyle::Tone::Success);
        QVERIFY(banner.findChild<QLabel*>("bannerDetail")->text().contains("HTTP 200"));
        QVERIFY(banner.findChild<QLabel*>("bannerDetail")->text().contains("35 ms"));
    }

    void historyTableListsTests()
    {
        HistoryTable table;
        table.setHistory(
            {record(kStart, "none"), record(kStart.addSecs(-60), "credentials_rejected", 401)});
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.item(0, 1)->text(), QString("Token received"));
        QCOMPARE(table.item(1, 1)->text(),
                 Failure::categoryLabel(ErrorCategory::CredentialsRejected));
        QCOMPARE(table.item(1, 2)->text(), QString("401"));
        QCOMPARE(table.item(1, 3)->text(), QString("40 ms"));
    }

    void bannerNamesAProblemTypeAsSuch()
    {
        OutcomeBanner banner;
        TokenResult r;
        r.httpStatus = 400;
        r.latencyMs = 80;
        r.error = Failure::make(ErrorCategory::CarrierError,
                                Message::plain("The carrier refused the request."));
        // RFC 7807: the "type" is a URL, not a code to look up
        r.error.carrierError = "https://api.carrier.example/problems/invalid-scope";
        r.error.carrierDescription = "The scope is not granted to this client.";
        banner.showResult(r, nullptr);
        QVERIFY2(banner.carrierWords().contains(
                     "Problem type: https://api.carrier.example/problems/invalid-scope"),
                 qPrintable(banner.carrierWords()));
        QVERIFY(!banner.carrierWords().contains("Error code"));
        // an OAuth error stays an error code
        r.error.carrierError = "invalid_scope";
        banner.showResult(r, nullptr);
        QVERIFY2(banner.carrierWords().contains("Error code: invalid_scope"),
                 qPrintable(banner.carrierWords()));
        QVERIFY(!banner.carrierWords().contains("Problem type"));
        QVERIFY(OutcomeBanner::isProblemType("/problems/out-of-stock"));
        QVERIFY(OutcomeBanner::isProblemType("about:blank"));
        QVERIFY(!OutcomeBanner::isProblemType("invalid_client"));
        QVERIFY(!OutcomeBanner::isProblemType("Unauthorized"));
    }

    void aTimeoutCountsWholeSecondsLikeItsSentence()
    {
        // a 20 s timeout fires after 19788 ms; the sentence says "within 20 seconds"
        OutcomeBanner banner;
        TokenResult r;
        r.latencyMs = 19788;
        r.error =
            Failure::make(ErrorCategory::Timeout,
                          Message::plain("carrier.example did not answer within 20 seconds."));
        banner.showResult(r, nullptr);
        const QString detail = banner.findChild<QLabel*>("bannerDetail")->text();
        QCOMPARE(detail, QString("Timed out after 20 s"));
        QVERIFY(!detail.contains("ms"));

        HistoryTable table;
        TestRecord late = record(kStart, "timeout", 0);
        late.latencyMs = 20012;
        TestRecord early = record(kStart.addSecs(-60), "timeout", 0);
        early.latencyMs = 19788;
        table.setHistory({late, early, record(kStart.addSecs(-120), "none")});
        QCOMPARE(table.item(0, 3)->text(), QString("Timed out after 20 s"));
        QCOMPARE(table.item(1, 3)->text(), QString("Timed out after 20 s"));
        QCOMPARE(table.item(2, 3)->text(), QString("40 ms")); // an answer keeps its milliseconds
    }

    void historyShowsWhatTheCarrierSaid()
    {
        HistoryTable table;
        TestRecord refused = record(kStart, "credentials_rejected", 401);
        Failure said = Failure::make(ErrorCategory::CredentialsRejected, Message::plain("refused"));
        said.carrierDescription = "Client authentication failed.";
        refused.failure = said;
        TestRecord plain = record(kStart.addSecs(-60), "carrier_error", 500); // said nothing
        table.setHistory({refused, plain, record(kStart.addSecs(-120), "none")});
        const QString label = Failure::categoryLabel(ErrorCategory::CredentialsRejected);
        QCOMPARE(table.item(0, 1)->text(), label + ": \u201cClient authentication failed.\u201d");
        QVERIFY(table.item(0, 1)->toolTip().contains("Client authentication failed."));
        QCOMPARE(table.item(1, 1)->text(), Failure::categoryLabel(ErrorCategory::CarrierError));
        QCOMPARE(table.item(2, 1)->text(), QString("Token received"));

        // kept with the record in the account list's file, read back as one clean line
        const auto back = TestRecord::fromJson(refused.toJson());
        QVERIFY(back);
        QCOMPARE(*back, refused);
        QJsonObject edited = refused.toJson();
        QJsonObject failure = edited.value("failure").toObject();
        failure.insert("carrier_description", "two\nlines\u0007");
        edited.insert("failure", failure);
        QCOMPARE(TestRecord::fromJson(edited)->carrierWords(), QString("two lines"));
    }

    void eachUseOfASpanIsASentenceOfItsOwn_data()
    {
        QTest::addColumn<int>("use");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        using S = AccountStatus::Span;
        QTest::newRow("ago, days") << int(S::ExpiredAgo) << 3 * 86400 << "Expired 3 days ago";
        QTest::newRow("in, h min") << int(S::ExpiresIn) << 2 * 3600 + 300 << "Expires in 2 h 5 min";
        QTest::newRow("in, days") << int(S::ExpiresIn) << 5 * 86400 << "Expires in 5 days";
        QTest::newRow("tray, min") << int(S::ExpiresInLower) << 59 * 60 << "expires in 59 min";
        QTest::newRow("valid, days")
            << int(S::ValidFor) << 3 * 86400 << "A new token, valid for 3 days.";
        QTest::newRow("valid, h") << int(S::ValidFor) << 2 * 3600 << "A new token, valid for 2 h.";
        QTest::newRow("valid, s") << int(S::ValidFor) << 40 << "A new token, valid for 40 s.";
    }
    void eachUseOfASpanIsASentenceOfItsOwn()
    {
        QFETCH(int, use);
        QFETCH(int, seconds);
        QFETCH(QString, text);
        QCOMPARE(AccountStatus::span(AccountStatus::Span(use), seconds), text);
    }

    void aFailedWindowTestIsToldOnlyWhileTheWindowIsHidden()
    {
        TokenResult failed;
        failed.error =
            Failure::make(ErrorCategory::CredentialsRejected,
                          Message::plain("The carrier rejected the client credentials."));
        const auto hidden = TrayNotice::forWindowTest("acme-banyan", failed, false);
        QVERIFY(hidden);
        QCOMPARE(hidden->title,
                 "acme-banyan: " + Failure::categoryLabel(ErrorCategory::CredentialsRejected));
        QCOMPARE(hidden->message, QString("The carrier rejected the client credentials."));
        QVERIFY(!TrayNotice::forWindowTest("acme-banyan", failed, true)); // the banner shows it
        TokenResult ok;
        ok.token.accessToken = SecretBytes(QByteArray("t"));
        QVERIFY(!TrayNotice::forWindowTest("acme-banyan", ok, false));
        TokenResult cancelled;
        cancelled.error = Failure::make(ErrorCategory::Cancelled, Message::plain("Cancelled."));
        QVERIFY(!TrayNotice::forWindowTest("acme-banyan", cancelled, false));
    }

    void settingsDialogWritesTheSettings()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath("settings.ini"));
        SettingsDialog dialog(&settings);
        QCOMPARE(dialog.findChild<QSpinBox*>("clipboardClearSpin")->value(), 30);
        dialog.findChild<QSpinBox*>("clipboardClearSpin")->setValue(0);
        dialog.findChild<QSpinBox*>("timeoutSpin")->setValue(7);
        dialog.findChild<QCheckBox*>("cacheTokensCheck")->setChecked(false);
        dialog.findChild<QSpinBox*>("refreshMarginSpin")->setValue(120);
        dialog.apply();
        QCOMPARE(settings.clipboardClearSeconds(), 0);
        QCOMPARE(settings.requestTimeoutSeconds(), 7);
        QCOMPARE(settings.cacheTokens(), false);
        QCOMPARE(settings.refreshMarginSeconds(), 120);
        QCOMPARE(dialog.findChild<QSpinBox*>("clipboardClearSpin")->text(), QString("Never"));
        QCOMPARE(settings.startMinimized(), false);
        dialog.findChild<QCheckBox*>("startMinimizedCheck")->setChecked(true);
        dialog.apply();
        QCOMPARE(settings.startMinimized(), true);
        QVERIFY(dialog.findChild<QCheckBox*>("startAtLoginCheck")->isEnabled());
        // without Translations the language is only saved, each named in itself
        auto* language = dialog.findChild<QComboBox*>("languageCombo");
        QVERIFY(language->isEnabled());
        QCOMPARE(language->currentData().toString(), QString());
        QCOMPARE(language->itemText(language->findData("de")), QString("Deutsch"));
        QCOMPARE(language->itemText(language->findData("fr")), QString("Français"));
        language->setCurrentIndex(language->findData("fr"));
        dialog.apply();
        QCOMPARE(settings.language(), QString("fr"));
    }
};

QTEST_MAIN(TestGuiWidgets)
#include "tst_guiwidgets.moc"
