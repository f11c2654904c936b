#pragma once

#include <QByteArray>
#include <QMetaType>

// Owns one copy of a secret (client secret, token) and zeroes it when the
// copy is released. Copies are deep, so every instance wipes its own buffer.
// Deliberately has no QString conversion and no debug streaming.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(const QByteArray& bytes);
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

// Overwrites a buffer we own. Shared (implicitly copied) arrays are left
// alone: wiping would only touch a detached copy.
void wipe(QByteArray& bytes);

Q_DECLARE_METATYPE(SecretBytes)
