// SPDX-License-Identifier: Apache-2.0
#include "keychainbackend.h"

#include "keychainmessages.h"
#include "keychainprovider.h"

#include <QCoreApplication>
#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
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
    // kwalletd5 behind its password dialog: waiting, not missing
    if (t.contains(QLatin1String("noreply")))
        return KeychainOutcome::Other;
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

#if defined(Q_OS_LINUX)
// QtKeychain labels every item with the service name alone; a person looking
// in KeePassXC or Seahorse sees whose item it is only if the label says.
void labelItem(const QString& service, const QString& key, const QString& label,
               std::function<void()> then)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (label.isEmpty() || !bus.isConnected() || KeychainProvider::detect().kwalletDirect)
        return then();
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered)
    QDBusMessage search = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search << QVariant::fromValue(
        QMap<QString, QString>{{QStringLiteral("server"), service}, {QStringLiteral("user"), key}});
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(search, 5000));
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, watcher,
        [label, then](QDBusPendingCallWatcher* w) {
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *w;
            w->deleteLater();
            if (!reply.isError()) {
                for (const QDBusObjectPath& item : reply.argumentAt<0>()) {
                    QDBusMessage set = QDBusMessage::createMethodCall(
                        QStringLiteral("org.freedesktop.secrets"), item.path(),
                        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Set"));
                    set << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Label")
                        << QVariant::fromValue(QDBusVariant(label));
                    QDBusConnection::sessionBus().call(set, QDBus::NoBlock);
                }
            }
            then();
        });
}
#else
void labelItem(const QString&, const QString&, const QString&, std::function<void()> then)
{
    then();
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

// One QtKeychain job.
void runJob(KeychainBackend::Operation op, const QString& service, const QString& key,
            const SecretBytes& data, KeychainBackend::Done done)
{
    QKeychain::Job* job = nullptr;
    switch (op) {
    case KeychainBackend::Operation::Read: {
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
    case KeychainBackend::Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(service);
        configure(write, key);
        // a copy for QtKeychain (freed with the job, unwiped): sharing the
        // SecretBytes buffer would keep its own wipe from reaching it
        write->setBinaryData(QByteArray(data.expose().constData(), data.size()));
        job = write;
        break;
    }
    case KeychainBackend::Operation::Remove: {
        auto* remove = new QKeychain::DeletePasswordJob(service);
        configure(remove, key);
        job = remove;
        break;
    }
    }
    if (op != KeychainBackend::Operation::Read) {
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

bool removed(const KeychainOutcome& outcome)
{
    return outcome.code == KeychainOutcome::Ok || outcome.code == KeychainOutcome::NotFound;
}

// A token is only a cache; a secret must survive a write cut short.
bool staged(const QString& key)
{
    return !key.endsWith(QLatin1String("/token"));
}

// Where a new secret waits while the old item is replaced.
QString stagingKey(const QString& key)
{
    return key + QStringLiteral("~next");
}

} // namespace

// Calls for one key run one after another: a write is several steps, and a
// read or removal asked for meanwhile must find it whole.
void QtKeychainBackend::start(Operation op, const QString& service, const QString& key,
                              const SecretBytes& data, const QString& label, Done done)
{
    const QString slot = service + QLatin1Char('\n') + key;
    const std::shared_ptr<Queues> queues = m_queues;
    auto run = [queues, slot, op, service, key, data, label, done] {
        Done finished = [queues, slot, done](KeychainOutcome outcome) {
            done(std::move(outcome));
            runNext(queues, slot);
        };
        switch (op) {
        case Operation::Read:
            return read(service, key, std::move(finished));
        case Operation::Write:
            return write(service, key, data, label, std::move(finished));
        case Operation::Remove:
            return remove(service, key, std::move(finished));
        }
    };
    const auto busy = queues->find(slot);
    if (busy != queues->end()) {
        busy->append(std::move(run));
        return;
    }
    queues->insert(slot, {});
    run();
}

void QtKeychainBackend::runNext(const std::shared_ptr<Queues>& queues, const QString& slot)
{
    const auto waiting = queues->find(slot);
    if (waiting == queues->end())
        return;
    if (waiting->isEmpty()) {
        queues->erase(waiting);
        return;
    }
    const std::function<void()> run = waiting->takeFirst();
    run();
}

// A secret not at its key may be at its staging key: a replacement cut short
// after the old item went and before the new one came.
void QtKeychainBackend::read(const QString& service, const QString& key, Done done)
{
    runJob(Operation::Read, service, key, {}, [service, key, done](KeychainOutcome outcome) {
        if (outcome.code != KeychainOutcome::NotFound || !staged(key))
            return done(std::move(outcome));
        auto first = std::make_shared<KeychainOutcome>(std::move(outcome));
        runJob(Operation::Read, service, stagingKey(key), {}, [first, done](KeychainOutcome next) {
            done(next.code == KeychainOutcome::Ok ? std::move(next) : std::move(*first));
        });
    });
}

// Never overwrites an item: KeePassXC 2.7.4 asks for access whenever a
// process replaces an item another process made. A secret is written to its
// staging key first, so some item always holds the newest one.
void QtKeychainBackend::write(const QString& service, const QString& key, const SecretBytes& data,
                              const QString& label, Done done)
{
    const auto replace = [service, key, data, label, done] {
        runJob(Operation::Remove, service, key, {},
               [service, key, data, label, done](KeychainOutcome gone) {
                   if (!removed(gone))
                       return done(std::move(gone));
                   runJob(Operation::Write, service, key, data,
                          [service, key, label, done](KeychainOutcome written) {
                              if (written.code != KeychainOutcome::Ok)
                                  return done(std::move(written));
                              labelItem(service, key, label, [service, key, done, written] {
                                  if (!staged(key))
                                      return done(written);
                                  runJob(Operation::Remove, service, stagingKey(key), {},
                                         [done, written](KeychainOutcome) { done(written); });
                              });
                          });
               });
    };
    if (!staged(key))
        return replace();
    const QString next = stagingKey(key);
    runJob(Operation::Remove, service, next, {},
           [service, next, data, done, replace](KeychainOutcome gone) {
               if (!removed(gone))
                   return done(std::move(gone));
               runJob(Operation::Write, service, next, data,
                      [done, replace](KeychainOutcome written) {
                          if (written.code != KeychainOutcome::Ok)
                              return done(std::move(written));
                          replace();
                      });
           });
}

void QtKeychainBackend::remove(const QString& service, const QString& key, Done done)
{
    runJob(Operation::Remove, service, key, {}, [service, key, done](KeychainOutcome outcome) {
        if (!staged(key) || !removed(outcome))
            return done(std::move(outcome));
        runJob(Operation::Remove, service, stagingKey(key), {},
               [done, first = std::move(outcome)](KeychainOutcome next) mutable {
                   done(removed(next) ? std::move(first) : std::move(next));
               });
    });
}

void KeychainBackend::explain(SecretResult::Status status, const QString& detail,
                              std::function<void(Message)> done)
{
    done(KeychainMessages::generic(status, detail));
}

QString QtKeychainBackend::name() const
{
#if defined(Q_OS_MACOS)
    return QCoreApplication::translate("SecretStore", "the macOS Keychain");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate("SecretStore", "the Windows Credential Manager");
#else
    const KeychainProvider provider = KeychainProvider::detect();
    if (provider.kwalletDirect)
        return QCoreApplication::translate("SecretStore", "KWallet");
    if (!provider.name().isEmpty())
        return QCoreApplication::translate("SecretStore", "%1 (Secret Service)")
            .arg(provider.name());
    return QCoreApplication::translate(
        "SecretStore", "the system keychain (Secret Service: GNOME Keyring, KWallet or KeePassXC)");
#endif
}

void QtKeychainBackend::explain(SecretResult::Status status, const QString& detail,
                                std::function<void(Message)> done)
{
    const KeychainProvider provider = KeychainProvider::detect();
    if (!KeychainMessages::worthExamining(status, provider))
        return done(KeychainMessages::explain(status, detail, provider, KeychainState()));
    examineKeychain(provider, [status, detail, provider, done](const KeychainState& state) {
        done(KeychainMessages::explain(status, detail, provider, state));
    });
}
