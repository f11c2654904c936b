#pragma once

#include "instancemessage.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

// One TokenDock per user (and one demo, under a name of its own): the first
// listens on a local socket in the user's runtime folder, a second one hands
// its wish to the first and exits. See InstanceMessage for what travels.
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
        QString error; // reached but no usable answer
    };

    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket's name: per user, in the runtime folder where there is one.
    static QString serverName(bool demo);
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
