// SPDX-License-Identifier: Apache-2.0
// Fills the user's TokenDock (AppServices::standard(): the config folder and
// the "TokenDock" keychain service) with benchmark accounts, for run.sh:
//
//   bench_accounts --count N --port P [--tokens | --list-only]
//
// The accounts point at a sandbox on 127.0.0.1:P, which this program runs
// while it works; with --tokens each account also gets a cached token. With
// --list-only nothing goes to the keychain (as after an import, for
// counts where seeding the keychain would take minutes). Items go where
// TokenDock's own SecretStore puts them: the Secret Service's default
// collection (run.sh points that at gnome-keyring's in-memory one first).
// Prints "seeded accounts=N keychain_items=M ms=T".
// Run it inside packaging/dev.sh keyring, never against real accounts.
#include "accountstore.h"
#include "appservices.h"
#include "benchaccounts.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendock"));
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("accounts to add"),
                                   QStringLiteral("N"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("the sandbox's port"),
                                  QStringLiteral("P"));
    const QCommandLineOption tokens(QStringLiteral("tokens"),
                                    QStringLiteral("cache a token for every account"));
    const QCommandLineOption listOnly(QStringLiteral("list-only"),
                                      QStringLiteral("write accounts.json only"));
    parser.addOptions({count, port, tokens, listOnly});
    parser.addHelpOption();
    parser.process(app);
    QTextStream err(stderr);
    if (!qEnvironmentVariableIsSet("TOKENDOCK_TEST_SCRATCH")) {
        err << "bench_accounts writes into the user's TokenDock: run it through "
               "packaging/dev.sh keyring\n";
        return 2;
    }

    SandboxServer sandbox;
    if (!sandbox.start(quint16(parser.value(port).toUInt()))) {
        err << "the sandbox could not listen on port " << parser.value(port) << "\n";
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    AppServices services(AppServices::standard());
    const auto samples = BenchAccounts::make(sandbox, parser.value(count).toInt());
    QString error;
    if (parser.isSet(listOnly)) {
        QList<Account> accounts;
        for (const DemoSetup::Sample& a : samples)
            accounts << a.account;
        if (!services.store()->replaceAll(accounts, &error)) {
            err << "bench_accounts: " << error << "\n";
            return 1;
        }
        return 0;
    }
    if (!BenchAccounts::save(services, samples, &error) ||
        (parser.isSet(tokens) && !BenchAccounts::fetchTokens(services, samples, &error))) {
        err << "bench_accounts: " << error << "\n";
        return 1;
    }
    qsizetype items = 0;
    for (const DemoSetup::Sample& a : samples)
        items += 1 + a.secrets.fields.size() + (parser.isSet(tokens) ? 1 : 0);
    QTextStream(stdout) << "seeded accounts=" << samples.size() << " keychain_items=" << items
                        << " ms=" << clock.elapsed() << "\n";
    return 0;
}
