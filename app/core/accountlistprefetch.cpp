// SPDX-License-Identifier: Apache-2.0
#include "accountlistprefetch.h"

#include "accountstore.h"
#include "message.h"

#include <QFile>

#include <system_error>
#include <utility>

AccountListPrefetch::AccountListPrefetch(const QString& accountsPath)
    : m_path(accountsPath)
{
    try {
        m_thread = std::thread([this] { read(); });
    } catch (const std::system_error&) {
        // no thread to be had: the store reads the file itself, as always
    }
}

AccountListPrefetch::~AccountListPrefetch()
{
    wait();
}

void AccountListPrefetch::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

std::optional<QByteArray> AccountListPrefetch::readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.read(AccountStore::kMaxFileBytes + 1);
    // too large for the store, or unread: it says why itself
    if (bytes.size() > AccountStore::kMaxFileBytes || file.error() != QFileDevice::NoError)
        return std::nullopt;
    return bytes;
}

void AccountListPrefetch::read()
{
    std::optional<QByteArray> bytes = readBytes(m_path);
    QList<Account> accounts;
    Message unused; // a list that does not read is read again, and explained, by the store
    if (!bytes || !AccountStore::parse(*bytes, &accounts, &unused))
        return;
    m_bytes = std::move(*bytes);
    m_accounts = std::move(accounts);
}

std::optional<QList<Account>> AccountListPrefetch::take(const QString& path)
{
    wait();
    std::optional<QList<Account>> accounts = std::exchange(m_accounts, std::nullopt);
    const QByteArray read = std::exchange(m_bytes, QByteArray());
    if (!accounts || path != m_path || readBytes(path) != read)
        return std::nullopt;
    return accounts;
}
