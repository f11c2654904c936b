// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

// One request the sandbox received, exactly as it arrived.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path; // without the query
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in order
    QByteArray body;
    quint16 localPort = 0; // which listener took it (the main one or the other-origin one)

    QByteArray header(const QByteArray& lowerName) const;
    bool hasHeader(const QByteArray& lowerName) const;
    // Form body fields (empty when the body is not a form).
    QList<QPair<QByteArray, QByteArray>> formFields() const;
    QByteArray formValue(const QByteArray& key) const;
    bool hasFormField(const QByteArray& key) const;
    // HTTP Basic credentials, base64- then form-decoded (RFC 6749 §2.3.1).
    bool basicCredentials(QByteArray* id, QByteArray* secret) const;
};

// Incremental parser for one HTTP/1.1 request on a connection.
class HttpRequestParser
{
public:
    enum State
    {
        Incomplete,
        Complete,
        Invalid,
        TooLarge,        // the body would be over kMaxBodyBytes (413)
        HeadersTooLarge, // the request line and headers are over kMaxHeaderBytes (431)
    };
    // A token request is a few hundred bytes; whatever is far larger is refused
    // before it is kept.
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    State feed(const QByteArray& data);
    // The request line and headers have arrived.
    bool headersDone() const { return m_headersDone; }
    const RecordedRequest& request() const { return m_request; }

private:
    QByteArray m_buffer;
    bool m_headersDone = false;
    qsizetype m_contentLength = 0;
    RecordedRequest m_request;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void addHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
    }
    static HttpResponse json(int status, const QByteArray& body,
                             const QByteArray& contentType = "application/json");
    // Status line, headers (with Content-Length unless omitted) and body.
    QByteArray serialize(bool withContentLength = true) const;
    static QByteArray reasonPhrase(int status);
};
