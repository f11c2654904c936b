// SPDX-License-Identifier: Apache-2.0
// Items read or written before are asked where they are, never trusted
// blindly: a kept path that is gone, another item, or a damaged file still
// gives the key's own value.
#include "filemode.h"
#include "keychainitems.h"
#include "secretservicepaths.h"
#include "secretstore.h"
#include "storagetest.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusReply>
#include <QDBusVariant>
#include <QScopeGuard>

#include <functional>

class TestSecretServicePaths : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    static QString key(const QString& what)
    {
        return QUuid::createUuid().toString(QUuid::WithoutBraces) + "/" + what;
    }

    // The file as this process leaves it.
    QByteArray fileText() const
    {
        SecretServicePaths::flush();
        QFile file(m_file);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The file as another process (or a person) left it; this process reads it again.
    void replaceFile(const QByteArray& text)
    {
        SecretServicePaths::setFile({}); // what this process had changed is written first
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        SecretServicePaths::setFile(m_file);
    }

    static QByteArray line(const QString& service, const QString& key, const QString& path,
                           const QString& label = QString())
    {
        return (service + "\t" + key + "\t" + path + (label.isEmpty() ? "" : "\t" + label) + "\n")
            .toUtf8();
    }

    // The Secret Service methods this process called while `run` ran, one
    // per line, as dbus-monitor saw them on the bus.
    static QStringList keychainCallsDuring(const std::function<void()>& run)
    {
        QProcess monitor;
        monitor.start("dbus-monitor", {"--session", "type='method_call'"});
        if (!monitor.waitForStarted())
            return {"dbus-monitor did not start"};
        QString seen;
        // a call of our own the monitor must print: it watches from then on,
        // and has printed everything sent before it
        const auto mark = [&](const QString& marker) {
            QDBusMessage call =
                QDBusMessage::createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                               "org.freedesktop.DBus", "NameHasOwner");
            return QTest::qWaitFor(
                [&] {
                    call.setArguments({marker});
                    QDBusConnection::sessionBus().call(call);
                    monitor.waitForReadyRead(50);
                    seen += QString::fromUtf8(monitor.readAllStandardOutput());
                    return seen.contains(marker);
                },
                10000);
        };
        const QString marker =
            "org.tokendock.test.m" + QString::number(QCoreApplication::applicationPid());
        if (!mark(marker + "a"))
            return {"dbus-monitor printed nothing"};
        seen.clear();
        run();
        mark(marker + "b");
        monitor.kill();
        monitor.waitForFinished();
        const QString self = "sender=" + QDBusConnection::sessionBus().baseService() + " ";
        QStringList calls;
        for (const QString& l : seen.split('\n')) {
            if (!l.startsWith("method call") || !l.contains(self) ||
                !l.contains("destination=org.freedesktop.secrets"))
                continue;
            calls << l.section("member=", 1).trimmed();
        }
        return calls;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath("cache/keychain-paths");
        SecretServicePaths::setFile(m_file);
    }

    void cleanupTestCase() { SecretServicePaths::setFile({}); }

    // Written once, the item is read and replaced where it is: no search
    // through every item, no item made anew, the label as CreateItem gives it.
    void aKnownItemIsAskedWhereItIs()
    {
        const QString service = "TokenDock paths " + QUuid::createUuid().toString();
        SecretStore store(service);
        const QString k = key("token");
        QVERIFY(keychainCall([&](auto cb) {
                    store.write(k, SecretBytes(QByteArray("first value canary")), nullptr, cb,
                                SecretStore::Priority::Normal, "TokenDock — acme — token");
                }).ok());
        const QList<QDBusObjectPath> items = KeychainItems::itemsOf(service, k);
        QCOMPARE(items.size(), 1);
        QCOMPARE(SecretServicePaths::find(service, k), items.at(0).path());
        QVERIFY(fileText().contains(items.at(0).path().toUtf8()));
        QCOMPARE(modeOf(m_file), 0600);

        SecretResult read;
        const QStringList calls = keychainCallsDuring([&] {
            QVERIFY(keychainCall([&](auto cb) {
                        store.write(k, SecretBytes(QByteArray("second value canary")), nullptr, cb,
                                    SecretStore::Priority::Normal,
                                    "TokenDock — acme renamed — token");
                    }).ok());
            read = readKeychain(store, k);
        });
        QCOMPARE(read.data.expose(), QByteArray("second value canary"));
        QVERIFY2(!calls.contains("SearchItems") && !calls.contains("CreateItem"),
                 qPrintable(calls.join(", ")));
        QVERIFY2(calls.contains("SetSecret") && calls.contains("GetSecrets"),
                 qPrintable(calls.join(", ")));
        QCOMPARE(KeychainItems::itemsOf(service, k), items);
        QCOMPARE(KeychainItems::itemProperty(items.at(0), "Label").toString(),
                 QString("TokenDock — acme renamed — token"));
        QVERIFY(!fileText().contains("canary"));

        // without a known path the same read searches: the monitor sees it
        SecretServicePaths::forget(service, k);
        const QStringList searched = keychainCallsDuring([&] { read = readKeychain(store, k); });
        QCOMPARE(read.data.expose(), QByteArray("second value canary"));
        QVERIFY2(searched.contains("SearchItems"), qPrintable(searched.join(", ")));
        QCOMPARE(SecretServicePaths::find(service, k), items.at(0).path());

        QVERIFY(keychainCall([&](auto cb) { store.remove(k, nullptr, cb); }).ok());
        QVERIFY(SecretServicePaths::find(service, k).isEmpty());
        QCOMPARE(readKeychain(store, k).status, SecretResult::NotFound);
    }

    // A label this program gave the item already is not set again (a call
    // that would make GNOME Keyring pass over every item it holds); a new
    // one is, and so is any label after the path was found by a read.
    void aLabelGivenAlreadyIsNotSetAgain()
    {
        const QString service = "TokenDock paths " + QUuid::createUuid().toString();
        SecretStore store(service);
        const QString k = key("token");
        const auto write = [&](const QByteArray& value, const QString& label) {
            return keychainCallsDuring([&] {
                QVERIFY(keychainCall([&](auto cb) {
                            store.write(k, SecretBytes(value), nullptr, cb,
                                        SecretStore::Priority::Normal, label);
                        }).ok());
            });
        };
        const QString label = "TokenDock — acme — token";
        QVERIFY(write("one", label).contains("CreateItem"));
        const QList<QDBusObjectPath> items = KeychainItems::itemsOf(service, k);
        QCOMPARE(items.size(), 1);
        QCOMPARE(SecretServicePaths::label(service, k), label);
        QVERIFY(fileText().contains(label.toUtf8()));

        const QStringList same = write("two", label);
        QVERIFY2(same.contains("SetSecret") && !same.contains("Set"), qPrintable(same.join(", ")));
        QCOMPARE(KeychainItems::itemProperty(items.at(0), "Label").toString(), label);
        QCOMPARE(readKeychain(store, k).data.expose(), QByteArray("two"));

        const QString renamed = "TokenDock — acme west — token";
        const QStringList changed = write("three", renamed);
        QVERIFY2(changed.contains("Set"), qPrintable(changed.join(", ")));
        QCOMPARE(KeychainItems::itemProperty(items.at(0), "Label").toString(), renamed);
        QCOMPARE(SecretServicePaths::label(service, k), renamed);

        // labelled by other means (a rename), the label is not known: set again
        store.relabel(k, "TokenDock — someone else — token");
        QTRY_COMPARE(KeychainItems::itemProperty(items.at(0), "Label").toString(),
                     QString("TokenDock — someone else — token"));
        QTRY_COMPARE(store.pendingJobs(), 0);
        QVERIFY(SecretServicePaths::label(service, k).isEmpty());
        const QStringList afterRename = write("three", renamed);
        QVERIFY2(afterRename.contains("Set"), qPrintable(afterRename.join(", ")));
        QCOMPARE(KeychainItems::itemProperty(items.at(0), "Label").toString(), renamed);

        // found by a search, the item's label is not known: it is set
        SecretServicePaths::forget(service, k);
        QCOMPARE(readKeychain(store, k).data.expose(), QByteArray("three"));
        QCOMPARE(SecretServicePaths::find(service, k), items.at(0).path());
        QVERIFY(SecretServicePaths::label(service, k).isEmpty());
        const QStringList afterRead = write("four", renamed);
        QVERIFY2(afterRead.contains("Set") && !afterRead.contains("CreateItem"),
                 qPrintable(afterRead.join(", ")));
        QCOMPARE(KeychainItems::itemsOf(service, k), items);
        QVERIFY(keychainCall([&](auto cb) { store.remove(k, nullptr, cb); }).ok());
    }

    // A path kept for a key that now holds another key's item (or another
    // program's), or no item at all: the key's own value, and the other item
    // untouched by a write.
    void aKeptPathIsCheckedBeforeItIsUsed()
    {
        const QString service = "TokenDock paths " + QUuid::createUuid().toString();
        SecretStore store(service);
        const QString one = key("client_secret");
        const QString two = key("client_secret");
        for (const auto& [k, v] : {std::pair{one, "one"}, std::pair{two, "two"}})
            QVERIFY(keychainCall([&](auto cb) {
                        store.write(k, SecretBytes(QByteArray(v)), nullptr, cb);
                    }).ok());
        const QString pathOne = KeychainItems::itemsOf(service, one).value(0).path();
        const QString pathTwo = KeychainItems::itemsOf(service, two).value(0).path();
        QVERIFY(!pathOne.isEmpty() && !pathTwo.isEmpty() && pathOne != pathTwo);

        const QByteArray header = "tokendock keychain paths 1\n";
        replaceFile(header + line(service, one, pathTwo));
        QCOMPARE(readKeychain(store, one).data.expose(), QByteArray("one"));
        QCOMPARE(SecretServicePaths::find(service, one), pathOne);

        // two keys whose paths were swapped, read together
        replaceFile(header + line(service, one, pathTwo) + line(service, two, pathOne));
        SecretStore::Answers answers;
        waitForCallback([&](auto quit) {
            store.readMany({one, two}, nullptr,
                           [&answers, quit](const auto& a, const SecretResult&) {
                               answers = a;
                               quit();
                           });
        });
        QCOMPARE(answers.value(one).data.expose(), QByteArray("one"));
        QCOMPARE(answers.value(two).data.expose(), QByteArray("two"));
        QCOMPARE(SecretServicePaths::find(service, two), pathTwo);

        replaceFile(header + line(service, one, pathTwo));
        QVERIFY(keychainCall([&](auto cb) {
                    store.write(one, SecretBytes(QByteArray("uno")), nullptr, cb);
                }).ok());
        QCOMPARE(readKeychain(store, two).data.expose(), QByteArray("two"));
        QCOMPARE(readKeychain(store, one).data.expose(), QByteArray("uno"));
        QCOMPARE(KeychainItems::itemsOf(service, one).size(), 1);

        // another program's item at the path, kept as text: not read for
        // the key, and not filled by its write
        QProcess tool;
        tool.start("secret-tool", {"store", "--label", "other", "xdg:schema", "org.qt.keychain",
                                   "server", service, "user", "other", "type", "plaintext"});
        QVERIFY2(tool.waitForStarted(), "secret-tool (libsecret-tools) is needed");
        tool.write("other program's value");
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished());
        const QString other = KeychainItems::itemsOf(service, "other").value(0).path();
        QVERIFY(!other.isEmpty());
        replaceFile(header + line(service, one, other));
        QCOMPARE(readKeychain(store, one).data.expose(), QByteArray("uno"));
        replaceFile(header + line(service, one, other));
        QVERIFY(keychainCall([&](auto cb) {
                    store.write(one, SecretBytes(QByteArray("eins")), nullptr, cb);
                }).ok());
        QCOMPARE(readKeychain(store, one).data.expose(), QByteArray("eins"));
        QCOMPARE(readKeychain(store, "other").data.expose(), QByteArray("other program's value"));

        // the key's own item, kept as text by another program: a write of
        // binary data makes the item CreateItem replaces rather than fill it
        const QString three = key("client_secret");
        tool.start("secret-tool", {"store", "--label", "text", "xdg:schema", "org.qt.keychain",
                                   "server", service, "user", three, "type", "plaintext"});
        QVERIFY(tool.waitForStarted());
        tool.write("text value");
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished());
        const QString textItem = KeychainItems::itemsOf(service, three).value(0).path();
        QVERIFY(!textItem.isEmpty());
        replaceFile(header + line(service, three, textItem));
        QVERIFY(keychainCall([&](auto cb) {
                    store.write(three, SecretBytes(QByteArray("binary value")), nullptr, cb);
                }).ok());
        QCOMPARE(KeychainItems::itemsOf(service, three).size(), 2);
        QProcess lookup;
        lookup.start("secret-tool",
                     {"lookup", "server", service, "user", three, "type", "plaintext"});
        QVERIFY(lookup.waitForFinished());
        QCOMPARE(lookup.readAllStandardOutput(), QByteArray("text value"));

        // gone: the item of that path was removed
        replaceFile(header +
                    line(service, one, "/org/freedesktop/secrets/collection/session/987654"));
        QCOMPARE(readKeychain(store, one).data.expose(), QByteArray("eins"));

        for (const QString& k : {one, two, three, QString("other")})
            QVERIFY(keychainCall([&](auto cb) { store.remove(k, nullptr, cb); }).ok());
    }

    // What another version, a crash or a person left: lines that are not
    // what this version writes are not asked anything, and go at the next write.
    void aDamagedFileIsNotTrusted_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray fine = line("S", "K", "/org/freedesktop/secrets/collection/s/1");
        QTest::newRow("another header") << QByteArray("tokendock keychain paths 2\n") + fine;
        QTest::newRow("no header") << fine;
        QTest::newRow("a path outside the Secret Service")
            << QByteArray("tokendock keychain paths 1\n") + line("S", "K", "/org/evil/item/1");
        QTest::newRow("a path climbing out") << QByteArray("tokendock keychain paths 1\n") +
                                                    line("S", "K",
                                                         "/org/freedesktop/secrets/collection/"
                                                         "../../evil");
        QTest::newRow("a collection, not an item")
            << QByteArray("tokendock keychain paths 1\n") +
                   line("S", "K", "/org/freedesktop/secrets/collection/login");
        QTest::newRow("a field too many")
            << QByteArray("tokendock keychain paths 1\n") +
                   line("S", "K\textra", "/org/freedesktop/secrets/collection/s/1");
        QTest::newRow("a field past the label")
            << QByteArray("tokendock keychain paths 1\n") +
                   line("S", "K", "/org/freedesktop/secrets/collection/s/1", "label\textra");
        QTest::newRow("control characters")
            << QByteArray("tokendock keychain paths 1\n") +
                   line("S", "K", "/org/freedesktop/secrets/collection/s/1\x1b[2J");
    }

    void aDamagedFileIsNotTrusted()
    {
        QFETCH(QByteArray, text);
        const QString service = "TokenDock paths " + QUuid::createUuid().toString();
        SecretStore store(service);
        const QString k = key("token");
        // the damaged line names this key, so a read would ask its path
        replaceFile(text.replace("\tK\t", ("\t" + k + "\t").toUtf8())
                        .replace("S\t", (service + "\t").toUtf8()));
        QVERIFY(SecretServicePaths::find(service, k).isEmpty());
        QVERIFY(keychainCall([&](auto cb) {
                    store.write(k, SecretBytes(QByteArray("value")), nullptr, cb);
                }).ok());
        QCOMPARE(readKeychain(store, k).data.expose(), QByteArray("value"));
        // the label a write without one gives: the service's name
        QCOMPARE(fileText(),
                 "tokendock keychain paths 1\n" +
                     line(service, k, KeychainItems::itemsOf(service, k).value(0).path(), service));
        QVERIFY(keychainCall([&](auto cb) { store.remove(k, nullptr, cb); }).ok());
        QCOMPARE(fileText(), QByteArray("tokendock keychain paths 1\n"));
    }

    // A command that only looks its item up reads its one line: the same
    // line a read of every line gives, and a use of it kept in the order
    // the file is written in next.
    void aLookupFindsTheLineTheWholeFileGives_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray header = "tokendock keychain paths 1\n";
        const QString path = "/org/freedesktop/secrets/collection/session/";
        QTest::newRow("the first line counts")
            << header + line("S", "K", path + "1") + line("S", "K", path + "2") << path + "1";
        QTest::newRow("a damaged first line")
            << header + line("S", "K", "/org/evil/1") + line("S", "K", path + "2") << path + "2";
        QTest::newRow("a longer key") << header + line("S", "K2", path + "1") << QString();
        QTest::newRow("a longer service") << header + line("xS", "K", path + "1") << QString();
        QTest::newRow("no line end at the end")
            << header + line("S", "K", path + "3").chopped(1) << path + "3";
        QTest::newRow("another header")
            << "tokendock keychain paths 10\n" + line("S", "K", path + "1") << QString();
        QByteArray many = header;
        for (int i = 0; i < SecretServicePaths::kMaxEntries; ++i)
            many += line("S", QString::number(i), path + QString::number(i));
        QTest::newRow("past the lines read") << many + line("S", "K", path + "4") << QString();
        QTest::newRow("past the lines read, no line end")
            << many + line("S", "K", path + "4").chopped(1) << QString();
        QTest::newRow("as many lines as are read")
            << header + many.mid(header.size() + line("S", "0", path + "0").size()) +
                   line("S", "K", path + "5").chopped(1)
            << path + "5";
    }
    void aLookupFindsTheLineTheWholeFileGives()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        replaceFile(text);
        QCOMPARE(SecretServicePaths::find("S", "K"), expected);
        // and the same once every line is read (a change makes it read them)
        SecretServicePaths::forget("S", "no such key");
        QCOMPARE(SecretServicePaths::find("S", "K"), expected);
    }

    void aUseBeforeAChangeIsKeptInOrder()
    {
        const QString path = "/org/freedesktop/secrets/collection/session/";
        replaceFile("tokendock keychain paths 1\n" + line("S", "A", path + "1", "label A") +
                    line("S", "B", path + "2"));
        QCOMPARE(SecretServicePaths::label("S", "A"), QString("label A"));
        SecretServicePaths::remember("S", "A", path + "1");
        SecretServicePaths::remember("S", "C", path + "3");
        QCOMPARE(fileText(), "tokendock keychain paths 1\n" + line("S", "B", path + "2") +
                                 line("S", "A", path + "1", "label A") +
                                 line("S", "C", path + "3"));
    }

    // Only the most recently learned paths are kept, so the file stays small.
    void theFileKeepsTheNewestPaths()
    {
        replaceFile({});
        const QString path = "/org/freedesktop/secrets/collection/session/";
        for (int i = 0; i < SecretServicePaths::kMaxEntries + 10; ++i)
            SecretServicePaths::remember("S", QString::number(i), path + QString::number(i));
        QVERIFY(SecretServicePaths::find("S", "0").isEmpty());
        QVERIFY(SecretServicePaths::find("S", "9").isEmpty());
        QCOMPARE(SecretServicePaths::find("S", "10"), path + "10");
        SecretServicePaths::setFile({});
        SecretServicePaths::setFile(m_file);
        QCOMPARE(SecretServicePaths::find("S", "10"), path + "10");
        QCOMPARE(
            SecretServicePaths::find("S", QString::number(SecretServicePaths::kMaxEntries + 9)),
            path + QString::number(SecretServicePaths::kMaxEntries + 9));
        QVERIFY(SecretServicePaths::find("S", "9").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretServicePaths)
#include "tst_secretservicepaths.moc"
