// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "defaults.h"
#include "tokenrequest.h"
#include "tokenresult.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class Clock;

class TokenReply;

// Sends token requests through one shared QNetworkAccessManager.
// https only (http to loopback), TLS errors never ignored, a total deadline,
// a response size cap enforced while reading, and no redirect that would
// carry credentials to another origin.
class TokenClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = Defaults::kRequestTimeoutSeconds * 1000;
    static constexpr qint64 kDefaultMaxResponseBytes = 1024 * 1024;

    explicit TokenClient(QObject* parent = nullptr);
    ~TokenClient() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxBytes; }
    void setClock(const Clock* clock) { m_clock = clock; }
    const Clock& clock() const;
    QNetworkAccessManager* network() const { return m_nam; }

    // Starts a request. The reply emits finished() exactly once, always
    // asynchronously, and deletes itself afterwards unless the caller has
    // reparented it.
    TokenReply* fetch(const TokenRequestSpec& spec);

private:
    QNetworkAccessManager* m_nam = nullptr;
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxBytes = kDefaultMaxResponseBytes;
    const Clock* m_clock = nullptr;
};

class TokenReply : public QObject
{
    Q_OBJECT

public:
    ~TokenReply() override;
    void cancel();
    bool isFinished() const { return m_finished; }
    const TokenResult& result() const { return m_result; }

signals:
    void finished(const TokenResult& result);

private:
    friend class TokenClient;
    TokenReply(TokenClient* client, const TokenRequestSpec& spec);
    void start();
    void send(const QUrl& url);
    void onReadyRead();
    void onMetaData();
    void onReplyFinished();
    void finish(TokenResult result);
    // A failure with the preset's hint for its category unless it brings its own.
    Failure failure(ErrorCategory category, const Message& message, const Message& hint = {}) const;
    // Finishes with a failure; `status` is the HTTP status, if a response came.
    void fail(const Failure& failure, int status = 0);
    void releaseReply();
    Failure networkError(QNetworkReply* reply) const;
    bool followRedirect(int status);

    TokenClient* m_client;
    TokenRequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    // The request body, unshared: the network reads it through m_uploadDevice,
    // so it can be wiped once the reply is done with it.
    QByteArray m_upload;
    QBuffer m_uploadDevice;
    QList<QSslError> m_sslErrors;
    QUrl m_currentUrl;
    int m_redirects = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_deprecatedHeader = false;
    TokenResult m_result;
};
