#pragma once

#include "carrierpreset.h"
#include "httpmessage.h"

#include <QJsonObject>
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
        Project44
    };

    QString id;                // matches the catalog preset id
    QByteArray path;           // the carrier's own path, served under /<id>
    QByteArray deprecatedPath; // still answers, flagged as deprecated
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
};

// Answers token requests for the emulated carriers.
class CarrierEmulator
{
public:
    struct Credentials
    {
        QByteArray clientId;
        QByteArray clientSecret;
    };

    static const QList<EmulatedCarrier>& carriers();
    static const EmulatedCarrier* find(const QString& id);

    // `issued` receives the token when one is minted.
    static HttpResponse handle(const EmulatedCarrier& carrier, const RecordedRequest& request,
                               const Credentials& valid, const TokenMinter& minter,
                               const QByteArray& issuer, int lifetimeSeconds, QByteArray* issued);
};
