// SPDX-License-Identifier: Apache-2.0
#include "secretservicelabel.h"

#include "keychainprovider.h"

#include <QTimer>
#if defined(Q_OS_LINUX)
#include "secretservicepaths.h"
#include "secretservicewire.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

#include <memory>

namespace SecretServiceLabel {

#if defined(Q_OS_LINUX)
namespace {

using namespace SecretServiceWire;

constexpr int kAskMs = 5000;

void whenAnswered(const QDBusPendingCall& call, std::function<void(QDBusPendingCallWatcher*)> done)
{
    auto* watcher = new QDBusPendingCallWatcher(call);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                     [done](QDBusPendingCallWatcher* w) {
                         w->deleteLater();
                         done(w);
                     });
}

// Sets the label on each item, then calls then once all have answered.
void labelAll(const QList<QDBusObjectPath>& items, const QString& label, std::function<void()> then)
{
    if (items.isEmpty())
        return then();
    auto left = std::make_shared<int>(int(items.size()));
    for (const QDBusObjectPath& item : items) {
        QDBusMessage set = QDBusMessage::createMethodCall(
            kBusName, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Set"));
        set << kItemInterface << QStringLiteral("Label")
            << QVariant::fromValue(QDBusVariant(label));
        whenAnswered(QDBusConnection::sessionBus().asyncCall(set, kAskMs),
                     [left, then](QDBusPendingCallWatcher*) {
                         if (--*left == 0)
                             then();
                     });
    }
}

} // namespace

void set(const QString& service, const QString& key, const QString& label,
         std::function<void()> then)
{
    // a direct write that kept this item's label must set it again
    SecretServicePaths::forgetLabel(service, key);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (label.isEmpty() || !bus.isConnected() || KeychainProvider::recent().kwalletDirect) {
        QTimer::singleShot(0, std::move(then));
        return;
    }
    registerTypes();
    QDBusMessage search = QDBusMessage::createMethodCall(kBusName, kServicePath, kServiceInterface,
                                                         QStringLiteral("SearchItems"));
    search << QVariant::fromValue(
        Attributes{{QStringLiteral("server"), service}, {QStringLiteral("user"), key}});
    whenAnswered(bus.asyncCall(search, kAskMs), [label, then](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *w;
        labelAll(reply.isError() ? QList<QDBusObjectPath>() : reply.argumentAt<0>(), label, then);
    });
}
#else
void set(const QString&, const QString&, const QString&, std::function<void()> then)
{
    QTimer::singleShot(0, std::move(then));
}
#endif

} // namespace SecretServiceLabel
