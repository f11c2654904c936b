// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A loopback HTTP endpoint that keeps every byte it receives, exactly as it
// arrived (no parsing that could hide an injected header line), and answers
// each request with one canned response. For tests that assert what a
// client puts on the wire, or what it shows of a hostile answer.
class RawHttpServer : public QObject
{
public:
    explicit RawHttpServer(QObject* parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString& path = QStringLiteral("/oauth2/token")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    // The answer to every request: status and a JSON body.
    void answer(int status, const QByteArray& json)
    {
        m_status = status;
        m_body = json;
    }

    // Everything received so far, every connection's bytes one after another.
    QByteArray received() const { return m_received; }
    int connections() const { return m_connections; }
    int answered() const { return m_answered; }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& pending = m_pending[socket];
        const QByteArray bytes = socket->readAll();
        pending += bytes;
        m_received += bytes;
        const qsizetype end = pending.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : pending.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (pending.size() < end + 4 + length)
            return;
        m_pending.remove(socket);
        ++m_answered;
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                      (m_status == 200 ? " OK" : " Bad Request") +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_status = 200;
    QByteArray m_body;
    QByteArray m_received;
    int m_connections = 0;
    int m_answered = 0;
    QHash<QTcpSocket*, QByteArray> m_pending;
};
