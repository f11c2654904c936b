// SPDX-License-Identifier: Apache-2.0
#include "sandboxserver.h"

#include "clock.h"
#include "logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <array>
#include <memory>

namespace {

struct FaultInfo
{
    SandboxServer::Fault fault;
    const char* id;
};

constexpr FaultInfo kFaults[] = {
    {SandboxServer::Fault::Hang, "hang"},
    {SandboxServer::Fault::Reset, "reset"},
    {SandboxServer::Fault::Drip, "drip"},
    {SandboxServer::Fault::Html500, "html500"},
    {SandboxServer::Fault::Huge, "huge"},
    {SandboxServer::Fault::GzipBomb, "gzip-bomb"},
    {SandboxServer::Fault::BadJson, "bad-json"},
    {SandboxServer::Fault::NoAccessToken, "no-access-token"},
    {SandboxServer::Fault::StringExpiry, "string-expiry"},
    {SandboxServer::Fault::NegativeExpiry, "negative-expiry"},
    {SandboxServer::Fault::Redirect, "redirect"},
    {SandboxServer::Fault::RedirectSame, "redirect-same"},
    {SandboxServer::Fault::WrongKey, "jwks-wrong-key"},
    {SandboxServer::Fault::ForeignIssuer, "foreign-issuer"},
    {SandboxServer::Fault::RotateKeys, "rotate-keys"},
};

constexpr char kDiscoveryPath[] = "/.well-known/openid-configuration";
constexpr char kJwksPath[] = "/jwks";

constexpr qint64 kHugeBytes = 50LL * 1024 * 1024;
constexpr int kBombInflatedBytes = 16 * 1024 * 1024;
constexpr int kDripIntervalMs = 200;
// a request is far smaller; the rest waits in the kernel until read
constexpr qint64 kSocketReadBufferBytes = 64 * 1024;

quint32 crc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ static_cast<quint8>(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// gzip framing around the deflate stream inside qCompress's zlib output
QByteArray gzipBomb()
{
    static const QByteArray bomb = [] {
        const QByteArray zeros(kBombInflatedBytes, '\0');
        const QByteArray z =
            qCompress(zeros, 9); // 4-byte size, 2-byte zlib header, deflate, adler32
        QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
        out += z.mid(6, z.size() - 6 - 4);
        const quint32 crc = crc32(zeros);
        const quint32 size = static_cast<quint32>(zeros.size());
        for (int i = 0; i < 4; ++i)
            out += static_cast<char>((crc >> (8 * i)) & 0xFF);
        for (int i = 0; i < 4; ++i)
            out += static_cast<char>((size >> (8 * i)) & 0xFF);
        return out;
    }();
    return bomb;
}

QByteArray tokenJson(const QByteArray& token, const QJsonValue& expiresIn)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                     {QStringLiteral("expires_in"), expiresIn}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
{
    for (const auto& c : CarrierEmulator::carriers())
        m_credentials.insert(c.id, CarrierEmulator::defaultCredentials(c));
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(quint16 port)
{
    stop();
    m_server = new QTcpServer(this);
    m_otherOrigin = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, port) ||
        !m_otherOrigin->listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcSandbox) << "sandbox could not listen:" << m_server->errorString();
        stop();
        return false;
    }
    for (QTcpServer* server : {m_server, m_otherOrigin}) {
        connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
    }
    startTls();
    qCInfo(lcSandbox) << "sandbox listening on port" << m_server->serverPort();
    return true;
}

// An https listener with a self-signed certificate nobody trusts, so clients
// can prove they refuse it. The certificate is made at build time.
void SandboxServer::startTls()
{
    QFile certFile(QStringLiteral(":/sandbox/tls/cert.pem"));
    QFile keyFile(QStringLiteral(":/sandbox/tls/key.pem"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    auto* tls = new QSslServer(this);
    tls->setSslConfiguration(config);
    tls->setHandshakeTimeout(5000);
    if (!tls->listen(QHostAddress::LocalHost, 0)) {
        delete tls;
        return;
    }
    // sockets become pending only after a completed handshake
    connect(tls, &QTcpServer::pendingConnectionAvailable, this, [this, tls] { accept(tls); });
    connect(tls, &QSslServer::errorOccurred, this,
            [](QSslSocket*, QAbstractSocket::SocketError error) {
                qCDebug(lcSandbox) << "TLS client gave up:" << error;
            });
    m_tls = tls;
}

QUrl SandboxServer::tlsTokenUrl(const QString& carrierId) const
{
    if (!m_tls)
        return {};
    QUrl url = tokenUrl(carrierId);
    url.setScheme(QStringLiteral("https"));
    url.setPort(m_tls->serverPort());
    return url;
}

void SandboxServer::stop()
{
    for (QTcpServer** server : {&m_server, &m_otherOrigin, &m_tls}) {
        if (*server) {
            (*server)->close();
            delete *server; // closes pending connections; open sockets are children of this
            *server = nullptr;
        }
    }
    const auto sockets = findChildren<QTcpSocket*>();
    for (QTcpSocket* s : sockets) {
        s->abort();
        s->deleteLater();
    }
}

bool SandboxServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 SandboxServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QUrl SandboxServer::otherOriginUrl() const
{
    return QUrl(
        QStringLiteral("http://127.0.0.1:%1").arg(m_otherOrigin ? m_otherOrigin->serverPort() : 0));
}

QUrl SandboxServer::tokenUrl(const QString& carrierId) const
{
    const EmulatedCarrier* c = CarrierEmulator::find(carrierId);
    if (!c)
        return {};
    return QUrl(baseUrl().toString() + QLatin1Char('/') + c->id +
                QString::fromLatin1(CarrierEmulator::examplePath(*c)));
}

QUrl SandboxServer::deprecatedTokenUrl(const QString& carrierId) const
{
    const EmulatedCarrier* c = CarrierEmulator::find(carrierId);
    if (!c || c->deprecatedPath.isEmpty())
        return {};
    return QUrl(baseUrl().toString() + QLatin1Char('/') + c->id +
                QString::fromLatin1(c->deprecatedPath));
}

QUrl SandboxServer::faultUrl(Fault fault) const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/faults/") + faultId(fault));
}

QStringList SandboxServer::carrierIds()
{
    QStringList ids;
    for (const auto& c : CarrierEmulator::carriers())
        ids << c.id;
    return ids;
}

QList<SandboxServer::Fault> SandboxServer::faults()
{
    QList<Fault> out;
    for (const auto& f : kFaults)
        out << f.fault;
    return out;
}

QString SandboxServer::faultId(Fault fault)
{
    for (const auto& f : kFaults) {
        if (f.fault == fault)
            return QString::fromLatin1(f.id);
    }
    return {};
}

void SandboxServer::setCredentials(const QString& carrierId, const QByteArray& clientId,
                                   const QByteArray& secret)
{
    CarrierEmulator::Credentials& creds = m_credentials[carrierId];
    creds.clientId = clientId;
    creds.clientSecret = secret;
    creds.otherSecrets.clear();
}

void SandboxServer::acceptAlso(const QString& carrierId, const QByteArray& secret)
{
    m_credentials[carrierId].otherSecrets.append(secret);
}

void SandboxServer::setCredentialField(const QString& carrierId, const QString& key,
                                       const QByteArray& value)
{
    m_credentials[carrierId].fields.insert(key, value);
}

void SandboxServer::fillAccount(const CarrierPreset* preset, Account* account,
                                AccountSecrets* secrets) const
{
    const auto creds = credentials(account->carrierId);
    const EmulatedCarrier* carrier = CarrierEmulator::find(account->carrierId);
    account->clientId = QString::fromUtf8(creds.clientId);
    secrets->clientSecret = SecretBytes(creds.clientSecret);
    // credential fields are kept by the name they travel under; the others
    // (a tenant in the path, a scope) take a value the carrier accepts
    for (const CarrierField& f : AccountRequest::fields(*account, preset)) {
        QByteArray value = creds.fields.value(f.wireName());
        if (value.isEmpty() && carrier)
            value = CarrierEmulator::exampleValue(*carrier, f.wireName());
        if (!f.entered() || value.isEmpty())
            continue;
        if (f.secret)
            secrets->fields.insert(f.key, SecretBytes(value));
        else
            account->fields.insert(f.key, QString::fromUtf8(value));
    }
}

CarrierEmulator::Credentials SandboxServer::credentials(const QString& carrierId) const
{
    return m_credentials.value(carrierId);
}

void SandboxServer::setTokenLifetime(const QString& carrierId, int seconds)
{
    if (seconds <= 0)
        m_lifetimes.remove(carrierId);
    else
        m_lifetimes.insert(carrierId, seconds);
}

void SandboxServer::setTimeouts(int idleMs, int requestMs, int lifetimeMs)
{
    m_idleTimeoutMs = idleMs;
    m_requestTimeoutMs = requestMs;
    m_lifetimeMs = lifetimeMs;
}

void SandboxServer::setJwtScp(const QString& carrierId, const QStringList& scopes)
{
    if (scopes.isEmpty())
        m_jwtScp.remove(carrierId);
    else
        m_jwtScp.insert(carrierId, scopes);
}

int SandboxServer::requestCount(const QByteArray& pathSuffix) const
{
    int n = 0;
    for (const auto& r : m_requests) {
        if (pathSuffix.isEmpty() || r.path.endsWith(pathSuffix))
            ++n;
    }
    return n;
}

int SandboxServer::keyRequestCount(const QByteArray& pathSuffix) const
{
    int n = 0;
    for (const QByteArray& path : m_keyRequests) {
        if (pathSuffix.isEmpty() || path.endsWith(pathSuffix))
            ++n;
    }
    return n;
}

int SandboxServer::tokenRequestCount(const QString& carrierId) const
{
    return m_tokenRequests.value(carrierId);
}

int SandboxServer::issuedTokenCount(const QString& carrierId) const
{
    return m_issuedCounts.value(carrierId);
}

void SandboxServer::clearRequests()
{
    m_requests.clear();
    m_tokenRequests.clear();
}

void SandboxServer::accept(QTcpServer* server)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // unread bytes wait in the kernel, not here
        socket->setReadBufferSize(kSocketReadBufferBytes);
        if (m_connections >= kMaxConnections) {
            respond(socket, HttpResponse::json(503, "{\"error\":\"temporarily_unavailable\"}"));
            // a client that does not read the answer does not keep the socket either
            QTimer::singleShot(m_idleTimeoutMs, socket, [socket] { socket->abort(); });
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        watch(socket);
    }
}

// Reads one request under the time limits, then hands it on.
void SandboxServer::watch(QTcpSocket* socket)
{
    auto parser = std::make_shared<HttpRequestParser>();
    auto* idle = new QTimer(socket);
    idle->setSingleShot(true);
    auto* deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    const auto giveUp = [socket] {
        qCDebug(lcSandbox) << "connection closed: no complete request in time";
        socket->abort();
        socket->deleteLater();
    };
    connect(idle, &QTimer::timeout, socket, giveUp);
    connect(deadline, &QTimer::timeout, socket, giveUp);
    idle->start(m_idleTimeoutMs);
    deadline->start(m_requestTimeoutMs);
    const auto done = [this, socket, idle, deadline] {
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        idle->stop();
        deadline->stop();
        QTimer::singleShot(m_lifetimeMs, socket, [socket] {
            qCDebug(lcSandbox) << "connection closed: its time is up";
            socket->abort();
            socket->deleteLater();
        });
    };
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, parser, idle, done] {
        idle->start(m_idleTimeoutMs);
        switch (parser->feed(socket->readAll())) {
        case HttpRequestParser::Incomplete:
            return;
        case HttpRequestParser::Complete: {
            done();
            RecordedRequest request = parser->request();
            request.localPort = socket->localPort();
            handle(socket, request);
            return;
        }
        case HttpRequestParser::TooLarge:
            done();
            respond(socket, HttpResponse::json(413, "{\"error\":\"invalid_request\"}"));
            return;
        case HttpRequestParser::HeadersTooLarge:
            done();
            respond(socket, HttpResponse::json(431, "{\"error\":\"invalid_request\"}"));
            return;
        case HttpRequestParser::Invalid:
            done();
            respond(socket, HttpResponse::json(400, "{\"error\":\"invalid_request\"}"));
            return;
        }
    });
}

void SandboxServer::handle(QTcpSocket* socket, const RecordedRequest& request)
{
    if (request.localPort == port() && serveKeys(socket, request.path))
        return;
    m_requests.append(request);
    if (m_requests.size() > kKeptRequests)
        m_requests.removeFirst();
    emit requestReceived(request);
    qCDebug(lcSandbox) << request.method << request.path << "on port" << request.localPort;

    if (m_otherOrigin && request.localPort == m_otherOrigin->serverPort()) {
        // the other origin: answer like a token endpoint, so a client that follows shows up
        const QByteArray token = TokenMinter::opaque(32);
        keepIssued(token);
        respond(socket, HttpResponse::json(200, tokenJson(token, 3600)));
        return;
    }
    const QString path = QString::fromUtf8(request.path);
    if (path.startsWith(QLatin1String("/faults/"))) {
        const QString id = path.mid(8);
        for (const auto& f : kFaults) {
            if (id == QLatin1String(f.id)) {
                serveFault(socket, f.fault);
                return;
            }
        }
    }
    if (serveProbe(socket, request))
        return;
    for (const auto& c : CarrierEmulator::carriers()) {
        if (CarrierEmulator::serves(c, request.path)) {
            ++m_tokenRequests[c.id];
            respond(socket, tokenResponse(c.id, request));
            return;
        }
    }
    respond(socket, HttpResponse::json(404, "{\"error\":\"not_found\",\"error_description\":"
                                            "\"No token endpoint at this path.\"}"));
}

HttpResponse SandboxServer::tokenResponse(const QString& carrierId, const RecordedRequest& request)
{
    const EmulatedCarrier* c = CarrierEmulator::find(carrierId);
    CarrierEmulator::Context context;
    context.valid = m_credentials.value(carrierId);
    context.minter = &m_minter;
    context.issuer = (baseUrl().toString() + QLatin1Char('/') + c->id).toLatin1();
    context.lifetimeSeconds = m_lifetimes.value(carrierId, c->lifetimeSeconds);
    context.now = now();
    context.jwtScp = m_jwtScp.value(carrierId);
    // the refresh token this carrier handed out last is the one it takes back
    if (const QByteArray refresh = m_lastRefreshTokens.value(carrierId); !refresh.isEmpty())
        context.valid.fields.insert(QStringLiteral("refresh_token"), refresh);
    QByteArray issued;
    HttpResponse r = CarrierEmulator::handle(*c, request, context, &issued);
    if (!issued.isEmpty()) {
        keepIssued(issued);
        m_issuedFor.insert(
            issued,
            ProbeEndpoint::record(carrierId, r.body, context.now.addSecs(context.lifetimeSeconds)));
        ++m_issuedCounts[carrierId];
        // refresh tokens too, so a test can look for them where they must not be
        const QJsonValue refresh =
            QJsonDocument::fromJson(r.body).object().value(c->refreshTokenField);
        if (refresh.isString()) {
            m_issuedRefreshTokens << refresh.toString().toLatin1();
            m_lastRefreshTokens.insert(carrierId, refresh.toString().toLatin1());
        }
    }
    return r;
}

void SandboxServer::keepIssued(const QByteArray& token)
{
    m_issued << token;
    if (m_issued.size() > kKeptRequests)
        m_issued.removeFirst();
    m_honoured << token;
    if (m_honoured.size() > kHonouredTokens)
        m_issuedFor.remove(m_honoured.takeFirst());
}

QDateTime SandboxServer::now() const
{
    return (m_clock ? *m_clock : Clock::system()).now().addSecs(m_clockOffset);
}

void SandboxServer::respond(QTcpSocket* socket, const HttpResponse& response)
{
    // every answer says the time on this server's clock (RFC 9110 §6.6.1)
    HttpResponse dated = response;
    dated.addHeader(
        "Date",
        QLocale::c().toString(now(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
            " GMT");
    socket->write(dated.serialize());
    socket->disconnectFromHost();
}

// A token that never ends, written as fast as the client reads it.
void SandboxServer::serveHuge(QTcpSocket* socket)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                  "{\"access_token\":\"");
    auto sent = std::make_shared<qint64>(0);
    const QByteArray chunk(64 * 1024, 'A');
    auto pump = [socket, sent, chunk] {
        while (*sent < kHugeBytes && socket->bytesToWrite() < 4 * chunk.size()) {
            socket->write(chunk);
            *sent += chunk.size();
        }
        if (*sent >= kHugeBytes)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

void SandboxServer::serveFault(QTcpSocket* socket, Fault fault)
{
    switch (fault) {
    case Fault::Hang:
        return; // the socket stays open until the client gives up or the server stops
    case Fault::Reset: {
        const QByteArray body = tokenJson(TokenMinter::opaque(28), 3600);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size() + 500) + "\r\n\r\n" +
                      body.left(body.size() / 2));
        socket->flush();
        QTimer::singleShot(50, socket, [socket] { socket->abort(); });
        return;
    }
    case Fault::Drip: {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{");
        auto* timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(kDripIntervalMs);
        return;
    }
    case Fault::Html500:
        respond(socket,
                HttpResponse::json(500,
                                   "<!DOCTYPE html><html><head><title>502 Bad Gateway - upstream "
                                   "unavailable</title></head><body><h1>Bad Gateway</h1>"
                                   "<p>The server encountered a temporary error.</p></body></html>",
                                   "text/html; charset=utf-8"));
        return;
    case Fault::Huge:
        serveHuge(socket);
        return;
    case Fault::GzipBomb: {
        HttpResponse r = HttpResponse::json(200, gzipBomb());
        r.addHeader("Content-Encoding", "gzip");
        respond(socket, r);
        return;
    }
    case Fault::BadJson:
        respond(socket,
                HttpResponse::json(200, "{\"access_token\": \"abc\", \"token_type\": \"Bea"));
        return;
    case Fault::NoAccessToken:
        respond(socket, HttpResponse::json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3600,"
                                                "\"message\":\"token issued\"}"));
        return;
    case Fault::StringExpiry: {
        const QByteArray token = TokenMinter::opaque(28);
        keepIssued(token);
        respond(socket, HttpResponse::json(200, tokenJson(token, QStringLiteral("3600"))));
        return;
    }
    case Fault::NegativeExpiry: {
        const QByteArray token = TokenMinter::opaque(28);
        keepIssued(token);
        respond(socket, HttpResponse::json(200, tokenJson(token, -300)));
        return;
    }
    case Fault::WrongKey:
    case Fault::ForeignIssuer:
    case Fault::RotateKeys:
        serveSignedFault(socket, fault);
        return;
    case Fault::Redirect:
    case Fault::RedirectSame: {
        HttpResponse r = HttpResponse::json(307, {});
        const QUrl target = fault == Fault::Redirect ? otherOriginUrl() : baseUrl();
        r.addHeader("Location", (target.toString() + QStringLiteral("/oauth2/token")).toLatin1());
        respond(socket, r);
        return;
    }
    }
}

bool SandboxServer::serveKeys(QTcpSocket* socket, const QByteArray& path)
{
    const bool discovery = path.endsWith(kDiscoveryPath);
    if (!discovery && !path.endsWith(kJwksPath))
        return false;
    const QByteArray issuerPath =
        path.left(path.size() - int(qstrlen(discovery ? kDiscoveryPath : kJwksPath)));
    const QString issuer = baseUrl().toString() + QString::fromLatin1(issuerPath);
    const bool fault = issuerPath.startsWith("/faults/");
    if (!fault && !carrierIds().contains(QString::fromLatin1(issuerPath.mid(1))))
        return false;
    m_keyRequests << path;
    if (m_keyRequests.size() > kKeptRequests)
        m_keyRequests.removeFirst();
    if (discovery) {
        const QJsonObject config{{QStringLiteral("issuer"), issuer},
                                 {QStringLiteral("jwks_uri"), issuer + QLatin1String(kJwksPath)}};
        respond(socket, HttpResponse::json(200, QJsonDocument(config).toJson()));
        return true;
    }
    const QByteArray keyId =
        fault ? QByteArray("sandbox-fault") : "sandbox" + QByteArray(issuerPath).replace('/', '-');
    const bool wrong = issuerPath == "/faults/" + faultId(Fault::WrongKey).toLatin1();
    HttpResponse r =
        HttpResponse::json(200, wrong ? m_minter.wrongJwks(keyId) : m_minter.jwks(keyId));
    r.addHeader("Cache-Control", "public, max-age=3600");
    respond(socket, r);
    return true;
}

// A good token, signed, whose keys are the fault: published wrong, on
// another origin, or rotated with every token.
void SandboxServer::serveSignedFault(QTcpSocket* socket, Fault fault)
{
    if (fault == Fault::RotateKeys)
        m_minter.rotate();
    const QString issuer = fault == Fault::ForeignIssuer
                               ? otherOriginUrl().toString() + QStringLiteral("/issuer")
                               : faultUrl(fault).toString();
    const qint64 now = (m_clock ? *m_clock : Clock::system()).now().toSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("iss"), issuer},
                             {QStringLiteral("sub"), QStringLiteral("sandbox-client")},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("exp"), now + 3600},
                             {QStringLiteral("jti"), QString::fromLatin1(TokenMinter::randomId())}};
    const QByteArray token = m_minter.jwt(claims, "sandbox-fault");
    keepIssued(token);
    respond(socket, HttpResponse::json(200, tokenJson(token, 3600)));
}
