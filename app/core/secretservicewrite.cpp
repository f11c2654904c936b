// SPDX-License-Identifier: Apache-2.0
#include "secretservicewrite.h"

#include "logging.h"
#include "secretservicecipher.h"
#include "secretservicepaths.h"
#include "secretservicewire.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QObject>
#include <QRandomGenerator>

#include <array>
#include <optional>
#include <utility>

namespace {

using namespace SecretServiceWire;

// libsecret's SECRET_COLLECTION_DEFAULT, where QtKeychain writes
const QString kDefaultCollection = QStringLiteral("/org/freedesktop/secrets/aliases/default");

class DirectWrite : public QObject
{
public:
    DirectWrite(const QString& service, const QString& key, const SecretBytes& data,
                const QString& label, std::function<void(bool)> done)
        : m_bus(QDBusConnection::sessionBus())
        , m_service(service)
        , m_key(key)
        , m_data(data)
        , m_label(label)
        , m_done(std::move(done))
    {
        registerTypes();
    }

    void start()
    {
        if (!m_bus.isConnected() || !m_cipher.isValid())
            return finish(false);
        // an item written or read before is replaced where it is, once it
        // says it is still the one CreateItem would replace: no search
        const QString known = SecretServicePaths::find(m_service, m_key);
        if (!known.isEmpty()) {
            m_known = QDBusObjectPath(known);
            m_checkingKnown = true;
            // Attributes alone: GetAll makes GNOME Keyring look the item up
            // once per property, each a pass over every item it holds
            QDBusMessage get = QDBusMessage::createMethodCall(
                kBusName, known, QStringLiteral("org.freedesktop.DBus.Properties"),
                QStringLiteral("Get"));
            get << kItemInterface << QStringLiteral("Attributes");
            auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(get, kCallTimeoutMs), this);
            connect(watcher, &QDBusPendingCallWatcher::finished, this,
                    [this](QDBusPendingCallWatcher* w) {
                        w->deleteLater();
                        const QDBusPendingReply<QDBusVariant> reply = *w;
                        m_checkingKnown = false;
                        if (m_finished)
                            return;
                        if (reply.isError() ||
                            qdbus_cast<Attributes>(reply.value().variant()) != attributes()) {
                            SecretServicePaths::forget(m_service, m_key);
                            m_known = QDBusObjectPath();
                        }
                        if (!m_session.path().isEmpty())
                            store();
                    });
        }
        QDBusMessage open = QDBusMessage::createMethodCall(
            kBusName, kServicePath, kServiceInterface, QStringLiteral("OpenSession"));
        open << QString::fromLatin1(SecretServiceCipher::kAlgorithm)
             << QVariant::fromValue(QDBusVariant(m_cipher.publicKey()));
        call(open, [this](const QList<QVariant>& args) { opened(args); });
    }

private:
    // Sends a call; its reply's arguments, or the end of this write on an error.
    void call(const QDBusMessage& message, std::function<void(const QList<QVariant>&)> answered)
    {
        auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, kCallTimeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, answered = std::move(answered)](QDBusPendingCallWatcher* w) {
                    w->deleteLater();
                    const QDBusMessage reply = w->reply();
                    if (reply.type() == QDBusMessage::ReplyMessage)
                        return answered(reply.arguments());
                    qCInfo(lcKeychain) << "writing an item directly failed:" << reply.errorName();
                    finish(false);
                });
    }

    void opened(const QList<QVariant>& args)
    {
        if (args.size() != 2)
            return finish(false);
        m_session = args.at(1).value<QDBusObjectPath>();
        if (!m_cipher.agree(args.at(0).value<QDBusVariant>().variant().toByteArray()))
            return finish(false);
        if (!m_checkingKnown)
            store();
    }

    // The attributes QtKeychain gives an item of binary data.
    Attributes attributes() const
    {
        return Attributes{{QStringLiteral("server"), m_service},
                          {QStringLiteral("user"), m_key},
                          {QStringLiteral("type"), QStringLiteral("base64")},
                          {QStringLiteral("xdg:schema"), // untranslated: an attribute
                           QStringLiteral("org.qt.keychain")}};
    }

    // The value, encrypted for the session, as QtKeychain's libsecret items
    // hold binary data: base64 text.
    std::optional<Secret> secret()
    {
        std::array<quint32, 4> random{};
        QRandomGenerator::system()->fillRange(random.data(), random.size());
        const QByteArray iv(reinterpret_cast<const char*>(random.data()), 16);
        const SecretBytes text(m_data.expose().toBase64());
        const std::optional<QByteArray> value = m_cipher.encrypt(iv, text);
        if (!value)
            return std::nullopt;
        return Secret{m_session, iv, *value, QStringLiteral("text/plain")};
    }

    // Once the session is open and the known item (if any) has answered.
    void store()
    {
        const std::optional<Secret> value = secret();
        if (!value)
            return finish(false);
        if (!m_known.path().isEmpty())
            return replaceKnown(*value);
        create(*value);
    }

    void create(const Secret& value)
    {
        const QVariantMap properties{
            {kItemInterface + QStringLiteral(".Label"), m_label},
            {kItemInterface + QStringLiteral(".Attributes"), QVariant::fromValue(attributes())}};
        QDBusMessage create = QDBusMessage::createMethodCall(
            kBusName, kDefaultCollection, QStringLiteral("org.freedesktop.Secret.Collection"),
            QStringLiteral("CreateItem"));
        create << properties << QVariant::fromValue(value)
               << true; // replace the item with these attributes, as libsecret does
        call(create, [this](const QList<QVariant>& made) { created(made); });
    }

    // SetSecret on the item (refused while it is locked) and its label, as
    // CreateItem would give them; the item made anew through CreateItem if
    // either fails. A label this program gave the item already is not set
    // again: each call on an item is a pass over every item GNOME Keyring
    // holds (3 ms at 11,000 items).
    void replaceKnown(const Secret& value)
    {
        QDBusMessage set = QDBusMessage::createMethodCall(kBusName, m_known.path(), kItemInterface,
                                                          QStringLiteral("SetSecret"));
        set << QVariant::fromValue(value);
        const bool labelled = SecretServicePaths::label(m_service, m_key) == m_label;
        m_replies = labelled ? 1 : 2;
        sendToKnown(set, value);
        if (labelled)
            return;
        QDBusMessage label = QDBusMessage::createMethodCall(
            kBusName, m_known.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Set"));
        label << kItemInterface << QStringLiteral("Label")
              << QVariant::fromValue(QDBusVariant(m_label));
        sendToKnown(label, value);
    }

    void sendToKnown(const QDBusMessage& message, const Secret& value)
    {
        auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, kCallTimeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, value](QDBusPendingCallWatcher* w) {
                    w->deleteLater();
                    if (m_finished || m_replies == 0) // one failed: made anew already
                        return;
                    if (w->isError()) {
                        m_replies = 0;
                        SecretServicePaths::forget(m_service, m_key);
                        m_known = QDBusObjectPath();
                        return create(value);
                    }
                    if (--m_replies > 0)
                        return;
                    SecretServicePaths::remember(m_service, m_key, m_known.path(), m_label);
                    finish(true);
                });
    }

    // (item, prompt): a prompt means the collection must be unlocked first,
    // which is for libsecret to ask the person through QtKeychain.
    void created(const QList<QVariant>& args)
    {
        const QString item = args.value(0).value<QDBusObjectPath>().path();
        const QString prompt = args.value(1).value<QDBusObjectPath>().path();
        if (prompt == QLatin1String("/") && !item.isEmpty() && item != QLatin1String("/")) {
            SecretServicePaths::remember(m_service, m_key, item, m_label);
            return finish(true);
        }
        if (!prompt.isEmpty() && prompt != QLatin1String("/"))
            m_bus.asyncCall(QDBusMessage::createMethodCall(
                kBusName, prompt, QStringLiteral("org.freedesktop.Secret.Prompt"),
                QStringLiteral("Dismiss")));
        finish(false);
    }

    void finish(bool made)
    {
        if (m_finished)
            return;
        m_finished = true;
        if (!m_session.path().isEmpty())
            m_bus.asyncCall(QDBusMessage::createMethodCall(
                kBusName, m_session.path(), QStringLiteral("org.freedesktop.Secret.Session"),
                QStringLiteral("Close")));
        m_data.clear();
        if (auto done = std::exchange(m_done, nullptr))
            done(made);
        deleteLater();
    }

    QDBusConnection m_bus;
    QString m_service;
    QString m_key;
    SecretBytes m_data;
    QString m_label;
    std::function<void(bool)> m_done;
    SecretServiceCipher m_cipher;
    QDBusObjectPath m_session;
    QDBusObjectPath m_known; // the item's path as last seen, until it fails
    bool m_checkingKnown = false;
    int m_replies = 0; // from the known item, still to come
    bool m_finished = false;
};

} // namespace

void SecretServiceWrite::write(const QString& service, const QString& key, const SecretBytes& data,
                               const QString& label, std::function<void(bool made)> done)
{
    auto* job =
        new DirectWrite(service, key, data, label.isEmpty() ? service : label, std::move(done));
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
}
