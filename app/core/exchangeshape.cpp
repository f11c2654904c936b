// SPDX-License-Identifier: Apache-2.0
#include "exchangeshape.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <tuple>

namespace {

enum class Kind
{
    Name,   // a body field or header name: an HTTP token
    Path,   // a dotted JSON path
    Scheme, // an auth scheme, may be empty
};

struct TextKey
{
    const char* section;
    const char* key;
    QString ExchangeShape::*member;
    Kind kind;
    bool mayBeEmpty;
};

const QList<TextKey>& textKeys()
{
    static const QList<TextKey> keys{
        {"request", "grantType", &ExchangeShape::grantTypeName, Kind::Name, true},
        {"request", "clientId", &ExchangeShape::clientIdName, Kind::Name, false},
        {"request", "clientSecret", &ExchangeShape::clientSecretName, Kind::Name, false},
        {"request", "apiKeyHeader", &ExchangeShape::apiKeyHeader, Kind::Name, true},
        {"response", "token", &ExchangeShape::tokenPath, Kind::Path, false},
        {"response", "tokenHeader", &ExchangeShape::tokenHeader, Kind::Name, true},
        {"response", "expiresIn", &ExchangeShape::expiresInPath, Kind::Path, true},
        {"response", "expiresAt", &ExchangeShape::expiresAtPath, Kind::Path, true},
        {"response", "refreshToken", &ExchangeShape::refreshTokenPath, Kind::Path, true},
        {"use", "header", &ExchangeShape::useHeader, Kind::Name, false},
        {"use", "scheme", &ExchangeShape::useScheme, Kind::Scheme, true},
    };
    return keys;
}

bool fits(Kind kind, const QString& text)
{
    // RFC 9110 token characters for names; letters, digits, _ - and $ between dots for paths
    static const QRegularExpression name(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$"));
    static const QRegularExpression path(
        QStringLiteral("^[A-Za-z0-9_$-]{1,64}(\\.[A-Za-z0-9_$-]{1,64}){0,7}$"));
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z0-9._~+-]{1,40}$"));
    switch (kind) {
    case Kind::Name:
        return name.match(text).hasMatch();
    case Kind::Path:
        return path.match(text).hasMatch();
    case Kind::Scheme:
        return scheme.match(text).hasMatch();
    }
    return false;
}

// The keys each part of a shape may hold; anything else is a typo to report.
bool isKnownKey(const QString& section, const QString& key)
{
    for (const TextKey& k : textKeys()) {
        if (section == QLatin1String(k.section) && key == QLatin1String(k.key))
            return true;
    }
    static const QList<QPair<QString, QString>> others{
        {QStringLiteral("request"), QStringLiteral("method")},
        {QStringLiteral("request"), QStringLiteral("body")},
        {QStringLiteral("response"), QStringLiteral("refreshGrant")},
        {QStringLiteral("use"), QStringLiteral("apiKey")}};
    return others.contains({section, key});
}

QString where(const char* section, const char* key)
{
    return QLatin1String(section) + QLatin1Char('.') + QLatin1String(key);
}

} // namespace

std::optional<QString> ExchangeShape::apply(const QJsonObject& obj)
{
    static const QStringList sections{QStringLiteral("request"), QStringLiteral("response"),
                                      QStringLiteral("use")};
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!sections.contains(it.key()))
            return tr("\"%1\" is not part of a token exchange (request, response or use).")
                .arg(it.key());
        if (!it.value().isObject())
            return tr("\"%1\" must be an object.").arg(it.key());
        const QJsonObject part = it.value().toObject();
        for (auto k = part.begin(); k != part.end(); ++k) {
            if (!isKnownKey(it.key(), k.key()))
                return tr("\"%1.%2\" is not a key TokenDock knows; see the carrier preset "
                          "schema for the keys of \"%1\".")
                    .arg(it.key(), k.key());
        }
    }
    const QJsonObject request = obj.value(QStringLiteral("request")).toObject();
    if (request.contains(QStringLiteral("method"))) {
        const QString m = request.value(QStringLiteral("method")).toString();
        if (m != QLatin1String("POST") && m != QLatin1String("GET"))
            return tr("\"request.method\" must be POST or GET.");
        method = m == QLatin1String("GET") ? HttpMethod::Get : HttpMethod::Post;
    }
    if (request.contains(QStringLiteral("body"))) {
        const QString b = request.value(QStringLiteral("body")).toString();
        static const QStringList bodies{QStringLiteral("form"), QStringLiteral("json"),
                                        QStringLiteral("none")};
        if (!bodies.contains(b))
            return tr("\"request.body\" must be form, json or none.");
        body = static_cast<BodyEncoding>(bodies.indexOf(b));
    }
    for (const auto& [section, key, member] :
         {std::make_tuple("response", "refreshGrant", &ExchangeShape::refreshGrant),
          std::make_tuple("use", "apiKey", &ExchangeShape::apiKeyOnApiCalls)}) {
        const QJsonValue v = obj.value(QLatin1String(section)).toObject().value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isBool())
            return tr("\"%1\" must be true or false.").arg(where(section, key));
        this->*member = v.toBool();
    }
    for (const TextKey& k : textKeys()) {
        const QJsonObject part = obj.value(QLatin1String(k.section)).toObject();
        const QJsonValue v = part.value(QLatin1String(k.key));
        if (v.isUndefined())
            continue;
        const QString text = v.toString();
        if (!v.isString() || (text.isEmpty() && !k.mayBeEmpty) ||
            (!text.isEmpty() && !fits(k.kind, text)))
            return tr("\"%1\" is not a usable %2.")
                .arg(where(k.section, k.key), k.kind == Kind::Path
                                                  ? tr("JSON path (names joined by dots)")
                                              : k.kind == Kind::Name ? tr("field or header name")
                                                                     : tr("authorization scheme"));
        this->*k.member = text;
    }
    if (method == HttpMethod::Get && body != BodyEncoding::None)
        return tr("A GET request has no body: set \"request.body\" to none.");
    return headerNameProblem();
}

std::optional<QString> ExchangeShape::headerNameProblem() const
{
    // headers TokenDock sets itself, or that route or frame the request
    static const QStringList reserved{
        QStringLiteral("authorization"),   QStringLiteral("content-type"),
        QStringLiteral("content-length"),  QStringLiteral("host"),
        QStringLiteral("accept-encoding"), QStringLiteral("transfer-encoding"),
        QStringLiteral("connection"),      QStringLiteral("cookie"),
        QStringLiteral("accept"),          QStringLiteral("user-agent"),
        QStringLiteral("referer"),         QStringLiteral("te"),
        QStringLiteral("upgrade"),         QStringLiteral("proxy-authorization")};
    const QList<QPair<const char*, QString>> names{{"request.clientId", clientIdName},
                                                   {"request.clientSecret", clientSecretName},
                                                   {"request.apiKeyHeader", apiKeyHeader}};
    QStringList seen;
    for (const auto& [key, name] : names) {
        if (name.isEmpty())
            continue;
        if (reserved.contains(name.toLower()))
            return tr("\"%1\" cannot be %2: TokenDock sets that header itself.")
                .arg(QLatin1String(key), name);
        if (seen.contains(name.toLower()))
            return tr("\"%1\" repeats the name %2; each credential needs its own.")
                .arg(QLatin1String(key), name);
        seen << name.toLower();
    }
    if (!usesAuthorization() && reserved.contains(useHeader.toLower()))
        return tr("\"use.header\" cannot be %1: an API call sets that header itself.")
            .arg(useHeader);
    return std::nullopt;
}

QJsonObject ExchangeShape::differencesFrom(const ExchangeShape& base) const
{
    static const char* const sections[3] = {"request", "response", "use"};
    QJsonObject parts[3];
    const auto part = [&parts](const char* section) -> QJsonObject& {
        int i = 0;
        while (i < 2 && qstrcmp(sections[i], section) != 0)
            ++i;
        return parts[i];
    };
    if (method != base.method)
        part("request").insert(QStringLiteral("method"), methodId(method));
    if (body != base.body)
        part("request").insert(QStringLiteral("body"), encodingId(body));
    if (refreshGrant != base.refreshGrant)
        part("response").insert(QStringLiteral("refreshGrant"), refreshGrant);
    if (apiKeyOnApiCalls != base.apiKeyOnApiCalls)
        part("use").insert(QStringLiteral("apiKey"), apiKeyOnApiCalls);
    for (const TextKey& k : textKeys()) {
        if (this->*k.member != base.*k.member)
            part(k.section).insert(QLatin1String(k.key), this->*k.member);
    }
    QJsonObject out;
    for (int i = 0; i < 3; ++i) {
        if (!parts[i].isEmpty())
            out.insert(QLatin1String(sections[i]), parts[i]);
    }
    return out;
}

QString methodId(HttpMethod m)
{
    return m == HttpMethod::Get ? QStringLiteral("GET") : QStringLiteral("POST");
}

QString encodingId(BodyEncoding e)
{
    switch (e) {
    case BodyEncoding::Form:
        return QStringLiteral("form");
    case BodyEncoding::Json:
        return QStringLiteral("json");
    case BodyEncoding::None:
        return QStringLiteral("none");
    }
    return {};
}
