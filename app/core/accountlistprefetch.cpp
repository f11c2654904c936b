// SPDX-License-Identifier: Apache-2.0
#include "accountlistprefetch.h"

#include "accountstore.h"

#include <QFile>

#include <array>
#include <cstring>
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

bool AccountListPrefetch::holds(const QString& path, const QByteArray& bytes)
{
    // compared a piece at a time: a second copy of thousands of accounts
    // is new memory, and touching it costs more than the comparison
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != bytes.size())
        return false;
    std::array<char, 64 * 1024> piece;
    for (qsizetype at = 0;;) {
        const qint64 got = file.read(piece.data(), qint64(piece.size()));
        if (got < 0 || at + got > bytes.size() ||
            std::memcmp(piece.data(), bytes.constData() + at, size_t(got)) != 0)
            return false;
        at += qsizetype(got);
        if (got == 0)
            return at == bytes.size();
    }
}

void AccountListPrefetch::read()
{
    std::optional<QByteArray> bytes = readBytes(m_path);
    if (!bytes)
        return;
    m_bytes = *bytes;
    m_parse = std::make_unique<AccountListParse>(std::move(*bytes), AccountStore::kSchemaVersion);
    m_shared.store(m_parse.get(), std::memory_order_release);
    m_parse->work();
    // the UI thread, working alongside, may still hold the last account: it finishes then
    if (m_parse->parsed())
        m_accounts = m_parse->finish();
}

std::optional<AccountListParse::Parsed> AccountListPrefetch::take(const QString& path)
{
    if (path == m_path) {
        if (AccountListParse* parse = m_shared.load(std::memory_order_acquire))
            parse->work();
    }
    wait();
    if (!m_accounts && m_parse)
        m_accounts = m_parse->finish();
    m_shared.store(nullptr, std::memory_order_relaxed); // only this thread is left to look
    m_parse.reset();
    std::optional<AccountListParse::Parsed> accounts = std::exchange(m_accounts, std::nullopt);
    const QByteArray read = std::exchange(m_bytes, QByteArray());
    if (!accounts || path != m_path || !holds(path, read))
        return std::nullopt;
    return accounts;
}
