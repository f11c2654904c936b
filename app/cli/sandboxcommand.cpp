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
// How one carrier's token request travels, a row each, so a person can write
// it by hand: method and body, where the client id and secret go, and what
// else the carrier insists on.
QStringList requestShape(const EmulatedCarrier& c)
{
    QString start = QString::fromLatin1(c.method == EmulatedCarrier::Method::Get ? "GET" : "POST") +
                    QStringLiteral(", ") +
                    (c.bodyless                         ? SandboxCommand::tr("no body")
                     : c.encoding == BodyEncoding::Json ? SandboxCommand::tr("JSON body")
                                                        : SandboxCommand::tr("form body"));
    if (!c.grantTypes.isEmpty())
        start += QStringLiteral(", grant_type=") + c.grantTypes.join(QLatin1Char('|'));
    QStringList rows{start};
    //: %1 and %2 are HTTP header names, e.g. X-DPD-CLIENTID and X-DPD-CLIENTSECRET
    if (!c.clientIdHeader.isEmpty())
        rows << SandboxCommand::tr("client id and secret in the headers %1 and %2")
                    .arg(QString::fromLatin1(c.clientIdHeader),
                         QString::fromLatin1(c.clientSecretHeader));
    else if (c.placement == PlacementPolicy::Basic)
        rows << SandboxCommand::tr("client id and secret with HTTP Basic");
    else if (c.placement == PlacementPolicy::Either)
        rows << SandboxCommand::tr(
                    "client id and secret with HTTP Basic or in the body as %1 and %2")
                    .arg(c.clientIdField, c.clientSecretField);
    else
        //: %1 and %2 are request body field names, e.g. client_id and client_secret
        rows << SandboxCommand::tr("client id and secret in the body as %1 and %2")
                    .arg(c.clientIdField, c.clientSecretField);
    QStringList headers;
    QStringList fields;
    for (const auto& field : c.requiredFields) {
        QString named = field.expected.isEmpty() || field.credential
                            ? field.key
                            : field.key + QLatin1Char('=') + field.expected;
        //: %1 is an HTTP header name whose value must be the client id, e.g. Consumer-Key
        if (field.equalsClientId)
            named = SandboxCommand::tr("%1 (the client id)").arg(field.key);
        if (!field.grantTypes.isEmpty()) // only with these grant types
            named +=
                QStringLiteral(" (grant_type=%1)").arg(field.grantTypes.join(QLatin1Char('|')));
        (field.place == EmulatedCarrier::FieldPlace::Header ? headers : fields) << named;
    }
    //: %1 lists HTTP header names, e.g. X-DPD-BUCODE
    if (!headers.isEmpty())
        rows << SandboxCommand::tr("also the headers %1").arg(headers.join(QStringLiteral(", ")));
    //: %1 lists request body fields, e.g. audience=https://inavisphere.chrobinson.com
    if (!fields.isEmpty())
        rows
            << SandboxCommand::tr("also the body fields %1").arg(fields.join(QStringLiteral(", ")));
    return rows;
}

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
        rows.add(SandboxCommand::tr("Probe URL"), server.probeUrl(id).toString());
        const QStringList shape = requestShape(*CarrierEmulator::find(id));
        for (qsizetype i = 0; i < shape.size(); ++i)
            rows.add(i == 0 ? SandboxCommand::tr("Request") : QString(), shape.at(i));
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
    text += SandboxCommand::tr("jwks-wrong-key, foreign-issuer and rotate-keys hand out good "
                               "tokens whose signing keys are at fault: published wrong, at an "
                               "issuer on another site, or new with every token; "
                               "\u201ctokendock test\u201d shows the signature check.") +
            QLatin1Char('\n');
    text += QLatin1Char('\n') +
            SandboxCommand::tr("Probe fault modes (probe URLs whose API answers badly):") +
            QLatin1Char('\n');
    AlignedRows probeFaults;
    for (const SandboxServer::ProbeFault fault : SandboxServer::probeFaults())
        probeFaults.add(SandboxServer::probeFaultId(fault), server.probeFaultUrl(fault).toString());
    text += probeFaults.text();
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
    parser.addOption(QCommandLineOption(
        QStringLiteral("clock-offset"),
        tr("Run the sandbox's clock this many seconds ahead of this computer's (behind when "
           "negative), as a carrier whose clock is off; its Date headers and tokens follow it."),
        tr("SECONDS")));
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
    if (parser.isSet(QStringLiteral("clock-offset"))) {
        QString problem;
        constexpr int kYear = 366 * 86400;
        const auto n = parser.number(QStringLiteral("clock-offset"), -kYear, kYear, &problem);
        if (!n)
            return session.fail(session.usage(problem));
        server.setClockOffset(*n);
    }
    if (!server.start(quint16(port)))
        return session.fail(CliSession::failure(
            ErrorCategory::Internal,
            tr("The sandbox could not listen on 127.0.0.1 port %1.").arg(port),
            tr("Another program probably uses that port; choose another with --port, or leave "
               "it out to take any free one.")));
    CliSession::out(sandboxText(server, session.catalog()));
    if (parser.isSet(QStringLiteral("clock-offset")))
        CliSession::out(tr("The sandbox's clock reads %1 UTC.")
                            .arg(server.now().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) +
                        QLatin1Char('\n'));
    QEventLoop loop;
    StopSignals stop([&loop](int) { loop.quit(); });
    loop.exec();
    server.stop();
    CliSession::out(tr("Sandbox stopped.") + QLatin1Char('\n'));
    return 0;
}
