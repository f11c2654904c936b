// SPDX-License-Identifier: Apache-2.0
#include "accountstore.h"
#include "storagetest.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>

// A child saves the account list in a loop; we SIGKILL it at random moments.
// Every time, the file must parse and hold one whole list: old or new.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedMidSaveLeavesAWholeFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("accounts.json");
        constexpr int kKills = 60;
        int sawA = 0;
        int sawB = 0;
        for (int i = 0; i < kKills; ++i) {
            QProcess child;
            child.start(helperPath(), {"save-loop", file});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForReadyRead(10000)); // "ready": lists A and B were saved
            QTest::qWait(int(QRandomGenerator::global()->bounded(0, 40)));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            AccountStore store(file);
            QVERIFY(QFile::exists(file));
            QCOMPARE(store.load(), AccountStore::State::Ready);
            QCOMPARE(store.accounts().size(), 40);
            const QChar state = store.accounts().first().name.at(6);
            for (const Account& p : store.accounts())
                QCOMPARE(p.name.at(6), state); // never a mix of two saves
            (state == 'A' ? sawA : sawB)++;
        }
        qInfo("killed %d times: %d left list A, %d left list B", kKills, sawA, sawB);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
