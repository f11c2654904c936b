// SPDX-License-Identifier: Apache-2.0
#include "accountexchange.h"

#include <QCryptographicHash>

namespace {
// A pasted key as a person can compare it: its SHA-256, shortened.
QString fingerprint(const QString& key)
{
    if (key.trimmed().isEmpty())
        return {};
    const QByteArray digest =
        QCryptographicHash::hash(key.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex();
    return AccountExchange::tr("key SHA-256 %1…").arg(QString::fromLatin1(digest.left(16)));
}
} // namespace

QList<AccountExchange::Change> AccountExchange::keyChanges(const Account& before,
                                                           const Account& after)
{
    QList<Change> changes;
    const auto note = [&changes](const char* setting, const QString& was, const QString& will) {
        if (was != will)
            changes.append({QString::fromLatin1(setting), was, will});
    };
    note("issuer", before.issuer, after.issuer);
    note("jwks_url", before.jwksUrl, after.jwksUrl);
    note("signing_key", fingerprint(before.signingKey), fingerprint(after.signingKey));
    return changes;
}
