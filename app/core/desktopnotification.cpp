// SPDX-License-Identifier: Apache-2.0
#include "desktopnotification.h"

#include "message.h"

#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace {
#if defined(Q_OS_LINUX)
// a notification service answers at once; a hung one must not hold a command
constexpr int kTimeoutMs = 5000;
#endif
} // namespace

void DesktopNotification::send(const QString& summary, const QString& body, QObject* context,
                               Done done)
{
#if defined(Q_OS_LINUX)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString why = bus.lastError().message();
        done(false, why.isEmpty() ? Message::translate("DesktopNotification",
                                                       "The session bus cannot be reached.")
                                        .text()
                                  : why);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QString::fromLatin1(kIcon)},
    };
    // servers with body-markup read the body as markup: names stay text
    call << QString::fromLatin1(kAppName) << uint(0) << QString::fromLatin1(kIcon) << summary
         << body.toHtmlEscaped() << QStringList() << hints << int(-1);
    QPointer<QObject> guard(context);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kTimeoutMs));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                     [guard, done](QDBusPendingCallWatcher* w) {
                         const QDBusPendingReply<uint> reply = *w;
                         w->deleteLater();
                         if (!guard)
                             return;
                         if (reply.isError())
                             done(false, reply.error().message());
                         else
                             done(true, QString());
                     });
#else
    Q_UNUSED(summary)
    Q_UNUSED(body)
    Q_UNUSED(context)
    done(false, Message::translate("DesktopNotification",
                                   "This system has no desktop notification service.")
                    .text());
#endif
}
