// SPDX-License-Identifier: Apache-2.0
// SandboxServer's probe endpoints and probe faults.
#include "clock.h"
#include "sandboxserver.h"

#include <QTcpSocket>

namespace {
struct ProbeFaultInfo
{
    SandboxServer::ProbeFault fault;
    const char* id;
};

constexpr ProbeFaultInfo kProbeFaults[] = {
    {SandboxServer::ProbeFault::NotFound, "not-found"},
    {SandboxServer::ProbeFault::RateLimited, "rate-limited"},
    {SandboxServer::ProbeFault::ServerError, "server-error"},
    {SandboxServer::ProbeFault::Unavailable, "unavailable"},
    {SandboxServer::ProbeFault::Teapot, "teapot"},
    {SandboxServer::ProbeFault::Redirect, "redirect"},
    {SandboxServer::ProbeFault::Huge, "huge"},
    {SandboxServer::ProbeFault::Unauthorized, "unauthorized"},
    {SandboxServer::ProbeFault::Forbidden, "forbidden"},
};
} // namespace

QUrl SandboxServer::probeUrl(const QString& carrierId) const
{
    const EmulatedCarrier* c = CarrierEmulator::find(carrierId);
    if (!c || c->probePath.isEmpty())
        return {};
    return QUrl(baseUrl().toString() + QLatin1Char('/') + c->id +
                QString::fromLatin1(c->probePath));
}

QUrl SandboxServer::probeFaultUrl(ProbeFault fault) const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/probe-faults/") + probeFaultId(fault));
}

QList<SandboxServer::ProbeFault> SandboxServer::probeFaults()
{
    QList<ProbeFault> out;
    for (const auto& f : kProbeFaults)
        out << f.fault;
    return out;
}

QString SandboxServer::probeFaultId(ProbeFault fault)
{
    for (const auto& f : kProbeFaults) {
        if (f.fault == fault)
            return QString::fromLatin1(f.id);
    }
    return {};
}

void SandboxServer::setProbeEntitled(const QString& carrierId, bool entitled)
{
    m_probeSwitches[carrierId].entitled = entitled;
}

void SandboxServer::setProbeScope(const QString& carrierId, const QString& scope)
{
    m_probeSwitches[carrierId].scope = scope;
}

bool SandboxServer::serveProbe(QTcpSocket* socket, const RecordedRequest& request)
{
    if (request.path.startsWith("/probe-faults/")) {
        const QByteArray id = request.path.mid(int(qstrlen("/probe-faults/")));
        for (const auto& f : kProbeFaults) {
            if (id == f.id) {
                serveProbeFault(socket, f.fault);
                return true;
            }
        }
        return false;
    }
    const EmulatedCarrier* c = ProbeEndpoint::carrierAt(request.path);
    if (!c)
        return false;
    const QByteArray issuer = (baseUrl().toString() + QLatin1Char('/') + c->id).toLatin1();
    respond(socket, ProbeEndpoint::answer(*c, request, m_issuedFor, m_probeSwitches.value(c->id),
                                          (m_clock ? *m_clock : Clock::system()).now(), issuer));
    return true;
}

void SandboxServer::serveProbeFault(QTcpSocket* socket, ProbeFault fault)
{
    switch (fault) {
    case ProbeFault::NotFound:
        return respond(socket, HttpResponse::json(404, "{\"error\":\"not_found\"}"));
    case ProbeFault::RateLimited: {
        HttpResponse r = HttpResponse::json(
            429, "{\"error\":\"rate_limited\",\"error_description\":\"Too many requests.\"}");
        r.addHeader("Retry-After", "30");
        return respond(socket, r);
    }
    case ProbeFault::ServerError:
        return respond(socket, HttpResponse::json(500, "{\"message\":\"Internal error\"}"));
    case ProbeFault::Unavailable:
        return respond(socket, HttpResponse::json(503, "{\"message\":\"Down for maintenance\"}"));
    case ProbeFault::Teapot:
        return respond(socket, HttpResponse::json(418, "{\"message\":\"I'm a teapot\"}"));
    case ProbeFault::Redirect: {
        HttpResponse r = HttpResponse::json(307, {});
        r.addHeader("Location",
                    (otherOriginUrl().toString() + QStringLiteral("/v1/probe")).toLatin1());
        return respond(socket, r);
    }
    case ProbeFault::Huge:
        return serveHuge(socket);
    case ProbeFault::Unauthorized: {
        HttpResponse r = HttpResponse::json(401, "{\"error\":\"invalid_token\"}");
        r.addHeader("WWW-Authenticate",
                    "Bearer error=\"invalid_token\", "
                    "error_description=\"The token audience is not this API.\"");
        return respond(socket, r);
    }
    case ProbeFault::Forbidden:
        return respond(socket,
                       HttpResponse::json(403, "{\"error\":\"access_denied\",\"error_description\":"
                                               "\"Your account is not provisioned for this API "
                                               "product.\"}"));
    }
}
