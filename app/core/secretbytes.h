// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// Owns one copy of a secret (client secret, token) and zeroes it when the
// copy is released. Copies are deep, so every instance wipes its own buffer;
// the buffer stays unshared as long as no one keeps a QByteArray copy of
// expose() (a reference or a deep copy is fine), so the wipe always reaches it.
// Deliberately has no QString conversion and no debug streaming.
class SecretBytes
{
public:
    SecretBytes() = default;
    // A copy of its own; the caller wipes the original.
    explicit SecretBytes(const QByteArray& bytes);
    // Takes the buffer over when no other array shares it (so no copy is left
    // behind), else copies it.
    explicit SecretBytes(QByteArray&& bytes);
    explicit SecretBytes(const char* data, qsizetype size);
    SecretBytes(const SecretBytes& other);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(const SecretBytes& other);
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    ~SecretBytes();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    // The bytes, for handing to the keychain or the network layer. Avoid
    // keeping copies of the returned array.
    const QByteArray& expose() const { return m_bytes; }
    void clear();

    bool operator==(const SecretBytes& other) const;
    bool operator!=(const SecretBytes& other) const { return !(*this == other); }

private:
    QByteArray m_bytes;
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
