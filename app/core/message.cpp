// SPDX-License-Identifier: Apache-2.0
#include "message.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <map>

namespace {
constexpr int kMaxStoredDepth = 4;
constexpr int kMaxStoredArgs = 9;
constexpr qsizetype kMaxStoredBytes = 2000;

// Replaces %1 … %99 in one pass: the lowest number gets the first argument,
// as chained QString::arg calls would, but a marker inside an argument (the
// carrier's words may hold "%1") is never filled in turn.
QString substitute(const QString& pattern, const QStringList& args)
{
    if (args.isEmpty())
        return pattern;
    std::map<int, int> numbers; // marker number -> argument index
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1Char('%') || !pattern.at(i + 1).isDigit())
            continue;
        int n = pattern.at(i + 1).digitValue();
        if (i + 2 < pattern.size() && pattern.at(i + 2).isDigit())
            n = n * 10 + pattern.at(i + 2).digitValue();
        if (n > 0)
            numbers.emplace(n, 0);
    }
    int index = 0;
    for (auto& entry : numbers)
        entry.second = index++;
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char('%') && i + 1 < pattern.size() &&
            pattern.at(i + 1).isDigit()) {
            int n = pattern.at(i + 1).digitValue();
            qsizetype length = 2;
            if (i + 2 < pattern.size() && pattern.at(i + 2).isDigit()) {
                n = n * 10 + pattern.at(i + 2).digitValue();
                length = 3;
            }
            const auto found = numbers.find(n);
            if (found != numbers.end() && found->second < args.size()) {
                out += args.at(found->second);
                i += length - 1;
                continue;
            }
        }
        out += pattern.at(i);
    }
    return out;
}
} // namespace

Message Message::translate(const char* context, const char* source, const char* disambiguation,
                           int n)
{
    Message m;
    m.m_context = context;
    m.m_source = source;
    m.m_disambiguation = disambiguation;
    m.m_n = n;
    return m;
}

Message Message::plain(const QString& text)
{
    Message m;
    m.m_source = text.toUtf8();
    return m;
}

Message Message::arg(const QString& text) const
{
    return arg(plain(text));
}

Message Message::arg(const Message& nested) const
{
    Message m = *this;
    m.m_args.append(nested);
    return m;
}

Message Message::arg(qint64 number) const
{
    return arg(QString::number(number));
}

QString Message::text() const
{
    if (isPlain())
        return QString::fromUtf8(m_source);
    const QString pattern = QCoreApplication::translate(
        m_context.constData(), m_source.constData(),
        m_disambiguation.isEmpty() ? nullptr : m_disambiguation.constData(), m_n);
    QStringList args;
    args.reserve(m_args.size());
    for (const Message& a : m_args)
        args << a.text();
    return substitute(pattern, args);
}

QStringList Message::texts(const QList<Message>& messages)
{
    QStringList out;
    out.reserve(messages.size());
    for (const Message& m : messages)
        out << m.text();
    return out;
}

Message Message::withPlainText(const std::function<QString(const QString&)>& change) const
{
    if (isPlain())
        return isEmpty() ? *this : plain(change(text()));
    Message m = *this;
    for (Message& a : m.m_args)
        a = a.withPlainText(change);
    return m;
}

bool Message::operator==(const Message& other) const
{
    return m_context == other.m_context && m_source == other.m_source &&
           m_disambiguation == other.m_disambiguation && m_n == other.m_n && m_args == other.m_args;
}

QJsonObject Message::toJson() const
{
    QJsonObject obj{{QStringLiteral("text"), QString::fromUtf8(m_source)}};
    if (!isPlain())
        obj.insert(QStringLiteral("context"), QString::fromUtf8(m_context));
    if (!m_disambiguation.isEmpty())
        obj.insert(QStringLiteral("disambiguation"), QString::fromUtf8(m_disambiguation));
    if (m_n >= 0)
        obj.insert(QStringLiteral("n"), m_n);
    if (!m_args.isEmpty()) {
        QJsonArray args;
        for (const Message& a : m_args)
            args.append(a.toJson());
        obj.insert(QStringLiteral("args"), args);
    }
    return obj;
}

Message Message::fromJson(const QJsonObject& obj)
{
    return fromJson(obj, 0);
}

Message Message::fromJson(const QJsonObject& obj, int depth)
{
    const auto bytes = [&obj](const char* key) {
        return obj.value(QLatin1String(key)).toString().toUtf8().left(kMaxStoredBytes);
    };
    Message m;
    m.m_source = bytes("text");
    m.m_context = bytes("context");
    m.m_disambiguation = bytes("disambiguation");
    m.m_n = qBound(-1, obj.value(QStringLiteral("n")).toInt(-1), 1000000);
    if (depth >= kMaxStoredDepth)
        return m;
    const QJsonArray args = obj.value(QStringLiteral("args")).toArray();
    for (qsizetype i = 0; i < args.size() && i < kMaxStoredArgs; ++i)
        m.m_args.append(fromJson(args.at(i).toObject(), depth + 1));
    return m;
}
