// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "carrierpreset.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

// How one carrier's token endpoint behaves, as its documentation describes it.
// Every difference between carriers is data here; the emulator has no
// carrier-specific code.
struct EmulatedCarrier
{
    enum class TokenKind
    {
        Jwt,
        Opaque
    };
    enum class ErrorStyle
    {
        OAuth,
        Problem,
        Project44,
        Ups,           // {"response":{"errors":[{"code":"...","message":"..."}]}}
        Message,       // {"message":"..."}, as vendor logins answer
        IbmApiConnect, // {"httpCode":"401","httpMessage":"Unauthorized","moreInformation":"..."}
        StatusProblem  // {"title":"Bad Request","status":400,"detail":"..."} with its own status
    };
    // The sandbox's own: the core's token requests are always POST.
    enum class Method
    {
        Post,
        Get
    };
    // Where a RequiredField travels in the request.
    enum class FieldPlace
    {
        Body,
        Header,
        Query // a parameter in the token URL's query (DHL response_type)
    };

    // A request field or header the carrier insists on. Missing is refused
    // before the client is authenticated; a value that does not match is
    // checked after.
    struct RequiredField
    {
        QString key; // body field, or header as the carrier spells it
        FieldPlace place = FieldPlace::Body;
        QStringList grantTypes;      // empty = with every grant type
        QString pattern;             // the whole value must match; empty = any non-empty value
        QString expected;            // a good value in words, named in the refusal; empty = none
        bool credential = false;     // must equal the sandbox's credential of this key; else 401
        bool equalsClientId = false; // must equal the client id; else 401 (Maersk Consumer-Key)
        int missingStatus = 400;
        // the credential's default; empty = "<carrier>-demo-<key>". On a field that is
        // not a credential: a good value the sandbox fills into accounts (a scope).
        QByteArray sandboxValue;
        QString mismatchError = QStringLiteral("invalid_request"); // OAuth code for a bad value
    };

    QString id; // matches the catalog preset id
    // The carrier's own path, served under /<id>. A {name} segment takes any
    // value shaped like a name or GUID, e.g. /{tenant}/oauth2/v2.0/token.
    QByteArray path;
    QMap<QString, QString> pathExamples; // what SandboxServer::tokenUrl() fills into {name}
    QByteArray exampleQuery;      // what SandboxServer::tokenUrl() puts after '?'; empty = no query
    QByteArray deprecatedPath;    // still answers, flagged as deprecated
    Method method = Method::Post; // any other is refused with 405

    // --- the request: where the client id and secret travel
    // Body or HTTP Basic, unless clientIdHeader is set.
    PlacementPolicy placement = PlacementPolicy::Body;
    BodyEncoding encoding = BodyEncoding::Form;
    bool bodyless = false; // nothing in the body at all; a request with one is refused
    QString clientIdField = QStringLiteral("client_id"); // the body names, e.g. eShipper principal
    QString clientSecretField = QStringLiteral("client_secret");
    // Set: the client id and secret travel in these request headers and
    // nowhere else (DPD X-DPD-CLIENTID, Royal Mail X-IBM-Client-Id).
    QByteArray clientIdHeader;
    QByteArray clientSecretHeader;
    // Empty: the request names no grant type, and one sent is refused.
    QStringList grantTypes{QStringLiteral("client_credentials")};
    QList<RequiredField> requiredFields;

    // --- the answer
    TokenKind tokenKind = TokenKind::Jwt;
    // How its JWTs are signed: "RS256" or "ES256", with keys it publishes
    // under /<id>/jwks (found through /<id>/.well-known/openid-configuration).
    QString signingAlg = QStringLiteral("RS256");
    int lifetimeSeconds = 3600;
    QString tokenField = QStringLiteral("access_token"); // the JSON field carrying the token
    QByteArray tokenHeader; // set: the token is this response header instead, the body "{}"
    QString tokenType = QStringLiteral("Bearer"); // empty = no token_type in the answer
    bool sendsExpiresIn = true;
    bool expiresInAsText = false;    // expires_in is a JSON string, e.g. "14399" (UPS)
    QString expiresAtField;          // set: the absolute expiry in epoch seconds, in this field
    bool issuesRefreshToken = false; // an opaque refresh_token comes along (eShipper)
    QString refreshTokenField = QStringLiteral("refresh_token"); // where it comes
    ErrorStyle errorStyle = ErrorStyle::OAuth;
    QString scope;                      // fixed scope granted; empty = echo the requested one
    QStringList reflectedFields;        // request fields copied into the JWT claims
    bool echoClientId = false;          // response repeats client_id (DHL)
    QList<QByteArray> reflectedHeaders; // request headers (lower case) copied into the JWT claims
    QMap<QString, QString> pathClaims;  // path {name} -> JWT claim that repeats its value
    // Added to every token response. A string value "{now_ms}" becomes the
    // issue time in epoch milliseconds, as text.
    QJsonObject responseFields;

    // --- the probe: a harmless read served under /<id><probePath>. It answers
    // only a token this sandbox issued for this carrier, unexpired, granted
    // probeScope when that is set (a JSON list); any other is refused in errorStyle.
    QByteArray probePath = "/v1/probe";
    QString probeScope;
};
