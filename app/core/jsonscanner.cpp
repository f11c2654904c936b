// SPDX-License-Identifier: Apache-2.0
#include "jsonscanner.h"

#include <QIODevice>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace {
// The bytes a JSON string holds as they are: printable ASCII but the quote
// and the backslash.
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

constexpr quint64 kEveryByte = 0x0101010101010101ULL;
constexpr quint64 kHighBits = 0x8080808080808080ULL;

// Whether any of eight bytes is not plain: a control character, the quote,
// the backslash or a byte of a multibyte sequence (the classic bit tricks
// for "a byte below n" and "a zero byte", each exact as a yes or no).
bool anyNotPlain(quint64 bytes)
{
    const auto zeroByte = [](quint64 v) {
        return (v - kEveryByte) & ~v & kHighBits;
    };
    const quint64 control = (bytes - 0x20 * kEveryByte) & ~bytes & kHighBits;
    return ((bytes & kHighBits) | control | zeroByte(bytes ^ ('"' * kEveryByte)) |
            zeroByte(bytes ^ ('\\' * kEveryByte))) != 0;
}

// Past the plain bytes from p, eight at a time while none of them stops it.
const char* plainRun(const char* p, const char* end)
{
    quint64 bytes = 0;
    while (end - p >= qsizetype(sizeof bytes)) {
        std::memcpy(&bytes, p, sizeof bytes);
        if (anyNotPlain(bytes))
            break;
        p += sizeof bytes;
    }
    while (p < end && kPlain[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}
} // namespace

void JsonScanner::skipSpace()
{
    // a local pointer: a byte read through m_pos could be m_pos itself to
    // the compiler, which would store and load it again at every byte
    constexpr quint64 kSpaces = ' ' * kEveryByte;
    for (;;) {
        const char* p = m_pos;
        while (p < m_end) {
            // an indented line starts with a run of spaces
            quint64 bytes = 0;
            if (m_end - p >= qsizetype(sizeof bytes) &&
                (std::memcpy(&bytes, p, sizeof bytes), bytes == kSpaces)) {
                p += sizeof bytes;
            } else if (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t') {
                ++p;
            } else {
                break;
            }
        }
        m_pos = p;
        if (p < m_end || !refill())
            return;
    }
}

bool JsonScanner::atEnd()
{
    space();
    return peek() < 0;
}

bool JsonScanner::value(int depth)
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

bool JsonScanner::string(QByteArray* text, bool* escaped)
{
    take();
    if (text)
        text->resize(0);
    bool anyEscape = false;
    for (;;) {
        // most of a list is plain ASCII text: past it at once
        const char* run = m_pos;
        const char* p = plainRun(m_pos, m_end);
        m_pos = p;
        if (text)
            text->append(run, p - run);
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

bool JsonScanner::number(QByteArray* text)
{
    // the parser reads every number as a 64-bit integer or a double, and
    // refuses one that is neither (1e400): its text is kept to check that
    m_number.resize(0);
    if (peek() == '-')
        keep(&m_number);
    const int first = peek();
    if (first == '0')
        keep(&m_number);
    else if (first < '1' || first > '9' || !digits(&m_number))
        return false;
    if (peek() == '.') {
        keep(&m_number);
        if (!digits(&m_number))
            return false;
    }
    if (peek() == 'e' || peek() == 'E') {
        keep(&m_number);
        if (peek() == '+' || peek() == '-')
            keep(&m_number);
        if (!digits(&m_number))
            return false;
    }
    bool ok = false;
    m_number.toLongLong(&ok);
    if (!ok)
        m_number.toDouble(&ok);
    if (ok && text)
        *text = m_number;
    return ok;
}

bool JsonScanner::refill()
{
    if (m_failed || !m_device)
        return false;
    m_base += m_end - m_start;
    const qint64 read = m_device->read(m_buffer.data(), kPieceBytes);
    m_failed = read < 0;
    m_start = m_buffer.data();
    m_pos = m_start;
    m_end = m_pos + std::max<qint64>(read, 0);
    return read > 0;
}

bool JsonScanner::escape(QByteArray* text)
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
bool JsonScanner::multibyte(QByteArray* text)
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

bool JsonScanner::digits(QByteArray* text)
{
    bool any = false;
    for (int c = peek(); c >= '0' && c <= '9'; c = peek()) {
        keep(text);
        any = true;
    }
    return any;
}

bool JsonScanner::literal(QByteArrayView word)
{
    for (const char c : word) {
        if (peek() != c)
            return false;
        take();
    }
    return true;
}
