#include "singleinstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcInstance, "tokendock.instance")

namespace {
// a client that connects and says nothing is dropped after this
constexpr int kClientSilenceMs = 5000;
} // namespace

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(bool demo)
{
    const QString base = demo ? QStringLiteral("tokendock-demo") : QStringLiteral("tokendock");
#if defined(Q_OS_WIN)
    // a named pipe: the user's name keeps users of one machine apart
    return base + QLatin1Char('-') + qEnvironmentVariable("USERNAME");
#else
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + QLatin1Char('/') + base + QStringLiteral(".socket");
    return QDir::tempPath() + QLatin1Char('/') + base + QLatin1Char('-') +
           QString::number(getuid()) + QStringLiteral(".socket");
#endif
}

std::unique_ptr<QLockFile> SingleInstance::lockStartup(const QString& serverName)
{
    const QString path =
        QDir::isAbsolutePath(serverName)
            ? serverName + QStringLiteral(".lock")
            : QDir::tempPath() + QLatin1Char('/') + serverName + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(10000);
    if (!lock->tryLock(5000))
        qCWarning(lcInstance) << "startup lock not taken:" << lock->error();
    return lock;
}

SingleInstance::SendResult SingleInstance::send(const QString& serverName,
                                                const InstanceMessage& message, int timeoutMs)
{
    SendResult result;
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(1000))
        return result; // nobody there
    result.reached = true;
    socket.write(message.encode());
    QDeadlineTimer deadline(timeoutMs);
    QByteArray buffer;
    while (!buffer.contains('\n')) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
        if (deadline.hasExpired() || socket.state() != QLocalSocket::ConnectedState) {
            buffer += socket.readAll();
            break;
        }
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            buffer += socket.readAll();
        if (buffer.size() > InstanceMessage::kMaxLineBytes)
            break;
    }
    const qsizetype end = buffer.indexOf('\n');
    if (end >= 0)
        result.reply = InstanceReply::decode(buffer.left(end));
    if (!result.reply)
        result.error = QCoreApplication::translate(
            "SingleInstance", "TokenDock is running but did not answer in time.");
    return result;
}

bool SingleInstance::listen(const QString& serverName, QString* error)
{
    close();
    // Asked first: with access options set, QLocalServer renames its socket
    // into place and would silently take the name from a live instance.
    QLocalSocket probe;
    probe.connectToServer(serverName);
    if (probe.waitForConnected(500)) {
        probe.abort();
        if (error)
            *error = QCoreApplication::translate("SingleInstance",
                                                 "Another TokenDock is already running.");
        return false;
    }
    // whatever is left is from an instance that did not end cleanly
    QLocalServer::removeServer(serverName);
    if (m_server->listen(serverName))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

void SingleInstance::close()
{
    if (m_server->isListening())
        m_server->close();
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

QString SingleInstance::serverName() const
{
    return m_server->fullServerName();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        QTimer::singleShot(kClientSilenceMs, socket, [this, socket] {
            if (m_buffers.contains(socket) && !m_buffers.value(socket).contains('\n'))
                socket->abort();
        });
    }
}

void SingleInstance::onReadyRead(QLocalSocket* socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray& buffer = m_buffers[socket];
    if (buffer.contains('\n'))
        return; // one message per connection
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf('\n');
    if (end < 0) {
        if (buffer.size() > InstanceMessage::kMaxLineBytes)
            socket->abort();
        return;
    }
    const QPointer<QLocalSocket> guard(socket);
    const Reply reply = [guard](const InstanceReply& r) {
        if (!guard)
            return;
        guard->write(r.encode());
        guard->flush();
        guard->disconnectFromServer();
    };
    QString error;
    const auto message = InstanceMessage::decode(buffer.left(end), &error);
    if (!message) {
        qCWarning(lcInstance) << "message refused:" << error;
        reply({false, 2, error});
        return;
    }
    qCDebug(lcInstance) << "message received, command" << int(message->command);
    if (m_handler)
        m_handler(*message, reply);
    else
        reply({false, 1, QCoreApplication::translate("SingleInstance", "Not ready yet.")});
}
