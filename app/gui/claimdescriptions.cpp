// SPDX-License-Identifier: Apache-2.0
#include "claimdescriptions.h"

#include <QCoreApplication>

namespace {
struct Entry
{
    const char* name;
    const char* text;
};

// QT_TRANSLATE_NOOP keeps the texts visible to lupdate
constexpr Entry kHeader[] = {
    {"alg", QT_TRANSLATE_NOOP("ClaimDescriptions", "Signing algorithm")},
    {"typ", QT_TRANSLATE_NOOP("ClaimDescriptions", "Token type")},
    {"kid", QT_TRANSLATE_NOOP("ClaimDescriptions", "Key id: which of the issuer's keys signed it")},
    {"cty", QT_TRANSLATE_NOOP("ClaimDescriptions", "Content type of the payload")},
    {"x5t", QT_TRANSLATE_NOOP("ClaimDescriptions", "Thumbprint of the signing certificate")},
    {"x5t#S256",
     QT_TRANSLATE_NOOP("ClaimDescriptions", "SHA-256 thumbprint of the signing certificate")},
    {"jku", QT_TRANSLATE_NOOP("ClaimDescriptions", "Where the signing keys are published")},
    {"x5u", QT_TRANSLATE_NOOP("ClaimDescriptions", "Where the signing certificate is published")},
};

constexpr Entry kClaims[] = {
    {"iss", QT_TRANSLATE_NOOP("ClaimDescriptions", "Issuer: who issued the token")},
    {"sub", QT_TRANSLATE_NOOP("ClaimDescriptions", "Subject: whom the token is about")},
    {"aud", QT_TRANSLATE_NOOP("ClaimDescriptions", "Audience: the API meant to accept it")},
    {"exp", QT_TRANSLATE_NOOP("ClaimDescriptions", "Expires at")},
    {"nbf", QT_TRANSLATE_NOOP("ClaimDescriptions", "Not valid before")},
    {"iat", QT_TRANSLATE_NOOP("ClaimDescriptions", "Issued at")},
    {"jti", QT_TRANSLATE_NOOP("ClaimDescriptions", "Unique id of this token")},
    {"client_id", QT_TRANSLATE_NOOP("ClaimDescriptions", "The client the token was issued to")},
    {"azp", QT_TRANSLATE_NOOP("ClaimDescriptions", "Authorized party: the requesting client")},
    {"appid", QT_TRANSLATE_NOOP("ClaimDescriptions", "The requesting application (Microsoft)")},
    {"scope", QT_TRANSLATE_NOOP("ClaimDescriptions", "Granted scopes")},
    {"scp", QT_TRANSLATE_NOOP("ClaimDescriptions", "Granted scopes")},
    {"roles", QT_TRANSLATE_NOOP("ClaimDescriptions", "Granted application roles")},
    {"tid", QT_TRANSLATE_NOOP("ClaimDescriptions", "Tenant (directory) id")},
    {"oid", QT_TRANSLATE_NOOP("ClaimDescriptions", "Object id of the client in the directory")},
    {"auth_time", QT_TRANSLATE_NOOP("ClaimDescriptions", "When authentication happened")},
    {"acr", QT_TRANSLATE_NOOP("ClaimDescriptions", "Authentication context class")},
    {"amr", QT_TRANSLATE_NOOP("ClaimDescriptions", "Authentication methods used")},
    {"act", QT_TRANSLATE_NOOP("ClaimDescriptions", "Actor acting on the subject's behalf")},
    {"may_act", QT_TRANSLATE_NOOP("ClaimDescriptions", "Who may act on the subject's behalf")},
    {"cnf", QT_TRANSLATE_NOOP("ClaimDescriptions", "Key the token is bound to")},
    {"ver", QT_TRANSLATE_NOOP("ClaimDescriptions", "Token format version")},
};

QString lookup(const Entry* begin, const Entry* end, const QString& name)
{
    for (const Entry* e = begin; e != end; ++e) {
        if (name == QLatin1String(e->name))
            return QCoreApplication::translate("ClaimDescriptions", e->text);
    }
    return {};
}
} // namespace

namespace ClaimDescriptions {

QString describe(const QString& name, bool inHeader)
{
    if (inHeader)
        return lookup(std::begin(kHeader), std::end(kHeader), name);
    return lookup(std::begin(kClaims), std::end(kClaims), name);
}

bool isTimestamp(const QString& name)
{
    return name == QLatin1String("exp") || name == QLatin1String("nbf") ||
           name == QLatin1String("iat") || name == QLatin1String("auth_time");
}

} // namespace ClaimDescriptions
