// SPDX-License-Identifier: Apache-2.0
#include "secretbytes.h"

#include <atomic>
#include <cstring>

namespace {
std::atomic<WipeObserver> g_observer{nullptr};

void secureZero(void* data, size_t size)
{
    // volatile keeps the compiler from dropping a write to memory about to be freed
    auto* p = static_cast<volatile unsigned char*>(data);
    while (size--)
        *p++ = 0;
}
} // namespace

bool zeroInPlace(QByteArray& bytes)
{
    if (bytes.isEmpty())
        return true;
    // raw and static data count as shared too: they are not ours to write
    if (!bytes.isDetached())
        return false;
    secureZero(bytes.data(), static_cast<size_t>(bytes.size()));
    return true;
}

bool wipe(QByteArray& bytes)
{
    if (const WipeObserver observer = g_observer.load(); observer && !bytes.isEmpty())
        observer(bytes, bytes.isDetached());
    const bool zeroed = zeroInPlace(bytes);
    bytes.clear();
    return zeroed;
}

bool wipe(QString& text)
{
    bool zeroed = true;
    if (!text.isEmpty()) {
        zeroed = text.isDetached();
        if (zeroed)
            secureZero(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
    return zeroed;
}

void setWipeObserver(WipeObserver observer)
{
    g_observer.store(observer);
}

SecretBytes::SecretBytes(const QByteArray& bytes)
    : m_bytes(bytes.constData(), bytes.size())
{}

SecretBytes::SecretBytes(QByteArray&& bytes)
    : m_bytes(bytes.isDetached() ? std::move(bytes) : QByteArray(bytes.constData(), bytes.size()))
{}

SecretBytes::SecretBytes(const char* data, qsizetype size)
    : m_bytes(data, size)
{}

SecretBytes::SecretBytes(const SecretBytes& other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes& SecretBytes::operator=(const SecretBytes& other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe(m_bytes);
}

void SecretBytes::clear()
{
    wipe(m_bytes);
}

bool SecretBytes::operator==(const SecretBytes& other) const
{
    // length first, then a comparison that does not stop at the first difference
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        diff |= static_cast<unsigned char>(m_bytes.at(i) ^ other.m_bytes.at(i));
    return diff == 0;
}
