// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUuid>

#include <optional>

struct IssuedToken;

// What `list` shows of a cached token, known without the keychain: never
// the token, only its times and the settings it was issued for.
struct CachedTokenEntry
{
    QDateTime obtainedAt;  // UTC; the newer of two entries for an account wins
    QDateTime expiresAt;   // IssuedToken::expiresAt(); invalid when unknown
    qint64 expiresIn = -1; // the lifetime the carrier stated; -1 when not given
    QByteArray issuedFor;  // AccountRequest::issuedFor(), a digest of the settings

    static CachedTokenEntry of(const IssuedToken& token);
    bool operator==(const CachedTokenEntry& other) const
    {
        return obtainedAt == other.obtainedAt && expiresAt == other.expiresAt &&
               expiresIn == other.expiresIn && issuedFor == other.issuedFor;
    }
};

// The cached tokens' entries of every TokenDock process of the user, in one
// small 0600 file in the user's cache folder, so listing thousands of
// accounts does not read thousands of keychain items (gnome-keyring looks
// through all of its items for each one). Changes are merged under a lock
// file, so two processes never lose each other's. A removal is remembered
// for an hour, so an entry for an older token told late (another process,
// a full read that began before it) does not bring the token back. The
// file is "complete" once a full read of the keychain filled it; until
// then, and whenever it cannot be read, the keychain is what counts.
class CachedTokenIndex
{
public:
    static constexpr int kLockWaitMs = 2000;
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
    static constexpr qint64 kRemovalKeptSeconds = 3600;
    // New tokens of a few accounts (a command's) are appended to a journal
    // beside the file, not merged into it: the file is read and written
    // whole, a megabyte at 5,000 accounts. A larger change, a removal, or a
    // journal past this size folds the journal into the file.
    static constexpr int kMaxJournalChanges = 16;
    static constexpr qint64 kMaxJournalBytes = 64 * 1024;

    using Entries = QHash<QUuid, CachedTokenEntry>;
    // per account: the entry to keep, or nothing to remove it
    using Changes = QHash<QUuid, std::optional<CachedTokenEntry>>;
    struct Contents
    {
        bool complete = false;
        Entries entries;
        QHash<QUuid, QDateTime> removed; // when each account's token was removed
    };

    explicit CachedTokenIndex(QString path);
    static QString fileName(); // "cached-tokens.json"
    QString path() const { return m_path; }
    QString journalPath() const; // "cached-tokens.json.journal" beside it

    // No lock: the file is only ever replaced whole, and the journal grows
    // until a fold removes it; a line it holds in part is left out. False
    // when the file is missing, unreadable or not one this version wrote.
    bool read(Contents* contents) const;
    // Applies the changes under the lock, a removal as of `now`, dropping
    // entries expired by then. An entry replaces only an older token's, or
    // a removal made before its token was obtained. With `seed`, the changes
    // come from a full read of the keychain: they fill only accounts no
    // process has told of meanwhile, and mark the file complete. When the
    // file cannot be written it is removed, so no list trusts it.
    bool apply(const Changes& changes, const QDateTime& now, bool seed = false) const;
    // the file's text for `contents`: what QJsonDocument::toJson(Compact)
    // writes for them
    static QByteArray text(const Contents& contents);

private:
    QByteArray journalText() const;
    // The journal's entries merged into what the file held.
    static void replay(const QByteArray& journal, Contents* contents);
    // Under the lock: the changes appended to the journal where they may be.
    bool append(const Changes& changes) const;
    static void merge(Contents* contents, const QUuid& account,
                      const std::optional<CachedTokenEntry>& change, const QDateTime& now,
                      bool seed);
    bool write(const Contents& contents) const;

    QString m_path;
};
