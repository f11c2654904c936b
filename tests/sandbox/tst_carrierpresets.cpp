// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "formencoding.h"
#include "sandboxserver.h"
#include "testsupport.h"
#include "tokenclient.h"
#include "urlpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(ErrorCategory)

// The parcel and LTL presets are catalog data plus a sandbox rule each. These
// tests build every request from the preset alone (see presetSpec) and check
// that each emulated carrier answers the way the carrier documents.
namespace {
const char* const kCanary = "not-the-secret";
const QStringList kCarriers{"fedex", "ups", "usps", "xpo", "tforce"};
const QString kTforceScope =
    "https://tffproduction.onmicrosoft.com/5b7c2a8e-0d41-4e39-9a57-2f1c6d3e8b90/.default";
} // namespace

class TestCarrierPresets : public QObject
{
    Q_OBJECT

private:
    SandboxServer* sandbox = nullptr;
    TokenClient* client = nullptr;
    QNetworkAccessManager* nam = nullptr;

    TokenResult fetch(const TokenRequestSpec& spec, int* emitted = nullptr)
    {
        return fetchAndCount(*client, spec, emitted);
    }

    // What a person would type into the preset's fields for the sandbox.
    QMap<QString, QString> typicalValues(const QString& carrier) const
    {
        const auto creds = sandbox->credentials(carrier);
        if (carrier == "fedex")
            return {{"child_Key", QString::fromUtf8(creds.fields.value("child_Key"))},
                    {"child_secret", QString::fromUtf8(creds.fields.value("child_secret"))}};
        if (carrier == "tforce")
            return {{"tenant", "sandbox-tenant"}, {"scope", kTforceScope}};
        return {};
    }

    struct Answer
    {
        int status = 0;
        QJsonObject json;
    };

    // A raw POST, for requests TokenClient would never send.
    Answer post(const QUrl& url, const QByteArray& contentType, const QByteArray& body,
                const QByteArray& authorization = {})
    {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!authorization.isEmpty())
            req.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = nam->post(req, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        [&] {
            QTRY_COMPARE(spy.count(), 1);
        }();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return a;
    }

    // The carrier's body, credentials included, in the carrier's encoding.
    QPair<QByteArray, QByteArray> bodyWithCredentials(const QString& carrier)
    {
        const TokenRequestSpec spec = presetSpec(*sandbox, carrier, {}, typicalValues(carrier));
        const auto creds = sandbox->credentials(carrier);
        QList<QPair<QByteArray, QByteArray>> fields{{"grant_type", spec.grantType.toUtf8()},
                                                    {"client_id", creds.clientId},
                                                    {"client_secret", creds.clientSecret}};
        for (const auto& f : spec.bodyFields)
            fields.append({f.first.toUtf8(), f.second.toUtf8()});
        if (spec.shape.body == BodyEncoding::Json) {
            QJsonObject obj;
            for (const auto& f : fields)
                obj.insert(QString::fromUtf8(f.first), QString::fromUtf8(f.second));
            return {"application/json", QJsonDocument(obj).toJson(QJsonDocument::Compact)};
        }
        return {"application/x-www-form-urlencoded", FormEncoding::join(fields)};
    }

private slots:
    void init()
    {
        sandbox = new SandboxServer(this);
        QVERIFY(sandbox->start());
        client = new TokenClient(this);
        nam = new QNetworkAccessManager(this);
    }
    void cleanup()
    {
        delete nam;
        delete client;
        delete sandbox;
    }

    void everyPresetPathIsServed_data()
    {
        QTest::addColumn<QString>("carrier");
        for (const CarrierPreset& p : CarrierCatalog::builtin().presets())
            QTest::newRow(qPrintable(p.id)) << p.id;
    }
    void everyPresetPathIsServed()
    {
        QFETCH(QString, carrier);
        QVERIFY2(SandboxServer::carrierIds().contains(carrier), "every preset has an emulator");
        const TokenRequestSpec spec = presetSpec(*sandbox, carrier, {}, typicalValues(carrier));
        QCOMPARE(spec.url, sandbox->tokenUrl(carrier));
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("grantType");
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<ErrorCategory>("category");
        QTest::addColumn<int>("status");
        const auto row = [](const QByteArray& name, const QString& carrier, const QString& grant,
                            const QString& mistake, ErrorCategory category, int status) {
            QTest::newRow(name.constData()) << carrier << grant << mistake << category << status;
        };
        using E = ErrorCategory;
        for (const QString& c : kCarriers) {
            const QByteArray id = c.toLatin1();
            row(id + " right", c, "", "", E::None, 200);
            row(id + " wrong secret", c, "", "secret", E::CredentialsRejected, 401);
            row(id + " wrong client id", c, "", "id", E::CredentialsRejected, 401);
            row(id + " wrong placement", c, "", "placement", E::CredentialsRejected, 401);
        }
        row("fedex right csp_credentials", "fedex", "csp_credentials", "", E::None, 200);
        row("fedex right client_pc_credentials", "fedex", "client_pc_credentials", "", E::None,
            200);
        row("fedex csp without child_Key", "fedex", "csp_credentials", "omit:child_Key",
            E::CarrierError, 400);
        row("fedex csp without child_secret", "fedex", "csp_credentials", "omit:child_secret",
            E::CarrierError, 400);
        row("fedex pc without child_Key", "fedex", "client_pc_credentials", "omit:child_Key",
            E::CarrierError, 400);
        row("fedex csp wrong child_secret", "fedex", "csp_credentials",
            QString("set:child_secret=") + kCanary, E::CredentialsRejected, 401);
        row("usps form body", "usps", "", "encoding", E::CarrierError, 415);
        row("xpo without scope", "xpo", "", "omit:scope", E::CarrierError, 400);
        row("xpo other scope", "xpo", "", "set:scope=connect-everything", E::CarrierError, 400);
        row("tforce without scope", "tforce", "", "omit:scope", E::CarrierError, 400);
        row("tforce scope without .default", "tforce", "",
            "set:scope=https://tffproduction.onmicrosoft.com/app", E::CarrierError, 400);
    }
    void outcomes()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, grantType);
        QFETCH(QString, mistake);
        QFETCH(ErrorCategory, category);
        QFETCH(int, status);
        QMap<QString, QString> values = typicalValues(carrier);
        if (mistake.startsWith("omit:"))
            values.insert(mistake.mid(5), QString());
        else if (mistake.startsWith("set:"))
            values.insert(mistake.mid(4).section('=', 0, 0), mistake.section('=', 1));
        TokenRequestSpec spec = presetSpec(*sandbox, carrier, grantType, values);
        if (mistake == "secret")
            spec.clientSecret = SecretBytes(QByteArray(kCanary));
        else if (mistake == "id")
            spec.clientId = "someone-else";
        else if (mistake == "placement")
            spec.placement = spec.placement == CredentialPlacement::Basic
                                 ? CredentialPlacement::Body
                                 : CredentialPlacement::Basic;
        else if (mistake == "encoding")
            spec.shape.body =
                spec.shape.body == BodyEncoding::Json ? BodyEncoding::Form : BodyEncoding::Json;

        int signalCount = 0;
        const TokenResult r = fetch(spec, &signalCount);
        QCOMPARE(signalCount, 1);
        QCOMPARE(r.error.category, category);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(sandbox->requestCount(), 1);
        const CarrierPreset* preset = spec.preset;
        if (category == ErrorCategory::None) {
            QCOMPARE(r.token.tokenType, QString("Bearer"));
            QCOMPARE(r.token.expiresIn, qint64(preset->typicalLifetimeSeconds));
            QVERIFY(sandbox->issuedTokens().contains(r.token.accessToken.expose()));
            if (preset->tokenFormat == "jwt")
                QCOMPARE(r.inspection.format, TokenFormat::Jwt);
            return;
        }
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY(!r.error.hint.isEmpty());
        // the carrier's own words are quoted, and they name the mistake
        const QString words = r.error.carrierDescription;
        QString expected = "authentication failed";
        if (mistake == "placement")
            expected = carrier == "ups" ? "HTTP Basic" : "request body";
        else if (mistake == "encoding")
            expected = "Content-Type";
        else if (mistake.startsWith("omit:"))
            expected = mistake.mid(5) + " is required";
        else if (mistake.startsWith("set:"))
            expected = mistake.mid(4).section('=', 0, 0);
        QVERIFY2(words.contains(expected, Qt::CaseInsensitive), qPrintable(words));
        if (mistake.startsWith("set:scope"))
            QCOMPARE(r.error.carrierError, QString("invalid_scope"));
        for (const QByteArray& secret : spec.secrets())
            QVERIFY2(!r.error.fullText().toUtf8().contains(secret), "no secret in the message");
        QVERIFY(!r.redactedBody.contains(kCanary));
    }

    void bothPlacementsAreRefused_data()
    {
        QTest::addColumn<QString>("carrier");
        for (const QString& c : kCarriers)
            QTest::newRow(qPrintable(c)) << c;
    }
    void bothPlacementsAreRefused()
    {
        QFETCH(QString, carrier);
        const auto creds = sandbox->credentials(carrier);
        const auto [contentType, body] = bodyWithCredentials(carrier);
        const Answer a = post(sandbox->tokenUrl(carrier), contentType, body,
                              FormEncoding::basicCredentials(creds.clientId, creds.clientSecret));
        QCOMPARE(a.status, 400);
        QVERIFY(sandbox->issuedTokens().isEmpty());
        const QString message = carrier == "ups"
                                    ? a.json["response"]["errors"][0]["message"].toString()
                                    : a.json.value("error_description").toString();
        QVERIFY2(message.contains("both"), qPrintable(message));
    }

    void upsStringExpiresInCountsDown()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        client->setClock(&clock);
        sandbox->setClock(&clock); // the JWT exp agrees with expires_in
        const TokenResult r = fetch(presetSpec(*sandbox, "ups"));
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        const QJsonValue sent = QJsonDocument::fromJson(r.redactedBody)["expires_in"];
        QCOMPARE(sent, QJsonValue("14399"));
        QCOMPARE(r.token.expiresIn, qint64(14399));
        QCOMPARE(r.token.secondsLeft(clock.now()).value(), 14399);
        clock.advance(3600);
        QCOMPARE(r.token.secondsLeft(clock.now()).value(), 10799);
        QVERIFY2(Message::texts(r.warnings).join(' ').contains("as text"),
                 qPrintable(Message::texts(r.warnings).join(' ')));
        const QJsonObject other = r.token.otherFields;
        QCOMPARE(other.value("issued_at").toString(),
                 QString::number(clock.now().addSecs(-3600).toMSecsSinceEpoch()));
        QCOMPARE(other.value("status").toString(), QString("approved"));
        QCOMPARE(other.value("refresh_count").toString(), QString("0"));
        QCOMPARE(other.value("client_id").toString(), QString("ups-demo-client"));
        client->setClock(nullptr);
        sandbox->setClock(nullptr);
    }

    void upsMerchantIdTravelsAsAHeader_data()
    {
        QTest::addColumn<QString>("account");
        QTest::newRow("with account number") << "A1B2C3";
        QTest::newRow("without") << "";
    }
    void upsMerchantIdTravelsAsAHeader()
    {
        QFETCH(QString, account);
        const TokenResult r = fetch(presetSpec(*sandbox, "ups", {}, {{"x-merchant-id", account}}));
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        const RecordedRequest sent = sandbox->requests().value(0);
        QCOMPARE(sent.hasHeader("x-merchant-id"), !account.isEmpty());
        QCOMPARE(sent.header("x-merchant-id"), account.toUtf8());
        QCOMPARE(r.inspection.claims.value("x-merchant-id").toString(), account);
        QByteArray id, secret;
        QVERIFY2(sent.basicCredentials(&id, &secret), "UPS takes HTTP Basic only");
        QCOMPARE(id, QByteArray("ups-demo-client"));
        QCOMPARE(sent.body, QByteArray("grant_type=client_credentials"));
    }

    void upsErrorsComeInItsEnvelope()
    {
        TokenRequestSpec spec = presetSpec(*sandbox, "ups");
        spec.clientSecret = SecretBytes(QByteArray(kCanary));
        const TokenResult r = fetch(spec);
        QCOMPARE(r.error.category, ErrorCategory::CredentialsRejected);
        QCOMPARE(r.error.carrierError, QString("10401"));
        QCOMPARE(r.error.carrierDescription, QString("Client authentication failed."));
        QVERIFY(r.error.hint.text().contains("UPS"));
    }

    void uspsSendsAJsonBody()
    {
        const TokenResult r = fetch(presetSpec(*sandbox, "usps"));
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        const RecordedRequest sent = sandbox->requests().value(0);
        QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
        QVERIFY(!sent.hasHeader("authorization"));
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(sent.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(body.value("grant_type").toString(), QString("client_credentials"));
        QCOMPARE(body.value("client_id").toString(), QString("usps-demo-client"));
        QCOMPARE(body.value("client_secret").toString(), QString("usps-demo-secret"));
        QCOMPARE(r.inspection.format, TokenFormat::Jwt);
        QVERIFY(!r.inspection.header.value("kid").toString().isEmpty());
        QCOMPARE(r.token.expiresIn, qint64(28800));
    }

    void fedexChildCredentialsOnlyWithIntegratorGrants_data()
    {
        QTest::addColumn<QString>("grantType");
        QTest::addColumn<bool>("sendsChild");
        QTest::newRow("client_credentials") << "client_credentials" << false;
        QTest::newRow("csp_credentials") << "csp_credentials" << true;
        QTest::newRow("client_pc_credentials") << "client_pc_credentials" << true;
    }
    void fedexChildCredentialsOnlyWithIntegratorGrants()
    {
        QFETCH(QString, grantType);
        QFETCH(bool, sendsChild);
        const TokenRequestSpec spec =
            presetSpec(*sandbox, "fedex", grantType, typicalValues("fedex"));
        const QByteArray childSecret = sandbox->credentials("fedex").fields.value("child_secret");
        QCOMPARE(spec.secrets().contains(childSecret), sendsChild);
        const TokenResult r = fetch(spec);
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        const RecordedRequest sent = sandbox->requests().value(0);
        QCOMPARE(sent.formValue("grant_type"), grantType.toUtf8());
        QCOMPARE(sent.hasFormField("child_Key"), sendsChild);
        QCOMPARE(sent.hasFormField("child_secret"), sendsChild);
        if (sendsChild) {
            QCOMPARE(sent.formValue("child_Key"), QByteArray("fedex-demo-child-key"));
            QCOMPARE(sent.formValue("child_secret"), childSecret);
        }
        QVERIFY(!r.redactedBody.contains(childSecret));
    }

    void fedexChildCredentialsAreConfigurable()
    {
        sandbox->setCredentialField("fedex", "child_secret", "rotated-child-secret");
        TokenRequestSpec spec = presetSpec(
            *sandbox, "fedex", "csp_credentials",
            {{"child_Key", "fedex-demo-child-key"}, {"child_secret", "fedex-demo-child-secret"}});
        QCOMPARE(fetch(spec).error.category, ErrorCategory::CredentialsRejected);
        spec = presetSpec(*sandbox, "fedex", "csp_credentials", typicalValues("fedex"));
        QVERIFY(fetch(spec).ok());
    }

    void tforceTenantLandsInThePath_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::newRow("guid") << "3f9a1c2e-7b4d-4e8a-9c61-0d2e5f7a8b3c";
        QTest::newRow("domain") << "contoso-freight.onmicrosoft.com";
        QTest::newRow("sandbox example") << "sandbox-tenant";
    }
    void tforceTenantLandsInThePath()
    {
        QFETCH(QString, tenant);
        const TokenResult r = fetch(
            presetSpec(*sandbox, "tforce", {}, {{"tenant", tenant}, {"scope", kTforceScope}}));
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        const RecordedRequest sent = sandbox->requests().value(0);
        QCOMPARE(sent.path, "/tforce/" + tenant.toUtf8() + "/oauth2/v2.0/token");
        QCOMPARE(sent.formValue("scope"), kTforceScope.toUtf8());
        QCOMPARE(r.inspection.claims.value("tid").toString(), tenant);
    }

    void tforceRefusesAnUnfilledTenant()
    {
        const CarrierPreset* preset = CarrierCatalog::builtin().find("tforce");
        QVERIFY(UrlPolicy::problem(presetTemplateUrl(*preset)).contains("{tenant}"));
        const auto [contentType, body] = bodyWithCredentials("tforce");
        const Answer a =
            post(QUrl(sandbox->baseUrl().toString() + "/tforce/%7Btenant%7D/oauth2/v2.0/token"),
                 contentType, body);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value("error").toString(), QString("invalid_request"));
        QVERIFY(sandbox->issuedTokens().isEmpty());
    }

    void xpoSendsConnectOrdersScope()
    {
        const TokenResult r = fetch(presetSpec(*sandbox, "xpo"));
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        const RecordedRequest sent = sandbox->requests().value(0);
        QCOMPARE(sent.formValue("scope"), QByteArray("connect-orders"));
        QVERIFY(!sent.hasHeader("authorization"));
        QCOMPARE(r.token.scopes, QStringList{"connect-orders"});
    }
};

QTEST_GUILESS_MAIN(TestCarrierPresets)
#include "tst_carrierpresets.moc"
