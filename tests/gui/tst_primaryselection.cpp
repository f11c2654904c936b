// SPDX-License-Identifier: Apache-2.0
// Selecting a revealed token or client secret never leaves it in the primary
// selection, which any program on the display may read and nothing clears.
// Runs on a real X server (Xvfb, through xvfb-run) with the xcb platform:
// offscreen has no primary selection to test.
#include "clipboard.h"
#include "clock.h"
#include "icons.h"
#include "secretfield.h"
#include "ticker.h"
#include "tokenview.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTest>

namespace {
const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QString kSecret = "primary-canary-4f1c9e27";
const QString kOthers = "someone else's selection";
} // namespace

class TestPrimarySelection : public QObject
{
    Q_OBJECT

private:
    ManualClock clock{kStart};
    Ticker ticker{&clock};
    Clipboard clipboard{&ticker};

    static QClipboard* system() { return QGuiApplication::clipboard(); }

    // Selects the field's text the way a person would.
    static void select(QLineEdit* edit, const QString& how)
    {
        edit->setFocus();
        edit->deselect();
        edit->home(false);
        if (how == "double-click") {
            QTest::mouseDClick(edit, Qt::LeftButton, {}, QPoint(12, edit->height() / 2));
            // a double-click ends with a release, like any click
            QTest::mouseRelease(edit, Qt::LeftButton, {}, QPoint(12, edit->height() / 2));
        } else if (how == "drag") {
            const int y = edit->height() / 2;
            QTest::mousePress(edit, Qt::LeftButton, {}, QPoint(2, y));
            QTest::mouseMove(edit, QPoint(edit->width() / 2, y));
            QTest::mouseMove(edit, QPoint(edit->width() - 2, y));
            QTest::mouseRelease(edit, Qt::LeftButton, {}, QPoint(edit->width() - 2, y));
        } else if (how == "Shift+End") {
            QTest::keyClick(edit, Qt::Key_End, Qt::ShiftModifier);
        } else if (how == "Ctrl+A") {
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(system()->supportsSelection(),
                 "needs a display with a primary selection: run it through ctest, which starts "
                 "Xvfb with xvfb-run and the xcb platform");
        Icons::init();
    }

    void selectionsStayOutOfThePrimarySelection_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("how");
        for (const QString field : {"token view", "secret field"}) {
            for (const QString how : {"double-click", "drag", "Shift+End", "Ctrl+A"})
                QTest::addRow("%s, %s", qPrintable(field), qPrintable(how)) << field << how;
        }
    }
    void selectionsStayOutOfThePrimarySelection()
    {
        QFETCH(QString, field);
        QFETCH(QString, how);

        // the same gesture on an ordinary line edit does fill the primary
        // selection: the test sees what it is looking for
        QLineEdit plain;
        plain.setText(kSecret);
        plain.resize(400, plain.sizeHint().height());
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        system()->setText(kOthers, QClipboard::Selection);
        select(&plain, how);
        QVERIFY2(plain.hasSelectedText(), qPrintable(how));
        QTRY_COMPARE(system()->text(QClipboard::Selection), plain.selectedText());
        plain.hide();

        TokenView view(&ticker);
        SecretField secretField("secretEdit");
        QWidget* window = nullptr;
        QLineEdit* edit = nullptr;
        if (field == "token view") {
            IssuedToken token;
            token.accessToken = SecretBytes(kSecret.toUtf8());
            token.tokenType = "Bearer";
            token.obtainedAt = kStart;
            view.setClipboard(&clipboard);
            view.setToken(token);
            view.setRevealed(true);
            window = &view;
            edit = view.findChild<QLineEdit*>("tokenEdit");
        } else {
            secretField.setClipboard(&clipboard);
            secretField.showLoaded(kSecret);
            secretField.setRevealed(true);
            window = &secretField;
            edit = secretField.lineEdit();
        }
        QVERIFY(edit);
        QCOMPARE(edit->text(), kSecret);
        window->resize(500, window->sizeHint().height());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        system()->setText(kOthers, QClipboard::Selection);
        select(edit, how);
        QVERIFY2(edit->hasSelectedText(), qPrintable(how));
        QCoreApplication::processEvents();
        const QString primary = system()->text(QClipboard::Selection);
        QVERIFY2(primary.isEmpty() || !kSecret.contains(primary),
                 "the primary selection holds the secret or a part of it");
        QVERIFY(!system()->ownsSelection() || primary.isEmpty());
        // the selection itself still works, and copying still goes through Clipboard
        QVERIFY(kSecret.contains(edit->selectedText()));
        QTest::keyClick(edit, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(system()->text(QClipboard::Clipboard), edit->selectedText());
        QVERIFY(clipboard.holdsOurSecret());
    }
};

QTEST_MAIN(TestPrimarySelection)
#include "tst_primaryselection.moc"
