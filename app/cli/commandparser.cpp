// SPDX-License-Identifier: Apache-2.0
#include "commandparser.h"

#include "clisession.h"
#include "commands.h"

CommandParser::CommandParser(CliSession& session, const QString& description)
    : m_session(session)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    const CliCommand* command = findCliCommand(session.command());
    m_parser.addPositionalArgument(
        session.command(),
        command ? QCoreApplication::translate("CommandLine", command->summary) : QString(),
        session.command());
}

void CommandParser::addArgument(const QString& name, const QString& description,
                                const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax.isEmpty() ? name : syntax);
}

void CommandParser::addJsonOption(const QString& description)
{
    m_parser.addOption(QCommandLineOption(QStringLiteral("json"), description));
    m_hasJson = true;
}

std::optional<int> CommandParser::parse(int required, int allowed, const QString& missing)
{
    const bool parsed = m_parser.parse(m_session.arguments());
    // a usage error still answers --json with a JSON document
    m_session.setJson(m_hasJson &&
                      (parsed ? m_parser.isSet(QStringLiteral("json"))
                              : m_session.arguments().contains(QStringLiteral("--json"))));
    if (!parsed)
        return m_session.fail(m_session.usage(m_parser.errorText()));
    if (m_parser.isSet(QStringLiteral("help"))) {
        CliSession::out(m_parser.helpText());
        return 0;
    }
    const QStringList args = arguments();
    if (args.size() < required)
        return m_session.fail(m_session.usage(missing));
    if (args.size() > allowed)
        return m_session.fail(
            m_session.usage(tr("Unexpected argument \u201c%1\u201d.").arg(args.at(allowed))));
    return std::nullopt;
}

QStringList CommandParser::arguments() const
{
    return m_parser.positionalArguments().mid(1);
}

std::optional<int> CommandParser::number(const QString& name, int low, int high,
                                         QString* error) const
{
    bool ok = false;
    const int n = m_parser.value(name).trimmed().toInt(&ok);
    if (ok && n >= low && n <= high)
        return n;
    *error = tr("--%1 takes a whole number from %2 to %3, not \u201c%4\u201d.")
                 .arg(name)
                 .arg(low)
                 .arg(high)
                 .arg(m_parser.value(name));
    return std::nullopt;
}
