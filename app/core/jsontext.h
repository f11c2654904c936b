// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVarLengthArray>

// A JSON document written as it is walked, byte for byte what
// QJsonDocument::toJson() writes for the same values in the same layout:
// for documents of thousands of objects, where building QJsonObjects first
// costs more than the rest of the command. Keys are written in the order
// given, so callers give them sorted, as a QJsonObject would hold them.
class JsonText
{
public:
    enum class Layout
    {
        Indented,
        Compact
    }; // as QJsonDocument::JsonFormat
    explicit JsonText(Layout layout = Layout::Indented)
        : m_layout(layout)
    {}

    void beginArray();
    void beginObject();
    // closes the innermost array or object
    void end();

    // `name` is printable ASCII that needs no escape
    JsonText& key(const char* name);
    void string(const QString& text);
    void number(qint64 value);
    void boolean(bool value);
    void null();
    // `t` in UTC as Qt::ISODate writes it ("2026-12-04T10:00:00Z"), or null
    // when it is invalid
    void utcTime(const QDateTime& t);

    // room for `bytes` more, so a long document is not copied as it grows
    void reserve(qsizetype bytes) { m_out.reserve(m_out.size() + bytes); }

    // the document, with the line break toJson(Indented) ends it with
    QByteArray take();

    // `text` as a JSON string, quotes included, appended to `out`
    static void appendString(QByteArray& out, const QString& text);

private:
    struct Level
    {
        bool isArray = false;
        bool empty = true;
    };
    void beginValue();
    // the comma before all but the first member, and the indented line break
    void separate(Level& level);
    void open(char bracket, bool isArray);

    Layout m_layout;
    QByteArray m_out;
    QVarLengthArray<Level, 8> m_levels;
    bool m_afterKey = false;
};
