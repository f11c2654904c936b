// SPDX-License-Identifier: Apache-2.0
#include "keychainmessages.h"

#include <QTest>

// Each keychain program's trouble gets the sentence that says what to do in
// that program; the provider test (tests/e2e/tst_keychainproviders.cpp) shows
// the real programs answering this way.
class TestKeychainMessages : public QObject
{
    Q_OBJECT

    static KeychainProvider of(KeychainProvider::Kind kind, bool direct = false)
    {
        KeychainProvider p;
        p.kind = kind;
        p.kwalletDirect = direct;
        return p;
    }
    static KeychainState state(bool noCollection, bool locked)
    {
        KeychainState s;
        s.answered = true;
        s.noCollection = noCollection;
        s.locked = locked;
        return s;
    }

private slots:
    void sentences_data()
    {
        using K = KeychainProvider::Kind;
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("direct");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("noCollection");
        QTest::addColumn<bool>("locked");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("starts");
        QTest::newRow("KeePassXC, no exposed group, write waits")
            << int(K::KeePassXC) << false << int(SecretResult::Timeout) << true << false << ""
            << "KeePassXC has no group exposed to Secret Service.";
        QTest::newRow("KeePassXC, locked database")
            << int(K::KeePassXC) << false << int(SecretResult::Timeout) << false << true << ""
            << "The KeePassXC database is locked.";
        QTest::newRow("KeePassXC, access dialog unanswered")
            << int(K::KeePassXC) << false << int(SecretResult::Timeout) << false << false << ""
            << "KeePassXC is waiting for an answer in one of its dialogs (access or removal).";
        QTest::newRow("KeePassXC, access refused")
            << int(K::KeePassXC) << false << int(SecretResult::Denied) << false << false << ""
            << "KeePassXC refused TokenDock access.";
        QTest::newRow("KWallet, wallet closed")
            << int(K::KWallet) << true << int(SecretResult::Timeout) << false << true << ""
            << "The wallet in KWallet is closed.";
        QTest::newRow("KWallet, prompt cancelled")
            << int(K::KWallet) << true << int(SecretResult::Denied) << false << false << ""
            << "KWallet refused TokenDock access.";
        QTest::newRow("KWallet, D-Bus gave up on the prompt")
            << int(K::KWallet) << true << int(SecretResult::Failed) << false << true
            << "Could not open wallet: org.freedesktop.DBus.Error.NoReply"
            << "The wallet in KWallet is closed.";
        QTest::newRow("KWallet's Secret Service without QCA")
            << int(K::KWallet) << false << int(SecretResult::Failed) << false << false
            << "createDLGroup failed: maybe libqca-ossl is missing"
            << "KWallet's Secret Service lacks the QCA OpenSSL plugin (libqca-ossl). Install the "
               "package libqca-qt5-2-plugins";
        QTest::newRow("GNOME Keyring, locked")
            << int(K::GnomeKeyring) << false << int(SecretResult::Locked) << false << true << ""
            << "GNOME Keyring is locked.";
        QTest::newRow("nobody keeps secrets")
            << int(K::None) << false << int(SecretResult::NoBackend) << false << false << ""
            << "No keychain service is running. Start GNOME Keyring, KWallet, or KeePassXC";
        QTest::newRow("an unknown keychain, hung")
            << int(K::Unknown) << false << int(SecretResult::Timeout) << false << false << ""
            << "The keychain did not answer in time";
    }

    void sentences()
    {
        QFETCH(int, kind);
        QFETCH(bool, direct);
        QFETCH(int, status);
        QFETCH(bool, noCollection);
        QFETCH(bool, locked);
        QFETCH(QString, detail);
        QFETCH(QString, starts);
        const Message m = KeychainMessages::explain(SecretResult::Status(status), detail,
                                                    of(KeychainProvider::Kind(kind), direct),
                                                    state(noCollection, locked));
        QVERIFY2(m.text().startsWith(starts), qPrintable(m.text()));
    }

    // Asking the provider first is only worth it where the answer changes the sentence.
    void examinedOnlyWhenItHelps()
    {
        using K = KeychainProvider::Kind;
        QVERIFY(KeychainMessages::worthExamining(SecretResult::Timeout, of(K::KeePassXC)));
        QVERIFY(!KeychainMessages::worthExamining(SecretResult::Timeout, of(K::Unknown)));
        QVERIFY(!KeychainMessages::worthExamining(SecretResult::NotFound, of(K::KeePassXC)));
        QVERIFY(!KeychainMessages::worthExamining(SecretResult::NoBackend, of(K::GnomeKeyring)));
    }
};

QTEST_GUILESS_MAIN(TestKeychainMessages)
#include "tst_keychainmessages.moc"
