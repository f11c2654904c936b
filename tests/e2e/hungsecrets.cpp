// SPDX-License-Identifier: Apache-2.0
// A Secret Service that misbehaves on purpose. It owns org.freedesktop.secrets
// on the session bus and either swallows every call (`silent`: a keyring stuck
// behind an unanswered prompt) or refuses every call (`deny`: access denied).
// Prints "ready" once it owns the name.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QTextStream>

namespace {
class Misbehave final : public QDBusVirtualObject
{
public:
    explicit Misbehave(bool deny)
        : m_deny(deny)
    {}
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        if (m_deny) {
            connection.send(
                message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"),
                                         QStringLiteral("Access to the keyring was denied")));
            return true;
        }
        // keep the message alive and never reply
        m_swallowed.append(message);
        return true;
    }

private:
    bool m_deny;
    QList<QDBusMessage> m_swallowed;
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    Misbehave service(app.arguments().value(1) == QLatin1String("deny"));
    if (!bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &service,
                                   QDBusConnection::SubPath) ||
        !bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        QTextStream(stderr) << "could not own org.freedesktop.secrets\n";
        return 1;
    }
    QTextStream(stdout) << "ready" << Qt::endl;
    return app.exec();
}
