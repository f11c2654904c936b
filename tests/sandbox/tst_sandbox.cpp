#include "formencoding.h"
#include "sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

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
