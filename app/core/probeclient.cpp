// SPDX-License-Identifier: Apache-2.0
#include "probeclient.h"

#include "logging.h"
#include "redaction.h"
#include "textpolicy.h"
#include "tokenclient.h"
#include "tokenresponse.h"
#include "urlpolicy.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace {
constexpr int kMaxSameOriginRedirects = 3;
constexpr int kMaxWords = 300;

// error_description="..." of a WWW-Authenticate challenge (RFC 6750 section 3)
QString challengeDescription(const QByteArray& header)
{
    const int at = header.indexOf("error_description=\"");
    if (at < 0)
        return {};
    const int start = at + int(qstrlen("error_description=\""));
    const int end = header.indexOf('"', start);
    return QString::fromUtf8(header.mid(start, end < 0 ? -1 : end - start));
}

qint64 retryAfter(const QByteArray& header)
{
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0 && seconds <= 7 * 86400)
        return seconds;
    const QDateTime at =
        QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (at.isValid())
        return qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at));
    return -1;
}

ProbeVerdict verdictFor(int status)
{
    if (status == 401)
        return ProbeVerdict::TokenNotAccepted;
    if (status == 403)
        return ProbeVerdict::NotEntitled;
    if (status == 404 || status == 405 || status == 410)
        return ProbeVerdict::WrongAddress;
    if (status == 429)
        return ProbeVerdict::RateLimited;
    if (status >= 500)
        return ProbeVerdict::CarrierTrouble;
    return ProbeVerdict::UnexpectedStatus;
}
} // namespace

ProbeReply* ProbeReply::send(TokenClient* client, const ProbePlan& plan, const IssuedToken& token)
{
    auto* reply = new ProbeReply(client, plan, token);
    QMetaObject::invokeMethod(reply, &ProbeReply::start, Qt::QueuedConnection);
    return reply;
}

ProbeReply::ProbeReply(TokenClient* client, const ProbePlan& plan, const IssuedToken& token)
    : QObject(client)
    , m_client(client)
    , m_plan(plan)
    // no token, no headers: a probe then has nothing to send
    , m_headers(token.isEmpty() ? QList<QPair<QString, QString>>() : token.headers())
{
    m_secrets << QByteArray(token.accessToken.expose().constData(), token.accessToken.size());
    for (const ApiHeader& h : token.apiHeaders)
        m_secrets << QByteArray(h.value.expose().constData(), h.value.size());
    m_outcome.url = plan.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

ProbeReply::~ProbeReply()
{
    release();
    wipe(m_body);
    for (QByteArray& s : m_secrets)
        wipe(s);
}

void ProbeReply::release()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    if (!m_reply->isFinished())
        m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

void ProbeReply::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void ProbeReply::start()
{
    if (m_cancelled)
        return finish(ProbeVerdict::NotSent, 0,
                      Message::translate("ProbeReply", "it was cancelled.").text());
    if (!m_plan.ok())
        return finish(ProbeVerdict::NotSent, 0, m_plan.problem.text());
    if (m_headers.isEmpty())
        return finish(ProbeVerdict::NotSent, 0,
                      Message::translate("ProbeReply", "there is no token.").text());
    m_elapsed.start();
    m_deadline.start(m_client->timeout());
    sendTo(m_plan.url);
}

void ProbeReply::sendTo(const QUrl& url)
{
    m_current = url;
    m_body.clear();
    m_sslError = false;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Accept-Encoding", "identity");
    // only ever to the probe URL's own origin (redirect() sees to that)
    for (const auto& h : m_headers)
        request.setRawHeader(h.first.toLatin1(), h.second.toUtf8());
    qCDebug(lcNetwork) << "probe" << probeMethodId(m_plan.spec.method)
                       << url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    QNetworkAccessManager* nam = m_client->network();
    m_reply = m_plan.spec.method == ProbeMethod::Head ? nam->head(request) : nam->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &ProbeReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ProbeReply::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_client->maxResponseBytes()) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        m_sslError = true;
        QStringList reasons;
        for (const QSslError& e : errors)
            reasons << e.errorString();
        m_sslReason = reasons.join(QStringLiteral("; "));
    });
}

void ProbeReply::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    const qint64 room = m_client->maxResponseBytes() - m_body.size();
    m_body.append(m_reply->read(room + 1));
    if (m_body.size() > m_client->maxResponseBytes()) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ProbeReply::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    if (!m_tooLarge && m_reply->bytesAvailable() > 0)
        onReadyRead();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = m_reply->error();
    const bool answered =
        status > 0 && !m_timedOut && !m_cancelled && !m_tooLarge &&
        (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied);
    if (!answered)
        return networkFailure();
    if (status >= 300 && status < 400 && redirect(status))
        return;
    judge(status);
}

// Same-origin redirects are followed a few times; one to another origin never.
bool ProbeReply::redirect(int status)
{
    const QUrl target =
        m_current.resolved(m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    if (status == 304 || !target.isValid())
        return false;
    if (UrlPolicy::sameOrigin(target, m_current) && m_redirects < kMaxSameOriginRedirects) {
        ++m_redirects;
        release();
        sendTo(target);
        return true;
    }
    finish(ProbeVerdict::RedirectRefused, status,
           target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    return true;
}

void ProbeReply::judge(int status)
{
    const QByteArray contentType =
        m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (status >= 200 && status < 300) {
        if (!m_plan.spec.statuses.isEmpty() && !m_plan.spec.statuses.contains(status))
            return finish(ProbeVerdict::UnexpectedStatus, status);
        if (!m_plan.spec.jsonPath.isEmpty() && m_plan.spec.method == ProbeMethod::Get) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_body);
            if (!doc.isObject() ||
                TokenResponseParser::valueAt(doc.object(), m_plan.spec.jsonPath).isUndefined())
                return finish(ProbeVerdict::ExpectationNotMet, status, m_plan.spec.jsonPath);
        }
        return finish(ProbeVerdict::Works, status);
    }
    if (!m_plan.spec.statuses.isEmpty() && m_plan.spec.statuses.contains(status))
        return finish(ProbeVerdict::Works, status);
    const CarrierWords words = TokenResponseParser::carrierWords(contentType, m_body);
    QString said = words.description.isEmpty() ? words.code : words.description;
    if (status == 401) {
        const QString challenge = challengeDescription(m_reply->rawHeader("WWW-Authenticate"));
        if (!challenge.isEmpty())
            said = challenge;
    }
    if (status == 429)
        m_outcome.retryAfterSeconds = retryAfter(m_reply->rawHeader("Retry-After"));
    m_outcome.carrierWords = Redaction::scrub(TextPolicy::oneLine(said), m_secrets).left(kMaxWords);
    finish(verdictFor(status), status);
}

void ProbeReply::networkFailure()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled)
        return finish(ProbeVerdict::NotSent, 0,
                      Message::translate("ProbeReply", "it was cancelled.").text());
    if (m_timedOut)
        return finish(ProbeVerdict::Timeout);
    if (m_tooLarge)
        return finish(ProbeVerdict::TooLarge, status);
    if (m_sslError || m_reply->error() == QNetworkReply::SslHandshakeFailedError)
        return finish(ProbeVerdict::Tls, 0,
                      m_sslReason.isEmpty() ? m_reply->errorString() : m_sslReason);
    finish(ProbeVerdict::Network, 0, m_reply->errorString());
}

void ProbeReply::finish(ProbeVerdict verdict, int status, const QString& detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    release();
    wipe(m_body);
    m_outcome.verdict = verdict;
    m_outcome.httpStatus = status;
    m_outcome.detail = Redaction::scrub(TextPolicy::oneLine(detail), m_secrets);
    if (m_elapsed.isValid())
        m_outcome.latencyMs = m_elapsed.elapsed();
    qCDebug(lcNetwork) << "probe finished:" << ProbeOutcome::verdictId(verdict) << "HTTP" << status;
    emit finished(m_outcome);
    deleteLater();
}
