// SPDX-License-Identifier: Apache-2.0
#include "alignedrows.h"

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
