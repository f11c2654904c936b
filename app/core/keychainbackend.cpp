// SPDX-License-Identifier: Apache-2.0
#include "keychainbackend.h"

#include <QCoreApplication>
#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

#include <qt6keychain/keychain.h>

namespace {

// QtKeychain folds several states into OtherError; its text tells them apart.
KeychainOutcome::Code classify(QKeychain::Error error, const QString& text)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainOutcome::Ok;
    case QKeychain::EntryNotFound:
        return KeychainOutcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainOutcome::NoBackend;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a locked collection as "access denied" (writes) or as
    // another error; only its text says the keyring is locked
    const QString t = text.toLower();
    if (t.contains(QLatin1String("locked")) || t.contains(QLatin1String("prompt")) ||
        t.contains(QLatin1String("dismissed")))
        return KeychainOutcome::Locked;
    if (t.contains(QLatin1String("d-bus")) || t.contains(QLatin1String("dbus")) ||
        t.contains(QLatin1String("org.freedesktop.secrets")) ||
        t.contains(QLatin1String("serviceunknown")) || t.contains(QLatin1String("no such file")) ||
        t.contains(QLatin1String("connection refused")) || t.contains(QLatin1String("autolaunch")))
        return KeychainOutcome::NoBackend;
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser ||
        t.contains(QLatin1String("denied")) || t.contains(QLatin1String("not allowed")))
        return KeychainOutcome::AccessDenied;
    return KeychainOutcome::Other;
}

template <typename Job> void configure(Job* job, const QString& key)
{
    job->setAutoDelete(true);
    job->setKey(key);
    // never store secrets in a plaintext file when no keychain is available
    job->setInsecureFallback(false);
}

#if defined(Q_OS_LINUX)
// libsecret answers "not found" for an item it cannot unlock, so a locked
// keyring would pass for an empty one. The Secret Service's SearchItems lists
// matching items as unlocked or locked, which tells the two apart.
void checkLocked(const QString& service, const QString& key, std::function<void(bool)> done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered)
    QMap<QString, QString> attributes{{QStringLiteral("server"), service},
                                      {QStringLiteral("user"), key}};
    call << QVariant::fromValue(attributes);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false);
        return;
    }
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000));
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, watcher, [done](QDBusPendingCallWatcher* w) {
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *w;
            done(!reply.isError() && !reply.argumentAt<1>().isEmpty());
            w->deleteLater();
        });
}
#endif

// A "not found" from a locked keyring becomes Locked; everything else passes through.
void finishOutcome(const QString& service, const QString& key, KeychainOutcome outcome,
                   KeychainBackend::Done done)
{
#if defined(Q_OS_LINUX)
    if (outcome.code == KeychainOutcome::NotFound) {
        auto shared = std::make_shared<KeychainOutcome>(std::move(outcome));
        checkLocked(service, key, [shared, done](bool locked) {
            if (locked) {
                shared->code = KeychainOutcome::Locked;
                shared->detail = QStringLiteral("the item is in a locked collection");
            }
            done(std::move(*shared));
        });
        return;
    }
#else
    Q_UNUSED(service)
    Q_UNUSED(key)
#endif
    done(std::move(outcome));
}

} // namespace

void QtKeychainBackend::start(Operation op, const QString& service, const QString& key,
                              const SecretBytes& data, Done done)
{
    QKeychain::Job* job = nullptr;
    switch (op) {
    case Operation::Read: {
        auto* read = new QKeychain::ReadPasswordJob(service);
        configure(read, key);
        QObject::connect(
            read, &QKeychain::Job::finished, read, [done, read, service, key](QKeychain::Job*) {
                KeychainOutcome outcome;
                outcome.code = classify(read->error(), read->errorString());
                outcome.detail =
                    read->error() == QKeychain::NoError ? QString() : read->errorString();
                // the job's own copy is QtKeychain's, freed with the job unwiped
                if (outcome.code == KeychainOutcome::Ok)
                    outcome.data = SecretBytes(read->binaryData());
                finishOutcome(service, key, std::move(outcome), done);
            });
        job = read;
        break;
    }
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(service);
        configure(write, key);
        // a copy for QtKeychain (freed with the job, unwiped): sharing the
        // SecretBytes buffer would keep its own wipe from reaching it
        write->setBinaryData(QByteArray(data.expose().constData(), data.size()));
        job = write;
        break;
    }
    case Operation::Remove: {
        auto* remove = new QKeychain::DeletePasswordJob(service);
        configure(remove, key);
        job = remove;
        break;
    }
    }
    if (op != Operation::Read) {
        QObject::connect(
            job, &QKeychain::Job::finished, job, [done, service, key](QKeychain::Job* j) {
                KeychainOutcome outcome;
                outcome.code = classify(j->error(), j->errorString());
                outcome.detail = j->error() == QKeychain::NoError ? QString() : j->errorString();
                finishOutcome(service, key, std::move(outcome), done);
            });
    }
    job->start();
}

QString QtKeychainBackend::name() const
{
#if defined(Q_OS_MACOS)
    return QCoreApplication::translate("SecretStore", "the macOS Keychain");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate("SecretStore", "the Windows Credential Manager");
#else
    return QCoreApplication::translate(
        "SecretStore", "the system keyring (Secret Service: GNOME Keyring or KWallet)");
#endif
}
