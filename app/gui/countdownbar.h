// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include <optional>

// A slim bar for the share of the token's life that is left: in the accent
// colour while plenty remains, amber inside the warning window, and a full
// red track once the token has expired.
class CountdownBar : public QWidget
{
    Q_OBJECT

public:
    enum class Phase
    {
        Unknown, // no expiry known
        Fresh,
        Warning,
        Expired
    };

    explicit CountdownBar(QWidget* parent = nullptr);

    void setRemaining(std::optional<qint64> secondsLeft, std::optional<qint64> lifetime,
                      qint64 warningWindow);
    // Per mille of the lifetime left, 0..1000.
    int value() const { return m_permille; }
    Phase phase() const { return m_phase; }
    QString phaseId() const; // "unknown", "fresh", "warning", "expired"

    QSize sizeHint() const override { return QSize(240, 8); }
    QSize minimumSizeHint() const override { return QSize(40, 6); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    int m_permille = 0;
    Phase m_phase = Phase::Unknown;
};
