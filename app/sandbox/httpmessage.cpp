// SPDX-License-Identifier: Apache-2.0
#include "httpmessage.h"

#include "formencoding.h"

QByteArray RecordedRequest::header(const QByteArray& lowerName) const
{
    for (const auto& h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray& lowerName) const
{
    for (const auto& h : headers) {
        if (h.first == lowerName)
            return true;
    }
    return false;
}

QList<QPair<QByteArray, QByteArray>> RecordedRequest::formFields() const
{
    QList<QPair<QByteArray, QByteArray>> out;
    if (!header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        return out;
    if (!FormEncoding::parse(body, &out))
        out.clear();
    return out;
}

QByteArray RecordedRequest::formValue(const QByteArray& key) const
{
    for (const auto& f : formFields()) {
        if (f.first == key)
            return f.second;
    }
    return {};
}

bool RecordedRequest::hasFormField(const QByteArray& key) const
{
    for (const auto& f : formFields()) {
        if (f.first == key)
            return true;
    }
    return false;
}

bool RecordedRequest::basicCredentials(QByteArray* id, QByteArray* secret) const
{
    const QByteArray auth = header("authorization");
    if (!auth.toLower().startsWith("basic "))
        return false;
    auto decoded = QByteArray::fromBase64Encoding(auth.mid(6).trimmed(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0)
        return false;
    return FormEncoding::decode(decoded.decoded.left(colon), id) &&
           FormEncoding::decode(decoded.decoded.mid(colon + 1), secret);
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray& data)
{
    m_buffer.append(data);
    if (!m_headersDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return m_buffer.size() > kMaxHeaderBytes ? HeadersTooLarge : Incomplete;
        if (end > kMaxHeaderBytes)
            return HeadersTooLarge;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
            return Invalid;
        m_request.method = requestLine.at(0);
        const QByteArray target = requestLine.at(1);
        const qsizetype q = target.indexOf('?');
        m_request.path = q < 0 ? target : target.left(q);
        m_request.query = q < 0 ? QByteArray() : target.mid(q + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return Invalid;
            m_request.headers.append(
                {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        bool ok = true;
        const QByteArray length = m_request.header("content-length");
        m_contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || m_contentLength < 0)
            return Invalid;
        if (m_contentLength > kMaxBodyBytes)
            return TooLarge;
        m_buffer.remove(0, end + 4);
        m_headersDone = true;
    }
    if (m_buffer.size() < m_contentLength)
        return Incomplete;
    m_request.body = m_buffer.left(m_contentLength);
    return Complete;
}

HttpResponse HttpResponse::json(int status, const QByteArray& body, const QByteArray& contentType)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 408:
        return "Request Timeout";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray HttpResponse::serialize(bool withContentLength) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto& h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (withContentLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    out += body;
    return out;
}
