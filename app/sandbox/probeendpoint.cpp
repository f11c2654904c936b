// SPDX-License-Identifier: Apache-2.0
#include "probeendpoint.h"

#include "carrieremulator.h"
#include "carrierrefusal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Any header value ending in an issued token: the sandbox does not care which
// header the carrier's API reads, only that the token is one it handed out.
const ProbeEndpoint::Issued* presented(const RecordedRequest& request,
                                       const QHash<QByteArray, ProbeEndpoint::Issued>& issued)
{
    for (const auto& header : request.headers) {
        const QByteArray value = header.second.trimmed();
        const QByteArray last = value.mid(value.lastIndexOf(' ') + 1);
        const auto it = issued.constFind(last);
        if (it != issued.constEnd())
            return &it.value();
    }
    return nullptr;
}

HttpResponse unauthorized(const EmulatedCarrier& c, const QByteArray& issuer, const QString& why)
{
    HttpResponse r =
        CarrierRefusal::apiAnswer(c, issuer, 401, QStringLiteral("invalid_token"), why);
    r.addHeader("WWW-Authenticate",
                "Bearer error=\"invalid_token\", error_description=\"" + why.toUtf8() + "\"");
    return r;
}

QByteArray countries()
{
    const QJsonArray items{QJsonObject{{QStringLiteral("code"), QStringLiteral("US")},
                                       {QStringLiteral("name"), QStringLiteral("United States")}},
                           QJsonObject{{QStringLiteral("code"), QStringLiteral("CA")},
                                       {QStringLiteral("name"), QStringLiteral("Canada")}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

const EmulatedCarrier* ProbeEndpoint::carrierAt(const QByteArray& path)
{
    for (const auto& c : CarrierEmulator::carriers()) {
        if (!c.probePath.isEmpty() && path == '/' + c.id.toLatin1() + c.probePath)
            return &c;
    }
    return nullptr;
}

HttpResponse ProbeEndpoint::answer(const EmulatedCarrier& c, const RecordedRequest& request,
                                   const QHash<QByteArray, Issued>& issued,
                                   const Switches& switches, const QDateTime& now,
                                   const QByteArray& issuer)
{
    if (request.method != "GET" && request.method != "HEAD")
        return HttpResponse::json(405, "{\"error\":\"method_not_allowed\"}");
    const Issued* token = presented(request, issued);
    if (!token)
        return unauthorized(c, issuer, QStringLiteral("The access token is not valid."));
    if (token->carrierId != c.id)
        return unauthorized(c, issuer,
                            QStringLiteral("The access token was issued for another audience."));
    if (token->expiresAt <= now)
        return unauthorized(c, issuer, QStringLiteral("The access token has expired."));
    const QString scope = switches.scope.isEmpty() ? c.probeScope : switches.scope;
    if (!scope.isEmpty() && !token->scopes.contains(scope))
        return CarrierRefusal::apiAnswer(
            c, issuer, 403, QStringLiteral("insufficient_scope"),
            QStringLiteral("The access token lacks the scope %1.").arg(scope));
    if (!switches.entitled)
        return CarrierRefusal::apiAnswer(
            c, issuer, 403, QStringLiteral("access_denied"),
            QStringLiteral("Your account is not provisioned for this API product."));
    HttpResponse ok = HttpResponse::json(200, countries());
    if (request.method == "HEAD")
        ok.body.clear();
    return ok;
}

ProbeEndpoint::Issued ProbeEndpoint::record(const QString& carrierId, const QByteArray& answer,
                                            const QDateTime& expiresAt)
{
    const QJsonObject obj = QJsonDocument::fromJson(answer).object();
    return {carrierId, expiresAt,
            obj.value(QStringLiteral("scope")).toString().split(u' ', Qt::SkipEmptyParts)};
}
