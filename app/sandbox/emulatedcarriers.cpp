// SPDX-License-Identifier: Apache-2.0
#include "emulatedcarriers.h"

#include <QRegularExpression>

namespace {

using Carrier = EmulatedCarrier;
using Field = EmulatedCarrier::RequiredField;

// A value only the sandbox knows, sent in the body or a header.
Field credentialField(const QString& key, Carrier::FieldPlace place, int missingStatus = 400,
                      const QByteArray& sandboxValue = {})
{
    Field f;
    f.key = key;
    f.place = place;
    f.credential = true;
    f.missingStatus = missingStatus;
    f.sandboxValue = sandboxValue;
    return f;
}

// Resource-owner password grant: the user's own login next to the client's.
Carrier dhlParcelDe()
{
    Carrier c;
    c.id = QStringLiteral("dhl-parcel-de");
    c.path = "/parcel/de/account/auth/ropc/v1/token";
    c.grantTypes = {QStringLiteral("password")};
    c.requiredFields << credentialField(QStringLiteral("username"), Carrier::FieldPlace::Body, 400,
                                        "sandbox-user")
                     << credentialField(QStringLiteral("password"), Carrier::FieldPlace::Body);
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 1799;
    return c;
}

// An empty POST; everything in headers, the token comes back as one.
Carrier dpd()
{
    Carrier c;
    c.id = QStringLiteral("dpd");
    c.path = "/shipping/v1/login";
    c.bodyless = true;
    c.clientIdHeader = "X-DPD-CLIENTID";
    c.clientSecretHeader = "X-DPD-CLIENTSECRET";
    c.grantTypes.clear();
    Field bu =
        credentialField(QStringLiteral("X-DPD-BUCODE"), Carrier::FieldPlace::Header, 400, "021");
    bu.pattern = QStringLiteral("[0-9]{3}");
    bu.expected = QStringLiteral("three digits, e.g. 021");
    c.requiredFields << bu;
    c.tokenKind = Carrier::TokenKind::Jwt; // its exp is the only expiry
    c.lifetimeSeconds = 86400;
    c.tokenHeader = "X-DPD-TOKEN";
    c.tokenType.clear();
    c.sendsExpiresIn = false;
    c.errorStyle = Carrier::ErrorStyle::Message;
    return c;
}

// A GET with HTTP Basic; the answer names no lifetime.
Carrier odfl()
{
    Carrier c;
    c.id = QStringLiteral("odfl");
    c.path = "/auth/v1.0/token";
    c.method = Carrier::Method::Get;
    c.bodyless = true;
    c.placement = PlacementPolicy::Basic;
    c.grantTypes.clear();
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 3600;
    c.tokenField = QStringLiteral("sessionToken");
    c.tokenType.clear();
    c.sendsExpiresIn = false;
    c.errorStyle = Carrier::ErrorStyle::Message;
    return c;
}

// A JSON login with its own names and no grant type; a refresh token comes along.
Carrier eshipper()
{
    Carrier c;
    c.id = QStringLiteral("eshipper");
    c.path = "/api/v2/authenticate";
    c.encoding = BodyEncoding::Json;
    c.clientIdField = QStringLiteral("principal");
    c.clientSecretField = QStringLiteral("credential");
    c.grantTypes.clear();
    c.tokenKind = Carrier::TokenKind::Jwt;
    c.lifetimeSeconds = 3600;
    c.tokenField = QStringLiteral("token");
    c.tokenType.clear();
    c.issuesRefreshToken = true;
    c.errorStyle = Carrier::ErrorStyle::Message;
    return c;
}

// OAuth in a JSON body with one exact audience.
Carrier chrobinson()
{
    const QString audience = QStringLiteral("https://inavisphere.chrobinson.com");
    Carrier c;
    c.id = QStringLiteral("chrobinson");
    c.path = "/v1/oauth/token";
    c.encoding = BodyEncoding::Json;
    Field aud;
    aud.key = QStringLiteral("audience");
    aud.pattern = QRegularExpression::escape(audience);
    aud.expected = audience;
    aud.mismatchError = QStringLiteral("access_denied");
    c.requiredFields << aud;
    c.tokenKind = Carrier::TokenKind::Jwt;
    c.lifetimeSeconds = 86400;
    return c;
}

// OAuth form POST plus the client id again as the Consumer-Key header.
Carrier maersk()
{
    Carrier c;
    c.id = QStringLiteral("maersk");
    c.path = "/oauth2/access_token";
    Field key;
    key.key = QStringLiteral("Consumer-Key");
    key.place = Carrier::FieldPlace::Header;
    key.equalsClientId = true;
    key.missingStatus = 401;
    c.requiredFields << key;
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 7199;
    return c;
}

// A GET behind IBM API Connect: four headers, no body, no lifetime in the answer.
Carrier royalmail()
{
    Carrier c;
    c.id = QStringLiteral("royalmail");
    c.path = "/shipping/v3/token";
    c.method = Carrier::Method::Get;
    c.bodyless = true;
    c.clientIdHeader = "X-IBM-Client-Id";
    c.clientSecretHeader = "X-IBM-Client-Secret";
    c.grantTypes.clear();
    c.requiredFields << credentialField(QStringLiteral("X-RMG-Security-Username"),
                                        Carrier::FieldPlace::Header, 400, "sandbox-user")
                     << credentialField(QStringLiteral("X-RMG-Security-Password"),
                                        Carrier::FieldPlace::Header);
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 14400;
    c.tokenField = QStringLiteral("token");
    c.tokenType.clear();
    c.sendsExpiresIn = false;
    c.errorStyle = Carrier::ErrorStyle::IbmApiConnect;
    return c;
}

// DHL eCommerce's global API: a GET with HTTP Basic, no body; five hours by default.
Carrier dhlEcsGlobal()
{
    Carrier c;
    c.id = QStringLiteral("dhl-ecs-global");
    c.path = "/account/v1/auth/accesstoken";
    c.method = Carrier::Method::Get;
    c.bodyless = true;
    c.placement = PlacementPolicy::Basic;
    c.grantTypes.clear();
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 18000;
    c.echoClientId = true;
    return c;
}

// Deutsche Post International: the same GET with HTTP Basic, an opaque token for 18000 s.
Carrier dpi()
{
    Carrier c;
    c.id = QStringLiteral("dpi");
    c.path = "/dpi/v1/auth/accesstoken";
    c.method = Carrier::Method::Get;
    c.bodyless = true;
    c.placement = PlacementPolicy::Basic;
    c.grantTypes.clear();
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 18000;
    return c;
}

// An IdentityServer token endpoint: client credentials in the form body only.
Carrier sapient()
{
    Carrier c;
    c.id = QStringLiteral("sapient");
    c.path = "/connect/token";
    c.tokenKind = Carrier::TokenKind::Jwt;
    c.lifetimeSeconds = 3600;
    return c;
}

// Password grant: the Hermes user's login next to the application's client id and secret.
Carrier hermes()
{
    Carrier c;
    c.id = QStringLiteral("hermes");
    c.path = "/authorization-facade/oauth2/access_token";
    c.grantTypes = {QStringLiteral("password")};
    c.requiredFields << credentialField(QStringLiteral("username"), Carrier::FieldPlace::Body, 400,
                                        "sandbox-user")
                     << credentialField(QStringLiteral("password"), Carrier::FieldPlace::Body);
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 3600;
    return c;
}

// A Keycloak realm behind an API gateway: password grant, client credentials in
// the body or Basic, and the gateway's subscription key header on every call.
Carrier jbhunt()
{
    Carrier c;
    c.id = QStringLiteral("jbhunt");
    c.path = "/auth/realms/{realm}/protocol/openid-connect/token";
    c.pathExamples = {{QStringLiteral("realm"), QStringLiteral("sandbox-realm")}};
    c.placement = PlacementPolicy::Either;
    c.grantTypes = {QStringLiteral("password")};
    c.requiredFields << credentialField(QStringLiteral("Ocp-Apim-Subscription-Key"),
                                        Carrier::FieldPlace::Header, 401)
                     << credentialField(QStringLiteral("username"), Carrier::FieldPlace::Body, 400,
                                        "sandbox-user")
                     << credentialField(QStringLiteral("password"), Carrier::FieldPlace::Body);
    c.tokenKind = Carrier::TokenKind::Jwt;
    c.lifetimeSeconds = 300; // Keycloak's default access token lifespan
    return c;
}

// A JSON login with a user name and password and no grant type; a JWT in id_token.
Carrier asendia()
{
    Carrier c;
    c.id = QStringLiteral("asendia");
    c.path = "/api/authenticate";
    c.encoding = BodyEncoding::Json;
    c.clientIdField = QStringLiteral("username");
    c.clientSecretField = QStringLiteral("password");
    c.grantTypes.clear();
    c.tokenKind = Carrier::TokenKind::Jwt; // its exp is the only expiry
    c.lifetimeSeconds = 86400;
    c.tokenField = QStringLiteral("id_token");
    c.tokenType.clear();
    c.sendsExpiresIn = false;
    c.errorStyle = Carrier::ErrorStyle::Message;
    return c;
}

// A JSON login with userId and key; the expiry is a Unix time, a refresh token comes along.
Carrier dhlParcelNl()
{
    Carrier c;
    c.id = QStringLiteral("dhl-parcel-nl");
    c.path = "/authenticate/api-key";
    c.encoding = BodyEncoding::Json;
    c.clientIdField = QStringLiteral("userId");
    c.clientSecretField = QStringLiteral("key");
    c.grantTypes.clear();
    c.tokenKind = Carrier::TokenKind::Jwt;
    c.lifetimeSeconds = 900;
    c.tokenField = QStringLiteral("accessToken");
    c.tokenType.clear();
    c.sendsExpiresIn = false;
    c.expiresAtField = QStringLiteral("accessTokenExpiration");
    c.issuesRefreshToken = true;
    c.refreshTokenField = QStringLiteral("refreshToken");
    c.errorStyle = Carrier::ErrorStyle::Message;
    return c;
}

// An empty POST with HTTP Basic (the MyEstes login) and an API key header.
Carrier estes()
{
    Carrier c;
    c.id = QStringLiteral("estes");
    c.path = "/authenticate";
    c.bodyless = true;
    c.placement = PlacementPolicy::Basic;
    c.grantTypes.clear();
    c.requiredFields << credentialField(QStringLiteral("apikey"), Carrier::FieldPlace::Header, 401);
    c.tokenKind = Carrier::TokenKind::Jwt;
    c.lifetimeSeconds = 35999;
    c.errorStyle = Carrier::ErrorStyle::Message;
    return c;
}

// OAuth form POST with an API key header next to the client's, and scopes
// named resource:action.
Carrier echo()
{
    Carrier c;
    c.id = QStringLiteral("echo");
    c.path = "/token";
    c.requiredFields << credentialField(QStringLiteral("x-api-key"), Carrier::FieldPlace::Header,
                                        401);
    Field scope;
    scope.key = QStringLiteral("scope");
    scope.pattern = QStringLiteral("[a-z]+:[a-z]+( [a-z]+:[a-z]+)*");
    scope.expected = QStringLiteral("scopes such as quotes:create, separated by spaces");
    scope.mismatchError = QStringLiteral("invalid_scope");
    scope.sandboxValue = "quotes:create loads:read";
    c.requiredFields << scope;
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 3600;
    return c;
}

// Client credentials in HTTP Basic only; an hour-long JWT.
Carrier trimble()
{
    Carrier c;
    c.id = QStringLiteral("trimble");
    c.path = "/oauth/token";
    c.placement = PlacementPolicy::Basic;
    c.tokenKind = Carrier::TokenKind::Jwt;
    c.signingAlg = QStringLiteral("ES256");
    c.lifetimeSeconds = 3600;
    return c;
}

// OAuth form POST where a scope is required; the token lasts 30 days.
Carrier uber()
{
    Carrier c;
    c.id = QStringLiteral("uber");
    c.path = "/oauth/v2/token";
    Field scope;
    scope.key = QStringLiteral("scope");
    scope.pattern = QStringLiteral("\\S+( \\S+)*");
    scope.mismatchError = QStringLiteral("invalid_scope");
    scope.sandboxValue = "eats.deliveries";
    c.requiredFields << scope;
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 2592000;
    return c;
}

// A plain OAuth form POST; the token lasts up to two hours.
Carrier motive()
{
    Carrier c;
    c.id = QStringLiteral("motive");
    c.path = "/oauth/token";
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 7200;
    return c;
}

// Client credentials in HTTP Basic only.
Carrier loadsmart()
{
    Carrier c;
    c.id = QStringLiteral("loadsmart");
    c.path = "/auth/token";
    c.placement = PlacementPolicy::Basic;
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 3600;
    return c;
}

// HTTP Basic, client_credentials and nothing else; an opaque two-hour token.
Carrier expeditors()
{
    Carrier c;
    c.id = QStringLiteral("expeditors");
    c.path = "/oauth2/token";
    c.placement = PlacementPolicy::Basic;
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 7199;
    return c;
}

// HTTP Basic with grant_type alone in the form body.
Carrier gls()
{
    Carrier c;
    c.id = QStringLiteral("gls");
    c.path = "/oauth2/v2/token";
    c.placement = PlacementPolicy::Basic;
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 14400;
    return c;
}

// A value the request carries in the token URL's query.
Field queryField(const QString& key, const QString& pattern, const QString& expected,
                 const QString& mismatchError)
{
    Field f;
    f.key = key;
    f.place = Carrier::FieldPlace::Query;
    f.pattern = pattern;
    f.expected = expected;
    f.mismatchError = mismatchError;
    return f;
}

// An empty POST with HTTP Basic; response_type and grant_type ride in the URL.
Carrier dhlFreight()
{
    Carrier c;
    c.id = QStringLiteral("dhl-freight");
    c.path = "/auth/v1/token";
    c.exampleQuery = "response_type=access_token&grant_type=client_credentials";
    c.bodyless = true;
    c.placement = PlacementPolicy::Basic;
    c.grantTypes.clear();
    c.requiredFields << queryField(QStringLiteral("response_type"),
                                   QStringLiteral("access_token|id_token"),
                                   QStringLiteral("access_token or id_token"),
                                   QStringLiteral("unsupported_response_type"))
                     << queryField(QStringLiteral("grant_type"),
                                   QStringLiteral("client_credentials"),
                                   QStringLiteral("client_credentials"),
                                   QStringLiteral("unsupported_grant_type"));
    c.tokenKind = Carrier::TokenKind::Opaque;
    c.lifetimeSeconds = 1799;
    c.errorStyle = Carrier::ErrorStyle::StatusProblem;
    return c;
}

} // namespace

QList<EmulatedCarrier> EmulatedCarriers::otherShapes()
{
    QList<EmulatedCarrier> list{dhlParcelDe(), dpd(),    odfl(),     eshipper(),
                                chrobinson(),  maersk(), royalmail()};
    list << dhlEcsGlobal() << dpi() << sapient() << hermes() << jbhunt() << asendia()
         << dhlParcelNl();
    list << estes();
    list << echo() << trimble() << uber() << motive() << loadsmart() << expeditors() << gls()
         << dhlFreight();
    return list;
}
