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
    return true;
}

bool CachedTokenIndex::apply(const Changes& changes, const QDateTime& now, bool seed) const
{
    const QFileInfo info(m_path);
    if (!PrivateFiles::makeOwnFolder(info.absolutePath()))
        return false;
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockWaitMs)) {
        qCWarning(lcAccounts) << "cached token index not locked:" << int(lock.error());
        return false;
    }
    PrivateFiles::restrict(lock.fileName());
    Contents contents;
    // a file this version cannot read starts over, incomplete
    if (!read(&contents))
        contents = Contents();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const auto held = contents.entries.constFind(it.key());
        if (!it->has_value()) {
            if (!seed)
                contents.entries.remove(it.key());
        } else if (held == contents.entries.constEnd() ||
                   (!seed && held->obtainedAt <= (*it)->obtainedAt)) {
            contents.entries.insert(it.key(), **it);
        }
    }
    contents.entries.removeIf([&now](const auto& e) { return expired(e.value(), now); });
    contents.complete = contents.complete || seed;
    return write(contents);
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
    const QJsonObject root{{QStringLiteral("schema"), kSchema},
                           {QStringLiteral("complete"), contents.complete},
                           {QStringLiteral("tokens"), tokens}};
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && PrivateFiles::restrict(file) &&
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) >= 0 && file.commit())
        return true;
    qCWarning(lcAccounts) << "cached token index not written:" << file.errorString();
    return false;
}
