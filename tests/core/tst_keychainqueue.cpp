// SPDX-License-Identifier: Apache-2.0
#include "keychainqueue.h"

#include <QTest>

// Calls for one keychain item run one after another; one that never answers
// stops holding the others back, and its late answer moves nothing.
class TestKeychainQueue : public QObject
{
    Q_OBJECT

    struct Log
    {
        QStringList started;
        QHash<QString, std::function<void()>> finish;
    };
    static KeychainQueue::Call call(Log& log, const QString& name)
    {
        return [&log, name](std::function<void()> finished) {
            log.started << name;
            log.finish.insert(name, std::move(finished));
        };
    }

private slots:
    void oneKeyInOrderOthersAlongside()
    {
        KeychainQueue queue;
        Log log;
        queue.run("a", call(log, "a1"));
        queue.run("a", call(log, "a2"));
        queue.run("b", call(log, "b1"));
        QCOMPARE(log.started, QStringList({"a1", "b1"}));
        QCOMPARE(queue.waiting("a"), 1);
        log.finish["a1"]();
        QCOMPARE(log.started, QStringList({"a1", "b1", "a2"}));
        log.finish["a2"]();
        log.finish["b1"]();
        QCOMPARE(queue.waiting("a"), 0);
        queue.run("a", call(log, "a3"));
        QCOMPARE(log.started.last(), QString("a3"));
    }

    void aStuckCallIsPassedByInOrder()
    {
        KeychainQueue queue;
        Log log;
        queue.run("k", call(log, "stuck"));
        queue.run("k", call(log, "second"));
        queue.run("k", call(log, "third"));
        // the calls waiting go in the order they came, once the first is stuck
        QTRY_COMPARE_WITH_TIMEOUT(log.started, QStringList({"stuck", "second"}),
                                  KeychainQueue::kStuckMs + 2000);
        // the stuck call's late answer is not taken for the second's
        log.finish["stuck"]();
        QCOMPARE(log.started, QStringList({"stuck", "second"}));
        log.finish["second"]();
        QCOMPARE(log.started, QStringList({"stuck", "second", "third"}));
        log.finish["third"]();
        QCOMPARE(queue.waiting("k"), 0);
    }

    void aLateAnswerAfterTheKeyWasFreedMovesNothing()
    {
        KeychainQueue queue;
        Log log;
        queue.run("k", call(log, "stuck"));
        queue.run("k", call(log, "passer"));
        QTRY_COMPARE_WITH_TIMEOUT(log.started.size(), 2, KeychainQueue::kStuckMs + 2000);
        log.finish["passer"](); // the key is free again
        queue.run("k", call(log, "new"));
        queue.run("k", call(log, "after-new"));
        log.finish["stuck"](); // an answer from long ago
        QCOMPARE(log.started, QStringList({"stuck", "passer", "new"}));
        log.finish["new"]();
        QCOMPARE(log.started.last(), QString("after-new"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainQueue)
#include "tst_keychainqueue.moc"
