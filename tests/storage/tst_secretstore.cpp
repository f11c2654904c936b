// SPDX-License-Identifier: Apache-2.0
#include "keychainitems.h"
#include "secretserviceitems.h"
#include "secretservicewrite.h"
#include "storagetest.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusReply>
#include <QDBusVariant>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <algorithm>
#include <csignal>
#include <optional>

namespace {
// How the wipes treated arrays holding a canary: zeroed, or left alone as shared.
QByteArray g_canary;
int g_zeroed = 0;
int g_skipped = 0;
const char* g_watched = nullptr; // one SecretBytes' buffer
int g_watchedZeroed = 0;
void tallyWipe(const QByteArray& bytes, bool zeroed)
{
    if (g_canary.isEmpty() || !bytes.contains(g_canary))
        return;
    ++(zeroed ? g_zeroed : g_skipped);
    if (zeroed && bytes.constData() == g_watched)
        ++g_watchedZeroed;
}

// The one test double allowed: a backend that never answers on its own (a
// test may answer a call, or hold back the words for a trouble).
class SilentBackend final : public KeychainBackend
{
public:
    int started = 0;
    QList<std::pair<Operation, QString>> asked; // in the order the keychain was asked
    QList<Done> answers;                        // each call's, in the same order
    void start(Operation op, const QString&, const QString& key, const SecretBytes&, const QString&,
               Done done) override
    {
        ++started;
        asked.append({op, key});
        answers.append(std::move(done));
    }
    bool holdExplanations = false;
    QList<std::function<void()>> heldExplanations; // each gives its words, in order
    void explain(SecretResult::Status status, const QString& detail,
                 std::function<void(Message)> done) override
    {
        if (!holdExplanations)
            return KeychainBackend::explain(status, detail, std::move(done));
        heldExplanations.append(
            [this, status, detail, done] { KeychainBackend::explain(status, detail, done); });
    }
    QString name() const override { return QStringLiteral("silent"); }
    int readsOfMany = 0;
    bool readOfManyStopped = false;
    std::function<void(Answers)> answerReadOfMany; // only a test calls it
    std::function<void()> readMany(const QString&, const QStringList&,
                                   std::function<void(Answers)> done) override
    {
        ++readsOfMany;
        answerReadOfMany = std::move(done);
        return [this] {
            readOfManyStopped = true;
        };
    }
};
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QString key(const QString& what) const
    {
        return QUuid::createUuid().toString(QUuid::WithoutBraces) + "/" + what;
    }

    using Attributes = KeychainItems::Attributes;

    // QtKeychain's own job, as an older TokenDock or another program using it runs it.
    static QKeychain::Error qtKeychain(QKeychain::Job* job, const QString& key)
    {
        job->setAutoDelete(true);
        job->setKey(key);
        job->setInsecureFallback(false);
        // shared: a job that outlives the wait still has somewhere to answer
        auto error = std::make_shared<std::optional<QKeychain::Error>>();
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [error](QKeychain::Job* j) { *error = j->error(); });
        job->start();
        if (!QTest::qWaitFor([&] { return error->has_value(); }, 20000))
            return QKeychain::OtherError;
        return **error;
    }

    // What QtKeychain's own read gives for the key; nothing when it fails.
    static std::optional<QByteArray> readByQtKeychain(const QString& service, const QString& key)
    {
        auto* read = new QKeychain::ReadPasswordJob(service);
        auto data = std::make_shared<QByteArray>();
        QObject::connect(read, &QKeychain::Job::finished, read,
                         [data, read] { *data = read->binaryData(); });
        if (qtKeychain(read, key) != QKeychain::NoError)
            return std::nullopt;
        return *data;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        qDBusRegisterMetaType<Attributes>();
    }

    void writeReadRemove()
    {
        SecretStore store("TokenDock");
        const QString k = key("client_secret");
        const SecretBytes value(QByteArray("pa ss\xC3\xA9 \x01 binary"));
        QVERIFY(keychainCall([&](auto cb) { store.write(k, value, nullptr, cb); }).ok());
        SecretResult r = keychainCall([&](auto cb) { store.read(k, nullptr, cb); });
        QVERIFY2(r.ok(), qPrintable(r.message.text()));
        QVERIFY(r.data == value);
        QVERIFY(keychainCall([&](auto cb) { store.remove(k, nullptr, cb); }).ok());
        r = keychainCall([&](auto cb) { store.read(k, nullptr, cb); });
        QCOMPARE(r.status, SecretResult::NotFound);
        QVERIFY(r.message.text().contains("No secret is stored"));
        // removing what is not there is fine
        QVERIFY(keychainCall([&](auto cb) { store.remove(k, nullptr, cb); }).ok());
    }

    void theSecretsOwnBuffersAreWipedAfterAWriteAndARead()
    {
        g_canary = "keychain-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        g_zeroed = g_skipped = g_watchedZeroed = 0;
        setWipeObserver(tallyWipe);
        const QString k = key("client_secret");
        {
            SecretStore store("TokenDock");
            {
                // the caller's copy goes as soon as the write is asked for
                const SecretBytes value(g_canary);
                g_watched = value.expose().constData();
                store.write(k, value, nullptr, [](const SecretResult&) {});
            }
            QTRY_COMPARE(store.pendingJobs(), 0);
            // the keychain jobs are deleted later
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            // the write's copy shared the caller's buffer, zeroed once the job let go
            QCOMPARE(g_watchedZeroed, 1);
            g_watched = nullptr;
            const int beforeTheRead = g_zeroed;
            {
                const SecretResult r = keychainCall([&](auto cb) { store.read(k, nullptr, cb); });
                QVERIFY(r.ok());
                QVERIFY(r.data.expose() == g_canary);
                g_watched = r.data.expose().constData();
            }
            // what was read is zeroed as its last holder lets go
            QCOMPARE(g_watchedZeroed, 2);
            QVERIFY2(g_zeroed > beforeTheRead, qPrintable(QString::number(g_zeroed)));
            g_watched = nullptr;
            QVERIFY(keychainCall([&](auto cb) { store.remove(k, nullptr, cb); }).ok());
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        setWipeObserver(nullptr);
        QCOMPARE(g_skipped, 0);
        g_canary.clear();
    }

    void overwriteReplaces()
    {
        SecretStore store("TokenDock");
        const QString k = key("client_secret");
        QVERIFY(keychainCall([&](auto cb) {
                    store.write(k, SecretBytes(QByteArray("one")), nullptr, cb);
                }).ok());
        QVERIFY(keychainCall([&](auto cb) {
                    store.write(k, SecretBytes(QByteArray("two")), nullptr, cb);
                }).ok());
        QCOMPARE(keychainCall([&](auto cb) { store.read(k, nullptr, cb); }).data.expose(),
                 QByteArray("two"));
        keychainCall([&](auto cb) { store.remove(k, nullptr, cb); });
    }

    // What QtKeychain wrote comes back from one read of many keys byte for
    // byte, as read() gives it; a key with no item is NotFound, and an
    // item of another service is not one of them.
    void readManyAnswersAsEachReadDoes()
    {
        const QString service = "TokenDock many " + QUuid::createUuid().toString();
        SecretStore store(service);
        SecretStore other("TokenDock");
        QByteArray everyByte;
        for (int i = 0; i < 256; ++i)
            everyByte.append(char(i));
        const QList<QByteArray> values{"plain", everyByte, QByteArray(70000, 'x') + "end",
                                       QString::fromUtf8("Gr\u00fc\u00dfe \u2713").toUtf8(),
                                       QByteArray("\0lead", 5)};
        QHash<QString, QByteArray> written;
        // more than one part of GetSecrets
        for (int i = 0; i < 260; ++i) {
            const QString k = key(i % 2 ? "token" : "client_secret");
            written.insert(k, values.at(i % values.size()) + QByteArray::number(i));
            QVERIFY(keychainCall([&](auto cb) {
                        store.write(k, SecretBytes(written.value(k)), nullptr, cb);
                    }).ok());
        }
        const QString elsewhere = key("token");
        QVERIFY(keychainCall([&](auto cb) {
                    other.write(elsewhere, SecretBytes(QByteArray("other service")), nullptr, cb);
                }).ok());
        const QStringList absent{elsewhere, key("token"), key("client_secret")};

        SecretStore::Answers answers;
        waitForCallback([&](auto quit) {
            store.readMany(written.keys() + absent, nullptr,
                           [&, quit](const auto& a, const SecretResult& trouble) {
                               answers = a;
                               QVERIFY(trouble.ok());
                               quit();
                           });
        });
        // GNOME Keyring settles every key in the one read
        QCOMPARE(answers.size(), written.size() + absent.size());
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            QVERIFY2(answers.value(it.key()).ok(), qPrintable(it.key()));
            QCOMPARE(answers.value(it.key()).data.expose(), it.value());
        }
        for (const QString& k : written.keys().mid(0, 10))
            QCOMPARE(readKeychain(store, k).data.expose(), written.value(k));
        for (const QString& k : absent)
            QCOMPARE(answers.value(k).status, SecretResult::NotFound);
        QCOMPARE(store.pendingJobs(), 0);

        for (auto it = written.cbegin(); it != written.cend(); ++it)
            store.remove(it.key(), nullptr, {});
        keychainCall([&](auto cb) { other.remove(elsewhere, nullptr, cb); });
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingJobs(), 0, 60000);
    }

    // A keychain that never answers a read of many: it ends as a timeout
    // (read() would wait as long), the keychain's read is stopped, and the
    // next read of many asks anew.
    void aReadOfManyUnansweredEndsAsTimeout()
    {
        auto backend = std::make_unique<SilentBackend>();
        SilentBackend* silent = backend.get();
        SecretStore store("TokenDock", nullptr, std::move(backend));
        store.setWatchdog(50);
        std::optional<SecretResult> trouble;
        SecretStore::Answers answers{{"x", SecretResult()}};
        store.readMany({key("token"), key("token")}, nullptr,
                       [&](const SecretStore::Answers& a, const SecretResult& t) {
                           answers = a;
                           trouble = t;
                       });
        QCOMPARE(silent->readsOfMany, 1);
        QTRY_VERIFY(trouble.has_value());
        QCOMPARE(trouble->status, SecretResult::Timeout);
        QVERIFY(!trouble->message.text().isEmpty());
        QVERIFY(answers.isEmpty());
        QVERIFY(silent->readOfManyStopped);
        QCOMPARE(store.pendingJobs(), 0);
        QCOMPARE(store.inFlight(), 0);
        store.readMany({key("token")}, nullptr, {});
        QCOMPARE(silent->readsOfMany, 2);
    }

    // The watchdog fires, and the keychain answers while the words for the
    // timeout are still being found (the real keychain asks the bus about
    // itself): the keychain is not stuck, so its answer stands (a trouble with
    // its own words, found after the timeout's) and the calls made since keep
    // their turn rather than ending as timeouts.
    void aCallAnsweredWhileItsTimeoutIsWordedLeavesOthersWaiting_data()
    {
        QTest::addColumn<bool>("many");
        QTest::addColumn<int>("answer");
        QTest::addColumn<int>("expected");
        QTest::newRow("read") << false << int(KeychainOutcome::Ok) << int(SecretResult::Ok);
        QTest::newRow("read, locked")
            << false << int(KeychainOutcome::Locked) << int(SecretResult::Locked);
        QTest::newRow("read of many") << true << int(KeychainOutcome::Ok) << int(SecretResult::Ok);
    }
    void aCallAnsweredWhileItsTimeoutIsWordedLeavesOthersWaiting()
    {
        QFETCH(bool, many);
        QFETCH(int, answer);
        QFETCH(int, expected);
        auto backend = std::make_unique<SilentBackend>();
        SilentBackend* silent = backend.get();
        silent->holdExplanations = true;
        SecretStore store("TokenDock", nullptr, std::move(backend));
        store.setWatchdog(50);
        std::optional<SecretResult> first;
        int firstAnswers = 0;
        if (many)
            store.readMany({key("token")}, nullptr,
                           [&](const SecretStore::Answers&, const SecretResult& t) {
                               first = t;
                               ++firstAnswers;
                           });
        else
            store.read(key("token"), nullptr, [&](const SecretResult& r) {
                first = r;
                ++firstAnswers;
            });
        QTRY_COMPARE(silent->heldExplanations.size(), 1); // timed out, its words being found
        if (many)
            silent->answerReadOfMany({});
        else
            silent->answers.constFirst()(KeychainOutcome{KeychainOutcome::Code(answer), {}, {}});
        // the timeout's words, then those for the keychain's trouble if any
        const auto wording = std::exchange(silent->heldExplanations, {});
        // the keychain is in use again: a read asked, a background write behind it
        const int asked = silent->started;
        store.read(key("token"), nullptr, {});
        std::optional<SecretResult> written;
        const QString k = key("token");
        store.write(
            k, SecretBytes(QByteArray("v")), nullptr, [&](const SecretResult& r) { written = r; },
            SecretStore::Priority::Background);
        QCOMPARE(silent->started, asked + 1);
        for (const auto& words : wording)
            words();
        QCOMPARE(firstAnswers, 1);
        QCOMPARE(int(first->status), expected); // the keychain's answer, not the timeout
        QVERIFY2(!written.has_value(), "a call waiting behind an answering keychain ended");
        QCOMPARE(store.pendingJobs(), 2);
        silent->answers.constLast()(KeychainOutcome{}); // the read: the write's turn
        QCOMPARE(silent->started, asked + 2);
        QCOMPARE(silent->asked.constLast(), std::make_pair(KeychainBackend::Operation::Write, k));
        silent->answers.constLast()(KeychainOutcome{});
        QVERIFY(written.has_value());
        QVERIFY(written->ok());
    }

    // What a read ahead brings back of a key written since it was asked is
    // older than the write: the next read() asks the keychain.
    void aWriteDuringAReadAheadWins()
    {
        auto backend = std::make_unique<SilentBackend>();
        SilentBackend* silent = backend.get();
        SecretStore store("TokenDock", nullptr, std::move(backend));
        const QString k = key("client_secret");
        const QString other = key("client_secret");
        bool ahead = false;
        store.readAhead({k, other}, nullptr, [&ahead] { ahead = true; });
        QCOMPARE(silent->readsOfMany, 1);
        store.write(k, SecretBytes(QByteArray("newer")), nullptr, {});
        KeychainOutcome older;
        older.data = SecretBytes(QByteArray("older"));
        silent->answerReadOfMany({{k, older}, {other, older}});
        QVERIFY(ahead);
        const int asked = silent->started;
        store.read(other, nullptr, {}); // from what was read ahead
        QCOMPARE(silent->started, asked);
        store.read(k, nullptr, {}); // from the keychain
        QCOMPARE(silent->started, asked + 1);
        QCOMPARE(silent->asked.last(), std::make_pair(KeychainBackend::Operation::Read, k));
    }

    // Test All reads every secret ahead: each read() is then answered once
    // from that, not from the keychain; a write forgets what was read of its
    // key, and so does forgetReadAhead() for the rest.
    void readAheadAnswersEachReadOnce()
    {
        SecretStore store("TokenDock");
        SecretStore elsewhere("TokenDock"); // another process, say
        const QString kept = key("client_secret");
        const QString rewritten = key("client_secret");
        const QString forgotten = key("client_secret");
        const QString none = key("client_secret");
        for (const QString& k : {kept, rewritten, forgotten})
            QVERIFY(keychainCall([&](auto cb) {
                        store.write(k, SecretBytes("ahead " + k.toUtf8()), nullptr, cb);
                    }).ok());
        const QString racing = key("client_secret");
        QVERIFY(keychainCall([&](auto cb) {
                    store.write(racing, SecretBytes(QByteArray("older")), nullptr, cb);
                }).ok());
        bool readAhead = false;
        store.readAhead({kept, rewritten, forgotten, none, racing}, nullptr,
                        [&readAhead] { readAhead = true; });
        // written while the keychain is being read: the newer value wins
        QVERIFY(keychainCall([&](auto cb) {
                    store.write(racing, SecretBytes(QByteArray("newer")), nullptr, cb);
                }).ok());
        QTRY_VERIFY(readAhead);
        QCOMPARE(readKeychain(store, racing).data.expose(), QByteArray("newer"));
        keychainCall([&](auto cb) { store.remove(racing, nullptr, cb); });
        // removed behind this store's back: only a read of the keychain would see it
        for (const QString& k : {kept, forgotten})
            QVERIFY(keychainCall([&](auto cb) { elsewhere.remove(k, nullptr, cb); }).ok());
        QCOMPARE(readKeychain(store, kept).data.expose(), "ahead " + kept.toUtf8());
        QCOMPARE(readKeychain(store, kept).status, SecretResult::NotFound); // once only
        QCOMPARE(readKeychain(store, none).status, SecretResult::NotFound);

        QVERIFY(keychainCall([&](auto cb) {
                    store.write(rewritten, SecretBytes(QByteArray("new")), nullptr, cb);
                }).ok());
        QCOMPARE(readKeychain(store, rewritten).data.expose(), QByteArray("new"));

        store.forgetReadAhead();
        QCOMPARE(readKeychain(store, forgotten).status, SecretResult::NotFound);
        keychainCall([&](auto cb) { store.remove(rewritten, nullptr, cb); });
    }

    // GNOME Keyring is written in one call over TokenDock's own connection
    // (SecretServiceWrite): the item is still exactly the one QtKeychain
    // makes (its attributes, its value as QtKeychain reads it back),
    // labelled at once, and written again it stays one item.
    void aWriteMakesTheItemQtKeychainMakesWithItsLabel()
    {
        const QString service = "TokenDock items " + QUuid::createUuid().toString();
        SecretStore store(service);
        const QString k = key("client_secret");
        static const char bytes[] = "a \0 secret \xff\x01 of any bytes";
        const QByteArray value(bytes, sizeof bytes - 1);
        const auto write = [&](const QByteArray& next, const QString& label) {
            return keychainCall([&](auto cb) {
                store.write(k, SecretBytes(next), nullptr, cb, SecretStore::Priority::Normal,
                            label);
            });
        };
        QVERIFY(write(value, "TokenDock — acme — client secret").ok());
        const QString reference = key("client_secret");
        auto* made = new QKeychain::WritePasswordJob(service);
        made->setBinaryData("made by QtKeychain");
        QCOMPARE(qtKeychain(made, reference), QKeychain::NoError);

        const QList<QDBusObjectPath> items = KeychainItems::itemsOf(service, k);
        QCOMPARE(items.size(), 1);
        QCOMPARE(KeychainItems::itemProperty(items.at(0), "Label").toString(),
                 QString("TokenDock — acme — client secret"));
        const QList<QDBusObjectPath> references = KeychainItems::itemsOf(service, reference);
        QCOMPARE(references.size(), 1);
        Attributes expected =
            qdbus_cast<Attributes>(KeychainItems::itemProperty(references.at(0), "Attributes"));
        QCOMPARE(expected.value("user"), reference);
        expected.insert("user", k);
        QCOMPARE(qdbus_cast<Attributes>(KeychainItems::itemProperty(items.at(0), "Attributes")),
                 expected);

        // the writer on its own, as the store uses it here, makes the same
        // item in one call; shared, in case it answers after the wait
        const QString direct = key("token");
        auto inOneCall = std::make_shared<std::optional<bool>>();
        SecretServiceWrite::write(service, direct, SecretBytes(value), {},
                                  [inOneCall](bool ok) { *inOneCall = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(inOneCall->has_value(), 20000);
        QVERIFY2(**inOneCall, "GNOME Keyring took the item in one call");
        const QList<QDBusObjectPath> directItems = KeychainItems::itemsOf(service, direct);
        QCOMPARE(directItems.size(), 1);
        // no label given: QtKeychain's, the service's name
        QCOMPARE(KeychainItems::itemProperty(directItems.at(0), "Label").toString(), service);
        expected.insert("user", direct);
        QCOMPARE(
            qdbus_cast<Attributes>(KeychainItems::itemProperty(directItems.at(0), "Attributes")),
            expected);
        QCOMPARE(readByQtKeychain(service, direct).value_or("(not read)"), value);

        QCOMPARE(readByQtKeychain(service, k).value_or("(not read)"), value);

        QVERIFY(write("the next secret", "TokenDock — acme renamed — client secret").ok());
        const QList<QDBusObjectPath> after = KeychainItems::itemsOf(service, k);
        QCOMPARE(after.size(), 1);
        QCOMPARE(KeychainItems::itemProperty(after.at(0), "Label").toString(),
                 QString("TokenDock — acme renamed — client secret"));
        QCOMPARE(readKeychain(store, k).data.expose(), QByteArray("the next secret"));

        for (const QString& each : {k, reference, direct})
            QVERIFY(keychainCall([&](auto cb) { store.remove(each, nullptr, cb); }).ok());
        // QtKeychain's removal found each of them
        for (const QString& each : {k, reference, direct})
            QVERIFY(KeychainItems::itemsOf(service, each).isEmpty());
    }

    // QtKeychain keeps what it is given as text in a "plaintext" item and
    // looks for one before a "base64" item of the same key; so does the read
    // of many.
    void readManyPrefersATextItemAsQtKeychainDoes()
    {
        const QString service = "TokenDock many " + QUuid::createUuid().toString();
        SecretStore store(service);
        const QString k = key("client_secret");
        QVERIFY(keychainCall([&](auto cb) {
                    store.write(k, SecretBytes(QByteArray("binary item")), nullptr, cb);
                }).ok());
        QProcess tool;
        tool.start("secret-tool", {"store", "--label", "text item", "xdg:schema", "org.qt.keychain",
                                   "server", service, "user", k, "type", "plaintext"});
        QVERIFY2(tool.waitForStarted(), "secret-tool (libsecret-tools) is needed");
        tool.write("text item value");
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished());
        QCOMPARE(tool.exitCode(), 0);

        SecretStore::Answers answers;
        waitForCallback([&](auto quit) {
            store.readMany({k}, nullptr, [&, quit](const auto& a, const SecretResult& trouble) {
                answers = a;
                QVERIFY(trouble.ok());
                quit();
            });
        });
        QCOMPARE(answers.value(k).data.expose(), QByteArray("text item value"));
        QCOMPARE(readKeychain(store, k).data.expose(), QByteArray("text item value"));
        // QtKeychain's removal takes both items
        keychainCall([&](auto cb) { store.remove(k, nullptr, cb); });
        QCOMPARE(readKeychain(store, k).status, SecretResult::NotFound);
    }

    // Stopped while the keychain is still opening its session (the store's
    // watchdog can fire then), the read closes that session once it is
    // told its path, rather than leaving it open for the process's life.
    void aReadOfManyStoppedWhileOpeningClosesItsSession()
    {
        const auto openSessions = [] {
            const QDBusReply<QString> xml =
                QDBusConnection::sessionBus().call(QDBusMessage::createMethodCall(
                    "org.freedesktop.secrets", "/org/freedesktop/secrets/session",
                    "org.freedesktop.DBus.Introspectable", "Introspect"));
            QSet<QString> names;
            static const QRegularExpression node(QStringLiteral("<node name=\"([^\"]+)\""));
            for (auto it = node.globalMatch(xml.value()); it.hasNext();)
                names.insert(it.next().captured(1));
            return names;
        };
        // earlier cases' sessions may still be closing: only ours is watched
        const QSet<QString> before = openSessions();
        // the keychain paused, so OpenSession is surely unanswered at the stop;
        // only the throwaway gnome-keyring started for this run, never the
        // one of a desktop session
        const QByteArray scratch = qgetenv("TOKENDOCK_TEST_SCRATCH");
        QVERIFY2(!scratch.isEmpty(),
                 "this case pauses the keychain: run it through packaging/dev.sh keyring");
        const QDBusReply<uint> keychain =
            QDBusConnection::sessionBus().interface()->servicePid("org.freedesktop.secrets");
        QVERIFY(keychain.isValid());
        const QString pid = QString::number(keychain.value());
        QFile comm("/proc/" + pid + "/comm");
        QVERIFY(comm.open(QIODevice::ReadOnly));
        QVERIFY(comm.readAll().startsWith("gnome-keyring"));
        QFile environment("/proc/" + pid + "/environ");
        QVERIFY(environment.open(QIODevice::ReadOnly));
        QVERIFY2(environment.readAll().split('\0').contains("TOKENDOCK_TEST_SCRATCH=" + scratch),
                 "the keychain on this bus is not the throwaway one of this run");
        // resumed even if this process dies before it does so itself (and only
        // while that pid is still a gnome-keyring); the backstop holds no pipe
        // of ours, so the test's runner does not wait
        QProcess backstop;
        backstop.setProgram("sh");
        backstop.setArguments({"-c", "sleep 20; case $(cat /proc/" + pid +
                                         "/comm) in gnome-keyring*) kill -CONT " + pid +
                                         ";; esac"});
        backstop.setStandardInputFile(QProcess::nullDevice());
        backstop.setStandardOutputFile(QProcess::nullDevice());
        backstop.setStandardErrorFile(QProcess::nullDevice());
        QVERIFY(backstop.startDetached());
        QCOMPARE(::kill(pid_t(keychain.value()), SIGSTOP), 0);
        auto resume = qScopeGuard([&] { ::kill(pid_t(keychain.value()), SIGCONT); });
        bool answered = false;
        bool stopped = false;
        const std::function<void()> stop = SecretServiceItems::read(
            "TokenDock stopped " + QUuid::createUuid().toString(), {key("token")},
            [&](const SecretServiceItems::Answers&) { answered = true; });
        // queued after the read's own start, so it runs once OpenSession is sent
        QMetaObject::invokeMethod(
            this,
            [&] {
                stop();
                stopped = true;
            },
            Qt::QueuedConnection);
        QTRY_VERIFY(stopped);
        resume.dismiss();
        QCOMPARE(::kill(pid_t(keychain.value()), SIGCONT), 0);
        // the keychain makes the session: watched without running the event
        // loop, so the read cannot yet have seen its answer and closed it
        QSet<QString> opened;
        for (QDeadlineTimer limit(10000); opened.isEmpty() && !limit.hasExpired();
             QThread::msleep(5))
            opened = openSessions() - before;
        QCOMPARE(opened.size(), 1);
        QTRY_VERIFY(!openSessions().contains(*opened.cbegin()));
        QVERIFY(!answered);
    }

    void servicesAreSeparate()
    {
        SecretStore real("TokenDock");
        SecretStore demo("TokenDock Demo");
        const QString k = key("client_secret");
        QVERIFY(keychainCall([&](auto cb) {
                    demo.write(k, SecretBytes(QByteArray("demo")), nullptr, cb);
                }).ok());
        QCOMPARE(keychainCall([&](auto cb) { real.read(k, nullptr, cb); }).status,
                 SecretResult::NotFound);
        keychainCall([&](auto cb) { demo.remove(k, nullptr, cb); });
    }

    void exactlyOneCallbackPerCall()
    {
        SecretStore store("TokenDock");
        int calls = 0;
        const QString k = key("x");
        store.write(k, SecretBytes(QByteArray("v")), nullptr,
                    [&calls](const SecretResult&) { ++calls; });
        store.read(k, nullptr, [&calls](const SecretResult&) { ++calls; });
        store.read(key("missing"), nullptr, [&calls](const SecretResult&) { ++calls; });
        store.remove(k, nullptr, [&calls](const SecretResult&) { ++calls; });
        QTRY_COMPARE(calls, 4);
        // a late second answer to any of them would come in ahead of the
        // answer to a later call through the same store
        QCOMPARE(keychainCall([&](auto cb) { store.read(k, nullptr, cb); }).status,
                 SecretResult::NotFound);
        QCOMPARE(calls, 4);
    }

    void idleAfterTheLastPendingJob()
    {
        SecretStore store("TokenDock");
        QSignalSpy idle(&store, &SecretStore::idle);
        const QString k = key("x");
        // fire and forget, as caching a token does
        store.write(k, SecretBytes(QByteArray("v")), nullptr, [](const SecretResult&) {});
        store.remove(k, nullptr, [](const SecretResult&) {});
        QCOMPARE(store.pendingJobs(), 2);
        QTRY_COMPARE(store.pendingJobs(), 0);
        QCOMPARE(idle.count(), 1);
    }

    void destroyedContextGetsNoCallback()
    {
        SecretStore store("TokenDock");
        QSignalSpy idle(&store, &SecretStore::idle);
        auto* context = new QObject;
        bool called = false;
        store.read(key("x"), context, [&called](const SecretResult&) { called = true; });
        delete context;
        // idle() comes once the answer is in and its callback was called or dropped
        QTRY_COMPARE(idle.count(), 1);
        QVERIFY(!called);
    }

    // A token cache's write never sits ahead of a read someone waits for, and
    // the store does not look idle while such a write still waits.
    void backgroundWritesWaitForOtherCalls()
    {
        auto backend = std::make_unique<SilentBackend>();
        SilentBackend* silent = backend.get();
        SecretStore store("TokenDock", nullptr, std::move(backend));
        store.setWatchdog(300);
        QSignalSpy idle(&store, &SecretStore::idle);
        std::optional<SecretResult> read;
        std::optional<SecretResult> written;
        store.read("reads-first", nullptr, [&read](const SecretResult& r) { read = r; });
        store.write(
            "cached-later", SecretBytes(QByteArray("v")), nullptr,
            [&written](const SecretResult& r) { written = r; }, SecretStore::Priority::Background);
        QCOMPARE(silent->started, 1); // only the read went to the keychain
        QCOMPARE(store.pendingJobs(), 2);
        QTRY_VERIFY(read.has_value()); // the read ends (its watchdog) ...
        QCOMPARE(silent->started, 2);  // ... and the write starts at once
        QVERIFY(!written.has_value());
        QCOMPARE(store.pendingJobs(), 1);
        QCOMPARE(idle.count(), 0);
        QTRY_VERIFY(written.has_value());
        QCOMPARE(written->status, SecretResult::Timeout);
        QCOMPARE(store.pendingJobs(), 0);
        QCOMPARE(idle.count(), 1);
        // with nothing else in flight a background write starts at once
        store.write(
            "alone", SecretBytes(QByteArray("v")), nullptr, [](const SecretResult&) {},
            SecretStore::Priority::Background);
        QCOMPARE(silent->started, 3);
    }

    // A removal of a key whose background write still waits wins: the write
    // is never made, so a dropped token cannot come back after its removal.
    void laterCallsSupersedeAWaitingBackgroundWrite()
    {
        auto backend = std::make_unique<SilentBackend>();
        SilentBackend* silent = backend.get();
        SecretStore store("TokenDock", nullptr, std::move(backend));
        store.setWatchdog(300);
        store.read("busy", nullptr, [](const SecretResult&) {});
        std::optional<SecretResult> written;
        store.write(
            "token-key", SecretBytes(QByteArray("v")), nullptr,
            [&written](const SecretResult& r) { written = r; }, SecretStore::Priority::Background);
        QCOMPARE(silent->started, 1);
        store.read("token-key", nullptr, [](const SecretResult&) {});
        QVERIFY(!written.has_value()); // a read leaves the write waiting
        store.remove("token-key", nullptr, [](const SecretResult&) {});
        QVERIFY(written.has_value()); // answered at once, without a write
        QCOMPARE(written->status, SecretResult::Ok);
        QCOMPARE(silent->started, 3); // the two reads and the removal only
        QTRY_COMPARE(store.pendingJobs(), 0);
        QCOMPARE(silent->started, 3);
    }

    // Thousands of reads at once (a window's start, Test All): the keychain
    // is asked kMaxInFlight at a time. When one of those goes a whole
    // watchdog period unanswered, the keychain is stuck: the calls still
    // waiting their turn end at once rather than each waiting as long again,
    // and a later call asks the keychain anew.
    void callsBeyondTheLimitWaitForAFreeSlot()
    {
        auto backend = std::make_unique<SilentBackend>();
        SilentBackend* silent = backend.get();
        SecretStore store("TokenDock", nullptr, std::move(backend));
        store.setWatchdog(300);
        const int total = SecretStore::kMaxInFlight + 4;
        QList<SecretResult::Status> answers;
        for (int i = 0; i < total; ++i)
            store.read(key("token"), nullptr,
                       [&answers](const SecretResult& r) { answers << r.status; });
        QCOMPARE(silent->started, SecretStore::kMaxInFlight);
        QCOMPARE(store.inFlight(), SecretStore::kMaxInFlight);
        QCOMPARE(store.pendingJobs(), total);
        QTRY_COMPARE(answers.size(), total);
        QVERIFY(std::all_of(answers.begin(), answers.end(),
                            [](SecretResult::Status s) { return s == SecretResult::Timeout; }));
        // one waiting call may take the first freed slot; the others were never asked
        QVERIFY(silent->started <= SecretStore::kMaxInFlight + 1);
        QCOMPARE(store.pendingJobs(), 0);
        QCOMPARE(store.inFlight(), 0);
        const int before = silent->started;
        store.read(key("token"), nullptr, [](const SecretResult&) {});
        QCOMPARE(silent->started, before + 1);
    }

    // A call made from another call's answer takes its turn behind the calls
    // already waiting: a removal never overtakes the write queued before it.
    void aCallMadeInAnAnswerWaitsItsTurn()
    {
        auto backend = std::make_unique<SilentBackend>();
        SilentBackend* silent = backend.get();
        SecretStore store("TokenDock", nullptr, std::move(backend));
        store.setWatchdog(300);
        const QString k = key("client_secret");
        bool removalAsked = false;
        store.read(key("token"), nullptr, [&](const SecretResult&) {
            store.remove(k, nullptr, [](const SecretResult&) {});
            removalAsked = true;
        });
        for (int i = 1; i < SecretStore::kMaxInFlight; ++i)
            store.read(key("token"), nullptr, [](const SecretResult&) {});
        store.write(k, SecretBytes(QByteArray("v")), nullptr, [](const SecretResult&) {});
        QCOMPARE(silent->started, SecretStore::kMaxInFlight); // the write waits
        QTRY_VERIFY(removalAsked);
        QTRY_COMPARE(store.pendingJobs(), 0);
        const auto first = std::find_if(silent->asked.begin(), silent->asked.end(),
                                        [&k](const auto& call) { return call.second == k; });
        QVERIFY(first != silent->asked.end());
        QCOMPARE(first->first, KeychainBackend::Operation::Write);
    }

    void hungBackendTimesOutWithinTheWatchdog()
    {
        auto backend = std::make_unique<SilentBackend>();
        SilentBackend* silent = backend.get();
        SecretStore store("TokenDock", nullptr, std::move(backend));
        store.setWatchdog(300);
        QElapsedTimer timer;
        timer.start();
        const SecretResult r = keychainCall([&](auto cb) { store.read("k", nullptr, cb); });
        QCOMPARE(silent->started, 1);
        QCOMPARE(r.status, SecretResult::Timeout);
        QVERIFY(r.message.text().contains("did not answer in time"));
        QVERIFY2(timer.elapsed() < 300 + 2000, "the watchdog answers, not the backend");
    }

    void noSessionBusMeansNoBackend()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        const HelperRun run = runHelper({"keychain-write", "TokenDock", key("client_secret")},
                                        "canary-no-bus-4417\n", env);
        QCOMPARE(run.exitCode, 5);
        QCOMPARE(run.lines().value(0), QString("no-backend"));
        QCOMPARE(run.lines().value(1),
                 QString("No keychain service is running. Start GNOME Keyring, KWallet, or "
                         "KeePassXC with Secret Service Integration on, then retry."));
        QVERIFY(!run.stdOut.contains("canary-no-bus-4417"));
        QVERIFY(!run.stdErr.contains("canary-no-bus-4417"));
    }

    void lockedKeyringHasItsOwnMessage()
    {
        // a private session, so locking it does not disturb the other tests
        QTemporaryDir home;
        const QStringList lines = runLockedKeyring(home, "change");
        QCOMPARE(lines.value(0), QString("keychain"));
        QCOMPARE(lines.value(1), QString("GNOME Keyring is locked. Unlock it (answer its password "
                                         "prompt, or use Passwords and Keys), then retry."));
        // the account's settings are untouched by the failed change
        QFile accounts(home.filePath("config/accounts.json"));
        QVERIFY(accounts.open(QIODevice::ReadOnly));
        QVERIFY(accounts.readAll().contains("locked-account"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
