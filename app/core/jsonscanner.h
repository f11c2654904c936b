// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstring>

class QIODevice;

// A forward-only check of JSON text (RFC 8259, UTF-8) as it is read from a
// device, a piece at a time, building nothing: each step moves past one
// piece of the grammar and says whether it was there. Stricter than
// QJsonDocument, never looser: what the parser refuses, this refuses too.
class JsonScanner
{
public:
    // QJsonDocument's own limit
    static constexpr int kNestingLimit = 1024;
    // A buffer the size of the text would be new memory, and touching that
    // the first time costs more than reading the text.
    static constexpr qint64 kPieceBytes = 16 * 1024;

    explicit JsonScanner(QIODevice& device)
        : m_device(&device)
    {}
    // Text already in memory, read where it lies.
    explicit JsonScanner(QByteArrayView text)
        : m_pos(text.data())
        , m_end(text.data() + text.size())
        , m_start(text.data())
    {}

    // Where the next byte is, from where the device stood (or the text's start).
    qint64 offset() const { return m_base + (m_pos - m_start); }
    // The device failed to read.
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
        // most calls find none: no call for them
        if (m_pos == m_end || static_cast<unsigned char>(*m_pos) <= ' ')
            skipSpace();
    }
    // Whether the next byte after white space is c (not taken).
    bool at(char c)
    {
        space();
        return peek() == static_cast<unsigned char>(c);
    }
    bool atEnd();

    // Any value, at that depth of nesting.
    bool value(int depth);
    // From the opening quote; the contents as written (escapes kept) into
    // *text when given, and whether any escape is among them.
    bool string(QByteArray* text, bool* escaped);
    // A number's text, kept in *text when given.
    bool number(QByteArray* text = nullptr);

    // `member(keyEscaped, depth)` takes each member's value; the key is in key().
    template <typename Member> bool object(int depth, Member member);
    // The last key read, as written.
    const QByteArray& key() const { return m_key; }
    // Whether that key is `word`: sizes first, as most keys differ in size.
    bool keyIs(QByteArrayView word) const
    {
        return m_key.size() == word.size() &&
               std::memcmp(m_key.constData(), word.data(), size_t(word.size())) == 0;
    }
    // `element(depth)` takes each element.
    template <typename Element> bool array(int depth, Element element);

private:
    void skipSpace();
    bool refill();
    // Takes the byte peek() gave, keeping it in *text when given.
    void keep(QByteArray* text)
    {
        if (text)
            text->append(*m_pos);
        take();
    }
    bool escape(QByteArray* text);
    bool multibyte(QByteArray* text);
    bool digits(QByteArray* text);
    bool literal(QByteArrayView word);

    QIODevice* m_device = nullptr; // none: the text is all in memory
    std::array<char, kPieceBytes> m_buffer;
    const char* m_pos = m_buffer.data();
    const char* m_end = m_buffer.data();
    const char* m_start = m_buffer.data(); // where the bytes at hand start
    qint64 m_base = 0;                     // the offset of m_start
    bool m_failed = false;
    QByteArray m_key;
    QByteArray m_number; // a number's text, to check as the parser does
};

template <typename Member> bool JsonScanner::object(int depth, Member member)
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

template <typename Element> bool JsonScanner::array(int depth, Element element)
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
