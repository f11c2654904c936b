// SPDX-License-Identifier: Apache-2.0
#include "singleinstance.h"

#include "privatefiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <sys/stat.h>
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

QString SingleInstance::serverName(bool demo, QString* why)
{
    const QString base = demo ? QStringLiteral("tokendock-demo") : QStringLiteral("tokendock");
#if defined(Q_OS_WIN)
    Q_UNUSED(why)
    // a named pipe: the user's name keeps users of one machine apart
    return base + QLatin1Char('-') + qEnvironmentVariable("USERNAME");
#else
    // never a shared folder such as /tmp: another user could take the name first
    QString reason;
    const QString folder = privateRuntimeFolder(&reason);
    if (folder.isEmpty()) {
        if (why)
            *why = reason;
        return {};
    }
    return folder + QLatin1Char('/') + base + QStringLiteral(".socket");
#endif
}

QString SingleInstance::privateRuntimeFolder(QString* why)
{
#if defined(Q_OS_UNIX)
#if defined(Q_OS_MACOS)
    // no XDG_RUNTIME_DIR here: a folder of TokenDock's own in the user's Library
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
                           QStringLiteral("/tokendock");
    PrivateFiles::makeOwnFolder(folder);
#else
    const QString folder = qEnvironmentVariable("XDG_RUNTIME_DIR");
#endif
    const QString shown = QDir::toNativeSeparators(folder);
    struct stat st = {};
    QString reason;
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder))
        reason = tr("XDG_RUNTIME_DIR is not set, so there is no private folder for the socket "
                    "through which a second start reaches the running TokenDock.");
    else if (::stat(QFile::encodeName(folder).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        reason = tr("%1 (XDG_RUNTIME_DIR) is not a folder.").arg(shown);
    else if (st.st_uid != geteuid())
        reason = tr("%1 (XDG_RUNTIME_DIR) belongs to another user.").arg(shown);
    else if ((st.st_mode & 077) != 0)
        reason =
            tr("%1 (XDG_RUNTIME_DIR) is open to other users (mode %2); it must be 0700.")
                .arg(shown, QStringLiteral("0%1").arg(st.st_mode & 0777, 3, 8, QLatin1Char('0')));
    if (reason.isEmpty())
        return folder;
    if (why)
        *why = reason;
    return {};
#else
    Q_UNUSED(why)
    return {};
#endif
}

std::optional<uint> SingleInstance::peerUid(const QLocalSocket& socket)
{
#if defined(Q_OS_LINUX)
    struct ucred cred = {};
    socklen_t size = sizeof(cred);
    if (socket.socketDescriptor() < 0 ||
        getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &cred, &size) != 0 ||
        size != sizeof(cred))
        return std::nullopt;
    return uint(cred.uid);
#elif defined(Q_OS_UNIX)
    uid_t uid = 0;
    gid_t gid = 0;
    if (socket.socketDescriptor() < 0 ||
        getpeereid(int(socket.socketDescriptor()), &uid, &gid) != 0)
        return std::nullopt;
    return uint(uid);
#else
    Q_UNUSED(socket)
    return std::nullopt;
#endif
}

bool SingleInstance::peerAllowed(std::optional<uint> peer, uint own)
{
#if defined(Q_OS_UNIX)
    return peer && *peer == own;
#else
    // a named pipe created with UserAccessOption admits this user only
    Q_UNUSED(peer)
    Q_UNUSED(own)
    return true;
#endif
}

namespace {
uint ownUid()
{
#if defined(Q_OS_UNIX)
    return uint(geteuid());
#else
    return 0;
#endif
}
} // namespace

std::unique_ptr<QLockFile> SingleInstance::lockStartup(const QString& serverName)
{
    const QString path =
        QDir::isAbsolutePath(serverName)
            ? serverName + QStringLiteral(".lock")
            : QDir::tempPath() + QLatin1Char('/') + serverName + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(10000);
    if (!PrivateFiles::lock(*lock, 5000))
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
    // not a word to a process of another user, whatever the folder's state
    if (!peerAllowed(peerUid(socket), ownUid())) {
        socket.abort();
        result.error = tr("%1 belongs to another user; TokenDock did not use it.")
                           .arg(QDir::toNativeSeparators(serverName));
        qCWarning(lcInstance) << "the instance socket belongs to another user; nothing sent";
        return result;
    }
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
    if (serverName.isEmpty()) {
        if (error)
            *error = tr("There is no private folder for the socket.");
        return false;
    }
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
        // only this user's processes are heard; others are dropped unread
        const std::optional<uint> peer = peerUid(*socket);
        if (!peerAllowed(peer, ownUid())) {
            qCWarning(lcInstance) << "connection from another user dropped, uid"
                                  << (peer ? qint64(*peer) : -1);
            socket->abort();
            socket->deleteLater();
            continue;
        }
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
