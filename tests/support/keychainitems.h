// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QMap>
#include <QString>

// The keychain's items as the Secret Service shows them, asked directly.
namespace KeychainItems {

using Attributes = QMap<QString, QString>;

// The unlocked items of the service and key (QtKeychain's attributes).
inline QList<QDBusObjectPath> itemsOf(const QString& service, const QString& key)
{
    qDBusRegisterMetaType<Attributes>();
    QDBusMessage search =
        QDBusMessage::createMethodCall("org.freedesktop.secrets", "/org/freedesktop/secrets",
                                       "org.freedesktop.Secret.Service", "SearchItems");
    search << QVariant::fromValue(Attributes{{"server", service}, {"user", key}});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(search);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
}

// One property of an item ("Label", "Attributes"); invalid when not read.
inline QVariant itemProperty(const QDBusObjectPath& item, const QString& name)
{
    QDBusMessage get = QDBusMessage::createMethodCall("org.freedesktop.secrets", item.path(),
                                                      "org.freedesktop.DBus.Properties", "Get");
    get << QString("org.freedesktop.Secret.Item") << name;
    const QDBusReply<QDBusVariant> reply = QDBusConnection::sessionBus().call(get);
    return reply.isValid() ? reply.value().variant() : QVariant();
}

} // namespace KeychainItems
