// SPDX-License-Identifier: Apache-2.0
#include "cachedtokenindex.h"

#include "issuedtoken.h"
#include "jsontext.h"
#include "jsonvalues.h"
#include "logging.h"
#include "privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>

namespace {
constexpr int kSchema = 1;
constexpr qint64 kMaxLifetime = 1000000000000LL;

QDateTime fromMs(const QJsonValue& v)
{
    return v.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC)
                        : QDateTime();
}

bool expired(const CachedTokenEntry& e, const QDateTime& now)
{
    return e.expiresAt.isValid() && e.expiresAt <= now;
}

// An entry as the file or the journal holds it; none when this version
// could not have written it.
std::optional<CachedTokenEntry> entryOf(const QJsonObject& obj)
{
    CachedTokenEntry e;
    e.obtainedAt = fromMs(obj.value(QStringLiteral("obtained_at")));
    e.expiresAt = fromMs(obj.value(QStringLiteral("expires_at")));
    e.expiresIn = jsonInteger(obj.value(QStringLiteral("expires_in")), -1, 0, kMaxLifetime);
    e.issuedFor = obj.value(QStringLiteral("issued_for")).toString().toLatin1();
    if (!e.obtainedAt.isValid())
        return std::nullopt;
    return e;
}

void msOrNull(JsonText& json, const QDateTime& t)
{
    if (t.isValid())
        json.number(t.toMSecsSinceEpoch());
    else
        json.null();
}

// An entry's fields, in the order the file has them.
void writeEntry(JsonText& json, const CachedTokenEntry& entry)
{
    msOrNull(json.key("expires_at"), entry.expiresAt);
    json.key("expires_in").number(entry.expiresIn);
    json.key("issued_for").string(QString::fromLatin1(entry.issuedFor));
    msOrNull(json.key("obtained_at"), entry.obtainedAt);
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
    // the journal first: a fold between the two reads then leaves the
    // journal's entries in the file too (told twice, an entry changes
    // nothing), where the other order could miss them
    const QByteArray journal = journalText();
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
        const std::optional<CachedTokenEntry> e = entryOf(it.value().toObject());
        // an entry this version could not have written counts as none
        if (account.isNull() || !e)
            continue;
        contents->entries.insert(account, *e);
    }
    const QJsonObject removed = root.value(QStringLiteral("removed")).toObject();
    for (auto it = removed.begin(); it != removed.end(); ++it) {
        const QUuid account = QUuid::fromString(it.key());
        const QDateTime at = fromMs(it.value());
        if (!account.isNull() && at.isValid() && !contents->entries.contains(account))
            contents->removed.insert(account, at);
    }
    replay(journal, contents);
    return true;
}

QString CachedTokenIndex::journalPath() const
{
    return m_path + QStringLiteral(".journal");
}

QByteArray CachedTokenIndex::journalText() const
{
    QFile file(journalPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // a journal is folded once past kMaxJournalBytes; one far past it was
    // not written by this version, and is left to the next fold
    return file.read(4 * kMaxJournalBytes);
}

void CachedTokenIndex::replay(const QByteArray& journal, Contents* contents)
{
    for (const QByteArray& line : journal.split('\n')) {
        const QJsonObject obj = QJsonDocument::fromJson(line).object();
        const QUuid account = QUuid::fromString(obj.value(QStringLiteral("id")).toString());
        const std::optional<CachedTokenEntry> e = entryOf(obj);
        if (!account.isNull() && e)
            merge(contents, account, *e, {}, false);
    }
}

bool CachedTokenIndex::append(const Changes& changes) const
{
    // a removal is written at once, whole: the index must not show a token
    // that is gone because a line was lost; no change at all is a call to
    // drop what expired
    if (changes.isEmpty() || changes.size() > kMaxJournalChanges || !QFileInfo::exists(m_path) ||
        std::any_of(changes.cbegin(), changes.cend(),
                    [](const auto& change) { return !change.has_value(); }))
        return false;
    QFile file(journalPath());
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append) || !PrivateFiles::restrict(file) ||
        file.size() >= kMaxJournalBytes)
        return false;
    QByteArray text;
    // after a line a crash cut short, the next one starts on a line of its own
    char last = '\n';
    if (file.size() > 0 && (!file.seek(file.size() - 1) || !file.getChar(&last)))
        return false;
    if (last != '\n')
        text += '\n';
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        JsonText json(JsonText::Layout::Compact);
        json.beginObject();
        json.key("id").string(it.key().toString(QUuid::WithoutBraces));
        writeEntry(json, **it);
        json.end();
        text += json.take() + '\n';
    }
    return file.write(text) == text.size() && file.flush();
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
        QFile::remove(journalPath());
        return false;
    }
    if (!seed && append(changes))
        return true;
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
    // the journal is in the file now (told again, an entry changes nothing)
    const bool written = write(contents);
    if (!written)
        QFile::remove(m_path);
    QFile::remove(journalPath());
    return written;
}

namespace {
// the accounts' ids as the file names them, in the order a QJsonObject
// would keep them
template <typename Hash>
QList<std::pair<QByteArray, typename Hash::const_iterator>> sortedById(const Hash& hash)
{
    QList<std::pair<QByteArray, typename Hash::const_iterator>> ids;
    ids.reserve(hash.size());
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        ids.append({it.key().toByteArray(QUuid::WithoutBraces), it});
    std::sort(ids.begin(), ids.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return ids;
}

} // namespace

QByteArray CachedTokenIndex::text(const Contents& contents)
{
    // written as it is walked: building a QJsonObject of thousands of
    // entries took most of the time `token --fresh` spent on this file
    JsonText json(JsonText::Layout::Compact);
    json.reserve(64 + 160 * contents.entries.size() + 60 * contents.removed.size());
    json.beginObject();
    json.key("complete").boolean(contents.complete);
    json.key("removed").beginObject();
    for (const auto& [id, at] : sortedById(contents.removed))
        msOrNull(json.key(id.constData()), *at);
    json.end();
    json.key("schema").number(kSchema);
    json.key("tokens").beginObject();
    for (const auto& [id, entry] : sortedById(contents.entries)) {
        json.key(id.constData()).beginObject();
        writeEntry(json, *entry);
        json.end();
    }
    json.end();
    json.end();
    return json.take();
}

bool CachedTokenIndex::write(const Contents& contents) const
{
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && PrivateFiles::restrict(file) &&
        file.write(text(contents)) >= 0 && file.commit())
        return true;
    qCWarning(lcAccounts) << "cached token index not written:" << file.errorString();
    return false;
}
