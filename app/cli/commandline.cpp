#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace CommandLine {

bool wantsCommandLine(const QStringList& arguments)
{
    for (const QString& arg : arguments.mid(1)) {
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v") ||
            arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
            !arg.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

int run(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDOCK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Test carrier API client credentials and copy OAuth 2.0 tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}

} // namespace CommandLine
