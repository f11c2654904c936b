// SPDX-License-Identifier: Apache-2.0
#include "documentfetch.h"

#include "urlpolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace {
constexpr int kMaxRedirects = 3;
}

DocumentFetch::DocumentFetch(QNetworkAccessManager* network, Done done)
    : QObject(network)
    , m_network(network)
    , m_done(std::move(done))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

void DocumentFetch::get(QNetworkAccessManager* network, const QUrl& url, int timeoutMs, Done done)
{
    auto* fetch = new DocumentFetch(network, std::move(done));
    fetch->m_doc.url = url;
    const QString problem = UrlPolicy::problem(url);
    if (!problem.isEmpty()) {
        // answered later, as every other outcome
        QMetaObject::invokeMethod(
            fetch, [fetch, problem] { fetch->finish(Message::plain(problem)); },
            Qt::QueuedConnection);
        return;
    }
    fetch->m_deadline.start(timeoutMs);
    fetch->send(url);
}

void DocumentFetch::send(const QUrl& url)
{
    m_doc.url = url;
    m_doc.body.clear();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept", "application/json, application/jwk-set+json");
    request.setRawHeader("Accept-Encoding", "identity");
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &DocumentFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DocumentFetch::onFinished);
}

void DocumentFetch::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_doc.body.append(m_reply->read(kMaxBytes - m_doc.body.size() + 1));
    if (m_doc.body.size() > kMaxBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void DocumentFetch::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    onReadyRead();
    reply->deleteLater();
    m_reply = nullptr;
    const QString host = m_doc.url.host();
    if (m_timedOut)
        return finish(Message::translate("DocumentFetch", "%1 did not answer in time.").arg(host));
    if (m_tooLarge)
        return finish(Message::translate("DocumentFetch",
                                         "The document at %1 is larger than TokenDock reads.")
                          .arg(host));
    m_doc.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_doc.status >= 300 && m_doc.status < 400) {
        const QUrl target = m_doc.url.resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (UrlPolicy::sameOrigin(target, m_doc.url) && ++m_redirects <= kMaxRedirects)
            return send(target);
        return finish(Message::translate("DocumentFetch",
                                         "%1 redirected to another site; TokenDock did not "
                                         "follow it.")
                          .arg(host));
    }
    if (reply->error() != QNetworkReply::NoError && m_doc.status == 0)
        return finish(Message::translate("DocumentFetch", "The connection to %1 failed: %2.")
                          .arg(host)
                          .arg(reply->errorString()));
    if (m_doc.status != 200)
        return finish(Message::translate("DocumentFetch", "%1 answered HTTP %2.")
                          .arg(m_doc.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                          .arg(m_doc.status));
    m_doc.cacheControl = reply->rawHeader("Cache-Control");
    m_doc.expires = reply->rawHeader("Expires");
    finish({});
}

void DocumentFetch::finish(const Message& problem)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_doc.problem = problem;
    if (!problem.isEmpty())
        m_doc.body.clear();
    const Done done = std::move(m_done);
    const FetchedDocument doc = m_doc;
    deleteLater();
    if (done)
        done(doc);
}
