// SPDX-License-Identifier: Apache-2.0
// Everything tokendock writes is its user's alone, whatever the umask: files
// 0600, folders 0700. Run with umask 022, as most desktops have it, so a file
// that takes the default mode shows up as 0644.
#include "appsettings.h"
#include "clitest.h"
#include "filemode.h"
#include "sandboxserver.h"

#include <QDirIterator>

#include <sys/stat.h>

namespace {

QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

// Every file and folder under the XDG folders of home (the folders themselves
// included) whose mode is not 0600 for a file, 0700 for a folder; `except`
// are left out. Counts what it looked at.
QStringList notPrivate(const QString& home, int* looked, const QStringList& except = {})
{
    QStringList wrong;
    for (const char* xdg : {"/.config", "/.local", "/.cache"}) {
        const QString root = home + QLatin1String(xdg);
        if (!QFileInfo::exists(root))
            continue;
        QStringList paths{root};
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
        for (const QString& path : std::as_const(paths)) {
            if (except.contains(path))
                continue;
            ++*looked;
            const int expected = QFileInfo(path).isDir() ? 0700 : 0600;
            const int mode = modeOf(path);
            if (mode != expected)
                wrong << path + QStringLiteral(" is ") + octal(mode);
        }
    }
    return wrong;
}
} // namespace

class TestCliPrivacy : public QObject
{
    Q_OBJECT

    SandboxServer sandbox;
    mode_t m_umask = 0;

private slots:
    void initTestCase()
    {
        QString why;
        if (!secretServiceWorks(&why))
            QFAIL(qPrintable(why));
        QVERIFY(sandbox.start());
        // the children inherit it
        m_umask = ::umask(022);
    }
    void cleanupTestCase() { ::umask(m_umask); }

    void filesAndFoldersArePrivate()
    {
        CliHome home;
        // tokendock makes every folder it needs itself
        QVERIFY(QDir(home.path() + "/.config").removeRecursively());
        addSandboxAccount(home, sandbox, "acme", "banyan");
        RUN_CLI(test, home, {"test", "acme"});
        QCOMPARE_EXIT(test, 0);
        // the probe's verdict is kept with the history; the token it sent is not
        RUN_CLI(probe, home, {"probe", "acme"});
        QCOMPARE_EXIT(probe, 0);
        QVERIFY(home.accountsBytes().contains("\"verdict\": \"works\""));
        for (const QByteArray& token : sandbox.issuedTokens())
            QVERIFY2(whereInClear(filesUnder(home.path()), {token}, {}).isEmpty(),
                     "a token the probe sent is in a file");

        // an export to a new file, and over an earlier export that was 0644
        QTemporaryDir elsewhere;
        const QString fresh = elsewhere.filePath("accounts.json");
        const QString earlier = elsewhere.filePath("earlier.json");
        {
            QFile f(earlier);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}");
        }
        QCOMPARE(modeOf(earlier), 0644);
        for (const QString& target : {fresh, earlier}) {
            RUN_CLI(exported, home, {"export", target});
            QCOMPARE_EXIT(exported, 0);
            QVERIFY2(modeOf(target) == 0600, qPrintable(target + " is " + octal(modeOf(target))));
        }

        // the settings file, as the window writes it
        {
            AppSettings settings(home.configDir() + "/settings.ini");
            settings.setClipboardClearSeconds(12);
            settings.sync();
        }
        QVERIFY(QFile::exists(home.configDir() + "/settings.ini"));

        int looked = 0;
        const QStringList wrong = notPrivate(home.path(), &looked);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join('\n')));
        // .config, its tokendock folder, accounts.json and settings.ini at least
        QVERIFY2(looked >= 4, qPrintable(QString::number(looked)));
    }

    void anOlderLooseFolderIsTightened()
    {
        CliHome home;
        QVERIFY(QFile::setPermissions(home.path() + "/.config", QFileDevice::ReadOwner |
                                                                    QFileDevice::WriteOwner |
                                                                    QFileDevice::ExeOwner));
        // as an older TokenDock (or a copy by hand) left them
        QCOMPARE(modeOf(home.configDir()), 0755);
        {
            QFile ini(home.configDir() + "/settings.ini");
            QVERIFY(ini.open(QIODevice::WriteOnly));
            ini.write("[clipboard]\nclearSeconds=20\n");
        }
        QCOMPARE(modeOf(home.configDir() + "/settings.ini"), 0644);
        addSandboxAccount(home, sandbox, "acme", "banyan");
        {
            AppSettings settings(home.configDir() + "/settings.ini");
            settings.setClipboardClearSeconds(12);
            settings.sync();
        }
        int looked = 0;
        const QStringList wrong = notPrivate(home.path(), &looked);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join('\n')));
    }

    void theCopyOfAnUnreadableListIsPrivate()
    {
        CliHome home;
        QVERIFY(QFile::setPermissions(home.path() + "/.config", QFileDevice::ReadOwner |
                                                                    QFileDevice::WriteOwner |
                                                                    QFileDevice::ExeOwner));
        QVERIFY(QFile::setPermissions(home.configDir(), QFileDevice::ReadOwner |
                                                            QFileDevice::WriteOwner |
                                                            QFileDevice::ExeOwner));
        {
            QFile broken(home.accountsPath());
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("{ not json");
        }
        QCOMPARE(modeOf(home.accountsPath()), 0644);
        RUN_CLI(list, home, {"list"});
        QVERIFY2(list.exitCode != 0, list.describe().constData());
        const QStringList copies =
            QDir(home.configDir()).entryList({"accounts.json.unreadable-*"}, QDir::Files);
        QCOMPARE(copies.size(), 1);
        // the broken file itself is left exactly as it was, mode included
        int looked = 0;
        const QStringList wrong = notPrivate(home.path(), &looked, {home.accountsPath()});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join('\n')));
        QCOMPARE(modeOf(home.accountsPath()), 0644);
    }
};

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "tst_cli_privacy.moc"
