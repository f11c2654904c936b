// SPDX-License-Identifier: Apache-2.0
// The keychain flows people run, against the keychain programs they run:
// GNOME Keyring (packaging/dev.sh keyring), KeePassXC and KWallet 5
// (packaging/keychains/*-session.sh). TOKENDOCK_TEST_PROVIDER says which one
// answers; TOKENDOCK_TEST_SITUATION names a trouble the session set up.
#include "clitest.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

namespace {

// long enough that one wait plus asking the provider about itself (two calls
// of at most 1.5 s) stays clear of two waits
constexpr int kWatchdogSeconds = 6;

QString provider()
{
    const QString p = qEnvironmentVariable("TOKENDOCK_TEST_PROVIDER");
    return p.isEmpty() ? QStringLiteral("gnome-keyring") : p;
}

bool kwallet()
{
    return provider() == QLatin1String("kwallet");
}

// What the session set up, checked so a slot never passes in the wrong one.
#define REQUIRE_SITUATION(name)                                                                    \
    QVERIFY2(qEnvironmentVariable("TOKENDOCK_TEST_SITUATION") == QLatin1String(name),              \
             "run this case in the session that sets it up (tests/e2e/CMakeLists.txt)")

// The keychain timeout every child gets: short, so one wait is told from two.
void shortWatchdog(const CliHome& home)
{
    QFile settings(home.configDir() + QStringLiteral("/settings.ini"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[keychain]\ntimeoutSeconds=" + QByteArray::number(kWatchdogSeconds) + "\n");
}

QString accountId(const CliHome& home, const QString& name)
{
    const QJsonArray accounts =
        QJsonDocument::fromJson(home.accountsBytes()).object().value("accounts").toArray();
    for (const QJsonValue a : accounts) {
        if (a.toObject().value("name").toString() == name)
            return a.toObject().value("id").toString();
    }
    return {};
}

// One call on the session bus. Not through QDBusInterface: its introspection
// of the Secret Service leaks inside QtDBus 6.4, which LeakSanitizer reports.
QDBusMessage callBus(const QString& service, const QString& path, const QString& interface,
                     const QString& method, const QVariantList& arguments = {})
{
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, method);
    call.setArguments(arguments);
    return QDBusConnection::sessionBus().call(call);
}

const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");

// The items a person sees for TokenDock in their keychain app: key -> label.
QMap<QString, QString> secretServiceItems()
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
    const QDBusMessage found = callBus(
        kSecrets, "/org/freedesktop/secrets", "org.freedesktop.Secret.Service", "SearchItems",
        {QVariant::fromValue(QMap<QString, QString>{{"server", "TokenDock"}})});
    QMap<QString, QString> items;
    if (found.type() != QDBusMessage::ReplyMessage)
        return items;
    for (const QDBusObjectPath& path :
         qdbus_cast<QList<QDBusObjectPath>>(found.arguments().at(0))) {
        const QDBusReply<QDBusVariant> label = callBus(kSecrets, path.path(), kProperties, "Get",
                                                       {"org.freedesktop.Secret.Item", "Label"});
        const QDBusMessage attrs = callBus(kSecrets, path.path(), kProperties, "Get",
                                           {"org.freedesktop.Secret.Item", "Attributes"});
        const auto map = qdbus_cast<QMap<QString, QString>>(
            qvariant_cast<QDBusVariant>(attrs.arguments().value(0)).variant());
        items.insert(map.value("user"), label.value().variant().toString());
    }
    return items;
}

// KWallet keeps QtKeychain's items as entries of the folder "TokenDock".
QMap<QString, QString> kwalletItems()
{
    QProcess query;
    query.start("kwallet-query", {"-l", "-f", "TokenDock", "kdewallet"});
    query.waitForFinished(20000);
    QMap<QString, QString> items;
    for (const QString& entry : QString::fromUtf8(query.readAllStandardOutput()).split('\n'))
        if (!entry.trimmed().isEmpty())
            items.insert(entry.trimmed(), QString());
    return items;
}

QMap<QString, QString> itemsOf(const QString& id)
{
    const QMap<QString, QString> all = kwallet() ? kwalletItems() : secretServiceItems();
    QMap<QString, QString> mine;
    for (auto it = all.begin(); it != all.end(); ++it)
        if (it.key().startsWith(id))
            mine.insert(it.key(), it.value());
    return mine;
}

// Locks what the provider keeps secrets in, as its user would.
bool lockKeychain()
{
    if (provider() == QLatin1String("keepassxc")) {
        const QString window = QStringLiteral("org.keepassxc.KeePassXC.MainWindow");
        if (callBus(window, "/keepassxc", window, "lockAllDatabases").type() !=
            QDBusMessage::ReplyMessage)
            return false;
        // KeePassXC locks a moment after it answers
        const QDBusReply<QDBusObjectPath> collection =
            callBus(kSecrets, "/org/freedesktop/secrets", "org.freedesktop.Secret.Service",
                    "ReadAlias", {"default"});
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            const QDBusReply<QDBusVariant> locked =
                callBus(kSecrets, collection.value().path(), kProperties, "Get",
                        {"org.freedesktop.Secret.Collection", "Locked"});
            if (locked.isValid() && locked.value().variant().toBool())
                return true;
            QThread::msleep(20);
        }
        return false;
    }
    if (kwallet()) {
        return callBus("org.kde.kwalletd5", "/modules/kwalletd5", "org.kde.KWallet", "close",
                       {"kdewallet", true})
                   .type() == QDBusMessage::ReplyMessage;
    }
    const QList<QDBusObjectPath> all{QDBusObjectPath("/org/freedesktop/secrets/aliases/default")};
    return callBus(kSecrets, "/org/freedesktop/secrets", "org.freedesktop.Secret.Service", "Lock",
                   {QVariant::fromValue(all)})
               .type() == QDBusMessage::ReplyMessage;
}

// The sentence each provider gives for its locked state.
QString lockedSentence()
{
    if (provider() == QLatin1String("keepassxc"))
        return "The KeePassXC database is locked. Unlock it in KeePassXC, then retry.";
    if (kwallet())
        return "The wallet in KWallet is closed. Open it (answer KWallet's password prompt, or "
               "use KWallet Manager), then retry.";
    return "GNOME Keyring is locked. Unlock it (answer its password prompt, or use Passwords and "
           "Keys), then retry.";
}

// The command said this sentence on stderr (its message, then what to try).
#define SAYS(run, sentence)                                                                        \
    QVERIFY2((run).stdErr().contains(QString(sentence)), (run).err.constData())

// Only stderr goes into a failure message: stdout may hold a token.
#define EXITS_WITH(run, code)                                                                      \
    QVERIFY2((run).exitCode == (code),                                                             \
             ("exit " + QByteArray::number((run).exitCode) + ": " + (run).err).constData())

} // namespace

class TestKeychainProviders : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;

    // `add NAME` for the sandbox's Banyan, the secret on stdin
    QStringList addArgs(const QString& name) const
    {
        return {"add",         name,          "--carrier",
                "banyan",      "--token-url", sandbox.tokenUrl("banyan").toString(),
                "--client-id", "c",           "--secret-stdin"};
    }

private slots:
    void initTestCase() { QVERIFY(sandbox.start()); }

    // add, test, token from the cache, a new secret, remove: each leaves the
    // keychain as a person would expect to find it.
    void accountLifecycle()
    {
        REQUIRE_SECRET_SERVICE();
        CliHome home;
        shortWatchdog(home);
        addSandboxAccount(home, sandbox, "acme-banyan", "banyan");
        const QString id = accountId(home, "acme-banyan");
        QVERIFY(!id.isEmpty());
        QMap<QString, QString> items = itemsOf(id);
        QCOMPARE(items.keys(), QStringList{id + "/client_secret"});
        if (!kwallet())
            QCOMPARE(items.value(id + "/client_secret"),
                     QString("TokenDock \u2014 acme-banyan \u2014 client secret"));

        // each command is a process of its own: the second one replaces the
        // token item the first one made, which KeePassXC 2.7.4 would question
        for (int run = 0; run < 2; ++run) {
            RUN_CLI(test, home, {"test", "acme-banyan"});
            EXITS_WITH(test, 0);
            QVERIFY2(!test.stdErr().contains("not cached"), test.err.constData());
        }
        const int requested = sandbox.tokenRequestCount("banyan");
        RUN_CLI(token, home, {"token", "acme-banyan"});
        EXITS_WITH(token, 0);
        QCOMPARE(sandbox.tokenRequestCount("banyan"), requested); // from the keychain
        QTRY_COMPARE(itemsOf(id).keys(), (QStringList{id + "/client_secret", id + "/token"}));
        if (!kwallet())
            QCOMPARE(itemsOf(id).value(id + "/token"),
                     QString("TokenDock \u2014 acme-banyan \u2014 token"));

        sandbox.acceptAlso("banyan", "the-second-secret");
        RUN_CLI(edit, home, {"edit", "acme-banyan", "--secret-stdin"}, "the-second-secret\n");
        EXITS_WITH(edit, 0);
        RUN_CLI(retest, home, {"test", "acme-banyan"});
        EXITS_WITH(retest, 0);
        // replaced, not added beside: one item per key, no staging copy left
        QCOMPARE(itemsOf(id).keys(), (QStringList{id + "/client_secret", id + "/token"}));

        // a renamed account's items say the new name
        RUN_CLI(renamed, home, {"edit", "acme-banyan", "--name", "acme-renamed"});
        EXITS_WITH(renamed, 0);
        if (!kwallet()) {
            QTRY_COMPARE(itemsOf(id).value(id + "/client_secret"),
                         QString("TokenDock \u2014 acme-renamed \u2014 client secret"));
            QCOMPARE(itemsOf(id).value(id + "/token"),
                     QString("TokenDock \u2014 acme-renamed \u2014 token"));
        }

        RUN_CLI(removed, home, {"remove", "acme-renamed", "--yes"});
        EXITS_WITH(removed, 0);
        QVERIFY(itemsOf(id).isEmpty());
        // what removal means where it does not mean gone
        QCOMPARE(removed.stdErr().contains("KeePassXC keeps removed items in its database's "
                                           "Recycle Bin until you empty it."),
                 provider() == QLatin1String("keepassxc"));
    }

    // No keychain at all: said plainly, nothing written anywhere else.
    void noProvider()
    {
        CliHome home;
        shortWatchdog(home);
        QProcessEnvironment env = home.environment();
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        RUN_CLI(add, home, addArgs("nowhere"), "secret-with-nowhere-to-go\n", env);
        EXITS_WITH(add, 5);
        SAYS(add, QString("No keychain service is running. Start GNOME Keyring, KWallet, or "
                          "KeePassXC with Secret Service Integration on, then retry."));
        QVERIFY(!home.accountsBytes().contains("nowhere"));
    }

    // A keychain locked while a token was on its way: the token is printed
    // and the failed cache write is said; then, locked, `token` fails after
    // one wait with the provider's own sentence.
    void lockedKeychain()
    {
        REQUIRE_SECRET_SERVICE();
        CliHome home;
        shortWatchdog(home);
        addSandboxAccount(home, sandbox, "acme-locked", "banyan");
        bool locked = false;
        const auto connection = connect(&sandbox, &SandboxServer::requestReceived, this, [&locked] {
            if (!locked)
                locked = lockKeychain();
        });
        RUN_CLI(first, home, {"token", "acme-locked"});
        disconnect(connection);
        QVERIFY(locked);
        EXITS_WITH(first, 0);
        QVERIFY(!first.out.trimmed().isEmpty());
        // stdout holds the token: only stderr goes into a failure message
        QVERIFY2(first.stdErr().contains("Note: The token works but was not cached: " +
                                         lockedSentence()),
                 first.err.constData());

        QElapsedTimer timer;
        timer.start();
        RUN_CLI(second, home, {"token", "acme-locked"});
        EXITS_WITH(second, 5);
        SAYS(second, lockedSentence());
        // the cache read's timeout ends the attempt: no second wait for the secret
        QVERIFY2(timer.elapsed() < 2 * kWatchdogSeconds * 1000 - 500,
                 qPrintable(QString::number(timer.elapsed())));
    }

    // KeePassXC without a group exposed to Secret Service.
    void keepassxcWithoutExposedGroup()
    {
        REQUIRE_SITUATION("no-exposed-group");
        CliHome home;
        shortWatchdog(home);
        RUN_CLI(add, home, addArgs("acme"), "a-secret\n");
        EXITS_WITH(add, 5);
        SAYS(add, QString("KeePassXC has no group exposed to Secret Service. In KeePassXC, open "
                          "Database \u25b8 Database Settings \u25b8 Secret Service Integration, "
                          "expose a group, then retry."));
    }

    // KeePassXC asking before a new process reads an item it did not make.
    void keepassxcAccessDialog()
    {
        REQUIRE_SITUATION("confirm-access");
        CliHome home;
        shortWatchdog(home);
        addSandboxAccount(home, sandbox, "acme", "banyan");
        RUN_CLI(token, home, {"token", "acme"});
        EXITS_WITH(token, 5);
        SAYS(token, QString("KeePassXC is waiting for an answer in one of its dialogs (access or "
                            "removal). Allow TokenDock there, then retry."));
    }

    // KWallet's own Secret Service without QCA's OpenSSL plugin.
    void kwalletWithoutQcaPlugin()
    {
        REQUIRE_SITUATION("no-qca");
        CliHome home;
        shortWatchdog(home);
        RUN_CLI(add, home, addArgs("acme"), "a-secret\n");
        EXITS_WITH(add, 5);
        SAYS(add, QString("KWallet's Secret Service lacks the QCA OpenSSL plugin (libqca-ossl). "
                          "Install the package libqca-qt5-2-plugins, restart KWallet (log out "
                          "and in), then retry."));
    }
};

QTEST_GUILESS_MAIN(TestKeychainProviders)
#include "tst_keychainproviders.moc"
