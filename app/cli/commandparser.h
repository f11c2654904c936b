// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

class CliSession;

// One command's QCommandLineParser: its usage line, --help, and the usage
// errors (exit code 2) for unknown options and missing or extra arguments.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandParser)

public:
    CommandParser(CliSession& session, const QString& description);

    // A positional argument after the command word, for the usage line and --help.
    void addArgument(const QString& name, const QString& description, const QString& syntax = {});
    void addOption(const QCommandLineOption& option) { m_parser.addOption(option); }
    void addJsonOption(const QString& description);

    // Parses the session's arguments. Returns nothing to go on, or the exit
    // code to end with (0 after --help, 2 after a usage error, already reported).
    // missing: what to say when fewer than `required` arguments were given.
    std::optional<int> parse(int required, int allowed, const QString& missing = {});

    // The positional arguments after the command word.
    QStringList arguments() const;
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    // An option's value as a whole number in [low, high]; nothing (and *error) when it is not.
    std::optional<int> number(const QString& name, int low, int high, QString* error) const;

private:
    CliSession& m_session;
    QCommandLineParser m_parser;
    bool m_hasJson = false;
};
