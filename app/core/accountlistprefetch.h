// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountlistparse.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

// The account list read and parsed on a thread of its own while the window's
// process starts (the window's module, Qt's platform): at 5,000 accounts the
// first window waited 28 ms for the list on the UI thread, 4-10 ms with this.
// When the UI thread needs the accounts before the thread is done, it parses
// the accounts still left alongside it (AccountListParse) rather than wait.
// The store takes the accounts only when they come from the file it would
// read and that file still holds the same bytes (read again: a millisecond,
// where a file's times may not tell a write in the same tick); anything else
// (another file, a change since, a file that does not read) it reads itself,
// as it would without this.
class AccountListPrefetch
{
public:
    // Starts reading `accountsPath`. A list still in an older TokenDock's
    // file is left to the store, which moves it (LegacyAccounts) and warns
    // once, on the UI thread's turn.
    explicit AccountListPrefetch(const QString& accountsPath);
    ~AccountListPrefetch(); // waits for the thread
    AccountListPrefetch(const AccountListPrefetch&) = delete;
    AccountListPrefetch& operator=(const AccountListPrefetch&) = delete;

    // Waits until the read has ended; take() waits by itself.
    void wait();
    // What was read from `path`, once; nothing when another file was read,
    // the file changed since, it did not read, or only the whole parse reads
    // it (AccountStore::parse).
    std::optional<AccountListParse::Parsed> take(const QString& path);

private:
    static std::optional<QByteArray> readBytes(const QString& path);
    // Whether the file at `path` holds exactly `bytes` now.
    static bool holds(const QString& path, const QByteArray& bytes);
    void read();

    const QString m_path;
    QByteArray m_bytes; // what the accounts were parsed from
    std::unique_ptr<AccountListParse> m_parse;
    std::atomic<AccountListParse*> m_shared{nullptr}; // m_parse, once others may work on it
    std::optional<AccountListParse::Parsed> m_accounts;
    std::thread m_thread;
};
