// SPDX-License-Identifier: Apache-2.0
#include "processhardening.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void releaseBuildsAreNotDumpable()
    {
        QVERIFY(ProcessHardening::apply());
        struct rlimit core = {1, 1};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        const int dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
#if defined(QT_NO_DEBUG)
        QVERIFY(ProcessHardening::enabledInThisBuild());
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        QCOMPARE(dumpable, 0);
#else
        // debug and sanitizer builds stay debuggable on purpose
        QVERIFY(!ProcessHardening::enabledInThisBuild());
        QCOMPARE(dumpable, 1);
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
