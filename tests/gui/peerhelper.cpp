// SPDX-License-Identifier: Apache-2.0
// The other end of the single-instance socket, run as another user (setpriv)
// by tst_desktop:
//   peerhelper connect PATH   sends a raise message, prints "reply LINE" or "closed"
//   peerhelper listen PATH    listens (open to every user), prints "listening", then
//                             "received N" for the bytes its first client sent
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    QTextStream out(stdout);
    const QString path = args.at(2);
    if (args.at(1) == QLatin1String("connect")) {
        QLocalSocket socket;
        socket.connectToServer(path);
        if (!socket.waitForConnected(3000)) {
            out << "no connection " << socket.errorString() << Qt::endl;
            return 1;
        }
        socket.write("{\"app\":\"tokendock\",\"v\":1,\"cmd\":\"raise\"}\n");
        socket.waitForBytesWritten(3000);
        QByteArray answer;
        QDeadlineTimer deadline(5000);
        while (!answer.contains('\n') && socket.state() == QLocalSocket::ConnectedState &&
               !deadline.hasExpired()) {
            if (socket.waitForReadyRead(int(deadline.remainingTime())))
                answer += socket.readAll();
        }
        answer += socket.readAll();
        if (answer.contains('\n'))
            out << "reply " << QString::fromUtf8(answer.trimmed()) << Qt::endl;
        else
            out << "closed" << Qt::endl;
        return 0;
    }
    if (args.at(1) == QLatin1String("listen")) {
        QLocalServer server;
        server.setSocketOptions(QLocalServer::WorldAccessOption);
        QLocalServer::removeServer(path);
        if (!server.listen(path)) {
            out << "not listening " << server.errorString() << Qt::endl;
            return 1;
        }
        out << "listening" << Qt::endl;
        if (!server.waitForNewConnection(10000)) {
            out << "nobody came" << Qt::endl;
            return 1;
        }
        QLocalSocket* client = server.nextPendingConnection();
        QByteArray received;
        QDeadlineTimer deadline(2000);
        while (client->state() == QLocalSocket::ConnectedState && !deadline.hasExpired()) {
            if (client->waitForReadyRead(int(deadline.remainingTime())))
                received += client->readAll();
        }
        received += client->readAll();
        out << "received " << received.size() << Qt::endl;
        return 0;
    }
    return 2;
}
