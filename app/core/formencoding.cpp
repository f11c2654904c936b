// SPDX-License-Identifier: Apache-2.0
#include "formencoding.h"

#include "secretbytes.h"

namespace FormEncoding {

namespace {
bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}
} // namespace

void appendEncoded(QByteArray* out, const QByteArray& utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    for (char c : utf8) {
        if (isUnreserved(c)) {
            out->append(c);
        } else if (c == ' ') {
            out->append('+');
        } else {
            const auto u = static_cast<unsigned char>(c);
            out->append('%');
            out->append(hex[u >> 4]);
            out->append(hex[u & 0x0F]);
        }
    }
}

QByteArray encode(const QByteArray& utf8)
{
    QByteArray out;
    out.reserve(utf8.size() * 3);
    appendEncoded(&out, utf8);
    return out;
}

QByteArray encode(const QString& text)
{
    return encode(text.toUtf8());
}

bool decode(const QByteArray& encoded, QByteArray* out)
{
    QByteArray result;
    result.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '+') {
            result.append(' ');
        } else if (c == '%') {
            if (i + 2 >= encoded.size())
                return false;
            const int hi = hexValue(encoded.at(i + 1));
            const int lo = hexValue(encoded.at(i + 2));
            if (hi < 0 || lo < 0)
                return false;
            result.append(static_cast<char>((hi << 4) | lo));
            i += 2;
        } else {
            result.append(c);
        }
    }
    *out = result;
    return true;
}

QByteArray join(const QList<QPair<QByteArray, QByteArray>>& fields)
{
    QByteArray out;
    for (const auto& field : fields) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encode(field.first));
        out.append('=');
        out.append(encode(field.second));
    }
    return out;
}

bool parse(const QByteArray& body, QList<QPair<QByteArray, QByteArray>>* out)
{
    out->clear();
    if (body.isEmpty())
        return true;
    const QList<QByteArray> parts = body.split('&');
    for (const QByteArray& part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key;
        QByteArray value;
        if (!decode(eq < 0 ? part : part.left(eq), &key))
            return false;
        if (eq >= 0 && !decode(part.mid(eq + 1), &value))
            return false;
        out->append({key, value});
    }
    return true;
}

QByteArray basicCredentials(const QByteArray& clientId, const QByteArray& clientSecret)
{
    // one buffer each, sized up front, so no step leaves a moved-away copy behind
    QByteArray joined;
    joined.reserve((clientId.size() + clientSecret.size()) * 3 + 1);
    appendEncoded(&joined, clientId);
    joined.append(':');
    appendEncoded(&joined, clientSecret);
    QByteArray encoded = joined.toBase64();
    wipe(joined);
    QByteArray result;
    result.reserve(6 + encoded.size());
    result.append("Basic ");
    result.append(encoded);
    wipe(encoded);
    return result;
}

} // namespace FormEncoding
