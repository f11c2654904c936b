#include "carrieremulator.h"

#include "tokenminter.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {

QList<EmulatedCarrier> buildCarriers()
{
    QList<EmulatedCarrier> list;

    EmulatedCarrier banyan;
    banyan.id = QStringLiteral("banyan");
    banyan.path = "/auth/connect/token";
    banyan.placement = PlacementPolicy::Body;
    banyan.tokenKind = EmulatedCarrier::TokenKind::Jwt;
    banyan.lifetimeSeconds = 3599;
    banyan.scope = QStringLiteral("shipments.view shipments.edit");
    banyan.reflectedFields = {QStringLiteral("clientrefnum")};
    list << banyan;

    EmulatedCarrier p44;
    p44.id = QStringLiteral("project44");
    p44.path = "/api/v4/oauth2/token";
    p44.deprecatedPath = "/api/v4/oauth/token";
    p44.placement = PlacementPolicy::Either;
    p44.tokenKind = EmulatedCarrier::TokenKind::Opaque;
    p44.lifetimeSeconds = 43199;
    p44.tokenType = QStringLiteral("BEARER");
    p44.errorStyle = EmulatedCarrier::ErrorStyle::Project44;
    list << p44;

    EmulatedCarrier dhl;
    dhl.id = QStringLiteral("dhl-ecs");
    dhl.path = "/auth/v4/accesstoken";
    dhl.placement = PlacementPolicy::Body;
    dhl.tokenKind = EmulatedCarrier::TokenKind::Opaque;
    dhl.lifetimeSeconds = 3600;
    dhl.errorStyle = EmulatedCarrier::ErrorStyle::Problem;
    dhl.echoClientId = true;
    list << dhl;

    EmulatedCarrier generic;
    generic.id = QStringLiteral("oauth2");
    generic.path = "/token";
    generic.placement = PlacementPolicy::Either;
    generic.tokenKind = EmulatedCarrier::TokenKind::Jwt;
    generic.lifetimeSeconds = 3600;
    list << generic;

    return list;
}

// A refusal in the carrier's own style. `kind` picks the OAuth error code.
HttpResponse refuse(const EmulatedCarrier& c, const QByteArray& issuer, int status,
                    const QString& oauthError, const QString& message)
{
    switch (c.errorStyle) {
    case EmulatedCarrier::ErrorStyle::Problem: {
        const bool credentials = oauthError == QLatin1String("invalid_client");
        QJsonObject obj{{QStringLiteral("type"),
                         QString::fromLatin1(issuer) +
                             (credentials ? QStringLiteral("/docs/errors/400.0000005")
                                          : QStringLiteral("/docs/errors/400.0000002"))},
                        {QStringLiteral("title"), credentials
                                                      ? QStringLiteral("Invalid credentials")
                                                      : QStringLiteral("Invalid request")}};
        if (!credentials)
            obj.insert(QStringLiteral("detail"), message);
        // DHL's documented bad-credentials answer is a 400 problem, not a 401
        return HttpResponse::json(400, QJsonDocument(obj).toJson(QJsonDocument::Compact),
                                  "application/problem+json");
    }
    case EmulatedCarrier::ErrorStyle::Project44: {
        const QJsonObject obj{
            {QStringLiteral("httpStatusCode"), status},
            {QStringLiteral("errorMessage"), message},
            {QStringLiteral("supportReferenceId"), QString::fromLatin1(TokenMinter::randomId())}};
        return HttpResponse::json(status, QJsonDocument(obj).toJson(QJsonDocument::Compact));
    }
    case EmulatedCarrier::ErrorStyle::OAuth:
        break;
    }
    const QJsonObject obj{{QStringLiteral("error"), oauthError},
                          {QStringLiteral("error_description"), message}};
    HttpResponse r = HttpResponse::json(status, QJsonDocument(obj).toJson(QJsonDocument::Compact));
    return r;
}

struct Params
{
    QMap<QString, QString> values;
    bool ok = true;
};

Params readParams(const EmulatedCarrier& c, const RecordedRequest& request)
{
    Params p;
    if (c.encoding == BodyEncoding::Json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            p.ok = false;
            return p;
        }
        const QJsonObject obj = doc.object();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            p.values.insert(it.key(), it.value().toString());
        return p;
    }
    for (const auto& f : request.formFields())
        p.values.insert(QString::fromUtf8(f.first), QString::fromUtf8(f.second));
    return p;
}

} // namespace

const QList<EmulatedCarrier>& CarrierEmulator::carriers()
{
    static const QList<EmulatedCarrier> list = buildCarriers();
    return list;
}

const EmulatedCarrier* CarrierEmulator::find(const QString& id)
{
    for (const auto& c : carriers()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

HttpResponse CarrierEmulator::handle(const EmulatedCarrier& c, const RecordedRequest& request,
                                     const Credentials& valid, const TokenMinter& minter,
                                     const QByteArray& issuer, int lifetimeSeconds,
                                     QByteArray* issued)
{
    if (request.method != "POST") {
        HttpResponse r = refuse(c, issuer, 405, QStringLiteral("invalid_request"),
                                QStringLiteral("The token endpoint only accepts POST."));
        r.status = 405;
        r.addHeader("Allow", "POST");
        return r;
    }
    const QByteArray contentType = request.header("content-type").toLower();
    const QByteArray wanted =
        c.encoding == BodyEncoding::Json ? "application/json" : "application/x-www-form-urlencoded";
    if (!contentType.startsWith(wanted)) {
        HttpResponse r =
            refuse(c, issuer, 415, QStringLiteral("invalid_request"),
                   QStringLiteral("Content-Type must be %1.").arg(QString::fromLatin1(wanted)));
        r.status = c.errorStyle == EmulatedCarrier::ErrorStyle::Problem ? 400 : 415;
        return r;
    }
    const Params params = readParams(c, request);
    if (!params.ok)
        return refuse(c, issuer, 400, QStringLiteral("invalid_request"),
                      QStringLiteral("The request body is not valid."));

    QByteArray basicId;
    QByteArray basicSecret;
    const bool hasBasic = request.basicCredentials(&basicId, &basicSecret);
    const bool hasBodyCredentials = params.values.contains(QStringLiteral("client_id")) ||
                                    params.values.contains(QStringLiteral("client_secret"));
    if (hasBasic && hasBodyCredentials)
        return refuse(
            c, issuer, 400, QStringLiteral("invalid_request"),
            QStringLiteral("Client credentials were sent both in the Authorization header "
                           "and in the body; use one or the other."));
    if (hasBasic && c.placement == PlacementPolicy::Body)
        return refuse(c, issuer, 401, QStringLiteral("invalid_client"),
                      QStringLiteral("Client credentials must be sent in the request body."));
    if (hasBodyCredentials && c.placement == PlacementPolicy::Basic)
        return refuse(
            c, issuer, 401, QStringLiteral("invalid_client"),
            QStringLiteral("Client credentials must be sent with HTTP Basic authentication."));

    const QString grantType = params.values.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return refuse(c, issuer, 400, QStringLiteral("invalid_request"),
                      QStringLiteral("grant_type is required."));
    if (!c.grantTypes.contains(grantType))
        return refuse(c, issuer, 400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("The grant type %1 is not supported.").arg(grantType));

    const QByteArray clientId =
        hasBasic ? basicId : params.values.value(QStringLiteral("client_id")).toUtf8();
    const QByteArray secret =
        hasBasic ? basicSecret : params.values.value(QStringLiteral("client_secret")).toUtf8();
    if (clientId.isEmpty() || secret.isEmpty())
        return refuse(c, issuer, 400, QStringLiteral("invalid_request"),
                      QStringLiteral("client_id and client_secret are required."));
    if (clientId != valid.clientId || secret != valid.clientSecret)
        return refuse(c, issuer, 401, QStringLiteral("invalid_client"),
                      QStringLiteral("Client authentication failed."));

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString scope =
        c.scope.isEmpty() ? params.values.value(QStringLiteral("scope")) : c.scope;
    QByteArray token;
    if (c.tokenKind == EmulatedCarrier::TokenKind::Jwt) {
        QJsonObject claims{{QStringLiteral("iss"), QString::fromLatin1(issuer)},
                           {QStringLiteral("sub"), QString::fromUtf8(clientId)},
                           {QStringLiteral("client_id"), QString::fromUtf8(clientId)},
                           {QStringLiteral("iat"), now},
                           {QStringLiteral("nbf"), now},
                           {QStringLiteral("exp"), now + lifetimeSeconds},
                           {QStringLiteral("jti"), QString::fromLatin1(TokenMinter::randomId())}};
        const QString audience = params.values.value(QStringLiteral("audience"));
        if (!audience.isEmpty())
            claims.insert(QStringLiteral("aud"), audience);
        if (!scope.isEmpty())
            claims.insert(QStringLiteral("scope"), scope);
        for (const QString& field : c.reflectedFields) {
            if (params.values.contains(field) && !params.values.value(field).isEmpty())
                claims.insert(field, params.values.value(field));
        }
        token = minter.jwt(claims, "sandbox-" + c.id.toLatin1());
    } else {
        token = TokenMinter::opaque(28);
    }
    *issued = token;

    QJsonObject response{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                         {QStringLiteral("token_type"), c.tokenType},
                         {QStringLiteral("expires_in"), lifetimeSeconds}};
    if (!scope.isEmpty())
        response.insert(QStringLiteral("scope"), scope);
    if (c.echoClientId)
        response.insert(QStringLiteral("client_id"), QString::fromUtf8(clientId));
    HttpResponse r =
        HttpResponse::json(200, QJsonDocument(response).toJson(QJsonDocument::Compact));
    if (!c.deprecatedPath.isEmpty() && request.path.endsWith(c.deprecatedPath)) {
        r.addHeader("Deprecation", "true");
        r.addHeader("Link", "<" + issuer + c.path + ">; rel=\"successor-version\"");
    }
    return r;
}
