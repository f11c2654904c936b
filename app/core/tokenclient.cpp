// SPDX-License-Identifier: Apache-2.0
#include "tokenclient.h"

#include "clock.h"
#include "logging.h"
#include "redaction.h"
#include "tokenresponse.h"
#include "urlpolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>

namespace {
// Cookies from a token endpoint must never ride along on the next request.
class NoCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie>&, const QUrl&) override { return false; }
    QList<QNetworkCookie> cookiesForUrl(const QUrl&) const override { return {}; }
};

constexpr int kMaxSameOriginRedirects = 3;
} // namespace

TokenClient::TokenClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setCookieJar(new NoCookieJar(m_nam));
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

TokenClient::~TokenClient() = default;

const Clock& TokenClient::clock() const
{
    return m_clock ? *m_clock : Clock::system();
}

TokenReply* TokenClient::fetch(const TokenRequestSpec& spec)
{
    auto* reply = new TokenReply(this, spec);
    // always asynchronous, so callers can connect before anything happens
    QMetaObject::invokeMethod(reply, &TokenReply::start, Qt::QueuedConnection);
    return reply;
}

TokenReply::TokenReply(TokenClient* client, const TokenRequestSpec& spec)
    : QObject(client)
    , m_client(client)
    , m_spec(spec)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

TokenReply::~TokenReply()
{
    releaseReply();
    wipe(m_body);
}

// The reply is done with the request body once it has finished (Qt reads an
// upload device until then), so the body can go.
void TokenReply::releaseReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_uploadDevice.close();
    wipe(m_upload);
}

void TokenReply::start()
{
    if (m_finished)
        return;
    if (m_cancelled) {
        fail(failure(ErrorCategory::Cancelled,
                     Message::translate("TokenReply", "The request was cancelled.")));
        return;
    }
    const QString problem = UrlPolicy::problem(m_spec.url);
    if (!problem.isEmpty()) {
        fail(failure(ErrorCategory::InvalidInput, Message::plain(problem)));
        return;
    }
    // nothing with a line break of its own goes on the wire
    if (const QString invalid = requestProblem(m_spec); !invalid.isEmpty()) {
        fail(failure(ErrorCategory::InvalidInput, Message::plain(invalid)));
        return;
    }
    if (m_spec.clientId.isEmpty() || m_spec.clientSecret.isEmpty()) {
        fail(failure(ErrorCategory::InvalidInput,
                     m_spec.clientId.isEmpty()
                         ? Message::translate("TokenReply", "Enter the client id.")
                         : Message::translate("TokenReply", "Enter the client secret.")));
        return;
    }
    m_elapsed.start();
    m_deadline.start(m_client->timeout());
    send(m_spec.url);
}

void TokenReply::send(const QUrl& url)
{
    m_currentUrl = url;
    m_body.clear();
    m_sslErrors.clear();
    m_uploadDevice.close();
    wipe(m_upload);
    TokenRequestSpec spec = m_spec;
    spec.url = url;
    BuiltRequest built = buildTokenRequest(spec);
    built.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                               QNetworkRequest::ManualRedirectPolicy);
    // posting the array itself would share it with Qt until the reply is
    // deleted, later than this wipes it; a device over it shares nothing
    m_upload.swap(built.body);
    m_uploadDevice.setBuffer(&m_upload);
    m_uploadDevice.open(QIODevice::ReadOnly);
    qCDebug(lcNetwork) << methodId(spec.shape.method)
                       << url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << "placement"
                       << placementId(spec.placement) << "body" << encodingId(spec.shape.body);
    if (spec.shape.method == HttpMethod::Get)
        m_reply = m_client->network()->get(built.request);
    else if (m_upload.isEmpty())
        // Qt's post() gives a bodiless POST to a URL with a query (DHL's) a
        // form Content-Type of its own and warns on stderr; sent by name, it
        // goes out as the preset describes it, with Content-Length: 0
        m_reply = m_client->network()->sendCustomRequest(built.request, "POST", &m_uploadDevice);
    else
        m_reply = m_client->network()->post(built.request, &m_uploadDevice);
    connect(m_reply, &QNetworkReply::readyRead, this, &TokenReply::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &TokenReply::onMetaData);
    connect(m_reply, &QNetworkReply::finished, this, &TokenReply::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
}

void TokenReply::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    else if (!m_elapsed.isValid())
        QMetaObject::invokeMethod(this, &TokenReply::start, Qt::QueuedConnection);
}

void TokenReply::onMetaData()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_client->maxResponseBytes()) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void TokenReply::onReadyRead()
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

bool TokenReply::followRedirect(int status)
{
    const QUrl target = m_currentUrl.resolved(
        m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    const bool keepsMethod = status == 307 || status == 308;
    if (keepsMethod && target.isValid() && UrlPolicy::sameOrigin(target, m_currentUrl) &&
        m_redirects < kMaxSameOriginRedirects) {
        ++m_redirects;
        releaseReply();
        send(target);
        return true;
    }
    const Message where =
        target.isValid() ? Message::plain(target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                         : Message::translate("TokenReply", "an unreadable address");
    fail(failure(ErrorCategory::CarrierError,
                 (UrlPolicy::sameOrigin(target, m_currentUrl)
                      ? Message::translate("TokenReply",
                                           "%1 redirected the token request to %2 (HTTP %3); "
                                           "TokenDock did not follow it.")
                      : Message::translate("TokenReply",
                                           "%1 redirected the token request to another site, %2 "
                                           "(HTTP %3); TokenDock did not follow it, so your "
                                           "credentials were not sent there."))
                     .arg(m_spec.displayName())
                     .arg(where)
                     .arg(status),
                 Message::translate("TokenReply", "If the new address is the carrier's real "
                                                  "token endpoint, set it as the token URL.")),
         status);
    return true;
}

Failure TokenReply::networkError(QNetworkReply* reply) const
{
    const QString host = m_currentUrl.host();
    if (m_cancelled)
        return failure(ErrorCategory::Cancelled,
                       Message::translate("TokenReply", "The request was cancelled."));
    if (m_timedOut) {
        // a plain count: lupdate reads no expression there
        const int seconds = (m_client->timeout() + 999) / 1000;
        return failure(ErrorCategory::Timeout,
                       Message::translate("TokenReply", "%1 did not answer within %n second(s).",
                                          nullptr, seconds)
                           .arg(host));
    }
    if (m_tooLarge)
        return failure(ErrorCategory::MalformedResponse,
                       Message::translate("TokenReply",
                                          "The response from %1 is larger than %2 KiB, far more "
                                          "than any token response; TokenDock stopped reading it.")
                           .arg(host)
                           .arg(m_client->maxResponseBytes() / 1024));

    const auto error = reply->error();
    if (error == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        QStringList reasons;
        for (const QSslError& e : m_sslErrors)
            reasons << e.errorString();
        // Qt's own words, in the language Qt had when it said them
        const QString why =
            reasons.isEmpty() ? reply->errorString() : reasons.join(QStringLiteral("; "));
        return failure(ErrorCategory::Tls,
                       Message::translate("TokenReply", "The secure connection to %1 failed: %2.")
                           .arg(host)
                           .arg(why));
    }
    Message message;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        message = Message::translate("TokenReply", "%1 refused the connection; nothing is "
                                                   "listening at that address and port.")
                      .arg(host);
        // on this computer the usual cause is a local service that is not running
        if (UrlPolicy::isLoopbackHost(host))
            return failure(ErrorCategory::Network, message,
                           Message::translate("TokenReply",
                                              "Start the local service or sandbox that should "
                                              "answer there, or correct the port in the token "
                                              "URL."));
        break;
    case QNetworkReply::HostNotFoundError:
        message =
            Message::translate("TokenReply", "The host name %1 could not be found.").arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        message = Message::translate("TokenReply",
                                     "%1 closed the connection before the response was complete.")
                      .arg(host);
        break;
    case QNetworkReply::TimeoutError:
        return failure(ErrorCategory::Timeout,
                       Message::translate("TokenReply", "%1 stopped sending data.").arg(host));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        message = Message::translate("TokenReply",
                                     "The proxy refused or dropped the connection to %1 (%2).")
                      .arg(host)
                      .arg(reply->errorString());
        break;
    default:
        message = Message::translate("TokenReply", "The connection to %1 failed: %2.")
                      .arg(host)
                      .arg(reply->errorString());
        break;
    }
    return failure(ErrorCategory::Network, message);
}

void TokenReply::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    if (!m_tooLarge && reply->bytesAvailable() > 0)
        onReadyRead();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const auto error = reply->error();
    // an HTTP answer we can read, even if Qt flags 4xx/5xx as errors
    const bool httpAnswer =
        status > 0 && !m_timedOut && !m_cancelled && !m_tooLarge &&
        (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied);

    if (httpAnswer && status >= 300 && status < 400) {
        followRedirect(status);
        return;
    }
    if (!httpAnswer) {
        fail(networkError(reply), status);
        return;
    }

    // Qt does not always flag a body cut short; its declared length does
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && m_body.size() < declared.toLongLong()) {
        fail(failure(ErrorCategory::Network,
                     Message::translate(
                         "TokenReply", "%1 closed the connection before the response was complete.")
                         .arg(m_currentUrl.host())),
             status);
        return;
    }
    // we asked for no compression: a compressed body is refused unread, never unpacked
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity") {
        fail(failure(ErrorCategory::MalformedResponse,
                     Message::translate(
                         "TokenReply",
                         "%1 sent a compressed (%2) response although TokenDock asked for an "
                         "uncompressed one; it was not unpacked.")
                         .arg(m_spec.displayName())
                         .arg(QString::fromLatin1(encoding))),
             status);
        return;
    }

    m_deprecatedHeader = reply->hasRawHeader("Deprecation");
    TokenResult result;
    {
        // ctx shares the secrets' buffers: it ends before finish() wipes them
        ResponseContext ctx;
        ctx.preset = m_spec.preset;
        ctx.carrierName = m_spec.displayName();
        ctx.receivedAt = m_client->clock().now();
        ctx.serverDate = reply->rawHeader("Date");
        ctx.secrets = m_spec.secrets();
        ctx.shape = m_spec.shape;
        if (m_spec.shape.tokenInHeader())
            ctx.tokenHeaderValue = reply->rawHeader(m_spec.shape.tokenHeader.toLatin1());
        result = TokenResponseParser::parse(
            status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), m_body, ctx);
    }
    result.url = m_currentUrl;
    finish(result);
}

Failure TokenReply::failure(ErrorCategory category, const Message& message,
                            const Message& hint) const
{
    if (hint.isEmpty())
        return TokenResponseParser::failure(m_spec.preset, category, message);
    return Failure::make(category, message, hint);
}

void TokenReply::fail(const Failure& failure, int status)
{
    TokenResult result;
    result.httpStatus = status;
    // before the first request goes out there is no current address yet
    result.url = m_currentUrl.isEmpty() ? m_spec.url : m_currentUrl;
    result.error = failure;
    finish(result);
}

void TokenReply::finish(TokenResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_elapsed.isValid())
        result.latencyMs = m_elapsed.elapsed();
    releaseReply();
    wipe(m_body);
    // deprecated endpoints still answer; say so whatever the outcome
    bool deprecationNamed = false;
    if (m_spec.preset) {
        for (const auto& d : m_spec.preset->deprecatedPaths) {
            if (m_spec.url.path().endsWith(d.path)) {
                result.warnings << Message::translate("TokenReply",
                                                      "%1 is deprecated; use %2 instead.")
                                       .arg(d.path)
                                       .arg(d.replacement);
                deprecationNamed = true;
            }
        }
    }
    if (m_deprecatedHeader && !deprecationNamed)
        result.warnings
            << Message::translate(
                   "TokenReply",
                   "%1 marks this token endpoint as deprecated; check its documentation "
                   "for the new address.")
                   .arg(m_spec.displayName());
    {
        // the copies share the secrets' arrays: they go before the secrets below
        const QList<QByteArray> secrets = m_spec.secrets();
        const auto scrub = [&secrets](const QString& text) {
            return Redaction::scrub(text, secrets);
        };
        // a failure is kept with the account's history: nothing in it may
        // repeat what was sent
        Failure& e = result.error;
        e.message = e.message.withPlainText(scrub);
        e.hint = e.hint.withPlainText(scrub);
        e.carrierError = scrub(e.carrierError);
        e.carrierDescription = scrub(e.carrierDescription);
        e.carrierUri = scrub(e.carrierUri);
    }
    qCDebug(lcNetwork) << "token request finished:" << Failure::categoryId(result.error.category)
                       << "HTTP" << result.httpStatus << result.latencyMs << "ms";
    m_result = result;
    m_spec.clientSecret.clear();
    for (auto& field : m_spec.secretBodyFields)
        field.second.clear();
    emit finished(m_result);
    if (parent() == m_client)
        deleteLater();
}
