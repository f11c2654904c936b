// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// "  Label:  value" lines whose values start in one column however long the
// translated labels are. The colon belongs to the translation: French puts a
// space before it.
class AlignedRows
{
    Q_DECLARE_TR_FUNCTIONS(AlignedRows)

public:
    explicit AlignedRows(int indent = 2)
        : m_indent(indent)
    {}
    // An empty label continues the row above.
    void add(const QString& label, const QString& value) { m_rows.append({label, value}); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // Every row, each ending in a newline.
    QString text() const;
    static QString labelled(const QString& label);
    // A table: columns as wide as their widest cell, two spaces apart, each
    // cell on its one line; a line per row.
    static QString columns(QList<QStringList> rows);

private:
    int m_indent;
    QList<QPair<QString, QString>> m_rows;
};
