// SPDX-License-Identifier: Apache-2.0
#include "jsontext.h"

#include <algorithm>
#include <utility>

namespace {

constexpr int kIndent = 4;

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

void appendUtf8(QByteArray& out, char32_t c)
{
    if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
    }
    out += char(0x80 | (c & 0x3f));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

void appendDigits(QByteArray& out, qint64 value, int width)
{
    char digits[4];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char('0' + value % 10);
    out.append(digits, width);
}

} // namespace

void JsonText::appendString(QByteArray& out, const QString& text)
{
    out += '"';
    const auto* p = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = p + text.size();
    while (p != end) {
        // A run of ASCII with nothing to escape, written in one go: a
        // character at a time made up most of list --json's writing.
        const char16_t* const run = p;
        while (p != end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            ++p;
        if (p != run) {
            const qsizetype at = out.size();
            out.resize(at + (p - run));
            std::transform(run, p, out.data() + at, [](char16_t c) { return char(c); });
            if (p == end)
                break;
        }
        const char16_t u = *p++;
        if (u >= 0x80) {
            if (!QChar::isSurrogate(u)) {
                appendUtf8(out, u);
            } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                appendUtf8(out, QChar::surrogateToUcs4(u, *p++));
            } else {
                // half a pair is no character: its code unit as an escape, as Qt writes it
                out += "\\u";
                for (int shift = 12; shift >= 0; shift -= 4)
                    out += hexDigit((u >> shift) & 0xf);
            }
            continue;
        }
        out += '\\'; // what ended the run: a quote, a backslash or a control character
        switch (u) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '\b':
            out += 'b';
            break;
        case '\f':
            out += 'f';
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += hexDigit(u >> 4);
            out += hexDigit(u & 0xf);
        }
    }
    out += '"';
}

void JsonText::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Q_ASSERT(m_levels.last().isArray);
    separate(m_levels.last());
}

void JsonText::separate(Level& level)
{
    if (!level.empty)
        m_out += ',';
    level.empty = false;
    if (m_layout == Layout::Indented) {
        m_out += '\n';
        m_out.append(kIndent * m_levels.size(), ' ');
    }
}

JsonText& JsonText::key(const char* name)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_levels.last().isArray && !m_afterKey);
    separate(m_levels.last());
    // names are printable ASCII with nothing to escape
    m_out += '"';
    m_out += name;
    m_out += m_layout == Layout::Indented ? "\": " : "\":";
    m_afterKey = true;
    return *this;
}

void JsonText::open(char bracket, bool isArray)
{
    beginValue();
    m_out += bracket;
    m_levels.append(Level{isArray, true});
}

void JsonText::beginArray()
{
    open('[', true);
}

void JsonText::beginObject()
{
    open('{', false);
}

void JsonText::end()
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    const bool isArray = m_levels.last().isArray;
    m_levels.removeLast();
    if (m_layout == Layout::Indented) {
        // toJson() breaks the line after the opening bracket even when nothing follows
        m_out += '\n';
        m_out.append(kIndent * m_levels.size(), ' ');
    }
    m_out += isArray ? ']' : '}';
}

void JsonText::string(const QString& text)
{
    beginValue();
    appendString(m_out, text);
}

void JsonText::number(qint64 value)
{
    beginValue();
    m_out += QByteArray::number(value);
}

void JsonText::boolean(bool value)
{
    beginValue();
    m_out += value ? "true" : "false";
}

void JsonText::null()
{
    beginValue();
    m_out += "null";
}

void JsonText::utcTime(const QDateTime& t)
{
    if (!t.isValid()) {
        null();
        return;
    }
    // QDateTime::toString() formats through QString::asprintf, which stood
    // out when list --json was measured; the calendar arithmetic is Howard
    // Hinnant's civil_from_days
    const qint64 secs = floorDiv(t.toMSecsSinceEpoch(), 1000);
    const qint64 days = floorDiv(secs, 86400);
    const qint64 ofDay = secs - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2);
    if (year < 1 || year > 9999) {
        string(t.toUTC().toString(Qt::ISODate)); // Qt knows no year 0 and pads only four digits
        return;
    }
    beginValue();
    m_out += '"';
    appendDigits(m_out, year, 4);
    m_out += '-';
    appendDigits(m_out, month, 2);
    m_out += '-';
    appendDigits(m_out, day, 2);
    m_out += 'T';
    appendDigits(m_out, ofDay / 3600, 2);
    m_out += ':';
    appendDigits(m_out, ofDay / 60 % 60, 2);
    m_out += ':';
    appendDigits(m_out, ofDay % 60, 2);
    m_out += "Z\"";
}

QByteArray JsonText::take()
{
    Q_ASSERT(m_levels.isEmpty());
    if (m_layout == Layout::Indented)
        m_out += '\n';
    return std::exchange(m_out, QByteArray());
}
