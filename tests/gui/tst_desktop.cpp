// SPDX-License-Identifier: Apache-2.0
// The desktop around the window: one TokenDock per user (a second start
// reaches the first through its local socket, with a versioned message that
// never carries a secret), `--copy` without a running instance, the login
// item, and a ticker that sleeps while nothing is on screen.
#include "accountstore.h"
#include "appsettings.h"
#include "autostart.h"
#include "clipboard.h"
#include "clock.h"
#include "filemode.h"
#include "guitest.h"
#include "instancemessage.h"
#include "sandboxserver.h"
#include "settingsdialog.h"
#include "singleinstance.h"
#include "ticker.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

namespace {

// Sets an environment variable (or removes it, for a null value) until it ends.
class EnvironmentChange
{
public:
    EnvironmentChange(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvironmentChange()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    EnvironmentChange(const EnvironmentChange&) = delete;
    EnvironmentChange& operator=(const EnvironmentChange&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir runtime; // each run its own runtime folder, so no real TokenDock is reached

    // The built binary with this test's runtime and config folders.
    QProcess* startTokendock(const QStringList& args, const QString& configHome = {})
    {
        auto* p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_RUNTIME_DIR", runtime.path());
        if (!configHome.isEmpty())
            env.insert("XDG_CONFIG_HOME", configHome);
        env.insert("QT_QPA_PLATFORM", "offscreen");
        p->setProcessEnvironment(env);
        p->start(TOKENDOCK_BINARY, args);
        return p;
    }

    QTemporaryDir helperDir{"/tmp/tokendock-peer-XXXXXX"};

    // The peer helper as the user nobody, who shares nothing with this test's
    // root; from a copy in /tmp, as the build folder may be closed to nobody.
    QProcess* startAsNobody(const QStringList& args)
    {
        const QString helper = helperDir.filePath("peerhelper");
        if (!QFile::exists(helper)) {
            QFile::copy(PEER_HELPER, helper);
            ::chmod(QFile::encodeName(helperDir.path()).constData(), 0755);
            ::chmod(QFile::encodeName(helper).constData(), 0755);
        }
        auto* p = new QProcess(this);
        p->start("setpriv",
                 QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", helper} + args);
        return p;
    }
    static bool canBecomeNobody(QString* why)
    {
        if (geteuid() != 0) {
            *why = "switching to another user needs root";
            return false;
        }
        if (QStandardPaths::findExecutable("setpriv").isEmpty()) {
            *why = "setpriv (util-linux) is missing";
            return false;
        }
        return true;
    }
    // A folder others may enter (mode), where this test puts a socket on purpose.
    static bool openTo(const QTemporaryDir& dir, mode_t mode)
    {
        return dir.isValid() && ::chmod(QFile::encodeName(dir.path()).constData(), mode) == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
        Icons::init();
    }

    void messagesRoundTrip_data()
    {
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("raise") << int(InstanceMessage::Command::Raise) << QString() << QString()
                               << QStringList{"app", "cmd", "v"};
        QTest::newRow("copy") << int(InstanceMessage::Command::Copy) << "acme-banyan" << QString()
                              << QStringList{"account", "app", "cmd", "v"};
        QTest::newRow("copy as curl")
            << int(InstanceMessage::Command::Copy) << "Acme ÜPS"
            << "curl" << QStringList{"account", "app", "cmd", "format", "v"};
    }

    void messagesRoundTrip()
    {
        QFETCH(int, command);
        QFETCH(QString, account);
        QFETCH(QString, format);
        QFETCH(QStringList, keys);
        InstanceMessage m;
        m.command = InstanceMessage::Command(command);
        m.account = account;
        m.format = format;
        const QByteArray line = m.encode();
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        // names and a format at most: there is no field a secret could travel in
        const QJsonObject obj = QJsonDocument::fromJson(line).object();
        QCOMPARE(obj.keys(), keys);
        QCOMPARE(obj.value("v").toInt(), InstanceMessage::kVersion);
        QString error;
        const auto back = InstanceMessage::decode(line.trimmed(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(int(back->command), command);
        QCOMPARE(back->account, account);
        QCOMPARE(back->format, format);
    }

    void strangeMessagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("why");
        QTest::newRow("newer version")
            << QByteArray("{\"app\":\"tokendock\",\"v\":2,\"cmd\":\"raise\"}") << "version 1";
        QTest::newRow("no version")
            << QByteArray("{\"app\":\"tokendock\",\"cmd\":\"raise\"}") << "version 1";
        QTest::newRow("another program")
            << QByteArray("{\"app\":\"other\",\"v\":1,\"cmd\":\"raise\"}")
            << "not one TokenDock understands";
        QTest::newRow("not json") << QByteArray("raise please") << "not one TokenDock understands";
        QTest::newRow("unknown command")
            << QByteArray("{\"app\":\"tokendock\",\"v\":1,\"cmd\":\"delete\"}") << "Unknown";
        QTest::newRow("copy without a name")
            << QByteArray("{\"app\":\"tokendock\",\"v\":1,\"cmd\":\"copy\"}") << "account name";
        QTest::newRow("too long")
            << QByteArray("{\"app\":\"tokendock\",\"v\":1,\"cmd\":\"copy\",\"account\":\"") +
                   QByteArray(5000, 'a') + QByteArray("\"}")
            << "not one TokenDock understands";
    }

    void strangeMessagesAreRefused()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!InstanceMessage::decode(line, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    void secondInstanceReachesTheFirst_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<int>("answerCode");
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("format");
        QTest::newRow("start again: raise")
            << QStringList() << false << 0 << int(InstanceMessage::Command::Raise) << QString()
            << QString();
        QTest::newRow("copy") << QStringList{"--copy", "acme-banyan"} << false << 0
                              << int(InstanceMessage::Command::Copy) << "acme-banyan" << QString();
        QTest::newRow("copy a format")
            << QStringList{"--copy", "acme-ups", "--format", "curl"} << false << 0
            << int(InstanceMessage::Command::Copy) << "acme-ups"
            << "curl";
        QTest::newRow("copy that fails")
            << QStringList{"--copy", "acme-dhl"} << false << 3
            << int(InstanceMessage::Command::Copy) << "acme-dhl" << QString();
        QTest::newRow("demo reaches the demo")
            << QStringList{"--demo"} << true << 0 << int(InstanceMessage::Command::Raise)
            << QString() << QString();
    }

    void secondInstanceReachesTheFirst()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, demo);
        QFETCH(int, answerCode);
        QFETCH(int, command);
        QFETCH(QString, account);
        QFETCH(QString, format);
        QCOMPARE(QFileInfo(SingleInstance::serverName(demo)).absolutePath(), runtime.path());
        QVERIFY(SingleInstance::serverName(true) != SingleInstance::serverName(false));
        // the first instance: this test, listening where tokendock looks
        SingleInstance first, other;
        QVERIFY(first.listen(SingleInstance::serverName(demo)));
        QVERIFY(other.listen(SingleInstance::serverName(!demo)));
        QList<InstanceMessage> received, misdirected;
        first.setHandler([&](const InstanceMessage& m, const SingleInstance::Reply& reply) {
            received << m;
            reply({answerCode == 0, answerCode, answerCode == 0 ? "done" : "refused by carrier"});
        });
        other.setHandler([&](const InstanceMessage& m, const SingleInstance::Reply& reply) {
            misdirected << m;
            reply({false, 1, "wrong instance"});
        });
        QProcess* second = startTokendock(args);
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 20000);
        QCOMPARE(received.size(), 1);
        QCOMPARE(misdirected.size(), 0);
        QCOMPARE(int(received.first().command), command);
        QCOMPARE(received.first().account, account);
        QCOMPARE(received.first().format, format);
        QCOMPARE(second->exitCode(), answerCode);
        const QString err = QString::fromUtf8(second->readAllStandardError());
        if (answerCode != 0)
            QVERIFY2(err.contains("refused by carrier"), qPrintable(err));
    }

    void anUnknownFormatIsRefusedBeforeAnythingIsSent()
    {
        SingleInstance first;
        QVERIFY(first.listen(SingleInstance::serverName(false)));
        int received = 0;
        first.setHandler([&](const InstanceMessage&, const SingleInstance::Reply& reply) {
            ++received;
            reply({true, 0, {}});
        });
        QProcess* second = startTokendock({"--copy", "acme", "--format", "yaml"});
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 20000);
        QCOMPARE(second->exitCode(), 2);
        QCOMPARE(received, 0);
        QVERIFY(QString::fromUtf8(second->readAllStandardError()).contains("yaml"));
    }

    void aLeftoverSocketIsReplacedALiveOneIsNot()
    {
        const QString name = SingleInstance::serverName(false);
        {
            QFile stale(name); // what a crashed instance leaves behind
            QVERIFY(stale.open(QIODevice::WriteOnly));
        }
        SingleInstance first;
        QString error;
        QVERIFY2(first.listen(name, &error), qPrintable(error));
        SingleInstance second;
        QVERIFY(!second.listen(name, &error));
        QVERIFY(error.contains("already running"));
        QVERIFY(first.isListening());
        // a version this instance does not speak gets a clear answer
        QLocalSocket client;
        client.connectToServer(name);
        QVERIFY(client.waitForConnected(2000));
        client.write("{\"app\":\"tokendock\",\"v\":9,\"cmd\":\"raise\"}"
                     "\n");
        QByteArray answer;
        QTRY_VERIFY((answer += client.readAll()).contains('\n'));
        const auto reply = InstanceReply::decode(answer.trimmed());
        QVERIFY(reply);
        QVERIFY(!reply->ok);
        QVERIFY(reply->message.contains("version"));
    }

    void withoutAPrivateRuntimeFolderThereIsNoSocket_data()
    {
        QTest::addColumn<QString>("folder"); // "-" = XDG_RUNTIME_DIR unset
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("othersOwn");
        QTest::addColumn<QString>("why");
        QTest::newRow("not set") << "-" << 0 << false << "XDG_RUNTIME_DIR is not set";
        QTest::newRow("relative") << "run/user" << 0 << false << "XDG_RUNTIME_DIR is not set";
        QTest::newRow("missing") << "/nonexistent/tokendock-runtime" << 0 << false
                                 << "is not a folder";
        QTest::newRow("open to others") << "" << 0755 << false << "(mode 0755); it must be 0700";
        QTest::newRow("group may enter") << "" << 0710 << false << "(mode 0710); it must be 0700";
        QTest::newRow("another user's") << "" << 0700 << true << "belongs to another user";
    }
    void withoutAPrivateRuntimeFolderThereIsNoSocket()
    {
        QFETCH(QString, folder);
        QFETCH(int, mode);
        QFETCH(bool, othersOwn);
        QFETCH(QString, why);
        QTemporaryDir made;
        if (folder.isEmpty()) {
            folder = made.path();
            QVERIFY(openTo(made, mode_t(mode)));
            if (othersOwn) {
                QString cannot;
                if (!canBecomeNobody(&cannot))
                    QSKIP(qPrintable(cannot));
                QVERIFY(::chown(QFile::encodeName(folder).constData(), 65534, 65534) == 0);
            }
        }
        const EnvironmentChange runtimeDir("XDG_RUNTIME_DIR",
                                           folder == "-" ? QByteArray() : folder.toLocal8Bit());
        for (const bool demo : {false, true}) {
            QString reason;
            QVERIFY(SingleInstance::serverName(demo, &reason).isEmpty());
            QVERIFY2(reason.contains(why), qPrintable(reason));
        }
        SingleInstance instance;
        QString error;
        QVERIFY(!instance.listen(SingleInstance::serverName(false), &error));
        QVERIFY(!error.isEmpty());
        if (!made.path().isEmpty())
            QCOMPARE(QDir(made.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                     QStringList());
    }

    void aStartWithoutARuntimeFolderSaysSoAndLeavesTmpAlone_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("said");
        QTest::newRow("copy") << QStringList{"--copy", "nobody-has-this"}
                              << "A running TokenDock cannot be reached, so this copy is made "
                                 "without it: XDG_RUNTIME_DIR is not set";
        QTest::newRow("window") << QStringList{}
                                << "TokenDock runs without its single-instance socket, so a second "
                                   "start opens another window and tokendock --copy copies "
                                   "without this one: XDG_RUNTIME_DIR is not set";
    }
    void aStartWithoutARuntimeFolderSaysSoAndLeavesTmpAlone()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, said);
        QTemporaryDir tmp, config;
        auto* p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("XDG_RUNTIME_DIR");
        // where a predictable name would have gone
        env.insert("TMPDIR", tmp.path());
        env.insert("XDG_CONFIG_HOME", config.path());
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("LANGUAGE", "en");
        p->setProcessEnvironment(env);
        p->start(TOKENDOCK_BINARY, args);
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p->readAllStandardError()).contains(said.toUtf8()) ||
                                     p->state() == QProcess::NotRunning,
                                 30000);
        err += p->readAllStandardError();
        QVERIFY2(err.contains(said.toUtf8()), err.constData());
        if (p->state() != QProcess::NotRunning) {
            // the window opened all the same
            p->terminate();
            QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 20000);
        } else {
            QCOMPARE(p->exitCode(), 2); // no such account
        }
        // Qt's own start may make an empty runtime-<user> folder there; nothing of
        // TokenDock's (a lock, a socket) may be in it
        QStringList left;
        QDirIterator it(tmp.path(), QDir::Files | QDir::System | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            left << it.next();
        QCOMPARE(left, QStringList());
    }

    void peersAreCheckedByUserId()
    {
        const uint me = uint(geteuid());
        QVERIFY(SingleInstance::peerAllowed(me, me));
        QVERIFY(!SingleInstance::peerAllowed(me + 1, me));
        QVERIFY(!SingleInstance::peerAllowed(65534u, 0u));
        QVERIFY(!SingleInstance::peerAllowed(std::nullopt, me));
        // both ends of a real connection see this user
        QLocalServer server;
        const QString name = runtime.filePath("peer-check.socket");
        QVERIFY(server.listen(name));
        QLocalSocket client;
        client.connectToServer(name);
        QVERIFY(client.waitForConnected(2000));
        QTRY_VERIFY(server.hasPendingConnections());
        QLocalSocket* accepted = server.nextPendingConnection();
        QCOMPARE(SingleInstance::peerUid(client), std::optional<uint>(me));
        QCOMPARE(SingleInstance::peerUid(*accepted), std::optional<uint>(me));
    }

    void anotherUserIsNotHeard()
    {
        QString cannot;
        if (!canBecomeNobody(&cannot))
            QSKIP(qPrintable(cannot));
        // a socket another user can reach, as one in a shared folder would be
        QTemporaryDir shared("/tmp/tokendock-shared-XXXXXX");
        QVERIFY(openTo(shared, 0755));
        const QString name = shared.filePath("tokendock.socket");
        SingleInstance first;
        QVERIFY(first.listen(name));
        QVERIFY(::chmod(QFile::encodeName(name).constData(), 0777) == 0);
        int handled = 0;
        first.setHandler([&](const InstanceMessage&, const SingleInstance::Reply& reply) {
            ++handled;
            reply({true, 0, "raised"});
        });
        QProcess* other = startAsNobody({"connect", name});
        QTRY_VERIFY_WITH_TIMEOUT(other->state() == QProcess::NotRunning, 20000);
        const QByteArray said = other->readAllStandardOutput();
        QVERIFY2(said.startsWith("closed"), said.constData());
        QCOMPARE(handled, 0);
        // the same helper as this user is heard
        QProcess same;
        same.start(PEER_HELPER, {"connect", name});
        QTRY_VERIFY_WITH_TIMEOUT(same.state() == QProcess::NotRunning, 20000);
        const QByteArray answered = same.readAllStandardOutput();
        QVERIFY2(answered.startsWith("reply"), answered.constData());
        QCOMPARE(handled, 1);
    }

    void anotherUsersSocketIsToldNothing()
    {
        QString cannot;
        if (!canBecomeNobody(&cannot))
            QSKIP(qPrintable(cannot));
        QTemporaryDir shared("/tmp/tokendock-shared-XXXXXX");
        QVERIFY(openTo(shared, 0777));
        const QString name = shared.filePath("tokendock.socket");
        QProcess* other = startAsNobody({"listen", name});
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += other->readAllStandardOutput()).contains("listening") ||
                                     other->state() == QProcess::NotRunning,
                                 20000);
        QVERIFY2(said.contains("listening"), said.constData());
        InstanceMessage message;
        message.command = InstanceMessage::Command::Copy;
        message.account = "acme";
        const auto sent = SingleInstance::send(name, message, 3000);
        QVERIFY(!sent.reached);
        QVERIFY2(sent.error.contains("belongs to another user"), qPrintable(sent.error));
        QTRY_VERIFY_WITH_TIMEOUT(other->state() == QProcess::NotRunning, 20000);
        said += other->readAllStandardOutput();
        QVERIFY2(said.contains("received 0"), said.constData());
    }

    void copyWithoutARunningInstanceServesTheClipboardThenEnds()
    {
        REQUIRE_SECRET_SERVICE();
        QTemporaryDir config;
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        // the account where a real start finds it: the standard folder and keychain service
        AppServices::Options options;
        options.configDir = config.filePath("tokendock");
        options.keychainService = "TokenDock";
        AppServices services(options);
        services.settings().setClipboardClearSeconds(1);
        services.settings().sync();
        Account p;
        p.id = QUuid::createUuid();
        p.name = "acme-banyan";
        p.carrierId = "banyan";
        p.environmentId = "sandbox";
        p.tokenUrl = sandbox.tokenUrl("banyan").toString();
        p.clientId = QString::fromUtf8(sandbox.credentials("banyan").clientId);
        AccountSecrets secrets;
        secrets.clientSecret = SecretBytes(sandbox.credentials("banyan").clientSecret);
        QVERIFY(createAccount(services, p, secrets).ok());

        QProcess* copy = startTokendock({"--copy", "acme-banyan"}, config.path());
        QTRY_VERIFY_WITH_TIMEOUT(copy->state() == QProcess::NotRunning, 30000);
        const QString err = QString::fromUtf8(copy->readAllStandardError());
        QVERIFY2(copy->exitCode() == 0, qPrintable(err));
        QCOMPARE(sandbox.requestCount(), 1);
        QVERIFY2(err.contains("Header for acme-banyan copied") &&
                     err.contains("clipboard clears in 1 s"),
                 qPrintable(err));
        QVERIFY(!err.contains(QString::fromLatin1(sandbox.issuedTokens().last())));

        QObject context;
        bool removed = false;
        services.accounts()->remove(p.id, &context,
                                    [&removed](const Failure& r) { removed = r.ok(); });
        QTRY_VERIFY(removed);
    }

    void loginItemIsWrittenAndRemoved_data()
    {
        QTest::addColumn<bool>("throughSettings");
        QTest::newRow("directly") << false;
        QTest::newRow("from the settings") << true;
    }

    void loginItemIsWrittenAndRemoved()
    {
        QFETCH(bool, throughSettings);
        QTemporaryDir config;
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        const QString entry = config.filePath("autostart/org.tokendock.TokenDock.desktop");
        QCOMPARE(Autostart::location(), entry);
        QVERIFY(!Autostart::isEnabled());
        AppSettings settings(config.filePath("settings.ini"));
        const auto set = [&](bool on) {
            if (!throughSettings)
                return Autostart::setEnabled(on);
            SettingsDialog dialog(&settings);
            auto* check = dialog.findChild<QCheckBox*>("startAtLoginCheck");
            if (!check || !check->isEnabled() || check->isChecked() == on)
                return false;
            check->setChecked(on);
            return dialog.apply();
        };
        const mode_t umaskBefore = ::umask(022);
        const bool enabled = set(true);
        ::umask(umaskBefore);
        QVERIFY(enabled);
        QVERIFY(Autostart::isEnabled());
        // the user's alone, whatever the umask: the entry 0600, the folder made for it 0700
        QCOMPARE(modeOf(entry), 0600);
        QCOMPARE(modeOf(config.filePath("autostart")), 0700);
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY(text.contains("\nType=Application\n"));
        QVERIFY2(text.contains("\nExec=\"" + QCoreApplication::applicationFilePath() +
                               "\" --minimized\n"),
                 qPrintable(text));
        file.close();
        QVERIFY(set(false));
        QVERIFY(!QFile::exists(entry));
        QVERIFY(!Autostart::isEnabled());
        qputenv("XDG_CONFIG_HOME", saved);
    }

    void settingsSayWhyThereIsNoTray()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath("settings.ini"));
        SettingsDialog dialog(&settings);
        dialog.setTrayAvailable(false);
        auto* note = dialog.findChild<QLabel*>("trayNote");
        QVERIFY(note->text().contains("no system tray"));
        QCOMPARE(dialog.findChild<QCheckBox*>("startMinimizedCheck")->text(),
                 QString("Start with the window minimized"));
        dialog.setTrayAvailable(true);
        QVERIFY(note->text().contains("keeps TokenDock in the tray"));
    }

    void tickerSleepsWhileNothingShows()
    {
        ManualClock clock(kStart);
        Ticker ticker(&clock);
        Clipboard clipboard(&ticker);
        QWidget window;
        ticker.watch(&window);
        ticker.start();
        QVERIFY(!ticker.isRunning()); // nothing on screen, nothing to wake for
        QVERIFY(!ticker.isWakeArmed());
        window.show();
        QTRY_VERIFY(ticker.isRunning());
        QVERIFY(!ticker.isWakeArmed());
        clipboard.copySecret("secret-for-the-ticker");
        QCOMPARE(ticker.nextWake(), kStart.addSecs(30));
        window.hide();
        QTRY_VERIFY(!ticker.isRunning());
        QVERIFY(ticker.isWakeArmed()); // one single-shot, for the clipboard's clear
        QObject other;
        ticker.wakeAt(&other, kStart.addSecs(5));
        QCOMPARE(ticker.nextWake(), kStart.addSecs(5));
        ticker.wakeAt(&other, {});
        QCOMPARE(ticker.nextWake(), kStart.addSecs(30));
        // the moment comes: the clipboard is cleared and nothing is left to wake for
        clock.advance(30);
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        ticker.wakeAt(&other, clock.now()); // someone needs a tick now: every due moment is served
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 5000);
        QVERIFY(!ticker.nextWake().isValid());
        QVERIFY(!ticker.isWakeArmed());
        ticker.stop();
        window.show();
        QCoreApplication::processEvents();
        QVERIFY(!ticker.isRunning()); // a stopped ticker stays silent
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
