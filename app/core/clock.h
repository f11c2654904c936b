// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>

// The time source for everything that counts down, so expiry logic can be
// tested by moving a fake clock instead of waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC

    static const Clock& system();
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start = QDateTime::currentDateTimeUtc());
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime& now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
