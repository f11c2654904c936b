// SPDX-License-Identifier: Apache-2.0
#include "jsonlocation.h"

#include <QString>

namespace {

// A forward-only walk over JSON text that knows the line it is on.
class Walker
{
public:
    explicit Walker(const QByteArray& json)
        : m_json(json)
    {}

    int line() const { return m_line; }
    bool atEnd() { return skipSpace() >= m_json.size(); }
    char peek() { return skipSpace() < m_json.size() ? m_json.at(m_pos) : '\0'; }
    void take() { ++m_pos; }

    // A string's contents, escapes kept as written (keys rarely hold any).
    QString string()
    {
        QByteArray out;
        ++m_pos; // the opening quote
        while (m_pos < m_json.size() && m_json.at(m_pos) != '"') {
            if (m_json.at(m_pos) == '\\' && m_pos + 1 < m_json.size())
                out += m_json.at(m_pos++);
            if (m_json.at(m_pos) == '\n')
                ++m_line;
            out += m_json.at(m_pos++);
        }
        ++m_pos;
        return QString::fromUtf8(out);
    }

    // Skips one whole value of any kind; false when the text runs out.
    bool skipValue(int depth = 0)
    {
        const char c = peek();
        if (c == '"') {
            string();
            return true;
        }
        if (c == '{' || c == '[') {
            if (depth > 256)
                return false;
            const char close = c == '{' ? '}' : ']';
            take();
            while (!atEnd() && peek() != close) {
                if (c == '{') {
                    if (peek() != '"')
                        return false;
                    string();
                    if (peek() != ':')
                        return false;
                    take();
                }
                if (!skipValue(depth + 1))
                    return false;
                if (peek() == ',')
                    take();
            }
            if (atEnd())
                return false;
            take();
            return true;
        }
        const int start = m_pos;
        while (m_pos < m_json.size() && !QByteArray(",}] \t\r\n").contains(m_json.at(m_pos)))
            ++m_pos;
        return m_pos > start;
    }

private:
    int skipSpace()
    {
        while (m_pos < m_json.size() && QByteArray(" \t\r\n").contains(m_json.at(m_pos))) {
            if (m_json.at(m_pos) == '\n')
                ++m_line;
            ++m_pos;
        }
        return m_pos;
    }

    const QByteArray& m_json;
    int m_pos = 0;
    int m_line = 1;
};

// Walks into the container the walker is at, to its member `step`; true
// when found (the walker then stands at the member's value).
bool enter(Walker& w, const QString& step, int* line)
{
    const char open = w.peek();
    if (open != '{' && open != '[')
        return false;
    *line = w.line();
    w.take();
    bool indexOk = false;
    const int wanted = step.toInt(&indexOk);
    for (int i = 0; !w.atEnd() && w.peek() != (open == '{' ? '}' : ']'); ++i) {
        if (open == '{') {
            if (w.peek() != '"')
                return false;
            const int keyLine = w.line();
            const QString key = w.string();
            if (w.peek() != ':')
                return false;
            w.take();
            if (key == step) {
                *line = keyLine;
                return true;
            }
        } else if (indexOk && i == wanted) {
            w.peek();
            *line = w.line();
            return true;
        }
        if (!w.skipValue())
            return false;
        if (w.peek() == ',')
            w.take();
    }
    return false;
}

} // namespace

namespace JsonLocation {

int lineOf(const QByteArray& json, const QStringList& path)
{
    Walker w(json);
    if (w.atEnd())
        return 0;
    int line = w.line();
    for (const QString& step : path) {
        if (!enter(w, step, &line))
            break;
    }
    return line;
}

int lineAtOffset(const QByteArray& json, int offset)
{
    return int(json.left(qBound(0, offset, int(json.size()))).count('\n')) + 1;
}

} // namespace JsonLocation
