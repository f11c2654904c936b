// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpmessage.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

// A token endpoint that means harm: on 127.0.0.1 it reads each request whole
// and answers with exactly the status and body the test set, whatever they hold.
class HostileEndpoint : public QObject
{
public:
    HostileEndpoint()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2/token").arg(m_server.serverPort()));
    }
    int requestCount() const { return m_requests; }

    void answer(int status, const QByteArray& body,
                const QByteArray& contentType = "application/json")
    {
        m_response = HttpResponse::json(status, body, contentType);
    }
    void answer(int status, const QJsonObject& body)
    {
        answer(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            auto parser = std::make_shared<HttpRequestParser>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, parser] {
                if (parser->feed(socket->readAll()) == HttpRequestParser::Incomplete)
                    return;
                disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
                ++m_requests;
                socket->write(m_response.serialize());
                socket->disconnectFromHost();
            });
        }
    }

    QTcpServer m_server;
    HttpResponse m_response = HttpResponse::json(500, {});
    int m_requests = 0;
};
