// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QExplicitlySharedDataPointer>
#include <QMetaType>
#include <QSharedData>
#include <QString>

// Holds a secret (client secret, token) and zeroes it when the last copy lets
// go. Copies share one Buffer (a token held by the cache and by the window is
// in memory once); the array in it stays unshared as long as no one keeps a
// QByteArray copy of expose() (a reference or a deep copy is fine), so the
// wipe always reaches it. The bytes never change once held.
// Deliberately has no QString conversion and no debug streaming.
class SecretBytes
{
public:
    SecretBytes() = default;
    // A copy of its own; the caller wipes the original.
    explicit SecretBytes(const QByteArray& bytes);
    // Takes the buffer over when no other array shares it (so no copy is left
    // behind) and it is not much larger than its bytes; else copies it, and
    // wipes an unshared original.
    explicit SecretBytes(QByteArray&& bytes);
    explicit SecretBytes(const char* data, qsizetype size);
    SecretBytes(const SecretBytes& other) = default;
    SecretBytes(SecretBytes&& other) noexcept = default;
    SecretBytes& operator=(const SecretBytes& other) = default;
    SecretBytes& operator=(SecretBytes&& other) noexcept = default;
    ~SecretBytes() = default;

    bool isEmpty() const { return !m_buffer; }
    qsizetype size() const { return m_buffer ? m_buffer->bytes.size() : 0; }
    // The bytes, for the keychain or the network layer, while this copy holds
    // them (not past a clear or an assignment). Keep no QByteArray copy of them.
    const QByteArray& expose() const;
    // Lets go of this copy; the bytes are zeroed when no other copy holds them.
    void clear() { m_buffer.reset(); }

    bool operator==(const SecretBytes& other) const;
    bool operator!=(const SecretBytes& other) const { return !(*this == other); }

private:
    // the one buffer every copy shares; zeroed as the last copy lets go
    struct Buffer : QSharedData
    {
        explicit Buffer(QByteArray&& held)
            : bytes(std::move(held))
        {}
        Buffer(const Buffer&) = delete;
        Buffer& operator=(const Buffer&) = delete;
        ~Buffer();
        QByteArray bytes;
    };
    QExplicitlySharedDataPointer<const Buffer> m_buffer; // null when empty
};

// Zeroes the bytes of an array no other array shares and keeps its size.
// A shared (implicitly copied) array is left alone and false returned: its
// bytes belong to the other holder too, and detaching would only zero a new copy.
bool zeroInPlace(QByteArray& bytes);
// zeroInPlace(), then releases the array. Returns whether the bytes were
// zeroed (true for an empty array).
bool wipe(QByteArray& bytes);

// The same for a UTF-16 copy of a secret (the scrubbing of messages makes them).
bool wipe(QString& text);

// For tests: sees every wipe() of a non-empty array just before it happens,
// with whether it will be zeroed (false: shared, left alone).
using WipeObserver = void (*)(const QByteArray& bytes, bool zeroed);
void setWipeObserver(WipeObserver observer);

Q_DECLARE_METATYPE(SecretBytes)
