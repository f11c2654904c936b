// SPDX-License-Identifier: Apache-2.0
#include "secretservicewrite.h"

#include "logging.h"
#include "secretservicecipher.h"
#include "secretservicewire.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
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
        std::array<quint32, 4> random{};
        QRandomGenerator::system()->fillRange(random.data(), random.size());
        const QByteArray iv(reinterpret_cast<const char*>(random.data()), 16);
        // what QtKeychain's libsecret items hold for binary data
        const SecretBytes text(m_data.expose().toBase64());
        const std::optional<QByteArray> value = m_cipher.encrypt(iv, text);
        if (!value)
            return finish(false);
        const Attributes attributes{{QStringLiteral("server"), m_service},
                                    {QStringLiteral("user"), m_key},
                                    {QStringLiteral("type"), QStringLiteral("base64")},
                                    {QStringLiteral("xdg:schema"), // untranslated: an attribute
                                     QStringLiteral("org.qt.keychain")}};
        const QVariantMap properties{
            {kItemInterface + QStringLiteral(".Label"), m_label},
            {kItemInterface + QStringLiteral(".Attributes"), QVariant::fromValue(attributes)}};
        QDBusMessage create = QDBusMessage::createMethodCall(
            kBusName, kDefaultCollection, QStringLiteral("org.freedesktop.Secret.Collection"),
            QStringLiteral("CreateItem"));
        create << properties
               << QVariant::fromValue(Secret{m_session, iv, *value, QStringLiteral("text/plain")})
               << true; // replace the item with these attributes, as libsecret does
        call(create, [this](const QList<QVariant>& made) { created(made); });
    }

    // (item, prompt): a prompt means the collection must be unlocked first,
    // which is for libsecret to ask the person through QtKeychain.
    void created(const QList<QVariant>& args)
    {
        const QString item = args.value(0).value<QDBusObjectPath>().path();
        const QString prompt = args.value(1).value<QDBusObjectPath>().path();
        if (prompt == QLatin1String("/") && !item.isEmpty() && item != QLatin1String("/"))
            return finish(true);
        if (!prompt.isEmpty() && prompt != QLatin1String("/"))
            m_bus.asyncCall(QDBusMessage::createMethodCall(
                kBusName, prompt, QStringLiteral("org.freedesktop.Secret.Prompt"),
                QStringLiteral("Dismiss")));
        finish(false);
    }

    void finish(bool made)
    {
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
