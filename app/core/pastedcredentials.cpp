// SPDX-License-Identifier: Apache-2.0
#include "pastedcredentials.h"

#include "account.h"
#include "carriercatalog.h"
#include "shellwords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <iterator>

namespace {

constexpr int kMaxValueChars = 4096;
constexpr int kMaxLineChars = kMaxValueChars + 100;

// What a name in the text stands for, whatever its spelling or language.
enum class Role
{
    Other,
    ClientId,
    Secret,
    TokenUrl,
    GrantType,
    Environment,
    Carrier
};

// Lower case without spaces, dashes, underscores, dots or a trailing colon:
// "Client-ID:", "client_id" and "clientId" all read "clientid".
QString normalized(const QString& name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

// Names for each role in English, German, Spanish and French, as carriers'
// e-mails and documentation label them, compared after normalized().
// the client id
const char* const kClientIdNames[] = {"clientid",
                                      "client",
                                      "clientidentifier",
                                      "consumerkey",
                                      "apikey",
                                      "key",
                                      "appkey",
                                      "applicationid",
                                      "appid",
                                      "clientkey",
                                      "apischlüssel",
                                      "clientkennung",
                                      "iddecliente",
                                      "iddelcliente",
                                      "identificadordecliente",
                                      "clavedeapi",
                                      "claveapi",
                                      "identifiantclient",
                                      "identifiantduclient",
                                      "idclient",
                                      "cléapi",
                                      "clédapi",
                                      "clientidkey"};
// the client secret
const char* const kSecretNames[] = {
    "clientsecret",      "secret",         "apisecret",        "consumersecret",    "appsecret",
    "applicationsecret", "secretkey",      "clientsecretkey",  "clientgeheimnis",   "geheimnis",
    "geheimerschlüssel", "secreto",        "secretodecliente", "secretodelcliente", "clavesecreta",
    "secretclient",      "secretduclient", "clésecrète"};
// the token URL
const char* const kTokenUrlNames[] = {
    "tokenurl",          "tokenendpoint",   "tokenuri",       "authurl",       "oauthurl",
    "authenticationurl", "authendpoint",    "accesstokenurl", "tokenendpunkt", "urldeltoken",
    "urldetoken",        "endpointdetoken", "urldujeton",     "urldejeton",    "url"};
// the environment
const char* const kEnvironmentNames[] = {"environment", "env", "umgebung", "entorno",
                                         "environnement"};
// the carrier
const char* const kCarrierNames[] = {"carrier", "provider", "spediteur", "transportista",
                                     "transporteur"};

template <std::size_t N> bool isOneOf(const QString& normalizedName, const char* const (&names)[N])
{
    return std::any_of(std::begin(names), std::end(names),
                       [&](const char* n) { return normalizedName == QString::fromUtf8(n); });
}

Role roleOf(const QString& name)
{
    const QString n = normalized(name);
    if (isOneOf(n, kClientIdNames))
        return Role::ClientId;
    if (isOneOf(n, kSecretNames))
        return Role::Secret;
    if (isOneOf(n, kTokenUrlNames))
        return Role::TokenUrl;
    if (n == QLatin1String("granttype"))
        return Role::GrantType;
    if (isOneOf(n, kEnvironmentNames))
        return Role::Environment;
    if (isOneOf(n, kCarrierNames))
        return Role::Carrier;
    // prefixed names in .env files: UPS_CLIENT_ID, P44_CLIENT_SECRET
    for (const char* end : {"clientid", "apikey", "consumerkey"}) {
        if (n.endsWith(QLatin1String(end)))
            return Role::ClientId;
    }
    for (const char* end : {"clientsecret", "apisecret", "consumersecret"}) {
        if (n.endsWith(QLatin1String(end)))
            return Role::Secret;
    }
    if (n.endsWith(QLatin1String("tokenurl")))
        return Role::TokenUrl;
    return Role::Other;
}

// A value as written, or empty when it is a documentation placeholder
// ("<client_id>", "YOUR_CLIENT_SECRET", "{{secret}}", "…") or cannot be a
// credential (control characters, far too long).
QString cleanValue(QString value)
{
    value = value.trimmed();
    while (value.size() >= 2 &&
           ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) ||
            (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))) ||
            (value.startsWith(QLatin1Char('`')) && value.endsWith(QLatin1Char('`')))))
        value = value.mid(1, value.size() - 2).trimmed();
    if (value.isEmpty() || value.size() > kMaxValueChars)
        return {};
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return {};
    }
    // "<client_id>", "{{secret}}", "{client_secret}", "${SECRET}", "$CLIENT_ID",
    // "YOUR_CLIENT_ID", "xxxx", "…": not "{6F9619FF-…}" or "$ab12", which can be real
    static const QRegularExpression placeholder(QStringLiteral(
        "^(<[^>]*>|\\{\\{[^}]*\\}\\}|\\{[a-z_ ]+\\}|\\{[A-Z_ ]+\\}|\\$\\{\\w+\\}|"
        "\\$[A-Z_][A-Z0-9_]*|\\[[a-z_ ]+\\]|\\[[A-Z_ ]+\\]|[xX]{3,}|\\*{3,}|\\.{3}|\u2026)$"));
    static const QRegularExpression placeholderWords(
        QStringLiteral("^(your[_ -].*|changeme|redacted)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (placeholderWords.match(value).hasMatch())
        return {};
    if (placeholder.match(value).hasMatch())
        return {};
    return value;
}

bool isHttpUrl(const QString& text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

// Collects what the text says, in the order it says it; the first value of
// each role wins, as a person reading top to bottom would take it.
class Reading
{
public:
    PastedCredentials result;
    QString url;
    QString carrierWord;
    QString environmentWord;
    // two different client ids or secrets: the text is about more than one
    // account (or names another service's key), so none is taken
    bool ambiguous = false;

    void take(const QString& name, const QString& rawValue)
    {
        const QString value = cleanValue(rawValue);
        if (value.isEmpty())
            return;
        switch (roleOf(name)) {
        case Role::ClientId:
            if (result.clientId.isEmpty())
                result.clientId = value;
            else if (result.clientId != value)
                ambiguous = true;
            return;
        case Role::Secret:
            if (result.clientSecret.isEmpty())
                result.clientSecret = SecretBytes(value.toUtf8());
            else if (result.clientSecret.expose() != value.toUtf8())
                ambiguous = true;
            return;
        case Role::TokenUrl:
            if (url.isEmpty() && isHttpUrl(value))
                url = value;
            return;
        case Role::GrantType:
            if (result.grantType.isEmpty())
                result.grantType = value;
            return;
        case Role::Environment:
            if (environmentWord.isEmpty())
                environmentWord = value;
            return;
        case Role::Carrier:
            if (carrierWord.isEmpty())
                carrierWord = value;
            return;
        case Role::Other:
            m_others.append({name.trimmed(), value});
            return;
        }
    }

    void takeUserColonSecret(const QString& pair)
    {
        const int colon = pair.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return;
        take(QStringLiteral("client_id"), pair.left(colon));
        take(QStringLiteral("client_secret"), pair.mid(colon + 1));
        result.placement = CredentialPlacement::Basic;
    }

    void takeHeader(const QString& line)
    {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return;
        const QString name = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 &&
            value.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive)) {
            const QByteArray decoded = QByteArray::fromBase64(
                value.mid(6).trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            takeUserColonSecret(QString::fromUtf8(decoded));
        } else if (name.compare(QLatin1String("Host"), Qt::CaseInsensitive) == 0) {
            m_host = value;
        } else {
            m_headers.append({name, value});
        }
    }

    // A form body ("a=1&b=2") or a JSON body.
    void takeBody(const QString& body, bool urlEncoded = true)
    {
        const QString trimmed = body.trimmed();
        if (trimmed.startsWith(QLatin1Char('{'))) {
            takeJson(trimmed.toUtf8());
            return;
        }
        for (const QString& pair : trimmed.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const int eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                continue;
            QString value = pair.mid(eq + 1);
            if (urlEncoded)
                value = QUrl::fromPercentEncoding(
                    value.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
            take(pair.left(eq), value);
        }
    }

    // "name=value" as curl's --data-urlencode and --form take it: the value
    // as written, '&' and all.
    void takePair(const QString& pair)
    {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            take(pair.left(eq), pair.mid(eq + 1));
    }

    bool takeJson(const QByteArray& json)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        if (!doc.isObject())
            return false;
        takeObject(doc.object(), 0);
        return true;
    }

    const QString& host() const { return m_host; }
    const QList<QPair<QString, QString>>& others() const { return m_others; }
    const QList<QPair<QString, QString>>& headers() const { return m_headers; }

private:
    void takeObject(const QJsonObject& object, int depth)
    {
        if (depth > 4)
            return;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isObject())
                takeObject(it.value().toObject(), depth + 1);
            else if (it.value().isString())
                take(it.key(), it.value().toString());
            else if (it.value().isDouble())
                take(it.key(), QString::number(it.value().toDouble(), 'g', 17));
        }
    }

    QString m_host;
    QList<QPair<QString, QString>> m_others;
    QList<QPair<QString, QString>> m_headers;
};

bool optionTakesValue(const QString& option)
{
    static const QStringList withValue{QStringLiteral("-X"),
                                       QStringLiteral("--request"),
                                       QStringLiteral("-o"),
                                       QStringLiteral("--output"),
                                       QStringLiteral("-A"),
                                       QStringLiteral("--user-agent"),
                                       QStringLiteral("-e"),
                                       QStringLiteral("--referer"),
                                       QStringLiteral("-m"),
                                       QStringLiteral("--max-time"),
                                       QStringLiteral("--connect-timeout"),
                                       QStringLiteral("-w"),
                                       QStringLiteral("--write-out"),
                                       QStringLiteral("--cacert"),
                                       QStringLiteral("--cert"),
                                       QStringLiteral("-b"),
                                       QStringLiteral("--cookie"),
                                       QStringLiteral("-c"),
                                       QStringLiteral("--proxy"),
                                       QStringLiteral("-x"),
                                       QStringLiteral("--retry")};
    return withValue.contains(option);
}

void readCurl(const QStringList& words, Reading* r)
{
    static const QStringList data{QStringLiteral("-d"), QStringLiteral("--data"),
                                  QStringLiteral("--data-raw"), QStringLiteral("--data-ascii"),
                                  QStringLiteral("--data-binary")};
    for (int i = 1; i < words.size(); ++i) {
        QString option = words.at(i);
        QString value;
        // short options may carry their value attached: -uid:secret, -d'a=b'
        if (option.size() > 2 && option.startsWith(QLatin1Char('-')) &&
            !option.startsWith(QLatin1String("--")) &&
            QStringLiteral("dHuXF").contains(option.at(1))) {
            value = option.mid(2);
            option = option.left(2);
        } else if (i + 1 < words.size()) {
            value = words.at(i + 1);
        }
        const bool attached = words.at(i) != option;
        const auto consume = [&] {
            if (!attached)
                ++i;
        };
        if (data.contains(option)) {
            consume();
            if (!value.startsWith(QLatin1Char('@')))
                r->takeBody(value, true);
        } else if (option == QLatin1String("--data-urlencode") || option == QLatin1String("-F") ||
                   option == QLatin1String("--form")) {
            consume();
            r->takePair(value);
        } else if (option == QLatin1String("-u") || option == QLatin1String("--user")) {
            consume();
            r->takeUserColonSecret(value);
        } else if (option == QLatin1String("-H") || option == QLatin1String("--header")) {
            consume();
            r->takeHeader(value);
        } else if (option == QLatin1String("--url")) {
            consume();
            r->take(QStringLiteral("url"), value);
        } else if (optionTakesValue(option)) {
            consume();
        } else if (isHttpUrl(option)) {
            r->take(QStringLiteral("url"), option);
        }
    }
}

void readHttpie(const QStringList& words, Reading* r)
{
    static const QRegularExpression item(QStringLiteral("^([^=:@]+)(:=|==|=|:)(.*)$"));
    const bool https = words.first() == QLatin1String("https");
    bool urlSeen = false;
    for (int i = 1; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (w == QLatin1String("-a") || w == QLatin1String("--auth")) {
            if (i + 1 < words.size())
                r->takeUserColonSecret(words.at(++i));
            continue;
        }
        if (w.startsWith(QLatin1String("--auth="))) {
            r->takeUserColonSecret(w.mid(7));
            continue;
        }
        if (w.startsWith(QLatin1String("-a")) && w.size() > 2) {
            r->takeUserColonSecret(w.mid(2));
            continue;
        }
        if (w.startsWith(QLatin1Char('-')) ||
            (!urlSeen && w == w.toUpper() && !w.contains(QLatin1Char('/'))))
            continue; // options and the method
        if (!urlSeen) {
            urlSeen = true;
            const QString url =
                isHttpUrl(w) ? w
                             : (https ? QStringLiteral("https://") : QStringLiteral("http://")) + w;
            r->take(QStringLiteral("url"), url);
            continue;
        }
        const auto m = item.match(w);
        if (!m.hasMatch())
            continue;
        const QString sep = m.captured(2);
        if (sep == QLatin1String(":"))
            r->takeHeader(m.captured(1) + QLatin1String(": ") + m.captured(3));
        else if (sep != QLatin1String("=="))
            r->take(m.captured(1), m.captured(3));
    }
}

// "POST /auth/v4/accesstoken HTTP/1.1", headers, a blank line, the body.
bool readHttpRequest(const QString& text, Reading* r)
{
    static const QRegularExpression requestLine(
        QStringLiteral("^\\s*(GET|POST|PUT)\\s+(\\S+)\\s+HTTP/\\d(\\.\\d)?\\s*$"));
    QStringList lines = text.split(QLatin1Char('\n'));
    const auto first = requestLine.match(lines.value(0).trimmed());
    if (!first.hasMatch())
        return false;
    int i = 1;
    for (; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i)
        r->takeHeader(lines.at(i).trimmed());
    r->takeBody(lines.mid(i + 1).join(QLatin1Char('\n')), true);
    const QString target = first.captured(2);
    if (isHttpUrl(target))
        r->take(QStringLiteral("url"), target);
    else if (!r->host().isEmpty())
        r->take(QStringLiteral("url"), QStringLiteral("https://") + r->host() + target);
    return true;
}

// .env lines and e-mail lines: "CLIENT_ID=…", "export KEY=…", "Client ID: …",
// "Client-Geheimnis : …", bullets and bold marks around the label.
void readLines(const QString& text, Reading* r)
{
    static const QRegularExpression labelled(QStringLiteral(
        "^[\\s>*•·\\-]*+(?:export\\s+)?([^:=\\n]{1,60}?)[\\s*]*+(?::|=|\uff1a)\\s*(.+)$"));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.size() > kMaxLineChars)
            continue; // no label and value of ours is that long
        if (isHttpUrl(trimmed) && !trimmed.contains(QLatin1Char(' '))) {
            r->take(QStringLiteral("url"), trimmed);
            continue;
        }
        const auto m = labelled.match(trimmed);
        if (m.hasMatch()) {
            QString value = m.captured(2).trimmed();
            if (value.startsWith(QLatin1String("**")) || value.startsWith(QLatin1String("__")))
                value = value.mid(2).trimmed(); // the end of a bold label

            if (isHttpUrl(value) && roleOf(m.captured(1)) == Role::Other)
                r->take(QStringLiteral("url"), value); // "Token: https://…" and the like
            else
                r->take(m.captured(1), value);
        }
    }
}

// The path of a preset's token URL matches the pasted one, placeholders
// ({tenant}) standing for any one segment; the values they stood for land in
// `values`.
bool samePath(const QString& presetPath, const QString& path, QMap<QString, QString>* values)
{
    const QStringList a = presetPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList b = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const bool placeholder =
            a.at(i).startsWith(QLatin1Char('{')) && a.at(i).endsWith(QLatin1Char('}'));
        if (placeholder)
            values->insert(a.at(i).mid(1, a.at(i).size() - 2), b.at(i));
        else if (a.at(i).compare(b.at(i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

QString presetPath(const QString& tokenUrl)
{
    // {placeholders} are not valid in a URL's host or path for QUrl; take the path by hand
    const int scheme = tokenUrl.indexOf(QLatin1String("://"));
    const int slash = scheme < 0 ? -1 : tokenUrl.indexOf(QLatin1Char('/'), scheme + 3);
    return slash < 0 ? QString() : tokenUrl.mid(slash).section(QLatin1Char('?'), 0, 0);
}

QString presetHost(const QString& tokenUrl)
{
    const int scheme = tokenUrl.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return {};
    const int end = tokenUrl.indexOf(QLatin1Char('/'), scheme + 3);
    return tokenUrl.mid(scheme + 3, end < 0 ? -1 : end - scheme - 3).toLower();
}

bool hostMatches(const QString& presetHostName, const QString& host)
{
    if (presetHostName.contains(QLatin1Char('{'))) {
        // "{tenant}.example.com": the fixed part must be the end of the host
        const QString fixed = presetHostName.section(QLatin1Char('}'), -1);
        return !fixed.isEmpty() && host.endsWith(fixed);
    }
    return presetHostName == host;
}

void matchUrl(const QString& url, const CarrierCatalog& catalog, PastedCredentials* out)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return;
    const QString host = parsed.host().toLower();
    const CarrierPreset* hostOnly = nullptr;
    for (const CarrierPreset& preset : catalog.presets()) {
        for (const CarrierEnvironment& env : preset.environments) {
            if (env.tokenUrl.isEmpty() || !hostMatches(presetHost(env.tokenUrl), host))
                continue;
            QMap<QString, QString> placeholders;
            if (samePath(presetPath(env.tokenUrl), parsed.path(), &placeholders)) {
                out->carrierId = preset.id;
                out->environmentId = env.id;
                for (auto it = placeholders.begin(); it != placeholders.end(); ++it) {
                    const QString value = cleanValue(it.value());
                    if (!value.isEmpty() && preset.field(it.key()))
                        out->fields.insert(it.key(), value);
                }
                return;
            }
            if (!hostOnly)
                hostOnly = &preset;
        }
    }
    out->tokenUrl = url;
    if (hostOnly)
        out->carrierId = hostOnly->id;
}

// A carrier named in so many words ("project44", "FedEx", "DHL eCommerce").
const CarrierPreset* namedCarrier(const QString& text, const CarrierCatalog& catalog)
{
    const CarrierPreset* best = nullptr;
    int bestLength = 0;
    for (const CarrierPreset& preset : catalog.presets()) {
        for (const QString& name : {preset.name, preset.id}) {
            if (name.size() < 3 || name.size() <= bestLength)
                continue;
            const QRegularExpression word(QStringLiteral("(^|\\W)") +
                                              QRegularExpression::escape(name) +
                                              QStringLiteral("($|\\W)"),
                                          QRegularExpression::CaseInsensitiveOption);
            if (word.match(text).hasMatch()) {
                best = &preset;
                bestLength = int(name.size());
            }
        }
    }
    return best;
}

const CarrierEnvironment* namedEnvironment(const CarrierPreset& preset, const QString& words)
{
    // the longest id or label named wins: "production-eu" is not "production"
    const QString n = words.toLower();
    const CarrierEnvironment* best = nullptr;
    qsizetype bestLength = 0;
    for (const CarrierEnvironment& env : preset.environments) {
        for (const QString& name : {env.id.toLower(), carrierText(env.label).toLower()}) {
            if (name.size() > bestLength && n.contains(name)) {
                best = &env;
                bestLength = name.size();
            }
        }
    }
    if (best)
        return best;
    static const QRegularExpression production(
        QStringLiteral("\\b(prod|production|produktion|producción|live)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sandbox(
        QStringLiteral("\\b(sandbox|test|testing|staging|uat|integration|qa|pruebas|"
                       "testumgebung|bac à sable)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const bool wantsProduction = production.match(words).hasMatch();
    const bool wantsSandbox = sandbox.match(words).hasMatch();
    if (wantsProduction == wantsSandbox)
        return nullptr;
    for (const CarrierEnvironment& env : preset.environments) {
        if ((env.kind == EnvironmentKind::Production) == wantsProduction)
            return &env;
    }
    return nullptr;
}

// Parameters the preset knows become its fields; the rest stay extra body
// parameters, except what only describes the request itself.
void placeOthers(const Reading& r, const CarrierCatalog& catalog, PastedCredentials* out)
{
    const CarrierPreset* preset = catalog.find(out->carrierId);
    QList<QPair<QString, QString>> items = r.others();
    items += r.headers();
    for (const auto& [name, value] : std::as_const(items)) {
        const CarrierField* field = nullptr;
        if (preset) {
            for (const CarrierField& f : preset->fields) {
                if (normalized(f.key) == normalized(name) ||
                    normalized(carrierText(f.label)) == normalized(name) ||
                    normalized(f.label) == normalized(name))
                    field = &f;
            }
        }
        if (field && field->secret) {
            out->secretFields.insert(field->key, SecretBytes(value.toUtf8()));
        } else if (field) {
            out->fields.insert(field->key, value);
        } else if (normalized(name) == QLatin1String("scope") ||
                   normalized(name) == QLatin1String("audience")) {
            out->fields.insert(name.toLower(), value);
        }
    }
}

PastedCredentials::Source readAny(const QString& text, Reading* r)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) && r->takeJson(trimmed.toUtf8()))
        return PastedCredentials::Source::Json;
    QStringList words = ShellWords::split(trimmed);
    while (!words.isEmpty() &&
           (words.first() == QLatin1String("$") || words.first() == QLatin1String(">") ||
            words.first() == QLatin1String("#")))
        words.removeFirst();
    const QString command = words.value(0).section(QLatin1Char('/'), -1).toLower();
    if (command == QLatin1String("curl") || command == QLatin1String("curl.exe")) {
        readCurl(words, r);
        return PastedCredentials::Source::Curl;
    }
    if (command == QLatin1String("http") || command == QLatin1String("https") ||
        command == QLatin1String("httpie")) {
        readHttpie(words, r);
        return PastedCredentials::Source::Httpie;
    }
    if (readHttpRequest(text, r))
        return PastedCredentials::Source::HttpRequest;
    readLines(text, r);
    return PastedCredentials::Source::Lines;
}

// A token URL keeps no query and no user info: what they carry is read like
// the rest ("https://id:secret@host/…" as Basic), and stays out of the URL
// that is shown and saved.
void takeFromUrl(Reading* r)
{
    QUrl url(r->url);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        r->take(key, value);
    url.setQuery(QString());
    url.setFragment(QString());
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        r->takeUserColonSecret(url.userName(QUrl::FullyDecoded) + QLatin1Char(':') +
                               url.password(QUrl::FullyDecoded));
        url.setUserInfo(QString());
    }
    r->url = url.toString();
}

} // namespace

namespace PastedText {

PastedCredentials read(const QString& pasted, const CarrierCatalog& catalog)
{
    if (pasted.size() > kMaxChars)
        return {};
    QString text = pasted;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    Reading r;
    const PastedCredentials::Source source = readAny(text, &r);
    if (!r.url.isEmpty())
        takeFromUrl(&r);
    if (r.ambiguous) {
        PastedCredentials refused;
        refused.ambiguous = true;
        return refused;
    }
    PastedCredentials out = std::move(r.result);
    if (!out.found())
        return {};
    out.source = source;

    if (!r.url.isEmpty())
        matchUrl(r.url, catalog, &out);
    if (out.carrierId.isEmpty()) {
        // with a URL no preset has, only a carrier named as such counts: a
        // carrier's name inside a look-alike host lends it nothing
        const QString naming =
            !r.carrierWord.isEmpty() ? r.carrierWord : (r.url.isEmpty() ? text : QString());
        const CarrierPreset* named = naming.isEmpty() ? nullptr : namedCarrier(naming, catalog);
        if (named)
            out.carrierId = named->id;
        else if (!out.tokenUrl.isEmpty() && catalog.find(QStringLiteral("oauth2")))
            out.carrierId = QStringLiteral("oauth2");
    }
    const CarrierPreset* preset = catalog.find(out.carrierId);
    if (preset && out.environmentId.isEmpty() && out.tokenUrl.isEmpty()) {
        if (const CarrierEnvironment* env =
                namedEnvironment(*preset, r.environmentWord.isEmpty() ? text : r.environmentWord))
            out.environmentId = env->id;
    }
    if (preset && !preset->grantTypes.contains(out.grantType))
        out.grantType.clear();
    placeOthers(r, catalog, &out);
    // a request that carries the secret anywhere but in Basic sends it in the body
    const bool request = source == PastedCredentials::Source::Curl ||
                         source == PastedCredentials::Source::Httpie ||
                         source == PastedCredentials::Source::HttpRequest;
    if (request && !out.placement && !out.clientSecret.isEmpty())
        out.placement = CredentialPlacement::Body;

    const QList<QPair<QString, bool>> seen{
        {QStringLiteral("carrier"), !out.carrierId.isEmpty()},
        {QStringLiteral("environment"), !out.environmentId.isEmpty()},
        {QStringLiteral("token_url"), !out.tokenUrl.isEmpty()},
        {QStringLiteral("client_id"), !out.clientId.isEmpty()},
        {QStringLiteral("client_secret"), !out.clientSecret.isEmpty()},
        {QStringLiteral("grant_type"), !out.grantType.isEmpty()},
        {QStringLiteral("placement"), out.placement.has_value()}};
    QStringList recognised;
    for (const auto& [name, found] : seen) {
        if (found)
            recognised << name;
    }
    for (const QString& key : out.fields.keys() + out.secretFields.keys())
        recognised << QStringLiteral("field:") + key;
    out.recognised = recognised;
    return out;
}

QString suggestName(const PastedCredentials& pasted, const CarrierCatalog& catalog,
                    const QStringList& taken)
{
    const CarrierPreset* preset = catalog.find(pasted.carrierId);
    QString base = preset ? preset->name : QStringLiteral("Carrier");
    if (preset) {
        if (const CarrierEnvironment* env = preset->environment(pasted.environmentId))
            base += QLatin1Char(' ') + carrierText(env->label);
    }
    const auto isTaken = [&taken](const QString& name) {
        return std::any_of(taken.begin(), taken.end(),
                           [&name](const QString& t) { return Account::sameName(t, name); });
    };
    QString name = base;
    for (int n = 2; isTaken(name); ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    return name;
}

Account toAccount(const PastedCredentials& pasted, const CarrierCatalog& catalog)
{
    Account account;
    const CarrierPreset* preset = catalog.find(pasted.carrierId);
    account.carrierId = preset ? preset->id : QStringLiteral("oauth2");
    preset = catalog.find(account.carrierId);
    if (!pasted.environmentId.isEmpty()) {
        account.environmentId = pasted.environmentId;
    } else if (!pasted.tokenUrl.isEmpty()) {
        account.environmentId = Account::kCustomEnvironment;
        account.tokenUrl = pasted.tokenUrl;
    } else if (preset && !preset->environments.isEmpty()) {
        account.environmentId = preset->environments.first().id;
    }
    account.clientId = pasted.clientId;
    account.grantType = pasted.grantType;
    if (pasted.placement && preset && preset->placementIsChoice())
        account.placement = pasted.placement;
    account.fields = pasted.fields;
    return account;
}

AccountSecrets toSecrets(const PastedCredentials& pasted)
{
    AccountSecrets secrets;
    secrets.clientSecret = pasted.clientSecret;
    secrets.fields = pasted.secretFields;
    return secrets;
}

} // namespace PastedText
