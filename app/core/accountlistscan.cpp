// SPDX-License-Identifier: Apache-2.0
#include "accountlistscan.h"

#include "account.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cctype>

namespace {

// QJsonDocument's own limit
constexpr int kNestingLimit = 1024;
// Read a piece at a time: a buffer the size of the file would be new memory,
// and touching that the first time costs more than reading the file.
constexpr qint64 kChunkBytes = 16 * 1024;

// The bytes a JSON string holds as they are: printable ASCII but the quote
// and the backslash.
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

// A forward-only check of JSON text as it is read, building nothing: each
// step moves past one piece of the grammar and says whether it was there.
class Scanner
{
public:
    explicit Scanner(QIODevice& device)
        : m_device(device)
    {}

    // Where the next byte is, from the device's start.
    qint64 offset() const { return m_base + (m_pos - m_buffer.data()); }
    bool failed() const { return m_failed; }

    // The next byte, or -1 at the end.
    int peek()
    {
        if (m_pos == m_end && !refill())
            return -1;
        return static_cast<unsigned char>(*m_pos);
    }
    // Takes the byte peek() gave.
    void take() { ++m_pos; }

    void space()
    {
        for (int c = peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = peek())
            take();
    }
    // Whether the next byte after white space is c (not taken).
    bool at(char c)
    {
        space();
        return peek() == static_cast<unsigned char>(c);
    }
    bool atEnd()
    {
        space();
        return peek() < 0;
    }

    bool value(int depth)
    {
        space();
        switch (peek()) {
        case '"':
            return string(nullptr, nullptr);
        case '{':
            return object(depth + 1, [this](bool, int inner) { return value(inner); });
        case '[':
            return array(depth + 1, [this](int inner) { return value(inner); });
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    // From the opening quote; the contents as written (escapes kept) into
    // *text when given, and whether any escape is among them.
    bool string(QByteArray* text, bool* escaped)
    {
        take();
        if (text)
            text->resize(0);
        bool anyEscape = false;
        for (;;) {
            // most of a list is plain ASCII text: past it at once
            const char* run = m_pos;
            while (m_pos < m_end && kPlain[static_cast<unsigned char>(*m_pos)])
                ++m_pos;
            if (text)
                text->append(run, m_pos - run);
            const int c = peek();
            if (c < 0x20) // the end, or a control character
                return false;
            if (c == '"') {
                take();
                if (escaped)
                    *escaped = anyEscape;
                return true;
            }
            if (c == '\\') {
                anyEscape = true;
                if (!escape(text))
                    return false;
            } else if (c >= 0x80) {
                if (!multibyte(text))
                    return false;
            }
        }
    }

    // `member(keyIsWanted, depth)` takes each member's value; the key is in key().
    template <typename Member> bool object(int depth, Member member)
    {
        if (depth > kNestingLimit)
            return false;
        take();
        if (at('}')) {
            take();
            return true;
        }
        for (;;) {
            bool escaped = false;
            if (!at('"') || !string(&m_key, &escaped) || !at(':'))
                return false;
            take();
            if (!member(escaped, depth))
                return false;
            if (at(',')) {
                take();
                continue;
            }
            if (!at('}'))
                return false;
            take();
            return true;
        }
    }
    // The last key read, as written.
    const QByteArray& key() const { return m_key; }

    // `element(depth)` takes each element.
    template <typename Element> bool array(int depth, Element element)
    {
        if (depth > kNestingLimit)
            return false;
        take();
        if (at(']')) {
            take();
            return true;
        }
        for (;;) {
            if (!element(depth))
                return false;
            if (at(',')) {
                take();
                continue;
            }
            if (!at(']'))
                return false;
            take();
            return true;
        }
    }

private:
    bool refill()
    {
        if (m_failed)
            return false;
        m_base += m_end - m_buffer.data();
        const qint64 read = m_device.read(m_buffer.data(), kChunkBytes);
        m_failed = read < 0;
        m_pos = m_buffer.data();
        m_end = m_pos + std::max<qint64>(read, 0);
        return read > 0;
    }

    // Takes the byte peek() gave, keeping it in *text when given.
    void keep(QByteArray* text)
    {
        if (text)
            text->append(*m_pos);
        take();
    }

    bool escape(QByteArray* text)
    {
        keep(text);
        const int kind = peek();
        if (kind < 0)
            return false;
        keep(text);
        switch (kind) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            return true;
        case 'u':
            for (int i = 0; i < 4; ++i) {
                const int digit = peek();
                if (digit < 0 || !std::isxdigit(digit))
                    return false;
                keep(text);
            }
            return true;
        default:
            return false;
        }
    }

    // One UTF-8 sequence of two to four bytes, as RFC 3629 allows them.
    bool multibyte(QByteArray* text)
    {
        const int lead = peek();
        int more = 0;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            more = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            more = 2;
            if (lead == 0xE0)
                low = 0xA0; // no overlong forms
            else if (lead == 0xED)
                high = 0x9F; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            more = 3;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F; // nothing past U+10FFFF
        } else {
            return false;
        }
        keep(text);
        for (int i = 1; i <= more; ++i) {
            const int next = peek();
            if (next < (i == 1 ? low : 0x80) || next > (i == 1 ? high : 0xBF))
                return false;
            keep(text);
        }
        return true;
    }

    bool digits(QByteArray* text)
    {
        bool any = false;
        for (int c = peek(); c >= '0' && c <= '9'; c = peek()) {
            keep(text);
            any = true;
        }
        return any;
    }

public:
    // A number's text, kept in *text when given.
    bool number(QByteArray* text = nullptr)
    {
        if (peek() == '-')
            keep(text);
        const int first = peek();
        if (first == '0')
            keep(text);
        else if (first < '1' || first > '9' || !digits(text))
            return false;
        if (peek() == '.') {
            keep(text);
            if (!digits(text))
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            keep(text);
            if (peek() == '+' || peek() == '-')
                keep(text);
            if (!digits(text))
                return false;
        }
        return true;
    }

private:
    bool literal(QByteArrayView word)
    {
        for (const char c : word) {
            if (peek() != c)
                return false;
            take();
        }
        return true;
    }

    QIODevice& m_device;
    std::array<char, kChunkBytes> m_buffer{};
    const char* m_pos = m_buffer.data();
    const char* m_end = m_buffer.data();
    qint64 m_base = 0; // the offset of m_buffer's first byte
    bool m_failed = false;
    QByteArray m_key;
};

QString decoded(const QByteArray& raw, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(raw);
    // rare in a name: the JSON parser undoes the escapes
    return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
}

bool isAscii(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Whether an account's name, as written, has the wanted key
// (Account::nameKey). A name of plain ASCII, the usual kind, is compared as
// it is: trimmed of ASCII white space and without regard to case, which is
// what the key makes of such a name; any other is decoded and keyed.
bool sameKey(const QByteArray& name, bool escaped, const QString& key, const QByteArray& asciiKey)
{
    const bool plain = !escaped && std::all_of(name.begin(), name.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80;
    });
    if (!plain || asciiKey.isEmpty() != key.isEmpty())
        return Account::nameKey(decoded(name, escaped)) == key;
    QByteArrayView trimmed(name);
    while (!trimmed.isEmpty() && isAsciiSpace(trimmed.front()))
        trimmed = trimmed.sliced(1);
    while (!trimmed.isEmpty() && isAsciiSpace(trimmed.back()))
        trimmed.chop(1);
    return trimmed.size() == asciiKey.size() && trimmed.compare(asciiKey, Qt::CaseInsensitive) == 0;
}

// One pass over the list: the root's members, and each account's name and id.
class ListScan
{
public:
    ListScan(QIODevice& device, const QString& nameKey)
        : m_scan(device)
        , m_nameKey(nameKey)
        , m_asciiKey(isAscii(nameKey) ? nameKey.toLatin1() : QByteArray())
    {}

    // Whether the text is one JSON object; what it found in found().
    bool run()
    {
        if (!m_scan.at('{'))
            return false;
        const bool ok = m_scan.object(
            1, [this](bool escaped, int depth) { return rootMember(escaped, depth); });
        if (!ok || !m_scan.atEnd() || m_scan.failed())
            return false;
        if (m_match < 0)
            return true;
        // which of two members of the same name counts is the parser's to say
        m_found.repeated = m_found.repeated || m_schemas > 1 || m_lists > 1;
        const QUuid id = m_ids.at(m_match);
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            if (i != m_match && !id.isNull() && m_ids.at(i) == id)
                m_found.repeated = true;
        }
        return true;
    }

    AccountListScan::Found& found() { return m_found; }
    // Where the named account's text lies; empty when none is named so.
    qint64 matchStart() const { return m_matchStart; }
    qint64 matchEnd() const { return m_matchEnd; }

private:
    bool rootMember(bool escaped, int depth)
    {
        if (!escaped && m_scan.key() == "schema") {
            ++m_schemas;
            return schema(depth);
        }
        if (!escaped && m_scan.key() == "accounts") {
            ++m_lists;
            m_found.hasList = m_scan.at('[');
            if (!m_found.hasList)
                return m_scan.value(depth);
            return m_scan.array(depth + 1, [this](int inner) { return account(inner); });
        }
        return m_scan.value(depth);
    }

    bool schema(int depth)
    {
        const int first = (m_scan.space(), m_scan.peek());
        if (first != '-' && (first < '0' || first > '9')) {
            m_found.schema = 0;
            return m_scan.value(depth);
        }
        QByteArray number;
        if (!m_scan.number(&number))
            return false;
        m_found.schema = number.toLongLong(); // 0 for a fraction or an exponent
        return true;
    }

    bool account(int depth)
    {
        if (!m_scan.at('{'))
            return m_scan.value(depth);
        const qint64 begin = m_scan.offset();
        bool named = false;
        QUuid id;
        const bool ok = m_scan.object(depth + 1, [&](bool escaped, int inner) {
            if (!escaped && m_scan.key() == "name" && m_scan.at('"')) {
                bool nameEscaped = false;
                if (!m_scan.string(&m_text, &nameEscaped))
                    return false;
                named = sameKey(m_text, nameEscaped, m_nameKey, m_asciiKey);
                return true;
            }
            if (!escaped && m_scan.key() == "id" && m_scan.at('"')) {
                if (!m_scan.string(&m_text, nullptr))
                    return false;
                id = QUuid::fromString(QLatin1StringView(m_text));
                return true;
            }
            return m_scan.value(inner);
        });
        if (named && m_match >= 0) {
            m_found.repeated = true;
        } else if (named) {
            m_match = m_ids.size();
            m_matchStart = begin;
            m_matchEnd = m_scan.offset();
        }
        m_ids.append(id);
        return ok;
    }

    Scanner m_scan;
    QString m_nameKey;
    QByteArray m_asciiKey;
    AccountListScan::Found m_found;
    int m_schemas = 0;
    int m_lists = 0;
    QList<QUuid> m_ids;     // every account's, as QUuid reads it
    qsizetype m_match = -1; // the named one's place in m_ids
    qint64 m_matchStart = 0;
    qint64 m_matchEnd = 0;
    QByteArray m_text; // a name or an id
};

} // namespace

std::optional<AccountListScan::Found> AccountListScan::find(QIODevice& device,
                                                            const QString& nameKey)
{
    const qint64 start = device.pos();
    ListScan list(device, nameKey);
    if (!list.run())
        return std::nullopt;
    Found& found = list.found();
    const qint64 size = list.matchEnd() - list.matchStart();
    if (size == 0)
        return found;
    if (!device.seek(start + list.matchStart()))
        return std::nullopt;
    found.account = device.read(size);
    if (found.account.size() != size)
        return std::nullopt;
    return found;
}
