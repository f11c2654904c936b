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
// small 0600 file next to the account list, so listing thousands of accounts
// does not read thousands of keychain items (gnome-keyring looks through
// all of its items for each one). Changes are merged under a lock file, so
// two processes never lose each other's. The file is "complete" once a
// full read of the keychain filled it; until then, and whenever it cannot
// be read, the keychain is what counts.
class CachedTokenIndex
{
public:
    static constexpr int kLockWaitMs = 2000;
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    using Entries = QHash<QUuid, CachedTokenEntry>;
    // per account: the entry to keep, or nothing to remove it
    using Changes = QHash<QUuid, std::optional<CachedTokenEntry>>;
    struct Contents
    {
        bool complete = false;
        Entries entries;
    };

    explicit CachedTokenIndex(QString path);
    static QString fileName(); // "cached-tokens.json"
    QString path() const { return m_path; }

    // No lock: the file is only ever replaced whole. False when it is
    // missing, unreadable or not one this version wrote.
    bool read(Contents* contents) const;
    // Applies the changes under the lock, dropping entries expired by `now`.
    // With `seed`, the changes come from a full read of the keychain: they
    // fill only accounts without an entry (another process may have written
    // a newer one meanwhile) and mark the file complete.
    bool apply(const Changes& changes, const QDateTime& now, bool seed = false) const;

private:
    bool write(const Contents& contents) const;

    QString m_path;
};
