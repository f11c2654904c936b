// SPDX-License-Identifier: Apache-2.0
// Fills the user's TokenDock (AppServices::standard(): the config folder and
// the "TokenDock" keychain service) with benchmark accounts, for run.sh:
//
//   bench_accounts --count N --port P [--tokens | --profiles-only]
//
// The accounts point at a sandbox on 127.0.0.1:P, which this program runs
// while it works; with --tokens each account also gets a cached token. With
// --profiles-only nothing goes to the keychain (as after an import, for
// counts where seeding the keychain would take minutes).
// Run it inside packaging/dev.sh keyring, never against real accounts.
#include "appservices.h"
#include "benchaccounts.h"
#include "profilestore.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    const QCommandLineOption profilesOnly(QStringLiteral("profiles-only"),
                                          QStringLiteral("write profiles.json only"));
    parser.addOptions({count, port, tokens, profilesOnly});
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
    AppServices services(AppServices::standard());
    const auto accounts = BenchAccounts::make(sandbox, parser.value(count).toInt());
    QString error;
    if (parser.isSet(profilesOnly)) {
        QList<Profile> profiles;
        for (const DemoSetup::Account& a : accounts)
            profiles << a.profile;
        if (!services.profiles()->replaceAll(profiles, &error)) {
            err << "bench_accounts: " << error << "\n";
            return 1;
        }
        return 0;
    }
    if (!BenchAccounts::save(services, accounts, &error) ||
        (parser.isSet(tokens) && !BenchAccounts::fetchTokens(services, accounts, &error))) {
        err << "bench_accounts: " << error << "\n";
        return 1;
    }
    return 0;
}
