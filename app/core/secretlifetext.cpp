// SPDX-License-Identifier: Apache-2.0
#include "secretlifetext.h"

#include <QStringList>

QString SecretLifeText::age(const Account& account, const QDateTime& now)
{
    if (account.secretMissing)
        return {};
    const auto days = account.secretAgeDays(now);
    if (!days)
        return tr("secret age unknown");
    if (*days == 0)
        return tr("secret set today");
    return tr("secret %n days old", nullptr, int(*days));
}

QString SecretLifeText::expiry(const Account& account, const QDateTime& now)
{
    const auto left = account.daysUntilSecretExpires(now);
    if (!left)
        return {};
    const QString date = account.secretExpires.toString(Qt::ISODate);
    if (*left == 0)
        return tr("expires today (%1)").arg(date);
    if (*left > 0)
        return tr("expires %1, in %n days", nullptr, int(*left)).arg(date);
    return tr("expired %n days ago (%1)", nullptr, int(-*left)).arg(date);
}

QString SecretLifeText::lastWorked(const Account& account, const QString& when)
{
    return account.lastWorked().isValid() ? tr("last worked %1").arg(when)
                                          : tr("not seen working yet");
}

QString SecretLifeText::summary(const Account& account, const QDateTime& now, const QString& when)
{
    QStringList parts{age(account, now), expiry(account, now), lastWorked(account, when)};
    parts.removeAll(QString());
    // a translatable separator: some languages set it differently
    return parts.join(tr(", ", "between the parts of a secret's life"));
}
