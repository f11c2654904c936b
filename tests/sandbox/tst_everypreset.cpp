// SPDX-License-Identifier: Apache-2.0
#include "accountrequest.h"
#include "carriercatalog.h"
#include "probeclient.h"
#include "sandboxserver.h"
#include "testsupport.h"
#include "tokenclient.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(ErrorCategory)

// Every preset of the catalog, for every grant type it offers, against its
// emulated carrier: the rows come from the presets' data alone, so a preset
// added later is covered without a line here. A right account gets the
// carrier's token; a wrong secret and a request in the wrong shape are
// refused, and nothing is issued for them. Each carrier's quirks stay in its
// own tests (tst_exchangeshapes, tst_carrierpresets, tst_sandboxshapes).
namespace {

const QByteArray kCanary = "not-the-secret";

// The three groups of rows, for the guard that every preset has each.
enum Group
{
    Right,
    Wrong,
    Shape
};

struct Row
{
    QString carrier;
    QString grant;
    QString variant; // Wrong: the secret's key ("" = client secret); Shape: the mistake
    QString name;
};

const std::deque<CarrierPreset>& presets()
{
    return CarrierCatalog::builtin().presets();
}

bool emulated(const CarrierPreset& p)
{
    return SandboxServer::carrierIds().contains(p.id);
}

QString caseName(const CarrierPreset& p, const QString& grant)
{
    return p.grantTypes.size() > 1 ? p.id + QLatin1Char(' ') + grant : p.id;
}

// Grant types a preset might not offer; the first it does not is the wrong one.
const QStringList kOtherGrants{"client_credentials", "password", "authorization_code"};

} // namespace

class TestEveryPreset : public QObject
{
    Q_OBJECT

private:
    SandboxServer* sandbox = nullptr;
    TokenClient* client = nullptr;

    struct Filled
    {
        Account account;
        AccountSecrets secrets;
    };

    // The sandbox's own token URL for the carrier as a person would enter it:
    // {placeholders} the preset has URL fields for stay for those fields to
    // fill, the others take the emulation's example; the query is the
    // preset's own (it may carry {placeholders} too).
    QString templateUrl(const CarrierPreset& p) const
    {
        const EmulatedCarrier* c = CarrierEmulator::find(p.id);
        QString path = QString::fromLatin1(c ? c->path : QByteArray());
        if (c) {
            for (auto it = c->pathExamples.begin(); it != c->pathExamples.end(); ++it) {
                const CarrierField* f = p.field(it.key());
                if (!f || f->location != FieldLocation::Url)
                    path.replace("{" + it.key() + "}", it.value());
            }
        }
        QString query;
        for (const CarrierEnvironment& env : p.environments) {
            if (query.isEmpty() && env.tokenUrl.contains('?'))
                query = env.tokenUrl.mid(env.tokenUrl.indexOf('?'));
        }
        return sandbox->baseUrl().toString() + QLatin1Char('/') + p.id + path + query;
    }

    // An account as a person would set it up for the sandbox.
    Filled filled(const CarrierPreset& p, const QString& grant) const
    {
        Filled f;
        f.account.id = QUuid::createUuid();
        f.account.name = p.id + " sandbox";
        f.account.carrierId = p.id;
        f.account.environmentId = Account::kCustomEnvironment;
        f.account.tokenUrl = templateUrl(p);
        f.account.grantType = grant;
        sandbox->fillAccount(&p, &f.account, &f.secrets);
        return f;
    }

    // The request AccountRequest builds; nothing with *why set when it refuses.
    static std::optional<TokenRequestSpec> build(const Filled& f, const CarrierPreset& p,
                                                 QString* why)
    {
        Failure error;
        auto spec = AccountRequest::build(f.account, &p, f.secrets, &error);
        if (!spec && why)
            *why = QStringLiteral("%1 (%2): the sandbox cannot fill an account it accepts: %3")
                       .arg(p.id, f.account.effectiveGrantType(&p), error.message.text());
        return spec;
    }

    // What goes on the wire, to tell whether a mistake changes the request.
    static QByteArray wire(const TokenRequestSpec& s)
    {
        const BuiltRequest b = buildTokenRequest(s);
        QByteArray out = methodId(s.shape.method).toUtf8() + ' ' + b.request.url().toEncoded();
        for (const QByteArray& name : b.request.rawHeaderList())
            out += '\n' + name.toLower() + ": " + b.request.rawHeader(name);
        return out + "\n\n" + b.body;
    }

    QList<Row> rows(Group group) const
    {
        QList<Row> out;
        for (const CarrierPreset& p : presets()) {
            if (!emulated(p))
                continue;
            for (const QString& grant : p.grantTypes) {
                const QString name = caseName(p, grant);
                if (group == Right)
                    out.append({p.id, grant, {}, name});
                else if (group == Wrong)
                    out << wrongRows(p, grant, name);
                else
                    out << shapeRows(p, grant, name);
            }
        }
        return out;
    }

    // The client secret, then every secret field the grant type sends.
    static QList<Row> wrongRows(const CarrierPreset& p, const QString& grant, const QString& name)
    {
        QList<Row> out{{p.id, grant, {}, name + ": client secret"}};
        for (const CarrierField& f : p.fieldsFor(grant)) {
            if (f.secret)
                out.append({p.id, grant, f.key, name + ": " + f.key});
        }
        return out;
    }

    // The mistakes the preset's data allows, each kept only where it changes
    // the request.
    QList<Row> shapeRows(const CarrierPreset& p, const QString& grant, const QString& name) const
    {
        const Filled f = filled(p, grant);
        const auto right = build(f, p, nullptr);
        if (!right)
            return {}; // the right row says why; the guard names the preset
        QStringList mistakes;
        for (const auto placement : {CredentialPlacement::Body, CredentialPlacement::Basic,
                                     CredentialPlacement::Headers}) {
            if (!p.allows(placement))
                mistakes << "placement " + placementId(placement);
        }
        mistakes << "other encoding"
                 << "other method";
        for (const QString& other : kOtherGrants) {
            if (!p.grantTypes.contains(other)) {
                mistakes << "grant " + other;
                break;
            }
        }
        // a {placeholder} left in the URL is refused before anything is sent
        for (const CarrierField& field : AccountRequest::fields(f.account, &p)) {
            if (field.required && !field.secret && field.entered() &&
                field.location != FieldLocation::Url)
                mistakes << "empty " + field.key;
        }
        mistakes << "no extra headers";
        QList<Row> out;
        const QByteArray rightWire = wire(*right);
        for (const QString& mistake : mistakes) {
            if (wire(mistaken(*right, p, mistake)) != rightWire)
                out.append({p.id, grant, mistake, name + ": " + mistake});
        }
        return out;
    }

    // The right request with one mistake in it.
    static TokenRequestSpec mistaken(TokenRequestSpec s, const CarrierPreset& p,
                                     const QString& mistake)
    {
        const QString what = mistake.section(QLatin1Char(' '), 1);
        if (mistake.startsWith("placement ")) {
            for (const auto placement : {CredentialPlacement::Body, CredentialPlacement::Basic,
                                         CredentialPlacement::Headers}) {
                if (placementId(placement) == what)
                    s.placement = placement;
            }
            if (s.placement == CredentialPlacement::Body && s.shape.body == BodyEncoding::None)
                s.shape.body = BodyEncoding::Form; // a body to carry them
        } else if (mistake == "other encoding") {
            if (s.shape.body != BodyEncoding::None)
                s.shape.body =
                    s.shape.body == BodyEncoding::Json ? BodyEncoding::Form : BodyEncoding::Json;
        } else if (mistake == "other method") {
            s.shape.method = s.shape.method == HttpMethod::Get ? HttpMethod::Post : HttpMethod::Get;
        } else if (mistake.startsWith("grant ")) {
            s.grantType = what;
        } else if (mistake.startsWith("empty ")) {
            const QString wireName = p.field(what) ? p.field(what)->wireName() : what;
            s.bodyFields.removeIf([&](const auto& b) { return b.first == wireName; });
            s.headers.removeIf([&](const auto& h) {
                return QString::fromLatin1(h.first).compare(wireName, Qt::CaseInsensitive) == 0;
            });
        } else if (mistake == "no extra headers") {
            dropExtraHeaders(&s, p);
        }
        return s;
    }

    // The headers the preset's fields always send, and those API calls need too.
    static void dropExtraHeaders(TokenRequestSpec* s, const CarrierPreset& p)
    {
        QSet<QByteArray> names;
        for (const CarrierField& f : p.fieldsFor(s->grantType, &s->shape)) {
            if (f.location == FieldLocation::Header && (f.required || !f.entered() || f.apiCalls))
                names.insert(f.wireName().toLatin1().toLower());
        }
        s->headers.removeIf([&](const auto& h) { return names.contains(h.first.toLower()); });
        s->secretHeaders.removeIf([&](const auto& h) { return names.contains(h.first.toLower()); });
    }

    static void addRows(const QList<Row>& list)
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("grant");
        QTest::addColumn<QString>("variant");
        for (const Row& r : list)
            QTest::newRow(qPrintable(r.name)) << r.carrier << r.grant << r.variant;
    }

    // The request for a row, or a failure that names what the sandbox cannot fill.
    TokenRequestSpec specFor(const QString& carrier, const QString& grant, Filled* out = nullptr)
    {
        const CarrierPreset* p = CarrierCatalog::builtin().find(carrier);
        const Filled f = filled(*p, grant);
        QString why;
        const auto spec = build(f, *p, &why);
        [&] {
            QVERIFY2(spec, qPrintable(why));
        }();
        if (out)
            *out = f;
        return spec.value_or(TokenRequestSpec());
    }

    TokenResult fetch(const TokenRequestSpec& s) { return fetchAndCount(*client, s); }

    // The presets that name a probe, for the rows below.
    static void addProbeRows()
    {
        QTest::addColumn<QString>("carrier");
        for (const CarrierPreset& p : presets()) {
            if (p.probe.isSet() && emulated(p))
                QTest::newRow(qPrintable(p.id)) << p.id;
        }
    }

    // A right account's token, with the headers its API calls carry.
    IssuedToken rightToken(const CarrierPreset& p, Filled* out = nullptr)
    {
        Filled f;
        const TokenRequestSpec s = specFor(p.id, p.grantTypes.value(0), &f);
        TokenResult r = fetch(s);
        [&] {
            QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        }();
        r.token.apiHeaders = s.apiHeaders;
        if (out)
            *out = f;
        return r.token;
    }

    ProbeOutcome probe(const ProbePlan& plan, const IssuedToken& token)
    {
        ProbeOutcome outcome;
        ProbeReply* reply = ProbeReply::send(client, plan, token);
        bool done = false;
        connect(reply, &ProbeReply::finished, this, [&](const ProbeOutcome& o) {
            outcome = o;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, client->timeout() + 2000);
        }();
        return outcome;
    }

    void checkRightToken(const TokenRequestSpec& s, const Filled& f, TokenResult r);

private slots:
    void initTestCase()
    {
        sandbox = new SandboxServer(this);
        QVERIFY(sandbox->start());
        client = new TokenClient(this);
    }

    // A preset with no emulation, or a grant type the sandbox cannot fill,
    // would have no rows below and go unnoticed: it fails here by name.
    void everyPresetHasEveryGroup()
    {
        QStringList missing;
        const QStringList groups{"right", "wrong", "wrong shape"};
        const QList<QList<Row>> all{rows(Right), rows(Wrong), rows(Shape)};
        for (const CarrierPreset& p : presets()) {
            for (const QString& grant : p.grantTypes) {
                for (int g = 0; g < all.size(); ++g) {
                    const auto ofCase = [&](const Row& r) {
                        return r.carrier == p.id && r.grant == grant;
                    };
                    if (std::none_of(all.at(g).cbegin(), all.at(g).cend(), ofCase))
                        missing << QStringLiteral("%1 has no %2 row%3")
                                       .arg(caseName(p, grant), groups.at(g),
                                            emulated(p)
                                                ? QString()
                                                : QStringLiteral(" (no sandbox emulation)"));
                }
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join("; ")));
    }

    void rightAccountGetsTheCarriersToken_data() { addRows(rows(Right)); }
    void rightAccountGetsTheCarriersToken()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, grant);
        Filled f;
        const TokenRequestSpec s = specFor(carrier, grant, &f);
        if (QTest::currentTestFailed())
            return;
        const int requests = sandbox->tokenRequestCount(carrier);
        const int issued = sandbox->issuedTokenCount(carrier);
        const TokenResult r = fetch(s);
        QVERIFY2(r.ok(), qPrintable(r.error.fullText()));
        QCOMPARE(sandbox->tokenRequestCount(carrier), requests + 1);
        QCOMPARE(sandbox->issuedTokenCount(carrier), issued + 1);
        checkRightToken(s, f, r);
    }

    void wrongSecretIsRefused_data() { addRows(rows(Wrong)); }
    void wrongSecretIsRefused()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, grant);
        QFETCH(QString, variant);
        const CarrierPreset* p = CarrierCatalog::builtin().find(carrier);
        Filled f = filled(*p, grant);
        if (variant.isEmpty())
            f.secrets.clientSecret = SecretBytes(kCanary);
        else
            f.secrets.fields.insert(variant, SecretBytes(kCanary));
        QString why;
        const auto s = build(f, *p, &why);
        QVERIFY2(s, qPrintable(why));
        QVERIFY2(s->secrets().contains(kCanary), "the wrong value is sent");
        const int issued = sandbox->issuedTokenCount(carrier);
        const TokenResult r = fetch(*s);
        QCOMPARE(r.error.category, ErrorCategory::CredentialsRejected);
        // 401, unless the carrier documents its own answer to wrong credentials
        QVERIFY2(r.httpStatus == 401 || (!p->credentialErrorTitles.isEmpty() &&
                                         r.httpStatus >= 400 && r.httpStatus < 500),
                 qPrintable(QString::number(r.httpStatus)));
        QCOMPARE(sandbox->issuedTokenCount(carrier), issued);
        QVERIFY(!r.error.fullText().toUtf8().contains(kCanary));
        QVERIFY(!r.redactedBody.contains(kCanary));
    }

    // A preset's probe is served by its emulation at the same path.
    void everyProbeIsEmulated()
    {
        QStringList missing;
        for (const CarrierPreset& p : presets()) {
            if (!p.probe.isSet() || p.probe.isFullUrl())
                continue;
            const EmulatedCarrier* c = CarrierEmulator::find(p.id);
            if (!c || QString::fromLatin1(c->probePath) != p.probe.target)
                missing << p.id;
        }
        QVERIFY2(missing.isEmpty(), qPrintable("no emulated probe: " + missing.join(", ")));
    }

    void probeWorksWithTheRightToken_data() { addProbeRows(); }
    void probeWorksWithTheRightToken()
    {
        QFETCH(QString, carrier);
        const CarrierPreset& p = *CarrierCatalog::builtin().find(carrier);
        Filled f;
        const IssuedToken token = rightToken(p, &f);
        if (QTest::currentTestFailed())
            return;
        const ProbePlan plan = Probe::plan(f.account, &p);
        QCOMPARE(plan.url, sandbox->probeUrl(carrier));
        const ProbeOutcome o = probe(plan, token);
        QVERIFY2(o.ok(), qPrintable(o.fullText()));
    }

    void probeRefusesAnotherCarriersToken_data() { addProbeRows(); }
    void probeRefusesAnotherCarriersToken()
    {
        QFETCH(QString, carrier);
        const CarrierPreset& p = *CarrierCatalog::builtin().find(carrier);
        Filled f = filled(p, p.grantTypes.value(0));
        const QString otherId = carrier == "oauth2" ? "banyan" : "oauth2";
        const IssuedToken other = rightToken(*CarrierCatalog::builtin().find(otherId));
        if (QTest::currentTestFailed())
            return;
        const ProbeOutcome o = probe(Probe::plan(f.account, &p), other);
        QCOMPARE(ProbeOutcome::verdictId(o.verdict), QString("token_not_accepted"));
        QCOMPARE(o.httpStatus, 401);
    }

    void wrongShapeIsRefused_data() { addRows(rows(Shape)); }
    void wrongShapeIsRefused()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, grant);
        QFETCH(QString, variant);
        const CarrierPreset* p = CarrierCatalog::builtin().find(carrier);
        const TokenRequestSpec s = mistaken(specFor(carrier, grant), *p, variant);
        if (QTest::currentTestFailed())
            return;
        const int requests = sandbox->tokenRequestCount(carrier);
        const int issued = sandbox->issuedTokenCount(carrier);
        const TokenResult r = fetch(s);
        QVERIFY(!r.ok());
        QCOMPARE(sandbox->tokenRequestCount(carrier), requests + 1); // it reached the carrier
        QCOMPARE(sandbox->issuedTokenCount(carrier), issued);
        QVERIFY2(r.httpStatus >= 400 && r.httpStatus < 500,
                 qPrintable(QString::number(r.httpStatus)));
        // what the carrier said about it reaches the person
        QVERIFY2(!r.error.carrierDescription.isEmpty() || !r.error.carrierError.isEmpty(),
                 qPrintable(r.error.fullText()));
        for (const QByteArray& secret : s.secrets())
            QVERIFY(!r.error.fullText().toUtf8().contains(secret));
    }
};

// The token is the one the carrier issued, lives as long as the carrier
// says, carries every header API calls need, and nothing secret is on show.
void TestEveryPreset::checkRightToken(const TokenRequestSpec& s, const Filled& f, TokenResult r)
{
    const CarrierPreset& p = *s.preset;
    const EmulatedCarrier& c = *CarrierEmulator::find(p.id);
    const QByteArray token = r.token.accessToken.expose();
    QVERIFY(token == sandbox->issuedTokens().constLast()); // no QCOMPARE: it would print tokens
    // where the expiry comes from: the answer's lifetime, its stated time, the JWT, or the docs
    const ExpirySource source = c.sendsExpiresIn              ? ExpirySource::ExpiresIn
                                : !c.expiresAtField.isEmpty() ? ExpirySource::StatedTime
                                : c.tokenKind == EmulatedCarrier::TokenKind::Jwt
                                    ? ExpirySource::Jwt
                                    : ExpirySource::Documented;
    QCOMPARE(expirySourceId(r.token.expirySource()), expirySourceId(source));
    QVERIFY2(r.token.lifetime() && qAbs(*r.token.lifetime() - c.lifetimeSeconds) <= 2,
             qPrintable(QString::number(r.token.lifetime().value_or(-1))));
    if (p.tokenFormat == QLatin1String("jwt"))
        QCOMPARE(r.inspection.format, TokenFormat::Jwt);
    QCOMPARE(r.token.refreshToken.isEmpty(), !c.issuesRefreshToken);
    if (c.issuesRefreshToken)
        QVERIFY(r.token.refreshToken.expose() == sandbox->issuedRefreshTokens().constLast());

    // API calls: the token's own header first, then those the preset's fields name
    r.token.apiHeaders = s.apiHeaders;
    QStringList want{p.shape.useHeader};
    QStringList values{r.token.headerValue()};
    for (const CarrierField& field : AccountRequest::fields(f.account, &p)) {
        if (!field.apiCalls)
            continue;
        want << field.wireName();
        values << (field.sameAs == QLatin1String("client_id") ? f.account.clientId
                   : field.secret ? QString::fromUtf8(f.secrets.fields.value(field.key).expose())
                                  : f.account.fields.value(field.key, field.defaultValue));
    }
    QStringList names;
    QStringList sent;
    for (const auto& h : r.token.headers()) {
        names << h.first;
        sent << h.second;
    }
    QCOMPARE(names, want);
    QVERIFY(sent == values); // no QCOMPARE: a failure would print the secrets
    QVERIFY(sent.first().endsWith(QString::fromUtf8(token)));
    if (p.shape.useScheme.isEmpty())
        QCOMPARE(sent.first().size(), token.size());

    QList<QByteArray> secrets = s.secrets();
    secrets << token << r.token.refreshToken.expose();
    const QByteArray other = QJsonDocument(r.token.otherFields).toJson();
    for (const QByteArray& secret : secrets) {
        QVERIFY(!containsBytes(r.redactedBody, secret));
        QVERIFY(!containsBytes(other, secret));
    }
}

QTEST_GUILESS_MAIN(TestEveryPreset)
#include "tst_everypreset.moc"
