// SPDX-License-Identifier: Apache-2.0
#include "alignedrows.h"

#include "textpolicy.h"

QString AlignedRows::labelled(const QString& label)
{
    //: A label in front of its value, as in "Token type: Bearer"
    return tr("%1:").arg(label);
}

QString AlignedRows::text() const
{
    qsizetype width = 0;
    for (const auto& row : m_rows) {
        if (!row.first.isEmpty())
            width = qMax(width, labelled(row.first).size());
    }
    QString out;
    const QString indent(m_indent, QLatin1Char(' '));
    for (const auto& row : m_rows) {
        const QString head = row.first.isEmpty() ? QString() : labelled(row.first);
        out += indent + head.leftJustified(width) + QStringLiteral("  ") + row.second +
               QLatin1Char('\n');
    }
    return out;
}

QString AlignedRows::columns(QList<QStringList> rows)
{
    for (QStringList& row : rows) {
        for (QString& cell : row)
            cell = TextPolicy::oneLine(cell);
    }
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], row.at(i).size());
        }
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        text += line + QLatin1Char('\n');
    }
    return text;
}
