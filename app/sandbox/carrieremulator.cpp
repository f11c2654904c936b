// SPDX-License-Identifier: Apache-2.0
#include "carrieremulator.h"

#include "carrierrefusal.h"
#include "emulatedcarriers.h"
#include "tokenminter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

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
    banyan.probePath = "/v3/StaticData/Countries"; // the preset's probe
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
    // RFC 6749 section 6: a refresh token comes along and is taken back once
    generic.grantTypes << QStringLiteral("refresh_token");
    generic.issuesRefreshToken = true;
    EmulatedCarrier::RequiredField refresh;
    refresh.key = QStringLiteral("refresh_token");
    refresh.grantTypes = {QStringLiteral("refresh_token")};
    refresh.credential = true;
    refresh.mismatchError = QStringLiteral("invalid_grant");
    generic.requiredFields << refresh;
    // RFC 6749 section 4.3, which the generic preset offers too: the user's own login
    generic.grantTypes << QStringLiteral("password");
    for (const char* key : {"username", "password"}) {
        EmulatedCarrier::RequiredField login;
        login.key = QString::fromLatin1(key);
        login.grantTypes = {QStringLiteral("password")};
        login.credential = true;
        generic.requiredFields << login;
    }
    list << generic;

    // child_Key and child_secret identify the customer a reseller acts for;
    // they are only part of the two integrator grant types
    const QStringList integratorGrants{QStringLiteral("csp_credentials"),
                                       QStringLiteral("client_pc_credentials")};
    EmulatedCarrier fedex;
    fedex.id = QStringLiteral("fedex");
    fedex.path = "/oauth/token";
    fedex.placement = PlacementPolicy::Body;
    fedex.grantTypes = QStringList{QStringLiteral("client_credentials")} + integratorGrants;
    fedex.tokenKind = EmulatedCarrier::TokenKind::Jwt;
    fedex.lifetimeSeconds = 3600;
    for (const char* key : {"child_Key", "child_secret"}) {
        EmulatedCarrier::RequiredField child;
        child.key = QString::fromLatin1(key);
        child.grantTypes = integratorGrants;
        child.credential = true;
        fedex.requiredFields << child;
    }
    list << fedex;

    EmulatedCarrier ups;
    ups.id = QStringLiteral("ups");
    ups.path = "/security/v1/oauth/token";
    ups.placement = PlacementPolicy::Basic;
    ups.tokenKind = EmulatedCarrier::TokenKind::Jwt;
    ups.lifetimeSeconds = 14399;
    ups.errorStyle = EmulatedCarrier::ErrorStyle::Ups;
    ups.echoClientId = true;
    ups.expiresInAsText = true;
    ups.reflectedHeaders = {"x-merchant-id"};
    ups.responseFields = {{QStringLiteral("issued_at"), QStringLiteral("{now_ms}")},
                          {QStringLiteral("status"), QStringLiteral("approved")},
                          {QStringLiteral("refresh_count"), QStringLiteral("0")}};
    list << ups;

    EmulatedCarrier usps;
    usps.id = QStringLiteral("usps");
    usps.path = "/oauth2/v3/token";
    usps.placement = PlacementPolicy::Body;
    usps.encoding = BodyEncoding::Json;
    usps.tokenKind = EmulatedCarrier::TokenKind::Jwt;
    usps.lifetimeSeconds = 28800;
    list << usps;

    EmulatedCarrier xpo;
    xpo.id = QStringLiteral("xpo");
    xpo.path = "/connect/token";
    xpo.placement = PlacementPolicy::Body;
    xpo.tokenKind = EmulatedCarrier::TokenKind::Jwt;
    xpo.lifetimeSeconds = 3600;
    EmulatedCarrier::RequiredField xpoScope;
    xpoScope.key = QStringLiteral("scope");
    xpoScope.pattern = QStringLiteral("connect-orders");
    xpoScope.expected = QStringLiteral("connect-orders");
    xpoScope.mismatchError = QStringLiteral("invalid_scope");
    xpo.requiredFields << xpoScope;
    list << xpo;

    // Microsoft identity platform: the tenant is a path segment, and a
    // client-credentials scope must name a resource's ".default" scope
    EmulatedCarrier tforce;
    tforce.id = QStringLiteral("tforce");
    tforce.path = "/{tenant}/oauth2/v2.0/token";
    tforce.pathExamples = {{QStringLiteral("tenant"), QStringLiteral("sandbox-tenant")}};
    tforce.pathClaims = {{QStringLiteral("tenant"), QStringLiteral("tid")}};
    tforce.placement = PlacementPolicy::Body;
    tforce.tokenKind = EmulatedCarrier::TokenKind::Jwt;
    tforce.lifetimeSeconds = 3600;
    EmulatedCarrier::RequiredField tforceScope;
    tforceScope.key = QStringLiteral("scope");
    tforceScope.pattern = QStringLiteral("\\S+/\\.default");
    tforceScope.mismatchError = QStringLiteral("invalid_scope");
    tforceScope.sandboxValue =
        "https://tffproduction.onmicrosoft.com/5b7c2a8e-0d41-4e39-9a57-2f1c6d3e8b90/.default";
    tforce.requiredFields << tforceScope;
    list << tforce;

    list << EmulatedCarriers::otherShapes();
    return list;
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

// A {name} path segment: a directory name or GUID, never an unfilled placeholder.
bool isPathValue(const QString& value)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]*$"));
    return shape.match(value).hasMatch();
}

bool isPlaceholder(const QByteArray& segment)
{
    return segment.size() > 2 && segment.startsWith('{') && segment.endsWith('}');
}

bool matchesPath(const QByteArray& pattern, const QByteArray& path,
                 QMap<QString, QString>* variables)
{
    if (pattern.isEmpty())
        return false;
    const QList<QByteArray> want = pattern.split('/');
    const QList<QByteArray> got = path.split('/');
    if (want.size() != got.size())
        return false;
    QMap<QString, QString> found;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (isPlaceholder(want.at(i)) && !got.at(i).isEmpty())
            found.insert(QString::fromLatin1(want.at(i).mid(1, want.at(i).size() - 2)),
                         QUrl::fromPercentEncoding(got.at(i)));
        else if (want.at(i) != got.at(i))
            return false;
    }
    if (variables)
        *variables = found;
    return true;
}

HttpResponse refuse(const EmulatedCarrier& c, const QByteArray& issuer, int status,
                    const QString& oauthError, const QString& message)
{
    return CarrierRefusal::answer(c, issuer, status, oauthError, message);
}

using Field = EmulatedCarrier::RequiredField;

bool isHeader(const Field& field)
{
    return field.place == EmulatedCarrier::FieldPlace::Header;
}

bool applies(const Field& field, const QString& grantType)
{
    return field.grantTypes.isEmpty() || field.grantTypes.contains(grantType);
}

bool isQuery(const Field& field)
{
    return field.place == EmulatedCarrier::FieldPlace::Query;
}

// A required field's value, from the body, a header or the URL's query as the carrier reads it.
QString fieldValue(const Field& field, const Params& params, const RecordedRequest& request)
{
    if (isHeader(field))
        return QString::fromUtf8(request.header(field.key.toLower().toLatin1()));
    if (isQuery(field))
        return QUrlQuery(QString::fromUtf8(request.query))
            .queryItemValue(field.key, QUrl::FullyDecoded);
    return params.values.value(field.key);
}

// How the field is named in a refusal.
QString fieldName(const Field& field)
{
    if (isQuery(field))
        return QStringLiteral("The %1 parameter in the URL").arg(field.key);
    return isHeader(field) ? QStringLiteral("The %1 header").arg(field.key) : field.key;
}

// Where this carrier takes the client id and secret, for refusals a person can act on.
QString credentialsWhere(const EmulatedCarrier& c)
{
    if (!c.clientIdHeader.isEmpty())
        return QStringLiteral("in the %1 and %2 headers")
            .arg(QString::fromLatin1(c.clientIdHeader), QString::fromLatin1(c.clientSecretHeader));
    switch (c.placement) {
    case PlacementPolicy::Basic:
        return QStringLiteral("with HTTP Basic authentication");
    case PlacementPolicy::Either:
    case PlacementPolicy::Any:
        return QStringLiteral("with HTTP Basic authentication or in the request body");
    case PlacementPolicy::Body:
    case PlacementPolicy::Headers:
        break;
    }
    return QStringLiteral("in the request body as %1 and %2")
        .arg(c.clientIdField, c.clientSecretField);
}

// The checks a request field must pass; an empty response means it passed.
std::optional<HttpResponse> checkPresence(const EmulatedCarrier& c, const QByteArray& issuer,
                                          const Params& params, const RecordedRequest& request,
                                          const QString& grantType)
{
    for (const auto& field : c.requiredFields) {
        if (!applies(field, grantType) || !fieldValue(field, params, request).isEmpty())
            continue;
        const QString message =
            field.grantTypes.isEmpty()
                ? QStringLiteral("%1 is required.").arg(fieldName(field))
                : QStringLiteral("%1 is required with %2.").arg(fieldName(field), grantType);
        return refuse(c, issuer, field.missingStatus,
                      field.missingStatus == 401 ? QStringLiteral("invalid_client")
                                                 : QStringLiteral("invalid_request"),
                      message);
    }
    return std::nullopt;
}

bool matchesPattern(const Field& field, const QString& value)
{
    if (field.pattern.isEmpty())
        return true;
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(field.pattern));
    return pattern.match(value).hasMatch();
}

std::optional<HttpResponse> checkValues(const EmulatedCarrier& c, const QByteArray& issuer,
                                        const Params& params, const RecordedRequest& request,
                                        const QString& grantType,
                                        const CarrierEmulator::Credentials& valid)
{
    for (const auto& field : c.requiredFields) {
        if (!applies(field, grantType))
            continue;
        const QString value = fieldValue(field, params, request);
        if (!matchesPattern(field, value)) {
            const QString what = isHeader(field)  ? field.key + QStringLiteral(" header")
                                 : isQuery(field) ? field.key + QStringLiteral(" parameter")
                                                  : field.key;
            const QString message =
                field.expected.isEmpty()
                    ? QStringLiteral("The %1 value is not one this endpoint accepts.").arg(what)
                    : QStringLiteral(
                          "The %1 value is not one this endpoint accepts; it must be %2.")
                          .arg(what, field.expected);
            return refuse(c, issuer, 400, field.mismatchError, message);
        }
        if (field.credential && value.toUtf8() != valid.fields.value(field.key))
            return refuse(c, issuer, 401, QStringLiteral("invalid_client"),
                          QStringLiteral("%1 is not valid for this client.").arg(fieldName(field)));
        if (field.equalsClientId && value.toUtf8() != valid.clientId)
            return refuse(c, issuer, 401, QStringLiteral("invalid_client"),
                          QStringLiteral("%1 must be the client id.").arg(fieldName(field)));
    }
    return std::nullopt;
}

// Fills "{now_ms}" in the carrier's extra response fields.
QJsonObject extraResponseFields(const EmulatedCarrier& c, const QDateTime& now)
{
    QJsonObject out;
    for (auto it = c.responseFields.begin(); it != c.responseFields.end(); ++it) {
        if (it.value().toString() == QLatin1String("{now_ms}"))
            out.insert(it.key(), QString::number(now.toMSecsSinceEpoch()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
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

bool CarrierEmulator::serves(const EmulatedCarrier& c, const QByteArray& path,
                             QMap<QString, QString>* variables)
{
    const QByteArray prefix = '/' + c.id.toLatin1();
    if (!path.startsWith(prefix))
        return false;
    const QByteArray rest = path.mid(prefix.size());
    return matchesPath(c.path, rest, variables) ||
           (!c.deprecatedPath.isEmpty() && matchesPath(c.deprecatedPath, rest, variables));
}

QByteArray CarrierEmulator::examplePath(const EmulatedCarrier& c)
{
    QList<QByteArray> segments = c.path.split('/');
    for (QByteArray& segment : segments) {
        if (isPlaceholder(segment))
            segment = QUrl::toPercentEncoding(
                c.pathExamples.value(QString::fromLatin1(segment.mid(1, segment.size() - 2))));
    }
    const QByteArray path = segments.join('/');
    return c.exampleQuery.isEmpty() ? path : path + '?' + c.exampleQuery;
}

CarrierEmulator::Credentials CarrierEmulator::defaultCredentials(const EmulatedCarrier& c)
{
    const QByteArray id = c.id.toLatin1();
    Credentials creds{id + "-demo-client", id + "-demo-secret", {}, {}};
    for (const auto& field : c.requiredFields) {
        if (!field.credential && field.sandboxValue.isEmpty())
            continue;
        creds.fields.insert(field.key,
                            !field.sandboxValue.isEmpty()
                                ? field.sandboxValue
                                : id + "-demo-" + field.key.toLower().toLatin1().replace('_', '-'));
    }
    return creds;
}

QByteArray CarrierEmulator::exampleValue(const EmulatedCarrier& c, const QString& key)
{
    // a field's good value is among the credentials already (defaultCredentials)
    return c.pathExamples.value(key).toUtf8();
}

namespace {

// What the carrier read from a request it accepted so far.
struct Accepted
{
    Params params;
    QMap<QString, QString> pathValues;
    QString grantType;
    QByteArray clientId;
    QByteArray secret;
};

QByteArray methodName(EmulatedCarrier::Method method)
{
    return method == EmulatedCarrier::Method::Get ? "GET" : "POST";
}

// Method, path, content type and body, as the carrier checks them first.
std::optional<HttpResponse> refuseShape(const EmulatedCarrier& c, const RecordedRequest& request,
                                        const QByteArray& issuer, Accepted* accepted)
{
    const QByteArray method = methodName(c.method);
    if (request.method != method) {
        HttpResponse r = refuse(
            c, issuer, 405, QStringLiteral("invalid_request"),
            QStringLiteral("The token endpoint only accepts %1.").arg(QString::fromLatin1(method)));
        r.status = 405;
        r.addHeader("Allow", method);
        return r;
    }
    CarrierEmulator::serves(c, request.path, &accepted->pathValues);
    for (auto it = accepted->pathValues.begin(); it != accepted->pathValues.end(); ++it) {
        if (!isPathValue(it.value()))
            return refuse(c, issuer, 400, QStringLiteral("invalid_request"),
                          QStringLiteral("The %1 in the path is not a valid name.").arg(it.key()));
    }
    if (c.bodyless) {
        if (!request.body.trimmed().isEmpty())
            return refuse(c, issuer, 400, QStringLiteral("invalid_request"),
                          QStringLiteral("This endpoint takes no request body; send the "
                                         "credentials %1.")
                              .arg(credentialsWhere(c)));
        return std::nullopt;
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
    accepted->params = readParams(c, request);
    if (!accepted->params.ok)
        return refuse(c, issuer, 400, QStringLiteral("invalid_request"),
                      QStringLiteral("The request body is not valid."));
    return std::nullopt;
}

// Takes the client id and secret from where this carrier reads them; refuses
// them in any other place.
std::optional<HttpResponse> readClient(const EmulatedCarrier& c, const RecordedRequest& request,
                                       const QByteArray& issuer, Accepted* accepted)
{
    const Params& params = accepted->params;
    QByteArray basicId;
    QByteArray basicSecret;
    const bool hasBasic = request.basicCredentials(&basicId, &basicSecret);
    const bool hasBodyCredentials =
        params.values.contains(c.clientIdField) || params.values.contains(c.clientSecretField);
    if (!c.clientIdHeader.isEmpty()) {
        if (hasBasic || hasBodyCredentials)
            return refuse(
                c, issuer, 401, QStringLiteral("invalid_client"),
                QStringLiteral("Client credentials must be sent %1.").arg(credentialsWhere(c)));
        accepted->clientId = request.header(c.clientIdHeader.toLower());
        accepted->secret = request.header(c.clientSecretHeader.toLower());
        return std::nullopt;
    }
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
    accepted->clientId = hasBasic ? basicId : params.values.value(c.clientIdField).toUtf8();
    accepted->secret = hasBasic ? basicSecret : params.values.value(c.clientSecretField).toUtf8();
    return std::nullopt;
}

// The grant type the request names, when the carrier wants one at all.
std::optional<HttpResponse> refuseGrant(const EmulatedCarrier& c, const QByteArray& issuer,
                                        Accepted* accepted)
{
    const Params& params = accepted->params;
    accepted->grantType = params.values.value(QStringLiteral("grant_type"));
    const QString& grantType = accepted->grantType;
    if (c.grantTypes.isEmpty()) {
        if (params.values.contains(QStringLiteral("grant_type")))
            return refuse(
                c, issuer, 400, QStringLiteral("invalid_request"),
                QStringLiteral("This endpoint takes no grant_type; send only the credentials, %1.")
                    .arg(credentialsWhere(c)));
        return std::nullopt;
    }
    if (grantType.isEmpty())
        return refuse(c, issuer, 400, QStringLiteral("invalid_request"),
                      QStringLiteral("grant_type is required."));
    if (!c.grantTypes.contains(grantType))
        return refuse(c, issuer, 400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("The grant type %1 is not supported; use %2.")
                          .arg(grantType, c.grantTypes.join(QStringLiteral(" or "))));
    return std::nullopt;
}

// Where the credentials came, the grant type, the fields, and the client itself.
std::optional<HttpResponse> refuseClient(const EmulatedCarrier& c, const RecordedRequest& request,
                                         const CarrierEmulator::Context& ctx, Accepted* accepted)
{
    const QByteArray& issuer = ctx.issuer;
    if (auto refusal = readClient(c, request, issuer, accepted))
        return refusal;
    if (auto refusal = refuseGrant(c, issuer, accepted))
        return refusal;
    if (auto refusal = checkPresence(c, issuer, accepted->params, request, accepted->grantType))
        return refusal;
    if (accepted->clientId.isEmpty() || accepted->secret.isEmpty()) {
        // with no body to carry them, they can only be missing from their one place
        if (c.bodyless || !c.clientIdHeader.isEmpty())
            return refuse(
                c, issuer, 401, QStringLiteral("invalid_client"),
                QStringLiteral("Client credentials must be sent %1.").arg(credentialsWhere(c)));
        return refuse(
            c, issuer, 400, QStringLiteral("invalid_request"),
            QStringLiteral("%1 and %2 are required.").arg(c.clientIdField, c.clientSecretField));
    }
    if (accepted->clientId != ctx.valid.clientId ||
        (accepted->secret != ctx.valid.clientSecret &&
         !ctx.valid.otherSecrets.contains(accepted->secret)))
        return refuse(c, issuer, 401, QStringLiteral("invalid_client"),
                      QStringLiteral("Client authentication failed."));
    return checkValues(c, issuer, accepted->params, request, accepted->grantType, ctx.valid);
}

// A JWT with the claims this carrier puts in, or an opaque token.
QByteArray mintToken(const EmulatedCarrier& c, const RecordedRequest& request,
                     const CarrierEmulator::Context& ctx, const Accepted& accepted, qint64 now,
                     const QString& scope)
{
    if (c.tokenKind != EmulatedCarrier::TokenKind::Jwt)
        return TokenMinter::opaque(28);
    const QString clientId = QString::fromUtf8(accepted.clientId);
    const Params& params = accepted.params;
    QJsonObject claims{{QStringLiteral("iss"), QString::fromLatin1(ctx.issuer)},
                       {QStringLiteral("sub"), clientId},
                       {QStringLiteral("client_id"), clientId},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("nbf"), now},
                       {QStringLiteral("exp"), now + ctx.lifetimeSeconds},
                       {QStringLiteral("jti"), QString::fromLatin1(TokenMinter::randomId())}};
    const QString audience = params.values.value(QStringLiteral("audience"));
    if (!audience.isEmpty())
        claims.insert(QStringLiteral("aud"), audience);
    if (!scope.isEmpty())
        claims.insert(QStringLiteral("scope"), scope);
    if (!ctx.jwtScp.isEmpty())
        claims.insert(QStringLiteral("scp"), QJsonArray::fromStringList(ctx.jwtScp));
    for (const QString& field : c.reflectedFields) {
        if (params.values.contains(field) && !params.values.value(field).isEmpty())
            claims.insert(field, params.values.value(field));
    }
    for (const QByteArray& header : c.reflectedHeaders) {
        if (request.hasHeader(header))
            claims.insert(QString::fromLatin1(header), QString::fromUtf8(request.header(header)));
    }
    for (auto it = c.pathClaims.begin(); it != c.pathClaims.end(); ++it)
        claims.insert(it.value(), accepted.pathValues.value(it.key()));
    return ctx.minter->jwt(claims, "sandbox-" + c.id.toLatin1(), c.signingAlg);
}

// The answer's JSON: the token (unless a header carries it) and what the
// carrier says about it.
QJsonObject answerFields(const EmulatedCarrier& c, const CarrierEmulator::Context& ctx,
                         const Accepted& accepted, const QByteArray& token, const QDateTime& now,
                         const QString& scope)
{
    const int lifetime = ctx.lifetimeSeconds;
    QJsonObject response;
    if (!c.tokenHeader.isEmpty())
        return response;
    response.insert(c.tokenField, QString::fromLatin1(token));
    if (!c.tokenType.isEmpty())
        response.insert(QStringLiteral("token_type"), c.tokenType);
    if (c.sendsExpiresIn)
        response.insert(QStringLiteral("expires_in"), c.expiresInAsText
                                                          ? QJsonValue(QString::number(lifetime))
                                                          : QJsonValue(lifetime));
    if (!c.expiresAtField.isEmpty())
        response.insert(c.expiresAtField, now.toSecsSinceEpoch() + lifetime);
    if (c.issuesRefreshToken)
        response.insert(c.refreshTokenField, QString::fromLatin1(TokenMinter::opaque(40)));
    if (!scope.isEmpty())
        response.insert(QStringLiteral("scope"), scope);
    if (c.echoClientId)
        response.insert(QStringLiteral("client_id"), QString::fromUtf8(accepted.clientId));
    const QJsonObject extra = extraResponseFields(c, now);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        response.insert(it.key(), it.value());
    return response;
}

} // namespace

HttpResponse CarrierEmulator::handle(const EmulatedCarrier& c, const RecordedRequest& request,
                                     const Context& ctx, QByteArray* issued)
{
    Accepted accepted;
    if (auto refusal = refuseShape(c, request, ctx.issuer, &accepted))
        return *refusal;
    if (auto refusal = refuseClient(c, request, ctx, &accepted))
        return *refusal;

    const QDateTime nowTime = ctx.now.isValid() ? ctx.now : QDateTime::currentDateTimeUtc();
    const QString scope =
        c.scope.isEmpty() ? accepted.params.values.value(QStringLiteral("scope")) : c.scope;
    const QByteArray token =
        mintToken(c, request, ctx, accepted, nowTime.toSecsSinceEpoch(), scope);
    *issued = token;

    const QJsonObject response = answerFields(c, ctx, accepted, token, nowTime, scope);
    HttpResponse r =
        HttpResponse::json(200, QJsonDocument(response).toJson(QJsonDocument::Compact));
    if (!c.tokenHeader.isEmpty())
        r.addHeader(c.tokenHeader, token);
    if (!c.deprecatedPath.isEmpty() && request.path.endsWith(c.deprecatedPath)) {
        r.addHeader("Deprecation", "true");
        r.addHeader("Link", "<" + ctx.issuer + c.path + ">; rel=\"successor-version\"");
    }
    return r;
}
