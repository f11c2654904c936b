// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>

#include <cmath>

// A whole number from JSON, or the fallback when the value is missing, not a
// number, fractional or outside [min, max]. Casting a huge double straight to
// an integer is undefined behaviour; files and servers can send anything.
inline qint64 jsonInteger(const QJsonValue& value, qint64 fallback, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return fallback;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < static_cast<double>(min) || d > static_cast<double>(max) ||
        std::floor(d) != d)
        return fallback;
    return static_cast<qint64>(d);
}
