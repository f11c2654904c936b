// SPDX-License-Identifier: Apache-2.0
#include "shellwords.h"

#include <QRegularExpression>

namespace ShellWords {
namespace {

QString joinContinuedLines(QString text)
{
    static const QRegularExpression continued(QStringLiteral("[\\\\^`][ \\t]*\\r?\\n"));
    text.replace(continued, QStringLiteral(" "));
    return text;
}

QChar ansiEscape(QChar c)
{
    switch (c.unicode()) {
    case 'n':
        return QLatin1Char('\n');
    case 't':
        return QLatin1Char('\t');
    case 'r':
        return QLatin1Char('\r');
    default:
        return c;
    }
}

} // namespace

QStringList split(const QString& command, int maxWords)
{
    const QString text = joinContinuedLines(command);
    QStringList words;
    QString word;
    bool inWord = false;
    const auto endWord = [&] {
        if (inWord)
            words << word;
        word.clear();
        inWord = false;
    };
    for (int i = 0; i < text.size() && words.size() < maxWords; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            endWord();
        } else if (c == QLatin1Char('\'') ||
                   (c == QLatin1Char('$') && text.mid(i + 1, 1) == QLatin1String("'"))) {
            const bool ansi = c == QLatin1Char('$');
            i += ansi ? 2 : 1;
            for (; i < text.size() && text.at(i) != QLatin1Char('\''); ++i) {
                if (ansi && text.at(i) == QLatin1Char('\\') && i + 1 < text.size())
                    word += ansiEscape(text.at(++i));
                else
                    word += text.at(i);
            }
            inWord = true;
        } else if (c == QLatin1Char('"')) {
            for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i) {
                const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
                if (text.at(i) == QLatin1Char('\\') && QStringLiteral("\"\\$`").contains(next))
                    ++i;
                word += text.at(i);
            }
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            word += text.at(++i);
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (words.size() < maxWords)
        endWord();
    return words;
}

} // namespace ShellWords
