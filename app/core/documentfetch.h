// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// What a GET of a public document (an OpenID discovery document, a JWK set)
// brought back: its body, or a sentence saying why there is none.
struct FetchedDocument
{
    QUrl url;
    int status = 0;
    QByteArray body;
    QByteArray cacheControl;
    QByteArray expires;
    Message problem;

    bool ok() const { return problem.isEmpty(); }
};

// GETs a public document under the rules of token requests (TokenClient):
// https only (http to loopback), TLS errors never ignored, redirects only
// within the origin, a size cap enforced while reading, a total deadline. It
// sends no credential and no cookie. Deletes itself after `done`.
class DocumentFetch : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const FetchedDocument&)>;
    static constexpr qint64 kMaxBytes = 256 * 1024;

    static void get(QNetworkAccessManager* network, const QUrl& url, int timeoutMs, Done done);

private:
    DocumentFetch(QNetworkAccessManager* network, Done done);
    void send(const QUrl& url);
    void onReadyRead();
    void onFinished();
    void finish(const Message& problem);

    QNetworkAccessManager* m_network;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    FetchedDocument m_doc;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};
