// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QMap>
#include <QMetaType>
#include <QString>

// What TokenDock's own Secret Service calls put on the bus and take off it.
namespace SecretServiceWire {

inline const QString kBusName = QStringLiteral("org.freedesktop.secrets");
inline const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
inline const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
inline const QString kItemInterface = QStringLiteral("org.freedesktop.Secret.Item");
// only a bound: SecretStore's watchdog ends a call that takes too long, and
// words it as the timeout it is
constexpr int kCallTimeoutMs = 120000;

// An item's attributes: QtKeychain's are "server" (the service), "user"
// (the key) and "type" (how the value is kept).
using Attributes = QMap<QString, QString>;

// The Secret struct, (oayays): session, parameters (the IV), value
// (encrypted) and content type.
struct Secret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};
using Secrets = QMap<QDBusObjectPath, Secret>;

// Registers the types above with QtDBus; cheap after the first call.
void registerTypes();

QDBusArgument& operator<<(QDBusArgument& out, const Secret& s);
const QDBusArgument& operator>>(const QDBusArgument& in, Secret& s);

} // namespace SecretServiceWire

Q_DECLARE_METATYPE(SecretServiceWire::Secret)
Q_DECLARE_METATYPE(SecretServiceWire::Secrets)
