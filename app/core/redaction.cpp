// SPDX-License-Identifier: Apache-2.0
#include "redaction.h"

#include "formencoding.h"
#include "secretbytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Redaction {

QString marker()
{
    return QStringLiteral("\u2022\u2022\u2022redacted\u2022\u2022\u2022");
}

QByteArray scrub(QByteArray bytes, const QList<QByteArray>& secrets)
{
    const QByteArray mark = marker().toUtf8();
    for (const QByteArray& secret : secrets) {
        // very short values would redact ordinary words; secrets are never that short
        if (secret.size() < 4)
            continue;
        bytes.replace(secret, mark);
        QByteArray encoded = FormEncoding::encode(secret);
        if (encoded != secret)
            bytes.replace(encoded, mark);
        wipe(encoded);
    }
    return bytes;
}

QString scrub(QString text, const QList<QByteArray>& secrets)
{
    if (text.isEmpty())
        return text;
    // the forms of a secret looked for are copies of it: wiped once used
    for (const QByteArray& secret : secrets) {
        if (secret.size() < 4)
            continue;
        QString plain = QString::fromUtf8(secret);
        text.replace(plain, marker());
        wipe(plain);
        QByteArray encoded = FormEncoding::encode(secret);
        if (encoded != secret) {
            QString encodedText = QString::fromLatin1(encoded);
            text.replace(encodedText, marker());
            wipe(encodedText);
        }
        wipe(encoded);
    }
    return text;
}

bool isSensitiveField(const QString& name)
{
    // access_token, accessToken and Access-Token are one field to a carrier
    QString key = name.toLower();
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char('-'));
    static const QStringList names{QStringLiteral("accesstoken"), QStringLiteral("refreshtoken"),
                                   QStringLiteral("idtoken"),     QStringLiteral("sessiontoken"),
                                   QStringLiteral("token"),       QStringLiteral("clientsecret"),
                                   QStringLiteral("childsecret"), QStringLiteral("secret"),
                                   QStringLiteral("password"),    QStringLiteral("apikey")};
    return names.contains(key);
}

namespace {
QJsonValue redactValue(const QJsonValue& value, int depth)
{
    if (depth > 32)
        return value;
    if (value.isObject()) {
        QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (isSensitiveField(it.key()) && (it.value().isString() || it.value().isDouble()))
                it.value() = marker();
            else
                it.value() = redactValue(it.value(), depth + 1);
        }
        return obj;
    }
    if (value.isArray()) {
        QJsonArray arr = value.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i)
            arr[i] = redactValue(arr.at(i), depth + 1);
        return arr;
    }
    return value;
}
} // namespace

QByteArray redactResponse(const QByteArray& body, const QList<QByteArray>& secrets)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue redacted =
            redactValue(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), 0);
        const QJsonDocument out = redacted.isObject() ? QJsonDocument(redacted.toObject())
                                                      : QJsonDocument(redacted.toArray());
        return scrub(out.toJson(QJsonDocument::Indented), secrets);
    }
    return scrub(body, secrets);
}

QString abbreviate(const QString& clientId)
{
    if (clientId.size() <= 8)
        return clientId.left(2) + QStringLiteral("\u2026");
    return clientId.left(4) + QStringLiteral("\u2026") + clientId.right(2);
}

QString cleanCarrierText(const QString& text, int maxLength)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxLength + 1));
    for (const QChar c : text) {
        if (out.size() > maxLength)
            break;
        out.append(c.isPrint() ? c : QLatin1Char(' '));
    }
    out = out.simplified();
    if (out.size() > maxLength)
        out = out.left(maxLength - 1) + QStringLiteral("\u2026");
    return out;
}

} // namespace Redaction
