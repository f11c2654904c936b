// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchangeshape.h"
#include "tokenresult.h"

#include <QCoreApplication>
#include <QDateTime>

struct CarrierPreset;

// What the parser needs besides the bytes.
struct ResponseContext
{
    const CarrierPreset* preset = nullptr;
    QString carrierName;         // for messages; the preset name or the host
    QDateTime receivedAt;        // UTC
    QList<QByteArray> secrets;   // scrubbed from anything quoted back
    ExchangeShape shape;         // where the answer keeps the token and its life
    QByteArray tokenHeaderValue; // the response header shape.tokenHeader names, when it does
    QByteArray serverDate;       // the response's Date header, to compare clocks
};

// The carrier's own words from an error body, whatever shape it came in.
struct CarrierWords
{
    QString code;        // OAuth "error", problem "type", or a code field
    QString description; // error_description, title/detail, message, HTML <title>, first text line
    QString uri;         // OAuth error_uri
    QString shape;       // "oauth", "problem", "json", "html", "text", "empty"
};

// Turns an HTTP response from a token endpoint into a TokenResult.
class TokenResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponseParser)

public:
    static TokenResult parse(int httpStatus, const QByteArray& contentType, const QByteArray& body,
                             const ResponseContext& context);
    static CarrierWords carrierWords(const QByteArray& contentType, const QByteArray& body);
    // A failure whose hint is the preset's advice for its category, or the
    // general one when the preset has none.
    static Failure failure(const CarrierPreset* preset, ErrorCategory category,
                           const Message& message);
    // Accepts 3600, 3600.0 and "3600"; nothing for anything else.
    static std::optional<qint64> parseExpiresIn(const QJsonValue& value);
    // An absolute time: epoch seconds or milliseconds (number or digits) or
    // ISO 8601 (UTC when it names no zone); nothing for anything else.
    static std::optional<QDateTime> parseTime(const QJsonValue& value);
    // The value at a dotted path ("data.token"); undefined when absent.
    static QJsonValue valueAt(const QJsonObject& obj, const QString& path);
};
