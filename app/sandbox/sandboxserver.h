// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountrequest.h"
#include "carrieremulator.h"
#include "httpmessage.h"
#include "probeendpoint.h"
#include "tokenminter.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class Clock;
class QTcpServer;
class QTcpSocket;

// A loopback HTTP/1.1 server that answers each preset's token endpoint the
// way the carrier documents it, plus fault modes. It records the requests
// (the last kKeptRequests of them), so tests can assert what was actually sent.
// Any local user can reach it, so it keeps to limits: a bounded record,
// capped header and body sizes (HttpRequestParser), a time limit on silence
// and on the whole request, and a cap on open connections.
//
//   /<carrier id><carrier path>   e.g. /dhl-ecs/auth/v4/accesstoken
//   /faults/<mode>                e.g. /faults/hang
//   <issuer>/.well-known/openid-configuration and <issuer>/jwks, where the
//   issuer of a carrier's JWTs is /<carrier id> (of a fault's, /faults/<mode>)
//   /<carrier id><probe path>     a read-only API call, e.g. /banyan/v3/StaticData/Countries
//   /probe-faults/<mode>          API answers a probe must survive, e.g. /probe-faults/rate-limited
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        Hang,           // reads the request, never answers
        Reset,          // sends half a response, then closes
        Drip,           // sends a byte every 200 ms, forever
        Html500,        // an HTML error page
        Huge,           // 50 MB with no Content-Length
        GzipBomb,       // a small gzip body that inflates to 16 MB
        BadJson,        // truncated JSON with status 200
        NoAccessToken,  // valid JSON without access_token
        StringExpiry,   // a good token whose expires_in is "3600"
        NegativeExpiry, // expires_in is -300
        Redirect,       // 307 to another origin (a second listener)
        RedirectSame,   // 307 to the same origin's generic endpoint
        // good tokens, signed JWTs whose keys are at fault:
        WrongKey,      // the JWK set under its issuer holds other keys with the same kids
        ForeignIssuer, // the token names an issuer on the other origin
        RotateKeys,    // every token is signed with new keys under a new kid
    };

    // What an API may answer a probe, whatever the token.
    enum class ProbeFault
    {
        NotFound,     // 404
        RateLimited,  // 429 with Retry-After: 30
        ServerError,  // 500
        Unavailable,  // 503
        Teapot,       // 418, a status no probe expects
        Redirect,     // 307 to the other origin
        Huge,         // 50 MB with no Content-Length
        Unauthorized, // 401 with a WWW-Authenticate error_description
        Forbidden,    // 403 in OAuth style: the account is not provisioned
    };

    static constexpr int kKeptRequests = 200; // the record keeps the last ones
    // Tokens a probe accepts: a carrier honours each until it expires, so a
    // burst (Test All over thousands of accounts) must not forget the first
    // ones before their probes come. Bounded only to keep memory in check.
    static constexpr int kHonouredTokens = 20000;
    static constexpr int kMaxConnections = 64;             // more at once are answered 503
    static constexpr int kDefaultIdleTimeoutMs = 10000;    // silence before a request is complete
    static constexpr int kDefaultRequestTimeoutMs = 10000; // the whole request, even dribbled
    static constexpr int kDefaultLifetimeMs = 60000;       // from the request to the close

    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one.
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const;
    // The other origin that Redirect points at.
    QUrl otherOriginUrl() const;
    // The same endpoints over https with an untrusted self-signed certificate;
    // empty when the build had no certificate (openssl missing).
    QUrl tlsTokenUrl(const QString& carrierId) const;

    // A {name} in a carrier's path is filled with an example, e.g. tforce's
    // /tforce/sandbox-tenant/oauth2/v2.0/token; any value is served.
    QUrl tokenUrl(const QString& carrierId) const;
    QUrl deprecatedTokenUrl(const QString& carrierId) const;
    QUrl faultUrl(Fault fault) const;
    static QStringList carrierIds();
    static QList<Fault> faults();
    static QString faultId(Fault fault);
    // The carrier's probe endpoint: /<id><probePath>.
    QUrl probeUrl(const QString& carrierId) const;
    QUrl probeFaultUrl(ProbeFault fault) const;
    static QList<ProbeFault> probeFaults();
    static QString probeFaultId(ProbeFault fault);
    // false: the carrier's probe refuses every token with 403 in its own words,
    // as for an account not provisioned for the API.
    void setProbeEntitled(const QString& carrierId, bool entitled);
    // A scope the carrier's probe requires of a token (empty: its own, if any).
    void setProbeScope(const QString& carrierId, const QString& scope);

    // Which credentials each emulated carrier accepts; the defaults are
    // CarrierEmulator::defaultCredentials(). A credential field is keyed as
    // the carrier names it: a body field (DHL Parcel DE "password") or a
    // header (DPD "X-DPD-BUCODE").
    void setCredentials(const QString& carrierId, const QByteArray& clientId,
                        const QByteArray& secret);
    void setCredentialField(const QString& carrierId, const QString& key, const QByteArray& value);
    // A second client secret the carrier takes besides its own until the next
    // setCredentials(), as a portal offers while a secret is rotated.
    void acceptAlso(const QString& carrierId, const QByteArray& secret);
    CarrierEmulator::Credentials credentials(const QString& carrierId) const;
    // What a person would enter for the account's carrier here: client id,
    // secret and every field of the preset they type (user names, passwords,
    // API keys, codes), as this sandbox expects them.
    void fillAccount(const CarrierPreset* preset, Account* account, AccountSecrets* secrets) const;
    // Overrides the token lifetime a carrier hands out (0 restores its default).
    void setTokenLifetime(const QString& carrierId, int seconds);
    // Scopes a carrier's JWTs name in an "scp" claim besides the granted
    // "scope" (empty restores none): the token then says more than the response.
    void setJwtScp(const QString& carrierId, const QStringList& scopes);
    // The time tokens are issued at (nullptr: the system clock), so a test can
    // share one fake clock with the client.
    void setClock(const Clock* clock) { m_clock = clock; }
    // The sandbox's own clock runs this many seconds ahead of that clock
    // (behind when negative): its Date headers and the times in its tokens,
    // as a carrier whose clock is off, or seen from a computer whose clock is.
    void setClockOffset(qint64 seconds) { m_clockOffset = seconds; }
    // The time on the sandbox's clock now.
    QDateTime now() const;

    // A connection that sends nothing for idleMs, or whose request (headers
    // and body) is not complete after requestMs, is closed. After its request
    // a connection lives at most lifetimeMs: the Hang and Drip faults hold
    // theirs on purpose, but not for ever, and neither does a client that
    // never reads its answer.
    void setTimeouts(int idleMs, int requestMs, int lifetimeMs = kDefaultLifetimeMs);

    // The last kKeptRequests requests, oldest first.
    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount(const QByteArray& pathSuffix = {}) const;
    // Requests for the key documents (discovery, JWK sets) whose path ends in
    // `pathSuffix`. They are kept apart from requests(): they carry no
    // credential, and a test of what a token request sent looks at that one.
    int keyRequestCount(const QByteArray& pathSuffix = {}) const;
    // Every request that reached this carrier's token endpoint, accepted or
    // refused, since the start or clearRequests(); not bounded like requests().
    int tokenRequestCount(const QString& carrierId) const;
    // Also forgets the token request counts.
    void clearRequests();
    // The last kKeptRequests tokens issued, oldest first.
    QList<QByteArray> issuedTokens() const { return m_issued; }
    // Every refresh token handed out since the start.
    QList<QByteArray> issuedRefreshTokens() const { return m_issuedRefreshTokens; }
    // Tokens this carrier issued since the start (issuedTokens() keeps only the last ones).
    int issuedTokenCount(const QString& carrierId) const;

signals:
    void requestReceived(const RecordedRequest& request);

private:
    void startTls();
    void accept(QTcpServer* server);
    void watch(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const RecordedRequest& request);
    void keepIssued(const QByteArray& token);
    void serveFault(QTcpSocket* socket, Fault fault);
    void serveSignedFault(QTcpSocket* socket, Fault fault);
    // Discovery and JWK sets; false when `path` is not one of them.
    bool serveKeys(QTcpSocket* socket, const QByteArray& path);
    void serveHuge(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const HttpResponse& response);
    HttpResponse tokenResponse(const QString& carrierId, const RecordedRequest& request);
    // A probe endpoint or probe fault; false when the path is neither.
    bool serveProbe(QTcpSocket* socket, const RecordedRequest& request);
    void serveProbeFault(QTcpSocket* socket, ProbeFault fault);

    QTcpServer* m_server = nullptr;
    QTcpServer* m_otherOrigin = nullptr;
    QTcpServer* m_tls = nullptr;
    TokenMinter m_minter;
    QHash<QString, CarrierEmulator::Credentials> m_credentials;
    QHash<QString, int> m_lifetimes;
    QHash<QString, QStringList> m_jwtScp;
    const Clock* m_clock = nullptr;
    qint64 m_clockOffset = 0;
    QList<RecordedRequest> m_requests;
    QList<QByteArray> m_keyRequests; // paths, the last kKeptRequests
    QList<QByteArray> m_issued;
    QHash<QByteArray, ProbeEndpoint::Issued> m_issuedFor; // what a probe checks
    QList<QByteArray> m_honoured;                         // m_issuedFor's keys, oldest first
    QHash<QString, ProbeEndpoint::Switches> m_probeSwitches;
    QHash<QString, int> m_tokenRequests; // carrier id -> requests to its token endpoint
    QList<QByteArray> m_issuedRefreshTokens;
    QHash<QString, QByteArray> m_lastRefreshTokens; // carrier id -> the one it takes back
    QHash<QString, int> m_issuedCounts;             // carrier id -> tokens it issued
    int m_idleTimeoutMs = kDefaultIdleTimeoutMs;
    int m_requestTimeoutMs = kDefaultRequestTimeoutMs;
    int m_lifetimeMs = kDefaultLifetimeMs;
    int m_connections = 0;
};
