// SPDX-License-Identifier: Apache-2.0
#include "secretserviceitems.h"

#include "logging.h"
#include "secretservicecipher.h"
#include "secretservicepaths.h"
#include "secretservicewire.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace {

using namespace SecretServiceWire;

// replies the keychain is asked for at once while reading attributes: enough
// to keep it busy, far below the bus daemon's limit of pending replies
constexpr int kAttributeWindow = 256;
constexpr int kSecretsPerCall = 256;
// up to this many keys are searched for one by one, more through all of the
// service's items
constexpr qsizetype kKeysSearchedByName = 8;

// Where QtKeychain (libsecret) keeps a value: "base64" for what it was given
// as binary data, "plaintext" for text.
struct Wanted
{
    QString key;
    bool base64 = false;
};

// The item is not there (any more), as opposed to not saying what it is.
bool gone(const QDBusError& error)
{
    return error.type() == QDBusError::UnknownObject || error.type() == QDBusError::UnknownMethod ||
           error.name() == QLatin1String("org.freedesktop.Secret.Error.NoSuchObject");
}

class BulkRead;
// The read under way for a caller: a read from known paths hands over to a
// search when a path fails.
using Handle = std::shared_ptr<QPointer<BulkRead>>;

class BulkRead : public QObject
{
public:
    // With `hints` (each key's item path, from SecretServicePaths), the
    // items are asked directly and nothing is searched for, unless one of
    // them is not the key's item any more: then the keys are searched for.
    BulkRead(const QString& service, const QStringList& keys,
             std::function<void(SecretServiceItems::Answers)> done, Handle handle,
             QHash<QString, QDBusObjectPath> hints = {})
        : m_bus(QDBusConnection::sessionBus())
        , m_service(service)
        , m_keys(keys.cbegin(), keys.cend())
        , m_done(std::move(done))
        , m_handle(std::move(handle))
        , m_hints(std::move(hints))
    {
        registerTypes();
        *m_handle = this;
    }

    // Starts a read of the keys, later, on the calling thread.
    static void launch(const QString& service, const QStringList& keys,
                       std::function<void(SecretServiceItems::Answers)> done, const Handle& handle,
                       QHash<QString, QDBusObjectPath> hints = {})
    {
        auto* job = new BulkRead(service, keys, std::move(done), handle, std::move(hints));
        QMetaObject::invokeMethod(
            job, [job] { job->start(); }, Qt::QueuedConnection);
    }

    // The searches go first and need no session: the key pair is made while
    // the keychain compares every item it holds (it answers one call after
    // another, so OpenSession waits its turn behind them).
    void start()
    {
        if (m_finished) // stopped before it began
            return;
        if (!m_bus.isConnected() || m_keys.isEmpty())
            return finish(false);
        if (hinted()) {
            // the items answer for their attributes while the key pair is made
            m_paths = m_hints.values();
            advance();
        } else {
            search();
        }
        m_cipher = std::make_unique<SecretServiceCipher>();
        if (!m_cipher->isValid())
            return finish(false);
        QDBusMessage open = serviceCall(QStringLiteral("OpenSession"));
        open << QString::fromLatin1(SecretServiceCipher::kAlgorithm)
             << QVariant::fromValue(QDBusVariant(m_cipher->publicKey()));
        m_opening = true;
        auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(open, kCallTimeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this](QDBusPendingCallWatcher* w) {
                    w->deleteLater();
                    m_opening = false;
                    const QDBusMessage reply = w->reply();
                    if (reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 2)
                        m_session = reply.arguments().at(1).value<QDBusObjectPath>();
                    if (m_finished) // stopped while opening: the session is closed now
                        return closeSession();
                    if (reply.type() != QDBusMessage::ReplyMessage)
                        return failed(reply);
                    sessionOpened(reply);
                });
    }

    // The caller stopped waiting: no answer, and no more calls.
    void stop()
    {
        m_done = nullptr;
        finish(false);
    }

private:
    QDBusMessage serviceCall(const QString& method) const
    {
        return QDBusMessage::createMethodCall(kBusName, kServicePath, kServiceInterface, method);
    }

    // Sends a call; its reply, or the end of this read on an error.
    void call(const QDBusMessage& message, std::function<void(const QDBusMessage&)> answered)
    {
        auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, kCallTimeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, answered = std::move(answered)](QDBusPendingCallWatcher* w) {
                    w->deleteLater();
                    const QDBusMessage reply = w->reply();
                    if (m_finished)
                        return;
                    if (reply.type() != QDBusMessage::ReplyMessage)
                        return failed(reply);
                    answered(reply);
                });
    }

    void failed(const QDBusMessage& reply)
    {
        if (hinted())
            return searchInstead();
        qCInfo(lcKeychain) << "reading many items at once failed:" << reply.errorName();
        finish(false);
    }

    bool hinted() const { return !m_hints.isEmpty(); }

    // A known path failed (gone, another item, locked): the keys are searched
    // for by a read of their own, which answers the caller.
    void searchInstead()
    {
        if (m_finished)
            return;
        for (auto it = m_hints.cbegin(); it != m_hints.cend(); ++it) {
            if (!m_answers.contains(it.key()))
                SecretServicePaths::forget(m_service, it.key());
        }
        if (auto done = std::exchange(m_done, nullptr))
            launch(m_service, QStringList(m_keys.cbegin(), m_keys.cend()), std::move(done),
                   m_handle);
        finish(false);
    }

    void sessionOpened(const QDBusMessage& reply)
    {
        const QList<QVariant> args = reply.arguments();
        if (args.size() != 2)
            return finish(false);
        const QByteArray theirs = args.at(0).value<QDBusVariant>().variant().toByteArray();
        if (!m_cipher->agree(theirs))
            return finish(false);
        m_agreed = true;
        advance();
    }

    // A few keys are searched for by name: the keychain compares each search
    // with every item it holds, but a search per key is cheaper than every
    // one of the service's items answering for its attributes.
    void search()
    {
        QList<Attributes> searches;
        if (searchesByName()) {
            for (const QString& key : std::as_const(m_keys))
                searches.append(Attributes{{QStringLiteral("server"), m_service},
                                           {QStringLiteral("user"), key}});
        } else {
            searches.append(Attributes{{QStringLiteral("server"), m_service}});
        }
        m_searchesLeft = searches.size();
        for (const Attributes& attributes : std::as_const(searches)) {
            QDBusMessage message = serviceCall(QStringLiteral("SearchItems"));
            message << QVariant::fromValue(attributes);
            call(message, [this](const QDBusMessage& found) { searched(found); });
        }
    }

    void searched(const QDBusMessage& reply)
    {
        const QList<QVariant> args = reply.arguments();
        if (args.size() != 2)
            return finish(false);
        m_paths.append(qdbus_cast<QList<QDBusObjectPath>>(args.at(0)));
        // an item in a locked collection may be any key searched for: those
        // stay unsettled
        if (!qdbus_cast<QList<QDBusObjectPath>>(args.at(1)).isEmpty())
            m_lockedSeen = true;
        if (--m_searchesLeft == 0)
            advance();
    }

    bool searchesByName() const { return m_keys.size() <= kKeysSearchedByName; }
    // Searched by name, every item found is one of the keys; a known path
    // may have become another item since.
    bool asksAlongside() const { return searchesByName() && !hinted(); }

    // The next step once what it needs has come. Searched by name, every
    // item found is one of the keys, so its secret is asked for alongside its
    // attributes; the attributes still say which value (text or base64) it
    // holds before any is taken. Searched by service, only the wanted items'
    // secrets are asked for, once the attributes have said which they are.
    void advance()
    {
        if (m_finished || m_searchesLeft > 0)
            return;
        if (!m_attributesAsked) {
            m_attributesAsked = true;
            askAttributes();
            if (m_finished)
                return;
        }
        if (!m_agreed || (!asksAlongside() && !m_attributesRead))
            return;
        if (!m_secretsAsked) {
            m_secretsAsked = true;
            m_secretPaths = asksAlongside() ? m_paths : m_wanted.keys();
            askSecrets();
            return;
        }
        if (m_attributesRead && m_secretsRead) {
            if (!take())
                return finish(false);
            settle();
        }
    }

    void askAttributes()
    {
        while (m_asked < m_paths.size() && m_asked - m_attributesAnswered < kAttributeWindow) {
            const QDBusObjectPath path = m_paths.at(m_asked++);
            QDBusMessage get = QDBusMessage::createMethodCall(
                kBusName, path.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
                QStringLiteral("Get"));
            get << kItemInterface << QStringLiteral("Attributes");
            auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(get, kCallTimeoutMs), this);
            connect(watcher, &QDBusPendingCallWatcher::finished, this,
                    [this, path](QDBusPendingCallWatcher* w) {
                        w->deleteLater();
                        if (m_finished)
                            return;
                        ++m_attributesAnswered;
                        // an item removed meanwhile is simply not one of ours;
                        // one that did not say what it is may be any key
                        const QDBusPendingReply<QDBusVariant> reply = *w;
                        if (!reply.isError())
                            attributesRead(path, reply.value().variant());
                        else if (!gone(reply.error()))
                            m_unsure = true;
                        if (m_attributesAnswered == m_paths.size())
                            return attributesAllRead();
                        askAttributes();
                    });
        }
        if (m_paths.isEmpty())
            attributesAllRead();
    }

    void attributesAllRead()
    {
        m_attributesRead = true;
        if (hinted() && m_wanted.size() < m_keys.size())
            return searchInstead();
        advance();
    }

    void attributesRead(const QDBusObjectPath& path, const QVariant& value)
    {
        const Attributes attributes = qdbus_cast<Attributes>(value);
        const QString key = attributes.value(QStringLiteral("user"));
        const QString type = attributes.value(QStringLiteral("type"));
        if (attributes.value(QStringLiteral("server")) != m_service || !m_keys.contains(key))
            return;
        if (hinted() && m_hints.value(key) != path)
            return;
        const bool base64 = type == QLatin1String("base64");
        if (!base64 && type != QLatin1String("plaintext"))
            return;
        // QtKeychain looks for a text value before a binary one
        const auto earlier = m_pathOf.constFind(key);
        if (earlier != m_pathOf.cend()) {
            if (base64 || !m_wanted.value(*earlier).base64)
                return;
            m_wanted.remove(*earlier);
        }
        m_pathOf.insert(key, path);
        m_wanted.insert(path, Wanted{key, base64});
    }

    // In parts, so a person's own read is never queued behind all of them:
    // the keychain answers one call after another.
    void askSecrets()
    {
        if (m_secretsSent >= m_secretPaths.size()) {
            m_secretsRead = true;
            return advance();
        }
        const QList<QDBusObjectPath> part = m_secretPaths.mid(m_secretsSent, kSecretsPerCall);
        m_secretsSent += part.size();
        QDBusMessage get = serviceCall(QStringLiteral("GetSecrets"));
        get << QVariant::fromValue(part) << QVariant::fromValue(m_session);
        call(get, [this](const QDBusMessage& reply) {
            const QList<QVariant> args = reply.arguments();
            if (args.size() != 1)
                return finish(false);
            m_secrets.insert(qdbus_cast<Secrets>(args.at(0)));
            askSecrets();
        });
    }

    // The wanted items' values, decrypted; false when one does not decrypt.
    bool take()
    {
        const Secrets secrets = std::exchange(m_secrets, {});
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            const auto wanted = m_wanted.constFind(it.key());
            if (wanted == m_wanted.cend())
                continue;
            // libsecret hands out text only; QtKeychain would look further
            if (it->contentType != QLatin1String("text/plain"))
                continue;
            std::optional<SecretBytes> plain = m_cipher->decrypt(it->parameters, it->value);
            if (!plain) {
                qCWarning(lcKeychain) << "a secret from the keychain did not decrypt";
                return false;
            }
            KeychainOutcome outcome;
            outcome.data = valueOf(*plain, wanted->base64);
            m_answers.insert(wanted->key, std::move(outcome));
        }
        return true;
    }

    // A key with no item is NotFound, unless a locked item, or one that did
    // not say what it is, could be it. A key whose item gave no value (locked
    // meanwhile, not text) stays unsettled.
    void settle()
    {
        if (hinted()) {
            if (m_answers.size() < m_keys.size())
                return searchInstead();
            for (auto it = m_hints.cbegin(); it != m_hints.cend(); ++it)
                SecretServicePaths::remember(m_service, it.key(), it->path());
            return finish(true);
        }
        if (!m_lockedSeen && !m_unsure) {
            for (const QString& key : std::as_const(m_keys)) {
                if (!m_answers.contains(key) && !m_pathOf.contains(key))
                    m_answers.insert(key, KeychainOutcome{KeychainOutcome::NotFound, {}, {}});
            }
        }
        // a few keys are read for one account: where each is, for its next read
        if (searchesByName()) {
            for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
                if (it->code == KeychainOutcome::NotFound)
                    SecretServicePaths::forget(m_service, it.key());
                else if (m_pathOf.contains(it.key()))
                    SecretServicePaths::remember(m_service, it.key(),
                                                 m_pathOf.value(it.key()).path());
            }
        }
        finish(true);
    }

    // What QtKeychain would hand over: libsecret's text up to its first NUL,
    // decoded when it was stored as base64.
    static SecretBytes valueOf(const SecretBytes& stored, bool base64)
    {
        const QByteArray& text = stored.expose();
        const qsizetype end = text.indexOf('\0');
        const qsizetype size = end < 0 ? text.size() : end;
        if (!base64)
            return SecretBytes(text.constData(), size);
        return SecretBytes(QByteArray::fromBase64(QByteArray::fromRawData(text.constData(), size)));
    }

    void finish(bool settled)
    {
        if (m_finished)
            return;
        m_finished = true;
        if (auto done = std::exchange(m_done, nullptr))
            done(settled ? std::move(m_answers) : SecretServiceItems::Answers());
        // a session still being opened is closed once its path is known
        if (!m_opening)
            closeSession();
    }

    void closeSession()
    {
        if (!m_session.path().isEmpty()) {
            m_bus.asyncCall(QDBusMessage::createMethodCall(
                kBusName, m_session.path(), QStringLiteral("org.freedesktop.Secret.Session"),
                QStringLiteral("Close")));
        }
        deleteLater();
    }

    QDBusConnection m_bus;
    QString m_service;
    QSet<QString> m_keys;
    std::function<void(SecretServiceItems::Answers)> m_done;
    Handle m_handle;
    QHash<QString, QDBusObjectPath> m_hints;
    std::unique_ptr<SecretServiceCipher> m_cipher; // made once the searches are sent
    QDBusObjectPath m_session;
    bool m_agreed = false;
    qsizetype m_searchesLeft = 0;
    QList<QDBusObjectPath> m_paths;
    qsizetype m_asked = 0;
    qsizetype m_attributesAnswered = 0;
    bool m_lockedSeen = false;
    bool m_unsure = false; // an item did not tell its attributes
    bool m_finished = false;
    bool m_opening = false; // OpenSession asked, not answered yet
    QMap<QDBusObjectPath, Wanted> m_wanted;
    QHash<QString, QDBusObjectPath> m_pathOf; // of each wanted key
    bool m_attributesAsked = false;
    bool m_attributesRead = false;
    QList<QDBusObjectPath> m_secretPaths;
    bool m_secretsAsked = false;
    qsizetype m_secretsSent = 0;
    Secrets m_secrets; // as they came, encrypted, until all have come
    bool m_secretsRead = false;
    SecretServiceItems::Answers m_answers;
};

} // namespace

std::function<void()> SecretServiceItems::read(const QString& service, const QStringList& keys,
                                               std::function<void(Answers)> done)
{
    // a few keys whose items were read or written before: asked where they are
    QHash<QString, QDBusObjectPath> hints;
    if (keys.size() <= kKeysSearchedByName) {
        for (const QString& key : keys) {
            const QString path = SecretServicePaths::find(service, key);
            if (path.isEmpty()) {
                hints.clear();
                break;
            }
            hints.insert(key, QDBusObjectPath(path));
        }
    }
    const auto handle = std::make_shared<QPointer<BulkRead>>();
    BulkRead::launch(service, keys, std::move(done), handle, std::move(hints));
    return [handle] {
        if (*handle)
            (*handle)->stop();
    };
}
