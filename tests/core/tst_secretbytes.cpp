// SPDX-License-Identifier: Apache-2.0
// What "secrets are wiped" means, exactly: an array no one else shares is
// zeroed in place before it is freed; a shared one cannot be (its bytes are
// the other holder's too) and is reported so. SecretBytes keeps its buffer
// unshared, so its wipe always reaches it; its own copies share that one
// buffer, zeroed when the last of them lets go.
#include "secretbytes.h"

#include <QTest>

#include <memory>

namespace {
struct Seen
{
    QByteArray bytes; // a copy, made only for the test
    bool zeroed = false;
};
QList<Seen> g_seen;
void remember(const QByteArray& bytes, bool zeroed)
{
    g_seen.append({QByteArray(bytes.constData(), bytes.size()), zeroed});
}

// Watches wipe() for its lifetime.
class WipeWatch
{
public:
    WipeWatch()
    {
        g_seen.clear();
        setWipeObserver(remember);
    }
    ~WipeWatch() { setWipeObserver(nullptr); }
    WipeWatch(const WipeWatch&) = delete;
    WipeWatch& operator=(const WipeWatch&) = delete;
};
} // namespace

class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void anUnsharedArrayIsZeroedInPlace()
    {
        QByteArray secret("s3cr3t-value");
        const char* where = secret.constData();
        QVERIFY(zeroInPlace(secret));
        QCOMPARE(secret.constData(), where);
        QCOMPARE(secret, QByteArray(12, '\0'));
    }

    void aSharedArrayIsLeftToItsOtherHolder()
    {
        QByteArray secret("s3cr3t-value");
        const QByteArray other = secret; // an implicit copy: one buffer, two holders
        QVERIFY(!zeroInPlace(secret));
        QCOMPARE(secret, QByteArray("s3cr3t-value"));
        QCOMPARE(other, QByteArray("s3cr3t-value"));
        QVERIFY(!wipe(secret));
        QVERIFY(secret.isEmpty());
        QCOMPARE(other, QByteArray("s3cr3t-value"));
        // data that is not the array's own is not written either
        static const char raw[] = "raw-s3cr3t";
        QByteArray view = QByteArray::fromRawData(raw, sizeof(raw) - 1);
        QVERIFY(!zeroInPlace(view));
        QCOMPARE(QByteArray(raw), QByteArray("raw-s3cr3t"));
    }

    void wipeZeroesThenReleases()
    {
        const WipeWatch watch;
        QByteArray secret("s3cr3t-value");
        QVERIFY(wipe(secret));
        QVERIFY(secret.isEmpty());
        QCOMPARE(g_seen.size(), 1);
        QVERIFY(g_seen.at(0).zeroed);
        QByteArray empty;
        QVERIFY(wipe(empty));
        QCOMPARE(g_seen.size(), 1); // nothing to see in an empty one
    }

    void aStringCopyIsWipedWhenUnshared()
    {
        QString plain = QString::fromUtf8("s3cr3t-text");
        QVERIFY(wipe(plain));
        QVERIFY(plain.isEmpty());
        QString shared = QString::fromUtf8("s3cr3t-text");
        const QString other = shared;
        QVERIFY(!wipe(shared));
        QCOMPARE(other, QString::fromUtf8("s3cr3t-text"));
    }

    void secretBytesHoldAnUnsharedCopy()
    {
        QByteArray typed("typed-s3cr3t");
        const SecretBytes s(typed);
        QVERIFY(s.expose().isDetached());
        QVERIFY(typed.isDetached()); // so the caller's wipe of it works too
        QVERIFY(s.expose().constData() != typed.constData());
        QVERIFY(wipe(typed));
        QCOMPARE(s.expose(), QByteArray("typed-s3cr3t"));
    }

    void copiesShareOneBufferZeroedWhenTheLastLetsGo()
    {
        const WipeWatch watch;
        {
            auto first = std::make_unique<SecretBytes>(QByteArray("shared-s3cr3t"));
            const char* where = first->expose().constData();
            const SecretBytes copy(*first);
            SecretBytes assigned;
            assigned = copy;
            SecretBytes cleared(copy);
            // one buffer in memory, and still no QByteArray shares it
            QCOMPARE(copy.expose().constData(), where);
            QCOMPARE(assigned.expose().constData(), where);
            QVERIFY(copy.expose().isDetached());

            // letting go of some copies leaves the others their bytes
            first.reset();
            cleared.clear();
            QVERIFY(cleared.isEmpty());
            QVERIFY(g_seen.isEmpty());
            QCOMPARE(copy.expose(), QByteArray("shared-s3cr3t"));
            QCOMPARE(assigned.expose(), QByteArray("shared-s3cr3t"));
            QVERIFY(copy == assigned);
        }
        // the last one's release zeroes the buffer, once
        QCOMPARE(g_seen.size(), 1);
        QCOMPARE(g_seen.at(0).bytes, QByteArray("shared-s3cr3t"));
        QVERIFY(g_seen.at(0).zeroed);
    }

    void secretBytesTakeOverAnUnsharedArrayAndCopyASharedOne()
    {
        QByteArray fresh("fresh-s3cr3t");
        const char* where = fresh.constData();
        const SecretBytes taken(std::move(fresh));
        QCOMPARE(taken.expose().constData(), where); // no copy left behind
        QVERIFY(taken.expose().isDetached());

        QByteArray shared("shared-s3cr3t");
        const QByteArray holder = shared;
        const SecretBytes copied(std::move(shared));
        QVERIFY(copied.expose().isDetached());
        QVERIFY(copied.expose().constData() != holder.constData());
        QCOMPARE(holder, QByteArray("shared-s3cr3t"));
    }

    void aRoomyArrayIsCopiedToOneItsSizeAndZeroed()
    {
        // QString::toUtf8() makes room for three bytes a character
        const QString text = QString(400, QLatin1Char('t'));
        QByteArray converted = text.toUtf8();
        QVERIFY(converted.capacity() > 2 * converted.size());
        const WipeWatch watch;
        const SecretBytes held(std::move(converted));
        QCOMPARE(held.expose(), QByteArray(400, 't'));
        QVERIFY(held.expose().capacity() < 500);
        // the roomy original is zeroed, not left behind
        QCOMPARE(g_seen.size(), 1);
        QVERIFY(g_seen.at(0).zeroed);
        QVERIFY(converted.isEmpty());
    }

    void releasingSecretBytesZeroesItsBuffer()
    {
        const WipeWatch watch;
        {
            SecretBytes s(QByteArray("held-s3cr3t"));
            SecretBytes moved(std::move(s));
            SecretBytes cleared(QByteArray("cleared-s3cr3t"));
            cleared.clear();
        }
        QCOMPARE(g_seen.size(), 2);
        for (const Seen& seen : std::as_const(g_seen))
            QVERIFY2(seen.zeroed, seen.bytes.constData());
    }

    void aQByteArrayCopyOfExposeDefeatsTheWipe()
    {
        // why callers take expose() by reference: a copy shares the buffer
        const WipeWatch watch;
        QByteArray kept;
        {
            const SecretBytes s(QByteArray("kept-s3cr3t"));
            kept = s.expose();
        }
        QCOMPARE(g_seen.size(), 1);
        QVERIFY(!g_seen.at(0).zeroed);
        QCOMPARE(kept, QByteArray("kept-s3cr3t"));
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
