// SPDX-License-Identifier: Apache-2.0
#include "keychainbackend.h"

#include "keychainmessages.h"
#include "keychainprovider.h"
#include "logging.h"
#include "secretservicelabel.h"
#include "secretservicepaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibrary>
#include <QLibraryInfo>
#include <QTimer>
#if defined(Q_OS_LINUX)
#include "secretserviceitems.h"
#include "secretservicewrite.h"

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

// QtKeychain's writes and removals under way. They go over libsecret's own
// bus connection: a read sent over TokenDock's connection meanwhile could
// reach the keychain first and find what they are changing, so reads go
// through QtKeychain too until they are done, in order behind them.
int g_changesRunning = 0;

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
        ++g_changesRunning;
        QObject::connect(
            job, &QKeychain::Job::finished, job, [done, service, key](QKeychain::Job* j) {
                --g_changesRunning;
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
    return key.section(QLatin1Char('/'), 1) != QLatin1String("token");
}

// Where a new secret waits while the old item is replaced.
QString stagingKey(const QString& key)
{
    return key + QStringLiteral("~next");
}

// A change until its label is set too: a write made meanwhile over
// TokenDock's connection could otherwise keep its secret and lose its label.
void writeLabelled(const QString& service, const QString& key, const SecretBytes& data,
                   const QString& label, KeychainBackend::Done done)
{
    ++g_changesRunning;
    runJob(KeychainBackend::Operation::Write, service, key, data,
           [service, key, label, done](KeychainOutcome written) {
               if (written.code != KeychainOutcome::Ok) {
                   --g_changesRunning;
                   return done(std::move(written));
               }
               SecretServiceLabel::set(service, key, label, [done, written] {
                   --g_changesRunning;
                   done(std::move(written));
               });
           });
}

// Writes made directly (secretservicewrite.h) under way, and the calls that
// wait for them: a single read, removal or other write sent meanwhile, over
// either connection, could reach the keychain before the item is made.
int g_directWrites = 0;
QList<std::function<void()>> g_afterDirectWrites;

#if defined(Q_OS_LINUX)
void directWriteEnded()
{
    if (--g_directWrites > 0)
        return;
    const QList<std::function<void()>> waiting = std::exchange(g_afterDirectWrites, {});
    for (const std::function<void()>& call : waiting)
        call();
}
#endif

// One CreateItem with the label where the keychain takes it at once; where
// it does not (locked, say), QtKeychain's write, which unlocks.
void writeDirectly(const QString& service, const QString& key, const SecretBytes& data,
                   const QString& label, KeychainBackend::Done done)
{
#if defined(Q_OS_LINUX)
    ++g_directWrites;
    SecretServiceWrite::write(service, key, data, label,
                              [service, key, data, label, done](bool made) {
                                  if (made)
                                      done(KeychainOutcome{KeychainOutcome::Ok, {}, {}});
                                  else
                                      writeLabelled(service, key, data, label, done);
                                  directWriteEnded();
                              });
#else
    writeLabelled(service, key, data, label, std::move(done));
#endif
}

// The old item goes, then the new one comes; `removedOld` says how far it got.
void removeThenWrite(const QString& service, const QString& key, const SecretBytes& data,
                     const QString& label, std::function<void(KeychainOutcome, bool)> done)
{
    runJob(KeychainBackend::Operation::Remove, service, key, {},
           [service, key, data, label, done](KeychainOutcome gone) {
               if (!removed(gone))
                   return done(std::move(gone), false);
               writeLabelled(service, key, data, label,
                             [done](KeychainOutcome written) { done(std::move(written), true); });
           });
}

} // namespace

void QtKeychainBackend::start(Operation op, const QString& service, const QString& key,
                              const SecretBytes& data, const QString& label, Done done)
{
    // KeePassXC 2.7.4 asks for access when a process replaces an item another
    // process made: there items are made anew; everywhere else, replaced
    if (KeychainProvider::recent().kind != KeychainProvider::Kind::KeePassXC)
        return replaceInPlace(op, service, key, data, label, std::move(done));
    m_queue.run(service + QLatin1Char('\n') + key,
                [op, service, key, data, label, done](std::function<void()> finished) {
                    Done answer = [done, finished](KeychainOutcome outcome) {
                        done(std::move(outcome));
                        finished();
                    };
                    switch (op) {
                    case Operation::Read:
                        return readStaged(service, key, std::move(answer));
                    case Operation::Write:
                        return recreate(service, key, data, label, std::move(answer));
                    case Operation::Remove:
                        return removeStaged(service, key, std::move(answer));
                    }
                });
}

void QtKeychainBackend::replaceInPlace(Operation op, const QString& service, const QString& key,
                                       const SecretBytes& data, const QString& label, Done done)
{
    if (g_directWrites > 0) {
        g_afterDirectWrites.append([op, service, key, data, label, done] {
            replaceInPlace(op, service, key, data, label, done);
        });
        return;
    }
    // GNOME Keyring is written and read over TokenDock's own connection,
    // unless QtKeychain is changing an item: then over libsecret's, in order
    // behind that change
    const bool direct = g_changesRunning == 0 && readsDirectly();
    // a path kept for the item would only cost its next read a failed look
    if (op == Operation::Remove)
        SecretServicePaths::forget(service, key);
    if (op == Operation::Write)
        return direct ? writeDirectly(service, key, data, label, std::move(done))
                      : writeLabelled(service, key, data, label, std::move(done));
    if (op == Operation::Read && direct)
        return readDirectly(service, key, std::move(done));
    runJob(op, service, key, {}, std::move(done));
}

// A secret not at its key may be at its staging key: a replacement cut short
// after the old item went and before the new one came.
void QtKeychainBackend::readStaged(const QString& service, const QString& key, Done done)
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

// Never replaces an item in place. A secret is written to its staging key
// first, so some item holds the newest one whatever step fails.
void QtKeychainBackend::recreate(const QString& service, const QString& key,
                                 const SecretBytes& data, const QString& label, Done done)
{
    if (!staged(key))
        return removeThenWrite(service, key, data, label,
                               [done](KeychainOutcome outcome, bool) { done(std::move(outcome)); });
    const QString next = stagingKey(key);
    runJob(Operation::Remove, service, next, {},
           [service, key, next, data, label, done](KeychainOutcome gone) {
               if (!removed(gone))
                   return done(std::move(gone));
               runJob(Operation::Write, service, next, data,
                      [service, key, next, data, label, done](KeychainOutcome staging) {
                          if (staging.code != KeychainOutcome::Ok)
                              return done(std::move(staging));
                          removeThenWrite(
                              service, key, data, label,
                              [service, next, done](KeychainOutcome outcome, bool removedOld) {
                                  settleStaging(service, next, std::move(outcome), removedOld,
                                                done);
                              });
                      });
           });
}

// After the item was made (or not): the staging copy goes, unless it holds
// the only copy of the secret (the old item gone, the new one not made).
void QtKeychainBackend::settleStaging(const QString& service, const QString& next,
                                      KeychainOutcome outcome, bool removedOld, Done done)
{
    if (outcome.code != KeychainOutcome::Ok && removedOld) {
        qCWarning(lcKeychain) << "a new secret is kept only under its staging item";
        return done(std::move(outcome));
    }
    runJob(Operation::Remove, service, next, {},
           [done, first = std::move(outcome)](KeychainOutcome gone) mutable {
               if (!removed(gone))
                   qCWarning(lcKeychain) << "a staging item was left behind:" << gone.detail;
               done(std::move(first));
           });
}

void QtKeychainBackend::removeStaged(const QString& service, const QString& key, Done done)
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

void KeychainBackend::relabel(const QString&, const QString&, const QString&,
                              std::function<void()> done)
{
    QTimer::singleShot(0, std::move(done));
}

void QtKeychainBackend::relabel(const QString& service, const QString& key, const QString& label,
                                std::function<void()> done)
{
    SecretServiceLabel::set(service, key, label, std::move(done));
}

std::function<void()> KeychainBackend::readMany(const QString&, const QStringList&,
                                                std::function<void(Answers)> done)
{
    auto stopped = std::make_shared<bool>(false);
    QTimer::singleShot(0, [stopped, done = std::move(done)] {
        if (!*stopped)
            done({});
    });
    return [stopped] {
        *stopped = true;
    };
}

#if defined(Q_OS_LINUX)
namespace {
// QtKeychain keeps items in the Secret Service through libsecret, which it
// loads when the program runs; without it, it falls back to keychains this
// read does not know. Loading it costs about 10 ms, so a library where Qt's
// own are is taken as found.
bool libsecretLoads()
{
    static const bool loads = QFile::exists(QLibraryInfo::path(QLibraryInfo::LibrariesPath) +
                                            QStringLiteral("/libsecret-1.so.0")) ||
                              QLibrary(QStringLiteral("secret-1"), 0).load();
    return loads;
}
} // namespace
#endif

bool QtKeychainBackend::readsDirectly()
{
#if defined(Q_OS_LINUX)
    // GNOME Keyring only: it hands out secrets without asking anyone, and
    // QtKeychain keeps its items there in libsecret's shape. KeePassXC may ask
    // for access item by item, and KWallet may not be behind the Secret Service.
    const KeychainProvider provider = KeychainProvider::recent();
    return provider.kind == KeychainProvider::Kind::GnomeKeyring && !provider.kwalletDirect &&
           libsecretLoads();
#else
    return false;
#endif
}

// What the Secret Service settles at once (the value, or no such item in an
// unlocked keychain); anything else (a locked item, a keychain that failed)
// goes through QtKeychain, which unlocks and words the trouble.
void QtKeychainBackend::readDirectly(const QString& service, const QString& key, Done done)
{
#if defined(Q_OS_LINUX)
    SecretServiceItems::read(service, {key}, [service, key, done](Answers answers) {
        const auto settled = answers.find(key);
        if (settled != answers.end())
            return done(std::move(*settled));
        runJob(Operation::Read, service, key, {}, done);
    });
#else
    runJob(Operation::Read, service, key, {}, std::move(done));
#endif
}

std::function<void()> QtKeychainBackend::readMany(const QString& service, const QStringList& keys,
                                                  std::function<void(Answers)> done)
{
#if defined(Q_OS_LINUX)
    if (readsDirectly())
        return SecretServiceItems::read(service, keys, std::move(done));
#endif
    return KeychainBackend::readMany(service, keys, std::move(done));
}

Message QtKeychainBackend::removalNote() const
{
    return KeychainMessages::afterRemoval(KeychainProvider::recent()).value_or(Message());
}

QString QtKeychainBackend::name() const
{
#if defined(Q_OS_MACOS)
    return QCoreApplication::translate("SecretStore", "the macOS Keychain");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate("SecretStore", "the Windows Credential Manager");
#else
    const KeychainProvider provider = KeychainProvider::recent();
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
    // "not found" reads the same whichever keychain answers: the bus is not
    // asked who that is for every account without a cached token
    if (status == SecretResult::NotFound)
        return done(KeychainMessages::generic(status, detail));
    const KeychainProvider provider = KeychainProvider::detect();
    if (!KeychainMessages::worthExamining(status, provider))
        return done(KeychainMessages::explain(status, detail, provider, KeychainState()));
    examineKeychain(provider, [status, detail, provider, done](const KeychainState& state) {
        done(KeychainMessages::explain(status, detail, provider, state));
    });
}
