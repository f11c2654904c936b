// SPDX-License-Identifier: Apache-2.0
// The window on a 1366×768 screen (at 100%, or a 2732×1536 one at 200%): the
// main buttons stay inside it and no row of the token card is squeezed onto
// the next, down to a short window, where the token view scrolls instead.
#include "tokenview.h"
#include "windowfixture.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>

class TestSmallScreens : public QObject, protected WindowFixture
{
    Q_OBJECT

    // Labels in `card` shorter than their text needs, by objectName.
    QStringList squeezedLabels(QWidget* card)
    {
        QStringList squeezed;
        for (QLabel* label : card->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(window.get()) || label->text().isEmpty())
                continue;
            const int needed = label->hasHeightForWidth() ? label->heightForWidth(label->width())
                                                          : label->minimumSizeHint().height();
            if (label->height() < needed)
                squeezed << QString("%1 (%2 < %3)")
                                .arg(label->objectName().isEmpty() ? label->text()
                                                                   : label->objectName())
                                .arg(label->height())
                                .arg(needed);
        }
        return squeezed;
    }
    bool insideWindow(const QString& objectName)
    {
        QWidget* w = find<QWidget>(objectName);
        const QRect r(w->mapTo(window.get(), QPoint(0, 0)), w->size());
        return w->isVisible() && window->rect().contains(r);
    }

private slots:
    void initTestCase() { prepareRun(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void theWindowFitsAndTheCardKeepsItsRows_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("carrier");
        // 1366×768 less a title bar and a panel; then a short window
        QTest::newRow("1366x768, JWT") << QSize(1366, 700) << "banyan";
        QTest::newRow("1366x768, opaque") << QSize(1366, 700) << "project44";
        QTest::newRow("short, JWT") << QSize(1100, 560) << "banyan";
        QTest::newRow("short, opaque") << QSize(1100, 560) << "project44";
    }

    void theWindowFitsAndTheCardKeepsItsRows()
    {
        QFETCH(QSize, size);
        QFETCH(QString, carrier);
        QVERIFY2(window->minimumSizeHint().width() <= size.width(),
                 qPrintable(QString::number(window->minimumSizeHint().width())));
        window->resize(size);
        addAccount(sandboxAccount(carrier, "acme"));
        const auto result = testThroughTheButton("acme");
        QVERIFY(result && result->ok());
        QTRY_COMPARE(window->size(), size);
        QWidget* card = find<QWidget>("tokenCard");
        QTRY_VERIFY(card->isVisible());
        QTRY_VERIFY2(squeezedLabels(card).isEmpty(), qPrintable(squeezedLabels(card).join(", ")));
        QVERIFY(insideWindow("testButton"));
        QVERIFY(insideWindow("copyButton"));
        auto* scroll = find<QScrollArea>("tokenScroll");
        // on a full 1366×768 screen nothing scrolls; a shorter window scrolls
        const int range = scroll->verticalScrollBar()->maximum();
        if (size.height() < 600)
            QVERIFY(range > 0);
        else
            QVERIFY2(range == 0, qPrintable(QString("scrolls by %1 px").arg(range)));
    }
};

QTEST_MAIN(TestSmallScreens)
#include "tst_smallscreens.moc"
