// SPDX-License-Identifier: Apache-2.0
#include "carriermatch.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
QStringList wordsOf(const QString& text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool isWordChar(const QString& text, qsizetype at)
{
    return at >= 0 && at < text.size() && text.at(at).isLetterOrNumber();
}

// 3 where `word` is a whole word of `text`, 2 where it starts one, else 0
int wordScore(const QString& word, const QString& text)
{
    int best = 0;
    for (qsizetype at = text.indexOf(word); at >= 0 && best < 3; at = text.indexOf(word, at + 1)) {
        if (isWordChar(text, at - 1))
            continue;
        best = qMax(best, isWordChar(text, at + word.size()) ? 2 : 3);
    }
    return best;
}
} // namespace

QString CarrierMatch::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded().simplified();
}

int CarrierMatch::nameScore(const QString& typed, const QString& name, const QString& id)
{
    if (typed.isEmpty())
        return 0;
    const QString lower = fold(name);
    if (lower == typed || id == typed)
        return 6;
    if (lower.startsWith(typed))
        return 5;
    const QStringList words =
        lower.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (word.startsWith(typed))
            return 4;
    }
    if (id.startsWith(typed))
        return 3;
    if (lower.contains(typed) || id.contains(typed))
        return 2;
    // the letters in order, as in an abbreviation
    qsizetype at = 0;
    for (const QChar c : typed) {
        at = lower.indexOf(c, at);
        if (at < 0)
            return 0;
        ++at;
    }
    return lower.startsWith(typed.front()) ? 1 : 0;
}

int CarrierMatch::wordsScore(const QString& typed, const QString& text)
{
    const QStringList words = wordsOf(typed);
    int total = 0;
    for (const QString& word : words) {
        const int score = wordScore(word, text);
        if (score == 0)
            return 0;
        total += score;
    }
    return total;
}

bool CarrierMatch::containsAll(const QString& typed, const QString& text)
{
    const QStringList words = wordsOf(typed);
    for (const QString& word : words) {
        if (!text.contains(word))
            return false;
    }
    return !words.isEmpty();
}
