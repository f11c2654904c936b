// SPDX-License-Identifier: Apache-2.0
#include "carrierrefusal.h"

#include "tokenminter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray compact(const QJsonObject& obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

HttpResponse problem(const QByteArray& issuer, const QString& oauthError, const QString& message)
{
    const bool credentials = oauthError == QLatin1String("invalid_client");
    QJsonObject obj{
        {QStringLiteral("type"),
         QString::fromLatin1(issuer) + (credentials ? QStringLiteral("/docs/errors/400.0000005")
                                                    : QStringLiteral("/docs/errors/400.0000002"))},
        {QStringLiteral("title"),
         credentials ? QStringLiteral("Invalid credentials") : QStringLiteral("Invalid request")}};
    if (!credentials)
        obj.insert(QStringLiteral("detail"), message);
    // DHL's documented bad-credentials answer is a 400 problem, not a 401
    return HttpResponse::json(400, compact(obj), "application/problem+json");
}

} // namespace

HttpResponse CarrierRefusal::answer(const EmulatedCarrier& c, const QByteArray& issuer, int status,
                                    const QString& oauthError, const QString& message)
{
    switch (c.errorStyle) {
    case EmulatedCarrier::ErrorStyle::Problem:
        return problem(issuer, oauthError, message);
    case EmulatedCarrier::ErrorStyle::Project44: {
        const QJsonObject obj{
            {QStringLiteral("httpStatusCode"), status},
            {QStringLiteral("errorMessage"), message},
            {QStringLiteral("supportReferenceId"), QString::fromLatin1(TokenMinter::randomId())}};
        return HttpResponse::json(status, compact(obj));
    }
    case EmulatedCarrier::ErrorStyle::Ups: {
        // numeric codes of the sandbox's own choosing, in UPS's envelope
        const QJsonObject error{{QStringLiteral("code"), QStringLiteral("10%1").arg(status)},
                                {QStringLiteral("message"), message}};
        const QJsonObject obj{{QStringLiteral("response"),
                               QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}}}};
        return HttpResponse::json(status, compact(obj));
    }
    case EmulatedCarrier::ErrorStyle::Message:
        return HttpResponse::json(status, compact({{QStringLiteral("message"), message}}));
    case EmulatedCarrier::ErrorStyle::IbmApiConnect: {
        // the gateway writes its status code as text
        const QJsonObject obj{{QStringLiteral("httpCode"), QString::number(status)},
                              {QStringLiteral("httpMessage"),
                               QString::fromLatin1(HttpResponse::reasonPhrase(status))},
                              {QStringLiteral("moreInformation"), message}};
        return HttpResponse::json(status, compact(obj));
    }
    case EmulatedCarrier::ErrorStyle::StatusProblem: {
        const QJsonObject obj{
            {QStringLiteral("title"), QString::fromLatin1(HttpResponse::reasonPhrase(status))},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), message}};
        return HttpResponse::json(status, compact(obj), "application/problem+json");
    }
    case EmulatedCarrier::ErrorStyle::OAuth:
        break;
    }
    const QJsonObject obj{{QStringLiteral("error"), oauthError},
                          {QStringLiteral("error_description"), message}};
    return HttpResponse::json(status, compact(obj));
}

HttpResponse CarrierRefusal::apiAnswer(const EmulatedCarrier& c, const QByteArray& issuer,
                                       int status, const QString& code, const QString& message)
{
    if (c.errorStyle != EmulatedCarrier::ErrorStyle::Problem)
        return answer(c, issuer, status, code, message);
    const QJsonObject obj{
        {QStringLiteral("type"),
         QString::fromLatin1(issuer) + QStringLiteral("/docs/errors/") + QString::number(status)},
        {QStringLiteral("title"), QString::fromLatin1(HttpResponse::reasonPhrase(status))},
        {QStringLiteral("detail"), message}};
    return HttpResponse::json(status, compact(obj), "application/problem+json");
}
