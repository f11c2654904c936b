// SPDX-License-Identifier: Apache-2.0
#include "issuedtoken.h"

QDateTime IssuedToken::onThisClock(const QDateTime& carrierTime) const
{
    return carrierTime.isValid() ? carrierTime.addSecs(-serverClockAhead) : carrierTime;
}

QDateTime IssuedToken::expiresAt() const
{
    QDateTime at;
    for (const QDateTime& t :
         {expiresAtFromResponse, onThisClock(expiresAtStated), onThisClock(expiresAtFromJwt)}) {
        if (t.isValid() && (!at.isValid() || t < at))
            at = t;
    }
    return at.isValid() ? at : expiresAtDocumented;
}

ExpirySource IssuedToken::expirySource() const
{
    const QDateTime at = expiresAt();
    if (!at.isValid())
        return ExpirySource::Unknown;
    // the answer's own words first when the token's exp agrees with them
    // within a few seconds (they are rounded differently)
    constexpr qint64 kAgreeSeconds = 5;
    const auto agrees = [&at](const QDateTime& t) {
        return t.isValid() && qAbs(t.secsTo(at)) <= kAgreeSeconds;
    };
    if (agrees(expiresAtFromResponse))
        return ExpirySource::ExpiresIn;
    if (agrees(onThisClock(expiresAtStated)))
        return ExpirySource::StatedTime;
    if (agrees(onThisClock(expiresAtFromJwt)))
        return ExpirySource::Jwt;
    return ExpirySource::Documented;
}

QString IssuedToken::headerValue() const
{
    const QString value = QString::fromUtf8(accessToken.expose());
    // in Authorization the carrier's token type is the scheme (DPoP stays DPoP)
    const bool authorization =
        useHeader.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
    // unless the exchange names a scheme of its own (or none)
    const bool defaultScheme = useScheme == QLatin1String("Bearer");
    const QString scheme =
        authorization && defaultScheme && !tokenType.isEmpty() ? tokenType : useScheme;
    return scheme.isEmpty() ? value : scheme + QLatin1Char(' ') + value;
}

QList<QPair<QString, QString>> IssuedToken::headers() const
{
    QList<QPair<QString, QString>> out{{useHeader, headerValue()}};
    for (const ApiHeader& h : apiHeaders)
        out.append({QString::fromLatin1(h.name), QString::fromUtf8(h.value.expose())});
    return out;
}

QString expirySourceId(ExpirySource source)
{
    switch (source) {
    case ExpirySource::Unknown:
        return QStringLiteral("unknown");
    case ExpirySource::ExpiresIn:
        return QStringLiteral("expires_in");
    case ExpirySource::StatedTime:
        return QStringLiteral("stated_time");
    case ExpirySource::Jwt:
        return QStringLiteral("jwt");
    case ExpirySource::Documented:
        return QStringLiteral("documented");
    }
    return {};
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
