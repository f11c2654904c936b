// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class CliSession;
class CommandParser;

// One `tokendock <command>`: its name, a one-line summary for --help, and
// the function that runs it and returns the exit code.
struct CliCommand
{
    const char* name;
    const char* summary; // translated in the "CommandLine" context
    int (*run)(CliSession& session);
};

// Every command, in the order --help lists them.
const QList<CliCommand>& cliCommands();
const CliCommand* findCliCommand(const QString& name);

struct CarriersCommand
{
    Q_DECLARE_TR_FUNCTIONS(CarriersCommand)
public:
    static int run(CliSession& session);
};

struct ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    static int run(CliSession& session);
};

struct AddEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddEditCommand)
public:
    static int runAdd(CliSession& session);
    static int runEdit(CliSession& session);

private:
    // add --from-stdin: the account from a carrier's onboarding text
    static int addFromText(CliSession& session, const CommandParser& parser);
};

struct RemoveCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCommand)
public:
    static int run(CliSession& session);
};

struct TestCommand
{
    Q_DECLARE_TR_FUNCTIONS(TestCommand)
public:
    static int run(CliSession& session);
};

struct RotateCommand
{
    Q_DECLARE_TR_FUNCTIONS(RotateCommand)
public:
    static int run(CliSession& session);

private:
    // after the options are parsed: read the candidate, try it, report
    static int rotate(CliSession& session, const CommandParser& parser);
};

struct CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    static int run(CliSession& session);
};

struct ProbeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
public:
    static int run(CliSession& session);
};

struct TokenCommand
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)
public:
    static int run(CliSession& session);
};

struct ExchangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommand)
public:
    static int runExport(CliSession& session);
    static int runImport(CliSession& session);
};

struct SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
public:
    static int run(CliSession& session);
};
