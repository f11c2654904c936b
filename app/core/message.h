// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// A sentence for people, kept as what to translate instead of as finished
// text, so it shows in the language in effect when it is shown, not the one
// in effect when it was made. Its arguments are either plain text from
// outside (a host, a file name, an account name, the carrier's own words, a
// number), which is never translated, or nested messages, which are.
class Message
{
public:
    Message() = default;

    // Marks a text for translation the way QCoreApplication::translate takes
    // it, so lupdate collects it under `context`; nothing is translated yet.
    // With n >= 0 a plural form is chosen and %n filled in.
    static Message translate(const char* context, const char* source,
                             const char* disambiguation = nullptr, int n = -1);
    // Text shown exactly as it is, in every language.
    static Message plain(const QString& text);

    // Fills the lowest-numbered %1 … %99 still open, like QString::arg.
    Message arg(const QString& text) const;
    Message arg(const Message& nested) const;
    Message arg(qint64 number) const;

    bool isEmpty() const { return m_source.isEmpty(); }
    bool isPlain() const { return m_context.isEmpty(); }
    QByteArray context() const { return m_context; }
    QByteArray source() const { return m_source; }
    const QList<Message>& args() const { return m_args; }

    // In the language in effect now.
    QString text() const;
    static QStringList texts(const QList<Message>& messages);

    // The same message with every plain text in it, nested ones too, passed
    // through `change` (e.g. to scrub secrets); translated texts stay.
    Message withPlainText(const std::function<QString(const QString&)>& change) const;

    // Kept in a file as what to translate, so it follows a later language
    // switch too; read back within limits (the file may have been edited).
    QJsonObject toJson() const;
    static Message fromJson(const QJsonObject& obj);

    bool operator==(const Message& other) const;
    bool operator!=(const Message& other) const { return !(*this == other); }

private:
    static Message fromJson(const QJsonObject& obj, int depth);

    QByteArray m_context; // empty for plain text
    QByteArray m_source;  // UTF-8; for plain text the text itself
    QByteArray m_disambiguation;
    int m_n = -1;
    QList<Message> m_args;
};
