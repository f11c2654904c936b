// SPDX-License-Identifier: Apache-2.0
#include "signaturecheck.h"

#include "tokeninspector.h"

#include <QJsonArray>

QString SignatureCheck::verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotChecked:
        return QStringLiteral("not_checked");
    case Verdict::Verified:
        return QStringLiteral("verified");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::CannotVerify:
        return QStringLiteral("cannot_verify");
    case Verdict::Unsigned:
        return QStringLiteral("unsigned");
    case Verdict::SharedSecret:
        return QStringLiteral("shared_secret");
    }
    return {};
}

Message SignatureCheck::headline() const
{
    switch (verdict) {
    case Verdict::NotChecked:
        return Message::translate("SignatureCheck", "Signature not checked");
    case Verdict::Verified:
        return Message::translate("SignatureCheck", "Signature verified");
    case Verdict::Invalid:
        return Message::translate("SignatureCheck", "Signature invalid");
    case Verdict::CannotVerify:
        return Message::translate("SignatureCheck", "Cannot verify the signature");
    case Verdict::Unsigned:
        return Message::translate("SignatureCheck", "Unsigned token");
    case Verdict::SharedSecret:
        return Message::translate("SignatureCheck", "Signed with a shared secret");
    }
    return {};
}

namespace {
QString when(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

bool audienceMatches(const QJsonValue& aud, const QString& expected)
{
    if (aud.isString())
        return aud.toString() == expected;
    if (aud.isArray()) {
        for (const QJsonValue& v : aud.toArray()) {
            if (v.toString() == expected)
                return true;
        }
    }
    return false;
}
} // namespace

QList<Message> SignatureCheck::checkClaims(const QJsonObject& claims, const QDateTime& now,
                                           const QString& audience, const QString& issuer)
{
    QList<Message> problems;
    const QDateTime exp = TokenInspector::numericDate(claims.value(QLatin1String("exp")));
    const QDateTime nbf = TokenInspector::numericDate(claims.value(QLatin1String("nbf")));
    const QDateTime iat = TokenInspector::numericDate(claims.value(QLatin1String("iat")));
    if (exp.isValid() && exp.addSecs(kLeewaySeconds) < now)
        problems << Message::translate("SignatureCheck", "The token expired at %1 (“exp”).")
                        .arg(when(exp));
    if (nbf.isValid() && nbf.addSecs(-kLeewaySeconds) > now)
        problems << Message::translate("SignatureCheck",
                                       "The token is not valid before %1 (“nbf”).")
                        .arg(when(nbf));
    if (iat.isValid() && iat.addSecs(-kLeewaySeconds) > now)
        problems << Message::translate("SignatureCheck",
                                       "The token says it was issued in the future, at %1 "
                                       "(“iat”).")
                        .arg(when(iat));
    if (!audience.isEmpty() && !audienceMatches(claims.value(QLatin1String("aud")), audience))
        problems << Message::translate("SignatureCheck", "The token is not meant for %1 (“aud”).")
                        .arg(audience);
    const QString iss = claims.value(QLatin1String("iss")).toString();
    if (!issuer.isEmpty() && iss != issuer)
        problems << Message::translate("SignatureCheck", "The token names the issuer “%1”, but its "
                                                         "discovery document says “%2” (“iss”).")
                        .arg(iss.left(200))
                        .arg(issuer.left(200));
    return problems;
}
