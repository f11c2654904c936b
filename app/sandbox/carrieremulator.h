// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "carrierpreset.h"
#include "httpmessage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

class TokenMinter;

// How one carrier's token endpoint behaves, as its documentation describes it.
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
        Ups // {"response":{"errors":[{"code":"...","message":"..."}]}}
    };

    // A request field the carrier insists on. Missing is a 400 before the
    // client is authenticated; a value that does not match is checked after.
    struct RequiredField
    {
        QString key;
        QStringList grantTypes;  // empty = with every grant type
        QString pattern;         // the whole value must match; empty = any non-empty value
        bool credential = false; // must equal the sandbox's credential of this key; else 401
        QString mismatchError = QStringLiteral("invalid_request"); // OAuth code for a bad value
    };

    QString id; // matches the catalog preset id
    // The carrier's own path, served under /<id>. A {name} segment takes any
    // value shaped like a name or GUID, e.g. /{tenant}/oauth2/v2.0/token.
    QByteArray path;
    QMap<QString, QString> pathExamples; // what SandboxServer::tokenUrl() fills into {name}
    QByteArray deprecatedPath;           // still answers, flagged as deprecated
    PlacementPolicy placement = PlacementPolicy::Body;
    BodyEncoding encoding = BodyEncoding::Form;
    QStringList grantTypes{QStringLiteral("client_credentials")};
    TokenKind tokenKind = TokenKind::Jwt;
    int lifetimeSeconds = 3600;
    QString tokenType = QStringLiteral("Bearer");
    ErrorStyle errorStyle = ErrorStyle::OAuth;
    QString scope;               // fixed scope granted; empty = echo the requested one
    QStringList reflectedFields; // request fields copied into the JWT claims
    bool echoClientId = false;   // response repeats client_id (DHL)
    QList<RequiredField> requiredFields;
    QList<QByteArray> reflectedHeaders; // request headers (lower case) copied into the JWT claims
    QMap<QString, QString> pathClaims;  // path {name} -> JWT claim that repeats its value
    bool expiresInAsText = false;       // expires_in is a JSON string, e.g. "14399" (UPS)
    // Added to every token response. A string value "{now_ms}" becomes the
    // issue time in epoch milliseconds, as text.
    QJsonObject responseFields;
};

// Answers token requests for the emulated carriers.
class CarrierEmulator
{
public:
    struct Credentials
    {
        QByteArray clientId;
        QByteArray clientSecret;
        QMap<QString, QByteArray> fields; // credential RequiredFields, e.g. FedEx child_Key
    };

    // What one answer depends on besides the request.
    struct Context
    {
        Credentials valid;
        const TokenMinter* minter = nullptr;
        QByteArray issuer;
        int lifetimeSeconds = 3600;
        QDateTime now; // UTC
        // Put in a JWT's "scp" claim, as tokens that name more scopes than the
        // response does carry them; none: no "scp" claim.
        QStringList jwtScp;
    };

    static const QList<EmulatedCarrier>& carriers();
    static const EmulatedCarrier* find(const QString& id);
    // Whether a request path (with its /<id> prefix) is this carrier's token
    // endpoint; `variables` receives the {name} segments.
    static bool serves(const EmulatedCarrier& carrier, const QByteArray& path,
                       QMap<QString, QString>* variables = nullptr);
    // The carrier's path with its {name} segments filled from pathExamples.
    static QByteArray examplePath(const EmulatedCarrier& carrier);

    // `issued` receives the token when one is minted.
    static HttpResponse handle(const EmulatedCarrier& carrier, const RecordedRequest& request,
                               const Context& context, QByteArray* issued);
};
