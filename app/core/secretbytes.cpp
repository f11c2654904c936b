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

namespace {
// a buffer of its own for every non-empty secret; none for an empty one
template <typename Buffer> QExplicitlySharedDataPointer<const Buffer> hold(QByteArray&& unshared)
{
    if (unshared.isEmpty())
        return {};
    return QExplicitlySharedDataPointer<const Buffer>(new Buffer(std::move(unshared)));
}
} // namespace

SecretBytes::Buffer::~Buffer()
{
    wipe(bytes);
}

SecretBytes::SecretBytes(const QByteArray& bytes)
    : m_buffer(hold<Buffer>(QByteArray(bytes.constData(), bytes.size())))
{}

SecretBytes::SecretBytes(QByteArray&& bytes)
{
    // a conversion's array (QString::toUtf8) may have room for three times its
    // bytes: one that size is copied, so thousands held take no more than they need
    const bool roomy = bytes.capacity() > bytes.size() + bytes.size() / 4 + 16;
    const bool unshared = bytes.isDetached();
    if (unshared && !roomy) {
        m_buffer = hold<Buffer>(std::move(bytes));
        return;
    }
    m_buffer = hold<Buffer>(QByteArray(bytes.constData(), bytes.size()));
    if (unshared)
        wipe(bytes); // a shared one is its other holder's to wipe
}

SecretBytes::SecretBytes(const char* data, qsizetype size)
    : m_buffer(hold<Buffer>(QByteArray(data, size)))
{}

const QByteArray& SecretBytes::expose() const
{
    static const QByteArray none;
    return m_buffer ? m_buffer->bytes : none;
}

bool SecretBytes::operator==(const SecretBytes& other) const
{
    // length first, then a comparison that does not stop at the first difference
    const QByteArray& mine = expose();
    const QByteArray& theirs = other.expose();
    if (mine.size() != theirs.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < mine.size(); ++i)
        diff |= static_cast<unsigned char>(mine.at(i) ^ theirs.at(i));
    return diff == 0;
}
