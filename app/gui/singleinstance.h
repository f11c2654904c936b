// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "instancemessage.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QLocalServer;
class QLocalSocket;
class QLockFile;

// One TokenDock per user (and one demo, under a name of its own): the first
// listens on a local socket in the user's private runtime folder, a second one
// hands its wish to the first and exits. See InstanceMessage for what travels.
// Without a private runtime folder there is no socket at all: each start then
// opens its own window. Either side talks only to a process of the same user.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    using Reply = std::function<void(const InstanceReply& reply)>;
    using Handler = std::function<void(const InstanceMessage& message, Reply reply)>;

    struct SendResult
    {
        bool reached = false; // an instance took the message
        std::optional<InstanceReply> reply;
        QString error; // reached but no usable answer, or why nothing was sent
    };

    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket's name: per user, in the private runtime folder. Empty, with
    // the reason in *why, when there is no such folder (Unix).
    static QString serverName(bool demo, QString* why = nullptr);
    // $XDG_RUNTIME_DIR when it is a folder of this user's that only this user
    // may enter (0700); otherwise empty, with the reason in *why.
    static QString privateRuntimeFolder(QString* why);
    // The user id of the process at the other end of a connected socket;
    // none when the system cannot tell.
    static std::optional<uint> peerUid(const QLocalSocket& socket);
    // Whether a peer may talk to this process: only when it runs as the same user.
    static bool peerAllowed(std::optional<uint> peer, uint own);
    // Held while deciding who is first, so two starting at once cannot both win.
    static std::unique_ptr<QLockFile> lockStartup(const QString& serverName);
    // Hands the message to the running instance and waits (blocking: for a
    // process that has no event loop running yet).
    static SendResult send(const QString& serverName, const InstanceMessage& message,
                           int timeoutMs);

    // Becomes the running instance; a socket left by a crashed one is replaced,
    // a live one is not (lockStartup() keeps two starts from racing here).
    bool listen(const QString& serverName, QString* error = nullptr);
    void close();
    bool isListening() const;
    QString serverName() const;
    // Answers each message; the reply may come later (after a copy finished).
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket* socket);

    QLocalServer* m_server;
    Handler m_handler;
    QHash<QLocalSocket*, QByteArray> m_buffers;
};
