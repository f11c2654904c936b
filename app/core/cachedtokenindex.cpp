// SPDX-License-Identifier: Apache-2.0
#include "cachedtokenindex.h"

#include "issuedtoken.h"
#include "jsonvalues.h"
#include "logging.h"
#include "privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace {
constexpr int kSchema = 1;
constexpr qint64 kMaxLifetime = 1000000000000LL;

QJsonValue msOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(double(t.toMSecsSinceEpoch())) : QJsonValue();
}

QDateTime fromMs(const QJsonValue& v)
{
    return v.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC)
                        : QDateTime();
}

bool expired(const CachedTokenEntry& e, const QDateTime& now)
{
    return e.expiresAt.isValid() && e.expiresAt <= now;
}
} // namespace

CachedTokenEntry CachedTokenEntry::of(const IssuedToken& token)
{
    return {token.obtainedAt.toUTC(), token.expiresAt().toUTC(), token.expiresIn, token.issuedFor};
}

CachedTokenIndex::CachedTokenIndex(QString path)
    : m_path(std::move(path))
{}

QString CachedTokenIndex::fileName()
{
    return QStringLiteral("cached-tokens.json");
}

bool CachedTokenIndex::read(Contents* contents) const
{
    *contents = Contents();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonValue tokens = root.value(QStringLiteral("tokens"));
    if (bytes.size() > kMaxFileBytes || root.value(QStringLiteral("schema")).toInt() != kSchema ||
        !tokens.isObject())
        return false;
    contents->complete = root.value(QStringLiteral("complete")).toBool();
    const QJsonObject all = tokens.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QUuid account = QUuid::fromString(it.key());
        const QJsonObject obj = it.value().toObject();
        CachedTokenEntry e;
        e.obtainedAt = fromMs(obj.value(QStringLiteral("obtained_at")));
        e.expiresAt = fromMs(obj.value(QStringLiteral("expires_at")));
        e.expiresIn = jsonInteger(obj.value(QStringLiteral("expires_in")), -1, 0, kMaxLifetime);
        e.issuedFor = obj.value(QStringLiteral("issued_for")).toString().toLatin1();
        // an entry this version could not have written counts as none
        if (account.isNull() || !e.obtainedAt.isValid())
            continue;
        contents->entries.insert(account, e);
    }
    const QJsonObject removed = root.value(QStringLiteral("removed")).toObject();
    for (auto it = removed.begin(); it != removed.end(); ++it) {
        const QUuid account = QUuid::fromString(it.key());
        const QDateTime at = fromMs(it.value());
        if (!account.isNull() && at.isValid() && !contents->entries.contains(account))
            contents->removed.insert(account, at);
    }
    return true;
}

void CachedTokenIndex::merge(Contents* contents, const QUuid& account,
                             const std::optional<CachedTokenEntry>& change, const QDateTime& now,
                             bool seed)
{
    const auto held = contents->entries.constFind(account);
    const bool told = held != contents->entries.constEnd() || contents->removed.contains(account);
    if (seed) {
        if (change && !told)
            contents->entries.insert(account, *change);
        return;
    }
    if (!change) {
        contents->entries.remove(account);
        contents->removed.insert(account, now);
        return;
    }
    const QDateTime removedAt = contents->removed.value(account);
    if ((held != contents->entries.constEnd() && held->obtainedAt > change->obtainedAt) ||
        (removedAt.isValid() && removedAt >= change->obtainedAt))
        return;
    contents->removed.remove(account);
    contents->entries.insert(account, *change);
}

bool CachedTokenIndex::apply(const Changes& changes, const QDateTime& now, bool seed) const
{
    const QFileInfo info(m_path);
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!PrivateFiles::makeOwnFolder(info.absolutePath()) ||
        !PrivateFiles::lock(lock, kLockWaitMs)) {
        qCWarning(lcAccounts) << "cached token index not locked:" << int(lock.error());
        QFile::remove(m_path);
        return false;
    }
    Contents contents;
    // a file this version cannot read starts over, incomplete
    if (!read(&contents))
        contents = Contents();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        merge(&contents, it.key(), *it, now, seed);
    contents.entries.removeIf([&now](const auto& e) { return expired(e.value(), now); });
    const QDateTime forgotten = now.addSecs(-kRemovalKeptSeconds);
    contents.removed.removeIf([&forgotten](const auto& r) { return r.value() < forgotten; });
    contents.complete = contents.complete || seed;
    if (write(contents))
        return true;
    QFile::remove(m_path);
    return false;
}

bool CachedTokenIndex::write(const Contents& contents) const
{
    QJsonObject tokens;
    for (auto it = contents.entries.begin(); it != contents.entries.end(); ++it)
        tokens.insert(
            it.key().toString(QUuid::WithoutBraces),
            QJsonObject{{QStringLiteral("obtained_at"), msOrNull(it->obtainedAt)},
                        {QStringLiteral("expires_at"), msOrNull(it->expiresAt)},
                        {QStringLiteral("expires_in"), it->expiresIn},
                        {QStringLiteral("issued_for"), QString::fromLatin1(it->issuedFor)}});
    QJsonObject removed;
    for (auto it = contents.removed.begin(); it != contents.removed.end(); ++it)
        removed.insert(it.key().toString(QUuid::WithoutBraces), msOrNull(it.value()));
    const QJsonObject root{{QStringLiteral("schema"), kSchema},
                           {QStringLiteral("complete"), contents.complete},
                           {QStringLiteral("tokens"), tokens},
                           {QStringLiteral("removed"), removed}};
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && PrivateFiles::restrict(file) &&
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) >= 0 && file.commit())
        return true;
    qCWarning(lcAccounts) << "cached token index not written:" << file.errorString();
    return false;
}
