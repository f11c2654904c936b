// SPDX-License-Identifier: Apache-2.0
// tokendock sandbox [--port N]
#include "alignedrows.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "commandparser.h"
#include "commands.h"
#include "sandboxserver.h"
#include "stopsignals.h"

namespace {
QString sandboxText(const SandboxServer& server, const CarrierCatalog& catalog)
{
    QString text = SandboxCommand::tr("TokenDock carrier sandbox listening on %1")
                       .arg(server.baseUrl().toString()) +
                   QLatin1Char('\n');
    text += SandboxCommand::tr("Sandbox credentials below are fake values that only this "
                               "sandbox accepts.") +
            QLatin1Char('\n');
    for (const QString& id : SandboxServer::carrierIds()) {
        const CarrierPreset* preset = catalog.find(id);
        const auto creds = server.credentials(id);
        text += QLatin1Char('\n') + id + QStringLiteral("  ") + (preset ? preset->name : id) +
                QLatin1Char('\n');
        AlignedRows rows;
        rows.add(SandboxCommand::tr("Token URL"), server.tokenUrl(id).toString());
        rows.add(SandboxCommand::tr("Client id"), QString::fromUtf8(creds.clientId));
        rows.add(SandboxCommand::tr("Client secret"), QString::fromUtf8(creds.clientSecret));
        for (auto it = creds.fields.begin(); it != creds.fields.end(); ++it)
            rows.add(it.key(), QString::fromUtf8(it.value()));
        text += rows.text();
    }
    text += QLatin1Char('\n') +
            SandboxCommand::tr("Fault modes (they answer every request badly, on purpose):") +
            QLatin1Char('\n');
    AlignedRows faults;
    for (const SandboxServer::Fault fault : SandboxServer::faults())
        faults.add(SandboxServer::faultId(fault), server.faultUrl(fault).toString());
    text += faults.text();
    const QString banyan = SandboxServer::carrierIds().contains(QStringLiteral("banyan"))
                               ? QStringLiteral("banyan")
                               : SandboxServer::carrierIds().value(0);
    const auto demo = server.credentials(banyan);
    text += QLatin1Char('\n') + SandboxCommand::tr("Try it:") + QLatin1Char('\n');
    text += QStringLiteral("  printf '%1\\n' | tokendock add demo-%2 --carrier %2 "
                           "--token-url %3 --client-id %4 --secret-stdin\n")
                .arg(QString::fromUtf8(demo.clientSecret), banyan,
                     server.tokenUrl(banyan).toString(), QString::fromUtf8(demo.clientId));
    text +=
        QStringLiteral("  tokendock test demo-%1\n").arg(banyan); // untranslated: a shell command
    text += QLatin1Char('\n') + SandboxCommand::tr("Press Ctrl+C to stop.") + QLatin1Char('\n');
    return text;
}
} // namespace

int SandboxCommand::run(CliSession& session)
{
    CommandParser parser(session,
                         tr("Runs the built-in carrier sandbox on 127.0.0.1 in the foreground "
                            "until Ctrl+C, and prints each carrier's token URL and sandbox "
                            "credentials."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("port"), tr("The port to listen on (default: any free port)."), tr("N")));
    if (const auto exit = parser.parse(0, 0))
        return *exit;
    int port = 0;
    if (parser.isSet(QStringLiteral("port"))) {
        QString problem;
        const auto n = parser.number(QStringLiteral("port"), 1, 65535, &problem);
        if (!n)
            return session.fail(session.usage(problem));
        port = *n;
    }
    SandboxServer server;
    if (!server.start(quint16(port)))
        return session.fail(CliSession::failure(
            ErrorCategory::Internal,
            tr("The sandbox could not listen on 127.0.0.1 port %1.").arg(port),
            tr("Another program probably uses that port; choose another with --port, or leave "
               "it out to take any free one.")));
    CliSession::out(sandboxText(server, session.catalog()));
    QEventLoop loop;
    StopSignals stop([&loop](int) { loop.quit(); });
    loop.exec();
    server.stop();
    CliSession::out(tr("Sandbox stopped.") + QLatin1Char('\n'));
    return 0;
}
