// SPDX-License-Identifier: Apache-2.0
#include "issuedtoken.h"

QDateTime IssuedToken::expiresAt() const
{
    if (expiresAtFromResponse.isValid() && expiresAtFromJwt.isValid())
        return qMin(expiresAtFromResponse, expiresAtFromJwt);
    return expiresAtFromResponse.isValid() ? expiresAtFromResponse : expiresAtFromJwt;
}

std::optional<qint64> IssuedToken::secondsLeft(const QDateTime& now) const
{
    const QDateTime at = expiresAt();
    if (!at.isValid())
        return std::nullopt;
    return now.secsTo(at);
}

bool IssuedToken::validFor(qint64 margin, const QDateTime& now) const
{
    if (isEmpty())
        return false;
    const auto left = secondsLeft(now);
    return left && *left >= margin;
}

std::optional<qint64> IssuedToken::lifetime() const
{
    const QDateTime at = expiresAt();
    if (!at.isValid() || !obtainedAt.isValid())
        return std::nullopt;
    return obtainedAt.secsTo(at);
}

QString normaliseTokenType(const QString& sent)
{
    const QString trimmed = sent.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Bearer");
    if (trimmed.compare(QLatin1String("dpop"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("DPoP");
    return trimmed;
}
