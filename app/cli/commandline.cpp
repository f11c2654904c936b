// SPDX-License-Identifier: Apache-2.0
#include "commandline.h"

#include "appsettings.h"
#include "clisession.h"
#include "commands.h"
#include "processhardening.h"
#include "windowoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace {
bool isHelpOrVersion(const QString& name)
{
    return name == QLatin1String("--help") || name == QLatin1String("-h") ||
           name == QLatin1String("-?") || name == QLatin1String("--help-all") ||
           name == QLatin1String("--version") || name == QLatin1String("-v");
}

struct Scan
{
    QString command; // the first positional argument, empty when there is none
    bool guiOption = false;
    bool helpOrVersion = false;
};

Scan scan(const QStringList& arguments)
{
    Scan s;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            s.command = arguments.value(i + 1);
            break;
        }
        if (arg.size() > 1 && arg.startsWith(QLatin1Char('-'))) {
            const QString name = arg.section(QLatin1Char('='), 0, 0);
            bool takesValue = false;
            if (WindowOptions::isWindowOption(name, &takesValue)) {
                s.guiOption = true;
                if (takesValue && !arg.contains(QLatin1Char('=')))
                    ++i; // skip its value
            } else if (isHelpOrVersion(name)) {
                s.helpOrVersion = true;
            }
            continue;
        }
        s.command = arg;
        break;
    }
    return s;
}

// The language chosen in Settings, else the system's; English (for its
// plural forms) when there is no translation for either.
void installTranslator(QCoreApplication& app)
{
    const AppSettings settings(CliSession::settingsFile());
    const QString language = settings.language();
    const QString folder = QStringLiteral(":/i18n");
    const QString name = QStringLiteral("tokendock");
    auto* translator = new QTranslator(&app);
    bool loaded = language.isEmpty()
                      ? translator->load(QLocale(), name, QStringLiteral("_"), folder)
                      : translator->load(name + QLatin1Char('_') + language, folder);
    if (!loaded)
        loaded = translator->load(name + QStringLiteral("_en"), folder);
    if (loaded)
        QCoreApplication::installTranslator(translator);
}

// The desktop app's options, for the same --help: one list (windowoptions.h).
QString windowOptionsHelp()
{
    QList<QPair<QString, QString>> rows;
    qsizetype width = 0;
    for (const WindowOption& o : WindowOptions::all()) {
        QString usage = QStringLiteral("--") + QString::fromLatin1(o.name);
        if (o.valueName)
            usage += QStringLiteral(" <%1>").arg(QString::fromLatin1(o.valueName));
        width = qMax(width, usage.size());
        rows.append({usage, WindowOptions::description(o)});
    }
    QString text = QCoreApplication::translate("CommandLine",
                                               "Options of the desktop app (without a command):") +
                   QLatin1Char('\n');
    for (const auto& row : rows)
        text += QStringLiteral("  %1  %2\n").arg(row.first, -int(width)).arg(row.second);
    return text;
}

int globalHelpOrVersion(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Test carrier API client credentials and print OAuth 2.0 tokens.\n"
                       "Without a command, tokendock starts the desktop app."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("CommandLine", "One of the commands below."),
        QCoreApplication::translate("CommandLine", "<command> [options]"));
    if (!parser.parse(arguments)) {
        CliSession::err(
            parser.errorText() + QLatin1Char('\n') +
            QCoreApplication::translate("CommandLine",
                                        "Run \u201ctokendock --help\u201d to see the commands.") +
            QLatin1Char('\n'));
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        CliSession::out(QCoreApplication::applicationName() + QLatin1Char(' ') +
                        QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return 0;
    }
    QString text = parser.helpText();
    text += QLatin1Char('\n') + QCoreApplication::translate("CommandLine", "Commands:") +
            QLatin1Char('\n');
    for (const CliCommand& c : cliCommands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(c.name), -10)
                    .arg(QCoreApplication::translate("CommandLine", c.summary));
    text += QLatin1Char('\n') +
            QCoreApplication::translate(
                "CommandLine",
                "Run \u201ctokendock <command> --help\u201d for the options of a command.") +
            QLatin1Char('\n');
    text += QLatin1Char('\n') + windowOptionsHelp();
    CliSession::out(text);
    return 0;
}
} // namespace

const QList<CliCommand>& cliCommands()
{
    static const QList<CliCommand> commands{
        {"carriers",
         QT_TRANSLATE_NOOP("CommandLine",
                           "List the carrier presets: environments, token URLs, credentials, "
                           "refresh advice."),
         &CarriersCommand::run},
        {"list", QT_TRANSLATE_NOOP("CommandLine", "List the accounts."), &ListCommand::run},
        {"add", QT_TRANSLATE_NOOP("CommandLine", "Add an account; its secret is read from stdin."),
         &AddEditCommand::runAdd},
        {"edit", QT_TRANSLATE_NOOP("CommandLine", "Change an account."), &AddEditCommand::runEdit},
        {"remove", QT_TRANSLATE_NOOP("CommandLine", "Remove an account and its secrets."),
         &RemoveCommand::run},
        {"test",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Request a new token and show what the carrier answered."),
         &TestCommand::run},
        {"probe",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Make one harmless API call with the account's token: does it open "
                           "the door?"),
         &ProbeCommand::run},
        {"rotate",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Replace an account's secret with a new one, once the new one "
                           "works."),
         &RotateCommand::run},
        {"check",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Check accounts for monitoring: one line each, exit codes for "
                           "failed, unchecked and expiring."),
         &CheckCommand::run},
        {"token",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Print a usable token (the cached one while it stays valid)."),
         &TokenCommand::run},
        {"export",
         QT_TRANSLATE_NOOP("CommandLine", "Write the accounts to a file, without secrets."),
         &ExchangeCommand::runExport},
        {"import", QT_TRANSLATE_NOOP("CommandLine", "Add the accounts from an exported file."),
         &ExchangeCommand::runImport},
        {"sandbox",
         QT_TRANSLATE_NOOP("CommandLine", "Run the built-in carrier sandbox in the foreground."),
         &SandboxCommand::run},
    };
    return commands;
}

const CliCommand* findCliCommand(const QString& name)
{
    for (const CliCommand& c : cliCommands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

namespace CommandLine {

bool wantsCommandLine(const QStringList& arguments)
{
    const Scan s = scan(arguments);
    // any word is for the command line: a known command runs, an unknown one
    // is a usage error rather than a surprise window
    if (!s.command.isEmpty())
        return true;
    return s.helpOrVersion && !s.guiOption;
}

int run(int argc, char** argv)
{
    // before any secret is read: no core dumps, no same-user ptrace
    ProcessHardening::apply();
#if defined(__GLIBC__)
    // Without TZ, glibc looks at /etc/localtime again at every local time
    // conversion: two stat calls per account in list. A command lasts a
    // moment, so it keeps the zone it started with. (Other C libraries read
    // TZ differently: it is left alone there.)
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDOCK_VERSION));
    // log lines stay out of scripts' stderr (every failure is reported in words);
    // QT_LOGGING_RULES still wins
    QLoggingCategory::setFilterRules(
        QStringLiteral("tokendock.*.info=false\ntokendock.*.warning=false"));
    installTranslator(app);

    const QStringList arguments = QCoreApplication::arguments();
    const Scan s = scan(arguments);
    if (s.command.isEmpty())
        return globalHelpOrVersion(arguments);
    const CliCommand* command = findCliCommand(s.command);
    if (!command) {
        CliSession::err(
            QCoreApplication::translate("CommandLine", "\u201c%1\u201d is not a tokendock command.")
                .arg(s.command) +
            QLatin1Char(' ') +
            QCoreApplication::translate("CommandLine",
                                        "Run \u201ctokendock --help\u201d to see the commands.") +
            QLatin1Char('\n'));
        return 2;
    }
    CliSession session(arguments, s.command);
    const int exitCode = command->run(session);
    session.settle();
    return exitCode;
}

} // namespace CommandLine
