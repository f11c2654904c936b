// SPDX-License-Identifier: Apache-2.0
#include "tokenrequest.h"

#include "formencoding.h"
#include "textpolicy.h"

#include <QCoreApplication>

QList<QByteArray> TokenRequestSpec::secrets() const
{
    QList<QByteArray> out;
    if (!clientSecret.isEmpty())
        out << clientSecret.expose();
    for (const auto& field : secretBodyFields) {
        if (!field.second.isEmpty())
            out << field.second.expose();
    }
    for (const auto& header : secretHeaders) {
        if (!header.second.isEmpty())
            out << header.second.expose();
    }
    return out;
}

QString TokenRequestSpec::displayName() const
{
    if (!carrierName.isEmpty())
        return carrierName;
    if (preset)
        return preset->name;
    return url.host().isEmpty() ? QCoreApplication::translate("TokenRequest", "The token endpoint")
                                : url.host();
}

BuiltRequest::~BuiltRequest()
{
    wipe(body);
}

bool isReservedHeader(const QByteArray& name)
{
    static const QList<QByteArray> reserved{"authorization", "content-type",    "content-length",
                                            "host",          "accept-encoding", "transfer-encoding",
                                            "connection",    "cookie"};
    return reserved.contains(name.trimmed().toLower());
}

namespace {
std::optional<QString> headerProblem(const QByteArray& name, const QByteArray& value)
{
    const QString key = QString::fromLatin1(name);
    if (auto problem = TextPolicy::validateHeaderName(key))
        return problem;
    return TextPolicy::validateHeaderValue(key, QString::fromUtf8(value));
}

// One body field; a secret one is read where it lies, never copied.
struct BodyField
{
    QByteArray name;
    QByteArray plain;
    const QByteArray* secret = nullptr;
    const QByteArray& value() const { return secret ? *secret : plain; }
};

// The fields in order. In JSON a later field of the same name takes the
// earlier one's place (an object has each name once); a form keeps both.
QList<BodyField> bodyFields(const TokenRequestSpec& spec, bool json)
{
    QList<BodyField> fields;
    const auto add = [&fields, json](const QByteArray& name, const QByteArray& plain,
                                     const QByteArray* secret) {
        for (BodyField& f : fields) {
            if (json && f.name == name) {
                f.plain = plain;
                f.secret = secret;
                return;
            }
        }
        fields.append({name, plain, secret});
    };
    const ExchangeShape& shape = spec.shape;
    if (!shape.grantTypeName.isEmpty())
        add(shape.grantTypeName.toUtf8(), spec.grantType.toUtf8(), nullptr);
    if (spec.placement == CredentialPlacement::Body) {
        add(shape.clientIdName.toUtf8(), spec.clientId.toUtf8(), nullptr);
        add(shape.clientSecretName.toUtf8(), {}, &spec.clientSecret.expose());
    }
    for (const auto& field : spec.bodyFields) {
        if (!field.second.isEmpty())
            add(field.first.toUtf8(), field.second.toUtf8(), nullptr);
    }
    for (const auto& field : spec.secretBodyFields) {
        if (!field.second.isEmpty())
            add(field.first.toUtf8(), {}, &field.second.expose());
    }
    return fields;
}

// Room for the body at its longest (every byte escaped), so it is written in
// one buffer that never moves and leaves no copy of a secret behind.
qsizetype roomFor(const QList<BodyField>& fields)
{
    qsizetype room = 2;
    for (const BodyField& f : fields)
        room += 6 * (f.name.size() + f.value().size()) + 8;
    return room;
}

// A JSON string of UTF-8 bytes, written straight into *out.
void appendJsonString(QByteArray* out, const QByteArray& utf8)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out->append('\\');
            out->append(c);
        } else if (u < 0x20) {
            out->append("\\u00");
            out->append(hex[u >> 4]);
            out->append(hex[u & 0x0F]);
        } else {
            out->append(c);
        }
    }
    out->append('"');
}

} // namespace

QString requestProblem(const TokenRequestSpec& spec)
{
    for (const auto& header : spec.headers) {
        if (const auto problem = headerProblem(header.first, header.second))
            return *problem;
    }
    if (const auto problem = TextPolicy::validateClientId(spec.clientId))
        return *problem;
    if (const auto problem =
            TextPolicy::validateField(QStringLiteral("grant_type"), spec.grantType))
        return *problem;
    for (const auto& field : spec.bodyFields) {
        if (const auto problem = TextPolicy::validateField(field.first, field.second))
            return *problem;
    }
    for (const auto& field : spec.secretBodyFields) {
        // the key only: a secret's value is never looked at or quoted
        if (const auto problem = TextPolicy::validateField(field.first, {}))
            return *problem;
    }
    for (const auto& header : spec.secretHeaders) {
        if (const auto problem = headerProblem(header.first, {}))
            return *problem;
        if (header.second.expose().contains('\n') || header.second.expose().contains('\r'))
            return QCoreApplication::translate("TokenRequest",
                                               "The value for the %1 header holds a line break.")
                .arg(QString::fromLatin1(header.first));
    }
    if (const auto problem = spec.shape.headerNameProblem())
        return *problem;
    if (spec.placement == CredentialPlacement::Headers &&
        (spec.clientSecret.expose().contains('\n') || spec.clientSecret.expose().contains('\r')))
        return QCoreApplication::translate("TokenRequest", "The client secret holds a line break.");
    return {};
}

namespace {
// A header whose value is a secret: set as the Authorization header is (the
// request keeps a copy of its own, ours is wiped).
void setSecretHeader(QNetworkRequest* req, const QByteArray& name, const QByteArray& value)
{
    req->setRawHeader(name, QByteArray(value.constData(), value.size()));
}

void setCredentials(const TokenRequestSpec& spec, QNetworkRequest* req)
{
    if (spec.placement == CredentialPlacement::Basic) {
        QByteArray header =
            FormEncoding::basicCredentials(spec.clientId.toUtf8(), spec.clientSecret.expose());
        setSecretHeader(req, "Authorization", header);
        wipe(header);
    } else if (spec.placement == CredentialPlacement::Headers && !spec.shape.headerNameProblem()) {
        req->setRawHeader(spec.shape.clientIdName.toLatin1(), spec.clientId.toUtf8());
        setSecretHeader(req, spec.shape.clientSecretName.toLatin1(), spec.clientSecret.expose());
    }
    for (const auto& header : spec.headers) {
        if (!isReservedHeader(header.first) && !header.second.isEmpty() &&
            !headerProblem(header.first, header.second))
            req->setRawHeader(header.first, header.second);
    }
    for (const auto& header : spec.secretHeaders) {
        // the value is checked without being quoted: requestProblem() refuses a line break
        if (!isReservedHeader(header.first) && !header.second.isEmpty() &&
            !headerProblem(header.first, header.second.expose()))
            setSecretHeader(req, header.first, header.second.expose());
    }
}

void writeJson(const QList<BodyField>& fields, QByteArray* body)
{
    body->append('{');
    for (const BodyField& f : fields) {
        if (body->size() > 1)
            body->append(',');
        appendJsonString(body, f.name);
        body->append(':');
        appendJsonString(body, f.value());
    }
    body->append('}');
}

void writeForm(const QList<BodyField>& fields, QByteArray* body)
{
    for (const BodyField& f : fields) {
        if (!body->isEmpty())
            body->append('&');
        FormEncoding::appendEncoded(body, f.name);
        body->append('=');
        FormEncoding::appendEncoded(body, f.value());
    }
}
} // namespace

BuiltRequest buildTokenRequest(const TokenRequestSpec& spec)
{
    BuiltRequest built;
    QNetworkRequest& req = built.request;
    req.setUrl(spec.url);
    req.setRawHeader("Accept", "application/json");
    // asking for identity means Qt never inflates a body: no decompression bombs
    req.setRawHeader("Accept-Encoding", "identity");
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QByteArray("TokenDock/") + QCoreApplication::applicationVersion().toLatin1());
    setCredentials(spec, &req);

    const BodyEncoding encoding = spec.shape.body;
    if (encoding == BodyEncoding::None || spec.shape.method == HttpMethod::Get)
        return built;
    const QList<BodyField> fields = bodyFields(spec, encoding == BodyEncoding::Json);
    QByteArray& body = built.body;
    body.reserve(roomFor(fields));
    if (encoding == BodyEncoding::Json) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        writeJson(fields, &body);
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
        writeForm(fields, &body);
    }
    return built;
}
