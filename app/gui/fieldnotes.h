// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;

// The line under a form field for its help and its issue. It keeps at least
// one line free and is as tall as the taller of its texts, whether shown or
// not, so a note coming or going does not move the fields below. An issue
// takes the help's place while it shows. Both labels are shown and hidden
// by whoever owns them, as any label.
class FieldNotes : public QWidget
{
    Q_OBJECT

public:
    explicit FieldNotes(QWidget* parent = nullptr);

    QLabel* help() const { return m_help; }
    QLabel* issue() const { return m_issue; }
    // Lines kept free however short the notes (1 unless told).
    void setReservedLines(int lines);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange();
    int textHeight(const QLabel* label, int width) const;

    QLabel* m_help;
    QLabel* m_issue;
    bool m_helpWanted = false; // shown by its owner, whether or not an issue covers it
    bool m_arranging = false;
    int m_reservedLines = 1;
};
