// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct Account;

// What text from outside (an account file someone shared, every byte a token
// server sends, what is typed or pasted) may hold where it ends up: account
// names are visible text, values that go into a request hold no control
// characters, and nothing reaches a terminal that a terminal would obey.
//
// The validators return nullopt when the text is acceptable, else one
// sentence for people that says what is wrong and what to do.
class TextPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TextPolicy)

public:
    // in characters (code points), after trimming
    static constexpr int kMaxAccountNameLength = 80;

    // C0 controls (line breaks and tabs too), DEL and C1 controls.
    static bool isControl(char32_t c);
    // Characters that are not shown but steer how text is shown: controls,
    // Unicode format characters (bidi overrides and isolates, direction marks,
    // zero-width characters), line and paragraph separators, and unpaired
    // surrogates.
    static bool isInvisible(char32_t c);

    // Printable text: no invisible character, not empty once trimmed, at most
    // kMaxAccountNameLength characters.
    static std::optional<QString> validateAccountName(const QString& name);
    // An RFC 9110 token: letters, digits and !#$%&'*+-.^_`|~.
    static bool isHeaderName(const QString& name);
    static std::optional<QString> validateHeaderName(const QString& name);
    // A header value: no control character (CR and LF above all).
    static std::optional<QString> validateHeaderValue(const QString& name, const QString& value);
    // A request parameter (body field, URL field): neither key nor value
    // holds a control character.
    static std::optional<QString> validateField(const QString& key, const QString& value);
    // The client id: no control character.
    static std::optional<QString> validateClientId(const QString& clientId);
    // Every text of an account that is shown or sent: name, client id,
    // fields and headers. For accounts coming from a file.
    static std::optional<QString> validateAccount(const Account& account);

    // Text for a terminal: each invisible character becomes a visible escape
    // (\x1b, \u202e), except the line breaks and tabs of the program's own
    // layout.
    static QString forTerminal(const QString& text);
    // One value from outside (a name, a carrier's words) placed in a line of
    // text: line breaks and tabs become visible escapes as well.
    static QString oneLine(const QString& text);
    // A JSON document for a terminal: the invisible characters QJsonDocument
    // writes as they are (DEL, C1 controls, format characters, separators)
    // become \uXXXX escapes, so the document means the same and shows inert.
    static QByteArray jsonForTerminal(const QByteArray& json);

    // "U+001B" for messages.
    static QString codePoint(char32_t c);
};
