// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "issuedtoken.h"
#include "probe.h"
#include "probeoutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;
class TokenClient;

// Sends one probe with a token, under the token request's rules (TokenClient's
// network, deadline and size cap): https only (http to loopback), TLS errors
// never ignored, no cookies, and no redirect to another origin, so the token
// and the API headers go to the probe URL's own origin only.
class ProbeReply : public QObject
{
    Q_OBJECT

public:
    // Starts at once; finished() comes exactly once, always asynchronously,
    // and the reply deletes itself afterwards.
    static ProbeReply* send(TokenClient* client, const ProbePlan& plan, const IssuedToken& token);
    ~ProbeReply() override;
    void cancel();

signals:
    void finished(const ProbeOutcome& outcome);

private:
    ProbeReply(TokenClient* client, const ProbePlan& plan, const IssuedToken& token);
    void start();
    void sendTo(const QUrl& url);
    void onReadyRead();
    void onReplyFinished();
    bool redirect(int status);
    void judge(int status);
    void networkFailure();
    void finish(ProbeVerdict verdict, int status = 0, const QString& detail = {});
    void release();

    TokenClient* m_client;
    ProbePlan m_plan;
    QList<QPair<QString, QString>> m_headers;
    QList<QByteArray> m_secrets;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    QUrl m_current;
    ProbeOutcome m_outcome;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_sslError = false;
    QString m_sslReason;
};
