// SPDX-License-Identifier: Apache-2.0
#include "formencoding.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

// The sandbox is the reference every other test leans on, so its emulation
// of each carrier's documented rules is checked with raw requests here.
class TestSandbox : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int status = 0;
        QByteArray contentType;
        QJsonObject json;
        QByteArray body;
    };

    SandboxServer* sandbox = nullptr;
    QNetworkAccessManager nam;

    Answer post(const QUrl& url, const QByteArray& body, const QByteArray& contentType,
                const QByteArray& authorization = {})
    {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!authorization.isEmpty())
            req.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = nam.post(req, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        [&] {
            QTRY_COMPARE(spy.count(), 1);
        }();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body).object();
        reply->deleteLater();
        return a;
    }

    QByteArray form(const QList<QPair<QByteArray, QByteArray>>& fields)
    {
        return FormEncoding::join(fields);
    }

    // A raw connection to the sandbox, for what no HTTP client would send.
    std::unique_ptr<QTcpSocket> connectRaw()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, sandbox->port());
        if (!QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::ConnectedState; },
                             5000))
            return nullptr;
        return socket;
    }

    // Everything the sandbox answered until it closed the connection.
    static QByteArray answerUntilClosed(QTcpSocket& socket, int timeoutMs)
    {
        QByteArray answer;
        // the callers check the state afterwards
        [[maybe_unused]] const bool closed = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        return answer + socket.readAll();
    }

private slots:
    void init()
    {
        sandbox = new SandboxServer(this);
        QVERIFY(sandbox->start());
    }
    void cleanup() { delete sandbox; }

    void project44RefusesBothPlacements()
    {
        const auto creds = sandbox->credentials("project44");
        const Answer a = post(sandbox->tokenUrl("project44"),
                              form({{"grant_type", "client_credentials"},
                                    {"client_id", creds.clientId},
                                    {"client_secret", creds.clientSecret}}),
                              "application/x-www-form-urlencoded",
                              FormEncoding::basicCredentials(creds.clientId, creds.clientSecret));
        QCOMPARE(a.status, 400);
        QVERIFY(a.json.value("errorMessage").toString().contains("both"));
    }

    void project44RequiresFormContentType()
    {
        const auto creds = sandbox->credentials("project44");
        const Answer a = post(sandbox->tokenUrl("project44"),
                              "{\"grant_type\":\"client_credentials\"}", "application/json",
                              FormEncoding::basicCredentials(creds.clientId, creds.clientSecret));
        QCOMPARE(a.status, 415);
    }

    void banyanMissingFieldIs400()
    {
        const Answer a = post(sandbox->tokenUrl("banyan"),
                              form({{"grant_type", "client_credentials"}, {"client_id", "x"}}),
                              "application/x-www-form-urlencoded");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value("error").toString(), QString("invalid_request"));
    }

    void banyanWrongSecretIs401()
    {
        const Answer a = post(sandbox->tokenUrl("banyan"),
                              form({{"grant_type", "client_credentials"},
                                    {"client_id", "banyan-demo-client"},
                                    {"client_secret", "nope"}}),
                              "application/x-www-form-urlencoded");
        QCOMPARE(a.status, 401);
        QCOMPARE(a.json.value("error").toString(), QString("invalid_client"));
    }

    void dhlBadCredentialsAreAProblem()
    {
        const Answer a = post(
            sandbox->tokenUrl("dhl-ecs"),
            form(
                {{"grant_type", "client_credentials"}, {"client_id", "x"}, {"client_secret", "y"}}),
            "application/x-www-form-urlencoded");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.contentType, QByteArray("application/problem+json"));
        QCOMPARE(a.json.value("title").toString(), QString("Invalid credentials"));
        QVERIFY(a.json.value("type").toString().endsWith("/docs/errors/400.0000005"));
    }

    void lifetimeOverride()
    {
        sandbox->setTokenLifetime("dhl-ecs", 90);
        const auto creds = sandbox->credentials("dhl-ecs");
        const Answer a = post(sandbox->tokenUrl("dhl-ecs"),
                              form({{"grant_type", "client_credentials"},
                                    {"client_id", creds.clientId},
                                    {"client_secret", creds.clientSecret}}),
                              "application/x-www-form-urlencoded");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value("expires_in").toInt(), 90);
    }

    void recordsWhatArrived()
    {
        post(sandbox->tokenUrl("oauth2"), "grant_type=client_credentials&scope=a+b",
             "application/x-www-form-urlencoded", "Basic eDp5");
        QCOMPARE(sandbox->requests().size(), 1);
        const RecordedRequest r = sandbox->requests().at(0);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/oauth2/token"));
        QCOMPARE(r.formValue("scope"), QByteArray("a b"));
        QByteArray id, secret;
        QVERIFY(r.basicCredentials(&id, &secret));
        QCOMPARE(id, QByteArray("x"));
        QCOMPARE(secret, QByteArray("y"));
    }

    void unknownPathIs404()
    {
        QCOMPARE(post(QUrl(sandbox->baseUrl().toString() + "/nowhere"), "", "text/plain").status,
                 404);
    }

    void theRecordStaysBounded()
    {
        // a thousand token requests, six connections at a time (the client's own limit)
        constexpr int kRequests = 1000;
        const auto creds = sandbox->credentials("oauth2");
        int finished = 0;
        for (int i = 0; i < kRequests; ++i) {
            QNetworkRequest req(sandbox->tokenUrl("oauth2").toString() +
                                "?n=" + QString::number(i));
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
            QNetworkReply* reply = nam.post(req, form({{"grant_type", "client_credentials"},
                                                       {"client_id", creds.clientId},
                                                       {"client_secret", creds.clientSecret}}));
            connect(reply, &QNetworkReply::finished, this, [&finished, reply] {
                ++finished;
                reply->deleteLater();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, kRequests, 60000);
        QCOMPARE(sandbox->requests().size(), SandboxServer::kKeptRequests);
        QCOMPARE(sandbox->issuedTokens().size(), SandboxServer::kKeptRequests);
        // the newest is kept, the oldest went
        const Answer last = post(QUrl(sandbox->baseUrl().toString() + "/last"), "", "text/plain");
        QCOMPARE(last.status, 404);
        QCOMPARE(sandbox->requests().size(), SandboxServer::kKeptRequests);
        QCOMPARE(sandbox->requests().constLast().path, QByteArray("/last"));
        QCOMPARE(sandbox->requestCount("/last"), 1);
        for (const RecordedRequest& r : sandbox->requests())
            QVERIFY(r.query != "n=0");
    }

    void aSilentConnectionIsClosed()
    {
        sandbox->setTimeouts(300, 60000);
        const auto socket = connectRaw();
        QVERIFY(socket);
        QElapsedTimer held;
        held.start();
        // sends nothing at all
        answerUntilClosed(*socket, 5000);
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(held.elapsed() >= 250, qPrintable(QString::number(held.elapsed())));
    }

    // A hung answer or a client that never reads holds its connection for a
    // while, not for ever: 64 of them would turn everyone else away.
    void aHungConnectionEndsAtItsLifetime()
    {
        sandbox->setTimeouts(5000, 5000, 300);
        const auto socket = connectRaw();
        QVERIFY(socket);
        socket->write("POST /faults/hang HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
        QElapsedTimer held;
        held.start();
        answerUntilClosed(*socket, 5000);
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(held.elapsed() >= 250, qPrintable(QString::number(held.elapsed())));
    }

    void aDribbledRequestIsClosedAtItsDeadline()
    {
        // never silent for long, but never done: one header byte every 20 ms
        sandbox->setTimeouts(5000, 500);
        const auto socket = connectRaw();
        QVERIFY(socket);
        socket->write("GET /oauth2/token HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        QTimer drip;
        int sent = 0;
        connect(&drip, &QTimer::timeout, socket.get(), [&] {
            if (socket->state() == QAbstractSocket::ConnectedState) {
                socket->write("a");
                ++sent;
            }
        });
        drip.start(20);
        QElapsedTimer held;
        held.start();
        answerUntilClosed(*socket, 4000);
        drip.stop();
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        // closed by the request deadline, long before any silence would count
        QVERIFY2(held.elapsed() >= 400 && held.elapsed() < 4000,
                 qPrintable(QString::number(held.elapsed())));
        QVERIFY(sent > 5);
        QCOMPARE(sandbox->requests().size(), 0);
    }

    void overlongHeadersAre431_data()
    {
        QTest::addColumn<QByteArray>("raw");
        const QByteArray filler(HttpRequestParser::kMaxHeaderBytes + 100, 'a');
        QTest::newRow("one long header")
            << "GET /oauth2/token HTTP/1.1\r\nX-Long: " + filler + "\r\n\r\n";
        QTest::newRow("never ending") << "GET /oauth2/token HTTP/1.1\r\nX-Long: " + filler;
    }
    void overlongHeadersAre431()
    {
        QFETCH(QByteArray, raw);
        const auto socket = connectRaw();
        QVERIFY(socket);
        socket->write(raw);
        const QByteArray answer = answerUntilClosed(*socket, 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(200).constData());
        QCOMPARE(sandbox->requests().size(), 0);
    }

    void tooManyConnectionsAreTurnedAway()
    {
        sandbox->setTimeouts(60000, 60000);
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < SandboxServer::kMaxConnections; ++i) {
            held.push_back(connectRaw());
            QVERIFY(held.back());
        }
        // let the sandbox take them all
        QTest::qWait(0);
        const auto extra = connectRaw();
        QVERIFY(extra);
        const QByteArray answer = answerUntilClosed(*extra, 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 503 "), answer.left(200).constData());
        // one of them goes: there is room again
        held.front()->abort();
        held.erase(held.begin());
        QTRY_VERIFY([&] {
            const auto next = connectRaw();
            if (!next)
                return false;
            next->write("GET /again HTTP/1.1\r\n\r\n");
            return answerUntilClosed(*next, 5000).startsWith("HTTP/1.1 404 ");
        }());
    }

    void parserRejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("state");
        QTest::newRow("complete") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc")
                                  << int(HttpRequestParser::Complete);
        QTest::newRow("incomplete body")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc")
            << int(HttpRequestParser::Incomplete);
        QTest::newRow("bad request line")
            << QByteArray("HELLO\r\n\r\n") << int(HttpRequestParser::Invalid);
        QTest::newRow("negative length")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
            << int(HttpRequestParser::Invalid);
        QTest::newRow("huge length")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n")
            << int(HttpRequestParser::TooLarge);
        QTest::newRow("headers over the cap, complete")
            << "GET /x HTTP/1.1\r\nX-Long: " + QByteArray(HttpRequestParser::kMaxHeaderBytes, 'a') +
                   "\r\n\r\n"
            << int(HttpRequestParser::HeadersTooLarge);
        QTest::newRow("body over the cap")
            << "POST /x HTTP/1.1\r\nContent-Length: " +
                   QByteArray::number(HttpRequestParser::kMaxBodyBytes + 1) + "\r\n\r\n"
            << int(HttpRequestParser::TooLarge);
        QTest::newRow("header without colon")
            << QByteArray("POST /x HTTP/1.1\r\nbogus\r\n\r\n") << int(HttpRequestParser::Invalid);
    }
    void parserRejectsGarbage()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, state);
        HttpRequestParser parser;
        QCOMPARE(int(parser.feed(raw)), state);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
