// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "statusstyle.h"

#include <QWidget>

// A small pill such as "PRODUCTION" next to an account's name.
class BadgeLabel : public QWidget
{
    Q_OBJECT

public:
    explicit BadgeLabel(QWidget* parent = nullptr);

    void setBadge(const QString& text, StatusStyle::Tone tone, bool filled);
    QString text() const { return m_text; }
    StatusStyle::Tone tone() const { return m_tone; }
    bool isFilled() const { return m_filled; }

    // The badge font: small, bold, a little letter spacing.
    static QFont badgeFont(const QFont& base);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    StatusStyle::Tone m_tone = StatusStyle::Tone::Neutral;
    bool m_filled = false;
};
