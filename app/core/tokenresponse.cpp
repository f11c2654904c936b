// SPDX-License-Identifier: Apache-2.0
#include "tokenresponse.h"

#include "carrierpreset.h"
#include "clockcheck.h"
#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

Message describeBody(const CarrierWords& words)
{
    if (words.shape == QLatin1String("empty"))
        return Message::translate("TokenResponseParser", "an empty body");
    if (words.shape == QLatin1String("html"))
        return Message::translate("TokenResponseParser", "a web page");
    if (words.shape == QLatin1String("broken-json"))
        return Message::translate("TokenResponseParser", "JSON that breaks off or is malformed");
    if (words.shape == QLatin1String("binary"))
        return Message::translate("TokenResponseParser", "binary data");
    if (words.shape == QLatin1String("text"))
        return Message::translate("TokenResponseParser", "plain text");
    return Message::translate("TokenResponseParser", "data that is not a JSON object");
}

// Looks a few levels deep for the first human-readable message field,
// e.g. UPS {"response":{"errors":[{"code":"...","message":"..."}]}}.
void findMessage(const QJsonValue& value, int depth, QString* code, QString* message)
{
    if (depth > 4 || !message->isEmpty())
        return;
    if (value.isArray()) {
        for (const QJsonValue v : value.toArray()) {
            findMessage(v, depth + 1, code, message);
            if (!message->isEmpty())
                return;
        }
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject obj = value.toObject();
    static const QStringList messageKeys{QStringLiteral("error_description"),
                                         QStringLiteral("message"),
                                         QStringLiteral("detail"),
                                         QStringLiteral("title"),
                                         QStringLiteral("errorMessage"),
                                         QStringLiteral("moreInformation"), // IBM API Connect
                                         QStringLiteral("error"),
                                         QStringLiteral("httpMessage")};
    static const QStringList codeKeys{QStringLiteral("code"), QStringLiteral("errorCode"),
                                      QStringLiteral("error")};
    for (const QString& key : messageKeys) {
        if (obj.value(key).isString() && !obj.value(key).toString().trimmed().isEmpty()) {
            *message = obj.value(key).toString();
            for (const QString& ck : codeKeys) {
                if (ck != key && obj.value(ck).isString()) {
                    *code = obj.value(ck).toString();
                    break;
                }
            }
            return;
        }
    }
    for (auto it = obj.begin(); it != obj.end(); ++it)
        findMessage(it.value(), depth + 1, code, message);
}

QString htmlTitle(const QByteArray& body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const auto m = title.match(QString::fromUtf8(body.left(64 * 1024)));
    return m.hasMatch() ? m.captured(1) : QString();
}

bool looksLikeHtml(const QByteArray& contentType, const QByteArray& body)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") ||
           start.contains("<body");
}

bool matchesCredentialTitle(const CarrierPreset* preset, const CarrierWords& words)
{
    if (!preset)
        return false;
    for (const QString& title : preset->credentialErrorTitles) {
        if (words.description.contains(title, Qt::CaseInsensitive) ||
            words.code.compare(title, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Failure carrierError(ErrorCategory category, const Message& message, const CarrierWords& words,
                     const ResponseContext& ctx)
{
    Failure e = TokenResponseParser::failure(ctx.preset, category, message);
    e.carrierError = Redaction::scrub(Redaction::cleanCarrierText(words.code, 200), ctx.secrets);
    e.carrierDescription =
        Redaction::scrub(Redaction::cleanCarrierText(words.description), ctx.secrets);
    e.carrierUri = Redaction::scrub(Redaction::cleanCarrierText(words.uri, 200), ctx.secrets);
    return e;
}

// RFC 6749 VSCHAR (%x20-7E) without the space: the token goes after "Bearer "
// in a header and into shell and PowerShell commands, so nothing else is safe.
bool isUsableToken(const QString& token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

// An RFC 6749 §11.1 type name: "Bearer", "DPoP", "N_A", "mac", ...
bool isUsableTokenType(const QString& type)
{
    constexpr int kMaxTypeLength = 40;
    if (type.size() > kMaxTypeLength)
        return false;
    for (const QChar c : type) {
        const char16_t u = c.unicode();
        const bool letterOrDigit =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!letterOrDigit && u != u'-' && u != u'.' && u != u'_')
            return false;
    }
    return true;
}

Failure classifyFailure(int status, const CarrierWords& words, const ResponseContext& ctx)
{
    const QString who = ctx.carrierName;
    const QString code = words.code;
    const bool oauthClientError = code == QLatin1String("invalid_client");
    if (status == 401 || oauthClientError || matchesCredentialTitle(ctx.preset, words)) {
        return carrierError(ErrorCategory::CredentialsRejected,
                            Message::translate("TokenResponseParser",
                                               "%1 rejected the client credentials (HTTP %2).")
                                .arg(who)
                                .arg(status),
                            words, ctx);
    }
    Failure e = carrierError(
        ErrorCategory::CarrierError,
        Message::translate("TokenResponseParser", "%1 answered HTTP %2 instead of a token.")
            .arg(who)
            .arg(status),
        words, ctx);
    // the OAuth codes that point at something specific to fix
    Message hint;
    if (code == QLatin1String("unauthorized_client"))
        hint = Message::translate("TokenResponseParser",
                                  "The carrier does not allow this client the requested grant "
                                  "type; ask the carrier to enable client credentials.");
    else if (code == QLatin1String("invalid_scope"))
        hint = Message::translate("TokenResponseParser",
                                  "Check the scope field: the carrier refused one of the scopes.");
    else if (code == QLatin1String("unsupported_grant_type"))
        hint = Message::translate("TokenResponseParser",
                                  "The endpoint does not support this grant type; check the "
                                  "token URL and grant type.");
    else if (status == 404 || status == 405)
        hint = Message::translate("TokenResponseParser",
                                  "Check the token URL: the carrier has no token endpoint at "
                                  "that address.");
    else if (status == 429)
        hint = Message::translate("TokenResponseParser",
                                  "The carrier is rate limiting token requests; wait a minute "
                                  "and reuse the token you have.");
    else if (status >= 500)
        hint = Message::translate("TokenResponseParser",
                                  "The carrier's server failed; try again in a few minutes.");
    if (!hint.isEmpty()) {
        e.hint = hint;
        e.hintSource = Failure::HintSource::Specific;
    }
    return e;
}

} // namespace

std::optional<qint64> TokenResponseParser::parseExpiresIn(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != d || d < -1e12 || d > 1e12)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok && n > -1000000000000LL && n < 1000000000000LL)
            return n;
    }
    return std::nullopt;
}

Failure TokenResponseParser::failure(const CarrierPreset* preset, ErrorCategory category,
                                     const Message& message)
{
    if (preset) {
        const QString advice = preset->hints.value(Failure::categoryId(category));
        if (!advice.isEmpty())
            return Failure::make(category, message, carrierMessage(advice),
                                 Failure::HintSource::Carrier);
    }
    return Failure::make(category, message);
}

CarrierWords TokenResponseParser::carrierWords(const QByteArray& contentType,
                                               const QByteArray& body)
{
    CarrierWords words;
    if (body.trimmed().isEmpty()) {
        words.shape = QStringLiteral("empty");
        return words;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject obj = doc.object();
        if (obj.value(QStringLiteral("error")).isString()) {
            words.shape = QStringLiteral("oauth");
            words.code = obj.value(QStringLiteral("error")).toString();
            words.description = obj.value(QStringLiteral("error_description")).toString();
            words.uri = obj.value(QStringLiteral("error_uri")).toString();
            return words;
        }
        if (obj.contains(QStringLiteral("title")) || obj.contains(QStringLiteral("type")) ||
            contentType.toLower().contains("problem+json")) {
            words.shape = QStringLiteral("problem");
            words.code = obj.value(QStringLiteral("type")).toString();
            const QString title = obj.value(QStringLiteral("title")).toString();
            const QString detail = obj.value(QStringLiteral("detail")).toString();
            words.description =
                detail.isEmpty() || detail == title
                    ? title
                    : (title.isEmpty() ? detail : title + QStringLiteral(": ") + detail);
            if (!words.description.isEmpty())
                return words;
        }
        words.shape = QStringLiteral("json");
        findMessage(obj, 0, &words.code, &words.description);
        return words;
    }
    if (error.error == QJsonParseError::NoError) {
        words.shape = QStringLiteral("json");
        findMessage(doc.array(), 0, &words.code, &words.description);
        return words;
    }
    if (looksLikeHtml(contentType, body)) {
        words.shape = QStringLiteral("html");
        words.description = htmlTitle(body);
        return words;
    }
    const QByteArray start = body.left(512).trimmed();
    if (contentType.toLower().contains("json") || start.startsWith('{') || start.startsWith('[')) {
        words.shape = QStringLiteral("broken-json");
        return words;
    }
    if (body.left(4096).contains('\0')) {
        words.shape = QStringLiteral("binary");
        return words;
    }
    words.shape = QStringLiteral("text");
    words.description = QString::fromUtf8(body.left(1024)).section(QLatin1Char('\n'), 0, 0);
    return words;
}

namespace {

// A token or token type that would be unsafe to paste into a header or a
// shell: never quoted back, since the values themselves are what is unsafe.
std::optional<Failure> unsafeToken(const QJsonValue& tokenValue, const QJsonValue& typeValue,
                                   int status, const ResponseContext& ctx)
{
    const bool typeGiven = !typeValue.isUndefined() && !typeValue.isNull();
    const bool tokenUsable = isUsableToken(tokenValue.toString());
    if (tokenUsable &&
        (!typeGiven || (typeValue.isString() && isUsableTokenType(typeValue.toString().trimmed()))))
        return std::nullopt;
    const QString who = ctx.carrierName;
    Failure error = carrierError(
        ErrorCategory::MalformedResponse,
        tokenUsable
            ? Message::translate(
                  "TokenResponseParser",
                  "%1 answered HTTP %2 with a token type TokenDock cannot use safely: it holds "
                  "characters a token type never has.")
                  .arg(who)
                  .arg(status)
            : Message::translate(
                  "TokenResponseParser",
                  "%1 answered HTTP %2 with a token TokenDock cannot use safely: it holds "
                  "spaces or characters a token never has.")
                  .arg(who)
                  .arg(status),
        CarrierWords(), ctx);
    error.hint = Message::translate(
        "TokenResponseParser",
        "Check that the token URL is the carrier's own token endpoint; if it is, contact "
        "the carrier: its token endpoint sent a value no API accepts.");
    error.hintSource = Failure::HintSource::Specific;
    return error;
}

// expires_in as the carrier stated it, into the token; false (with the
// error set) when it cannot be a lifetime.
bool readExpiresIn(const QJsonValue& expiresValue, const ResponseContext& ctx, TokenResult* result)
{
    if (expiresValue.isUndefined() || expiresValue.isNull())
        return true;
    IssuedToken& token = result->token;
    const auto seconds = TokenResponseParser::parseExpiresIn(expiresValue);
    if (!seconds || *seconds < 0) {
        const Message shown =
            expiresValue.isString()
                ? Message::plain(Redaction::cleanCarrierText(expiresValue.toString(), 40))
            : expiresValue.isDouble() ? Message::plain(QString::number(expiresValue.toDouble()))
                                      : Message::translate("TokenResponseParser", "not a number");
        result->error = TokenResponseParser::failure(
            ctx.preset, ErrorCategory::MalformedResponse,
            Message::translate("TokenResponseParser",
                               "%1 issued a token with an unusable lifetime (expires_in is %2).")
                .arg(ctx.carrierName)
                .arg(shown));
        return false;
    }
    token.expiresIn = *seconds;
    token.expiresAtFromResponse = token.obtainedAt.addSecs(*seconds);
    if (expiresValue.isString()) {
        // a plain count: lupdate reads no expression there
        const int count = static_cast<int>(qMin<qint64>(*seconds, INT_MAX));
        result->warnings << Message::translate(
                                "TokenResponseParser",
                                "expires_in arrived as text (\"%1\"); read as %n seconds.", nullptr,
                                count)
                                .arg(Redaction::cleanCarrierText(expiresValue.toString(), 40));
    }
    return true;
}

// An absolute expiry time from the answer (DHL Parcel NL), into the token;
// false (with the error set) when it cannot be one.
bool readStatedTime(const QJsonValue& value, const QString& path, const ResponseContext& ctx,
                    TokenResult* result)
{
    if (value.isUndefined() || value.isNull())
        return true;
    const auto at = TokenResponseParser::parseTime(value);
    // more than ten years ahead, or already past (beyond clock skew), is no
    // new token's expiry
    constexpr qint64 kSkewSeconds = 300;
    // compared on the carrier's clock, which the stated time is on
    const QDateTime obtained = result->token.obtainedAt.addSecs(result->token.serverClockAhead);
    if (!at || *at < obtained.addSecs(-kSkewSeconds) || *at > obtained.addYears(10)) {
        result->error = TokenResponseParser::failure(
            ctx.preset, ErrorCategory::MalformedResponse,
            Message::translate("TokenResponseParser",
                               "%1 issued a token with an unusable expiry time (%2 is %3).")
                .arg(ctx.carrierName)
                .arg(path)
                .arg(Redaction::cleanCarrierText(
                    value.isString() ? value.toString() : QString::number(value.toDouble(), 'f', 0),
                    40)));
        return false;
    }
    result->token.expiresAtStated = *at;
    return true;
}

// The answer's fields for display: never the token, the refresh token or a
// field that holds either, wherever the shape put them.
QJsonObject displayedFields(const QJsonObject& obj, const QList<QByteArray>& secrets)
{
    QJsonObject out;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (Redaction::isSensitiveField(it.key()))
            continue;
        const QByteArray text = it.value().isObject() || it.value().isArray()
                                    ? QJsonDocument::fromVariant(it.value().toVariant()).toJson()
                                    : it.value().toString().toUtf8();
        bool holdsSecret = false;
        for (const QByteArray& secret : secrets)
            holdsSecret = holdsSecret || (!secret.isEmpty() && text.contains(secret));
        if (!holdsSecret)
            out.insert(it.key(), it.value());
    }
    return out;
}

// Without a Date header, the token's issue time tells whether this clock is
// off; either way a clock that is off is said, and the countdown follows the
// carrier's.
void compareClocks(const ResponseContext& ctx, TokenResult* result)
{
    IssuedToken& token = result->token;
    if (!result->clock.measured())
        result->clock = ClockCheck::fromIssuedAt(result->inspection.issuedAt,
                                                 result->inspection.expiresAt, token.obtainedAt);
    if (!result->clock.isOff())
        return;
    if (result->clock.movesTheCountdown())
        token.serverClockAhead = result->clock.serverAheadSeconds;
    result->warnings << result->clock.warning(ctx.carrierName);
}

// What the token says about itself (decoded once), the response's other
// fields, the carrier's documented lifetime when nothing else says when it
// expires, and what a person should know that did not stop the token.
void inspect(const QJsonObject& obj, const ResponseContext& ctx, const QList<QByteArray>& secrets,
             TokenResult* result)
{
    IssuedToken& token = result->token;
    token.scopes = TokenInspector::scopesFrom(obj.value(QStringLiteral("scope")), QJsonValue());
    result->inspection = TokenInspector::inspect(&token);
    compareClocks(ctx, result);
    token.otherFields = displayedFields(obj, secrets);
    if (result->inspection.algNone)
        result->warnings << Message::translate(
            "TokenResponseParser",
            "The token is an unsigned JWT (alg \"none\"); APIs should reject it.");
    const int documented = ctx.preset ? ctx.preset->typicalLifetimeSeconds : 0;
    if (!token.expiresAt().isValid() && documented > 0)
        token.expiresAtDocumented = token.obtainedAt.addSecs(documented);
    if (!token.expiresAt().isValid())
        result->warnings << Message::translate("TokenResponseParser",
                                               "The carrier did not say when the token expires.");
}

} // namespace

QJsonValue TokenResponseParser::valueAt(const QJsonObject& obj, const QString& path)
{
    if (path.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue v = obj;
    for (const QString& name : path.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(name);
    }
    return v;
}

std::optional<QDateTime> TokenResponseParser::parseTime(const QJsonValue& value)
{
    // epoch numbers: more than 10^11 cannot be seconds (year 5138), so milliseconds
    const auto fromEpoch = [](double n) -> std::optional<QDateTime> {
        if (n != n || n <= 0 || n > 1e15)
            return std::nullopt;
        const qint64 ms = n > 1e11 ? qint64(n) : qint64(n * 1000);
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };
    if (value.isDouble())
        return fromEpoch(value.toDouble());
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    bool digits = false;
    const qint64 n = text.toLongLong(&digits);
    if (digits)
        return fromEpoch(double(n));
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toUTC();
}

namespace {

// Where the shape says the token is: a response header, or a JSON path.
QJsonValue tokenFrom(const QJsonObject& obj, const ResponseContext& ctx)
{
    if (ctx.shape.tokenInHeader())
        return ctx.tokenHeaderValue.trimmed().isEmpty()
                   ? QJsonValue(QJsonValue::Undefined)
                   : QJsonValue(QString::fromLatin1(ctx.tokenHeaderValue.trimmed()));
    return TokenResponseParser::valueAt(obj, ctx.shape.tokenPath);
}

Failure noToken(int status, const QJsonObject& obj, const ResponseContext& ctx)
{
    CarrierWords words;
    findMessage(obj, 0, &words.code, &words.description);
    const ExchangeShape& shape = ctx.shape;
    return carrierError(
        ErrorCategory::MalformedResponse,
        shape.tokenInHeader()
            ? Message::translate("TokenResponseParser",
                                 "%1 answered HTTP %2, but the response has no %3 header.")
                  .arg(ctx.carrierName)
                  .arg(status)
                  .arg(shape.tokenHeader)
            : Message::translate("TokenResponseParser",
                                 "%1 answered HTTP %2, but the response has no %3.")
                  .arg(ctx.carrierName)
                  .arg(status)
                  .arg(shape.tokenPath),
        words, ctx);
}

// The JSON object of a success body; a token in a header needs none.
std::optional<QJsonObject> successObject(const QByteArray& body, const ResponseContext& ctx)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (ctx.shape.tokenInHeader())
        return QJsonObject();
    return std::nullopt;
}

// The token, its type, life and refresh token into the result.
TokenResult finishToken(const QJsonObject& obj, const QByteArray& tokenBytes,
                        const QByteArray& refreshBytes, const QJsonValue& typeValue,
                        const ResponseContext& ctx, const QList<QByteArray>& secrets,
                        const QByteArray& body, TokenResult result)
{
    const ExchangeShape& shape = ctx.shape;
    IssuedToken& token = result.token;
    token.obtainedAt = ctx.receivedAt.isValid() ? ctx.receivedAt : QDateTime::currentDateTimeUtc();
    token.serverClockAhead = result.clock.movesTheCountdown() ? result.clock.serverAheadSeconds : 0;
    token.tokenTypeAsSent = typeValue.toString();
    token.tokenType = normaliseTokenType(token.tokenTypeAsSent);
    // only a textbook OAuth answer is expected to name its token type
    const bool oauthAnswer =
        !shape.tokenInHeader() && shape.tokenPath == QLatin1String("access_token");
    if (token.tokenTypeAsSent.isEmpty() && oauthAnswer && shape.usesAuthorization())
        result.warnings << Message::translate(
            "TokenResponseParser", "The response has no token_type; TokenDock assumes Bearer.");
    if (!readExpiresIn(TokenResponseParser::valueAt(obj, shape.expiresInPath), ctx, &result) ||
        !readStatedTime(TokenResponseParser::valueAt(obj, shape.expiresAtPath), shape.expiresAtPath,
                        ctx, &result)) {
        result.token = IssuedToken();
        result.redactedBody = Redaction::redactResponse(body, secrets);
        return result;
    }
    token.accessToken = SecretBytes(tokenBytes);
    token.refreshToken = SecretBytes(refreshBytes);
    token.useHeader = shape.useHeader;
    token.useScheme = shape.useScheme;
    inspect(obj, ctx, secrets, &result);
    // the response fields are secrets too: keep them out of the displayed body
    result.redactedBody = Redaction::redactResponse(body, secrets);
    return result;
}

} // namespace

TokenResult TokenResponseParser::parse(int status, const QByteArray& contentType,
                                       const QByteArray& body, const ResponseContext& ctx)
{
    TokenResult result;
    result.httpStatus = status;
    result.contentType = contentType;
    result.clock = ClockCheck::fromDateHeader(ctx.serverDate, ctx.receivedAt);
    result.redactedBody = Redaction::redactResponse(body.left(256 * 1024), ctx.secrets);
    const QString who = ctx.carrierName;
    if (status < 200 || status >= 300) {
        result.error = classifyFailure(status, carrierWords(contentType, body), ctx);
        return result;
    }
    const auto parsed = successObject(body, ctx);
    if (!parsed) {
        CarrierWords words = carrierWords(contentType, body);
        // a success body may hold a token in any shape: quote only a web page's title
        if (words.shape != QLatin1String("html"))
            words.description.clear();
        result.error = carrierError(
            ErrorCategory::MalformedResponse,
            Message::translate("TokenResponseParser",
                               "%1 answered HTTP %2 with %3 instead of a JSON token response.")
                .arg(who)
                .arg(status)
                .arg(describeBody(words)),
            words, ctx);
        return result;
    }
    const QJsonObject& obj = *parsed;
    const QJsonValue tokenValue = tokenFrom(obj, ctx);
    if (!tokenValue.isString() || tokenValue.toString().trimmed().isEmpty()) {
        result.error = noToken(status, obj, ctx);
        return result;
    }
    const QByteArray tokenBytes = tokenValue.toString().toUtf8();
    const QJsonValue refreshValue = valueAt(obj, ctx.shape.refreshTokenPath);
    const QByteArray refreshBytes =
        isUsableToken(refreshValue.toString()) ? refreshValue.toString().toUtf8() : QByteArray();
    // the body stays on show with the token redacted wherever it appears
    QList<QByteArray> secrets = ctx.secrets;
    // whatever sits at the refresh path is kept out of view, usable or not
    secrets << tokenBytes << refreshValue.toString().toUtf8();
    const QJsonValue typeValue = obj.value(QStringLiteral("token_type"));
    if (auto unsafe = unsafeToken(tokenValue, typeValue, status, ctx)) {
        result.error = *unsafe;
        result.redactedBody = Redaction::redactResponse(body, secrets);
        return result;
    }
    return finishToken(obj, tokenBytes, refreshBytes, typeValue, ctx, secrets, body,
                       std::move(result));
}
