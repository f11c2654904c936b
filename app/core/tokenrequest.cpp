#include "tokenrequest.h"

#include "formencoding.h"
#include "textpolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

QList<QByteArray> TokenRequestSpec::secrets() const
{
    QList<QByteArray> out;
    if (!clientSecret.isEmpty())
        out << clientSecret.expose();
    for (const auto& field : secretBodyFields) {
        if (!field.second.isEmpty())
            out << field.second.expose();
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
    return {};
}

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

    const bool basic = spec.placement == CredentialPlacement::Basic;
    const QByteArray secret = spec.clientSecret.expose();
    if (basic) {
        QByteArray header = FormEncoding::basicCredentials(spec.clientId.toUtf8(), secret);
        req.setRawHeader("Authorization", header);
        wipe(header);
    }
    for (const auto& header : spec.headers) {
        if (!isReservedHeader(header.first) && !header.second.isEmpty() &&
            !headerProblem(header.first, header.second))
            req.setRawHeader(header.first, header.second);
    }

    if (spec.encoding == BodyEncoding::Json) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QJsonObject obj;
        obj.insert(QStringLiteral("grant_type"), spec.grantType);
        if (!basic) {
            obj.insert(QStringLiteral("client_id"), spec.clientId);
            obj.insert(QStringLiteral("client_secret"), QString::fromUtf8(secret));
        }
        for (const auto& field : spec.bodyFields) {
            if (!field.second.isEmpty())
                obj.insert(field.first, field.second);
        }
        for (const auto& field : spec.secretBodyFields) {
            if (!field.second.isEmpty())
                obj.insert(field.first, QString::fromUtf8(field.second.expose()));
        }
        built.body = QJsonDocument(obj).toJson(QJsonDocument::Compact);
        return built;
    }

    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArray("application/x-www-form-urlencoded"));
    QByteArray& body = built.body;
    const auto add = [&body](const QByteArray& key, const QByteArray& value) {
        if (!body.isEmpty())
            body.append('&');
        body.append(FormEncoding::encode(key));
        body.append('=');
        body.append(FormEncoding::encode(value));
    };
    add("grant_type", spec.grantType.toUtf8());
    if (!basic) {
        add("client_id", spec.clientId.toUtf8());
        add("client_secret", secret);
    }
    for (const auto& field : spec.bodyFields) {
        if (!field.second.isEmpty())
            add(field.first.toUtf8(), field.second.toUtf8());
    }
    for (const auto& field : spec.secretBodyFields) {
        if (!field.second.isEmpty())
            add(field.first.toUtf8(), field.second.expose());
    }
    return built;
}
