// SPDX-License-Identifier: Apache-2.0
#include "textpolicy.h"

#include "account.h"

#include <algorithm>

namespace {
// Calls f(code point) for each character of text; an unpaired surrogate is
// passed as it is (and counts as invisible). Stops when f returns false.
template <typename F> void eachCodePoint(QStringView text, F&& f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (!f(c))
            return;
    }
}

std::optional<char32_t> firstMatch(QStringView text, bool (*test)(char32_t))
{
    std::optional<char32_t> found;
    eachCodePoint(text, [&](char32_t c) {
        if (test(c))
            found = c;
        return !found;
    });
    return found;
}

QString escaped(char32_t c)
{
    if (c <= 0xff)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    if (c <= 0xffff)
        return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    return QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
}

QString shown(const QString& text, bool keepLayout)
{
    const auto unsafe = [keepLayout](char32_t c) {
        return TextPolicy::isInvisible(c) && !(keepLayout && (c == '\n' || c == '\t'));
    };
    bool clean = true;
    eachCodePoint(text, [&](char32_t c) {
        clean = !unsafe(c);
        return clean;
    });
    if (clean)
        return text; // shared, not copied: it may be a token
    QString out;
    out.reserve(text.size() + 16);
    eachCodePoint(text, [&](char32_t c) {
        if (unsafe(c))
            out += escaped(c);
        else
            out += QString::fromUcs4(&c, 1);
        return true;
    });
    return out;
}

// Printable ASCII, line breaks and tabs only. Looked at a block at a time
// with no branch per byte: the JSON of 5,000 accounts is 5 MB.
bool isPrintableJson(const QByteArray& json)
{
    constexpr qsizetype kBlock = 256;
    const auto* bytes = reinterpret_cast<const uchar*>(json.constData());
    const qsizetype size = json.size();
    for (qsizetype at = 0; at < size; at += kBlock) {
        const qsizetype stop = std::min(size, at + kBlock);
        bool odd = false;
        for (qsizetype i = at; i < stop; ++i) {
            const uchar b = bytes[i];
            odd |= (b < 0x20 && b != '\n' && b != '\t') || b >= 0x7f;
        }
        if (odd)
            return false;
    }
    return true;
}
} // namespace

bool TextPolicy::isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

bool TextPolicy::isInvisible(char32_t c)
{
    if (isControl(c) || c > QChar::LastValidCodePoint || QChar::isSurrogate(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format:        // bidi overrides and isolates, marks, zero-width
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

QString TextPolicy::codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

std::optional<QString> TextPolicy::validateAccountName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the account a name.");
    if (const auto c = firstMatch(name, &TextPolicy::isInvisible))
        return tr("The account name holds an invisible control character (%1); use only "
                  "visible characters and spaces.")
            .arg(codePoint(*c));
    qsizetype length = 0;
    eachCodePoint(trimmed, [&length](char32_t) {
        ++length;
        return true;
    });
    if (length > kMaxAccountNameLength)
        return tr("The account name has %1 characters; shorten it to at most %2.")
            .arg(length)
            .arg(kMaxAccountNameLength);
    return std::nullopt;
}

bool TextPolicy::isHeaderName(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (const QChar ch : name) {
        const char16_t c = ch.unicode();
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QStringView(u"!#$%&'*+-.^_`|~").contains(ch))
            return false;
    }
    return true;
}

std::optional<QString> TextPolicy::validateHeaderName(const QString& name)
{
    if (isHeaderName(name))
        return std::nullopt;
    return tr("\u201c%1\u201d is not a valid HTTP header name; use letters, digits and hyphens, "
              "e.g. X-Request-Id.")
        .arg(oneLine(name));
}

std::optional<QString> TextPolicy::validateHeaderValue(const QString& name, const QString& value)
{
    if (const auto c = firstMatch(value, &TextPolicy::isControl))
        return tr("The value of the %1 header holds a control character (%2), such as a line "
                  "break; remove it.")
            .arg(oneLine(name), codePoint(*c));
    return std::nullopt;
}

std::optional<QString> TextPolicy::validateField(const QString& key, const QString& value)
{
    if (const auto c = firstMatch(key, &TextPolicy::isControl))
        return tr("The parameter name \u201c%1\u201d holds a control character (%2); remove it.")
            .arg(oneLine(key), codePoint(*c));
    if (const auto c = firstMatch(value, &TextPolicy::isControl))
        return tr("The value of %1 holds a control character (%2), such as a line break; "
                  "remove it.")
            .arg(oneLine(key), codePoint(*c));
    return std::nullopt;
}

std::optional<QString> TextPolicy::validateClientId(const QString& clientId)
{
    if (const auto c = firstMatch(clientId, &TextPolicy::isControl))
        return tr("The client id holds a control character (%1); remove it.").arg(codePoint(*c));
    return std::nullopt;
}

std::optional<QString> TextPolicy::validateAccount(const Account& account)
{
    if (auto problem = validateAccountName(account.name))
        return problem;
    if (auto problem = validateClientId(account.clientId))
        return problem;
    for (auto it = account.fields.begin(); it != account.fields.end(); ++it) {
        if (auto problem = validateField(it.key(), it.value()))
            return problem;
    }
    for (auto it = account.headers.begin(); it != account.headers.end(); ++it) {
        if (auto problem = validateHeaderName(it.key()))
            return problem;
        if (auto problem = validateHeaderValue(it.key(), it.value()))
            return problem;
    }
    return std::nullopt;
}

QString TextPolicy::forTerminal(const QString& text)
{
    return shown(text, true);
}

QString TextPolicy::oneLine(const QString& text)
{
    return shown(text, false);
}

QByteArray TextPolicy::jsonForTerminal(const QByteArray& json)
{
    // what QJsonDocument writes outside strings is printable ASCII and line
    // breaks: anything else is inside a string
    if (isPrintableJson(json))
        return json; // shared, not copied: it may hold a token
    QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size() + 16);
    eachCodePoint(text, [&out](char32_t c) {
        // JSON's own whitespace stays; QJsonDocument escapes it inside strings
        if (!isInvisible(c) || c == '\n' || c == '\t') {
            out += QString::fromUcs4(&c, 1);
            return true;
        }
        char16_t units[2];
        const qsizetype count = QChar::requiresSurrogates(c) ? 2 : 1;
        if (count == 2) {
            units[0] = QChar::highSurrogate(c);
            units[1] = QChar::lowSurrogate(c);
        } else {
            units[0] = char16_t(c);
        }
        for (qsizetype i = 0; i < count; ++i)
            out += QStringLiteral("\\u%1").arg(uint(units[i]), 4, 16, QLatin1Char('0'));
        return true;
    });
    QByteArray bytes = out.toUtf8();
    // the document may hold a token (tokendock token --format json)
    text.fill(QChar(0));
    out.fill(QChar(0));
    return bytes;
}
