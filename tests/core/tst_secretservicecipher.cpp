// SPDX-License-Identifier: Apache-2.0
#include "secretservicecipher.h"

#include <QTest>

// Two ends of one Secret Service session: what one encrypts, the other reads.
class TestSecretServiceCipher : public QObject
{
    Q_OBJECT

private:
    static QByteArray everyByte()
    {
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes.append(char(i));
        return bytes;
    }
    // RFC 2409, section 6.2: the prime of the second Oakley group
    static QByteArray prime()
    {
        return QByteArray::fromHex(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08"
            "798E3"
            "404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0"
            "BFF5"
            "CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF");
    }

private slots:
    void bothEndsAgreeOnOneKey()
    {
        SecretServiceCipher us;
        SecretServiceCipher service;
        QVERIFY(us.isValid());
        QCOMPARE(us.publicKey().size(), 128);
        QVERIFY(us.publicKey() != service.publicKey());
        QVERIFY(us.agree(service.publicKey()));
        QVERIFY(service.agree(us.publicKey()));
        const QByteArray iv(16, '\x5a');
        for (const QByteArray& value : {QByteArray("x"), QByteArray(16, 'y'), everyByte()}) {
            const auto sealed = service.encrypt(iv, SecretBytes(value));
            QVERIFY(sealed);
            if (value.size() >= 16) // a shorter one may show in random bytes by chance
                QVERIFY(!sealed->contains(value));
            QCOMPARE(sealed->size() % 16, 0);
            const auto opened = us.decrypt(iv, *sealed);
            QVERIFY(opened);
            QCOMPARE(opened->expose(), value);
        }
    }

    // A third party's key, or the other end's session with someone else,
    // never opens what this session sealed.
    void anotherSessionDoesNotOpenIt()
    {
        SecretServiceCipher us;
        SecretServiceCipher service;
        SecretServiceCipher eavesdropper;
        QVERIFY(us.agree(service.publicKey()));
        QVERIFY(service.agree(us.publicKey()));
        QVERIFY(eavesdropper.agree(service.publicKey()));
        const QByteArray iv(16, '\x01');
        const auto sealed = service.encrypt(iv, SecretBytes(everyByte()));
        QVERIFY(sealed);
        const auto opened = eavesdropper.decrypt(iv, *sealed);
        QVERIFY(!opened || opened->expose() != everyByte());
    }

    // What the service sends is untrusted: a key outside the group, or a
    // value that is not whole blocks, is refused instead of used.
    void refusesWhatCannotBeRight()
    {
        SecretServiceCipher us;
        QVERIFY(!us.decrypt(QByteArray(16, '\0'), QByteArray(16, '\0'))); // no agreement yet
        QVERIFY(!us.agree({}));
        QVERIFY(!us.agree(QByteArray(129, '\x01'))); // longer than the prime
        QVERIFY(!us.agree(QByteArray(1, '\0')));
        QVERIFY(!us.agree(QByteArray(1, '\x01')));
        QCOMPARE(prime().size(), 128);
        QVERIFY(!us.agree(prime()));
        QByteArray pMinusOne = prime();
        pMinusOne[127] = '\xfe';
        QVERIFY(!us.agree(pMinusOne));
        QByteArray pMinusTwo = prime();
        pMinusTwo[127] = '\xfd';
        QVERIFY(us.agree(pMinusTwo)); // the largest key inside the group

        SecretServiceCipher service;
        QVERIFY(us.agree(service.publicKey()));
        QVERIFY(service.agree(us.publicKey()));
        const QByteArray iv(16, '\x02');
        const auto sealed = service.encrypt(iv, SecretBytes(QByteArray("value")));
        QVERIFY(sealed);
        QVERIFY(!us.decrypt(iv.left(8), *sealed));
        QVERIFY(!us.decrypt(iv, sealed->left(sealed->size() - 1)));
        QVERIFY(!us.decrypt(iv, {}));
    }
};

QTEST_GUILESS_MAIN(TestSecretServiceCipher)
#include "tst_secretservicecipher.moc"
