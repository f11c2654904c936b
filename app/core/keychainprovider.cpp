// SPDX-License-Identifier: Apache-2.0
#include "keychainprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QDBusVariant>
#endif

#include <memory>

namespace {

#if defined(Q_OS_LINUX)
const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
const QString kKWallet = QStringLiteral("org.kde.kwalletd5");
constexpr int kAskMs = 1500;

// QtKeychain 0.13 goes to kwalletd5 directly in a Plasma 5 session, told
// apart as QtKeychain tells it (its detectDesktopEnvironment).
bool plasma5()
{
    if (qgetenv("KDE_SESSION_VERSION") != "5")
        return false;
    const QByteArray desktop = qgetenv("XDG_CURRENT_DESKTOP");
    if (desktop == "KDE")
        return true;
    if (desktop == "GNOME" || desktop == "Unity" || desktop == "XFCE")
        return false;
    const QByteArray session = qgetenv("DESKTOP_SESSION");
    if (session == "kde")
        return true;
    if (session == "gnome" || session == "kde4" || session.contains("xfce") ||
        session == "xubuntu" || !qgetenv("GNOME_DESKTOP_SESSION_ID").isEmpty())
        return false;
    return !qgetenv("KDE_FULL_SESSION").isEmpty();
}

bool reachable(QDBusConnectionInterface* bus, const QString& name)
{
    if (bus->isServiceRegistered(name))
        return true;
    const QDBusReply<QStringList> startable = bus->activatableServiceNames();
    return startable.isValid() && startable.value().contains(name);
}

KeychainProvider::Kind kindOfOwner(QDBusConnectionInterface* bus)
{
    const QDBusReply<uint> pid = bus->servicePid(kSecrets);
    if (!pid.isValid())
        return KeychainProvider::Kind::Unknown;
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid.value()));
    if (!comm.open(QIODevice::ReadOnly))
        return KeychainProvider::Kind::Unknown;
    const QByteArray name = comm.readAll().trimmed().toLower();
    // comm is cut at 15 characters: "gnome-keyring-d"
    if (name.startsWith("gnome-keyring"))
        return KeychainProvider::Kind::GnomeKeyring;
    if (name.startsWith("keepassxc"))
        return KeychainProvider::Kind::KeePassXC;
    if (name.startsWith("kwalletd"))
        return KeychainProvider::Kind::KWallet;
    return KeychainProvider::Kind::Unknown;
}

// One call to the provider; done(reply) or done(error reply) once.
void ask(const QDBusMessage& call, std::function<void(const QDBusMessage&)> done)
{
    auto* watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, kAskMs));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                     [done](QDBusPendingCallWatcher* w) {
                         done(w->reply());
                         w->deleteLater();
                     });
}

QDBusMessage secretsCall(const QString& path, const QString& interface, const QString& method)
{
    return QDBusMessage::createMethodCall(kSecrets, path, interface, method);
}

// The Secret Service: is there a default collection, and is it locked?
void examineSecretService(std::function<void(KeychainState)> done)
{
    QDBusMessage alias =
        secretsCall(QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    ask(alias, [done](const QDBusMessage& reply) {
        KeychainState state;
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return done(state);
        state.answered = true;
        const QString path = qvariant_cast<QDBusObjectPath>(reply.arguments().at(0)).path();
        if (path.isEmpty() || path == QLatin1String("/")) {
            state.noCollection = true;
            return done(state);
        }
        QDBusMessage get = secretsCall(path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                       QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        ask(get, [done, state](const QDBusMessage& locked) mutable {
            if (locked.type() == QDBusMessage::ReplyMessage && !locked.arguments().isEmpty())
                state.locked =
                    qvariant_cast<QDBusVariant>(locked.arguments().at(0)).variant().toBool();
            done(state);
        });
    });
}

// kwalletd5 itself: is the wallet QtKeychain uses open?
void examineKWallet(std::function<void(KeychainState)> done)
{
    const QString path = QStringLiteral("/modules/kwalletd5");
    const QString iface = QStringLiteral("org.kde.KWallet");
    ask(QDBusMessage::createMethodCall(kKWallet, path, iface, QStringLiteral("networkWallet")),
        [done, path, iface](const QDBusMessage& wallet) {
            if (wallet.type() != QDBusMessage::ReplyMessage || wallet.arguments().isEmpty())
                return done(KeychainState());
            QDBusMessage isOpen =
                QDBusMessage::createMethodCall(kKWallet, path, iface, QStringLiteral("isOpen"));
            isOpen << wallet.arguments().at(0).toString();
            ask(isOpen, [done](const QDBusMessage& open) {
                KeychainState state;
                if (open.type() == QDBusMessage::ReplyMessage && !open.arguments().isEmpty()) {
                    state.answered = true;
                    state.locked = !open.arguments().at(0).toBool();
                }
                done(state);
            });
        });
}
#endif

} // namespace

namespace {
constexpr int kRecentMs = 10000;
QElapsedTimer g_detectedAge;
KeychainProvider g_detected;
} // namespace

KeychainProvider KeychainProvider::recent()
{
    if (!g_detectedAge.isValid() || g_detectedAge.elapsed() > kRecentMs)
        return detect();
    return g_detected;
}

KeychainProvider KeychainProvider::detect()
{
    KeychainProvider provider = detectNow();
    g_detected = provider;
    g_detectedAge.start();
    return provider;
}

KeychainProvider KeychainProvider::detectNow()
{
    KeychainProvider provider;
#if defined(Q_OS_LINUX)
    QDBusConnection session = QDBusConnection::sessionBus();
    if (!session.isConnected()) {
        provider.kind = Kind::None;
        return provider;
    }
    QDBusConnectionInterface* bus = session.interface();
    if (plasma5() && reachable(bus, kKWallet)) {
        provider.kind = Kind::KWallet;
        provider.kwalletDirect = true;
        return provider;
    }
    if (bus->isServiceRegistered(kSecrets)) {
        provider.kind = kindOfOwner(bus);
        return provider;
    }
    provider.kind = reachable(bus, kSecrets) ? Kind::Unknown : Kind::None;
#endif
    return provider;
}

QString KeychainProvider::name() const
{
    switch (kind) {
    case Kind::GnomeKeyring:
        return QStringLiteral("GNOME Keyring"); // untranslated: a program's name
    case Kind::KeePassXC:
        return QStringLiteral("KeePassXC");
    case Kind::KWallet:
        return QStringLiteral("KWallet");
    case Kind::Unknown:
    case Kind::None:
        break;
    }
    return {};
}

void examineKeychain(const KeychainProvider& provider, std::function<void(KeychainState)> done)
{
#if defined(Q_OS_LINUX)
    if (provider.kwalletDirect)
        return examineKWallet(std::move(done));
    if (provider.kind != KeychainProvider::Kind::None)
        return examineSecretService(std::move(done));
#else
    Q_UNUSED(provider)
#endif
    // later, as promised
    QTimer::singleShot(0, [done] { done(KeychainState()); });
}
