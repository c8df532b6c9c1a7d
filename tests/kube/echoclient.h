#pragma once

// A blocking HTTP client for the demo server's POST /echo, meant to run on
// its own thread (std::async) while the test's thread runs the event loop
// that drives the forward.

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QString>
#include <QTcpSocket>

#include <future>
#include <memory>

namespace KajiTest {

struct EchoReply {
    bool ok = false;
    QByteArray sha256; // of the echoed body
    qint64 bytes = 0;
    QString error;
};

// One keep-alive connection; every call is one request/response.
class EchoConnection {
public:
    bool connect(quint16 port, int timeoutMs = 15000)
    {
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket->waitForConnected(timeoutMs);
    }

    EchoReply echo(const QByteArray &body, int timeoutMs = 60000)
    {
        EchoReply reply;
        if (!m_socket) {
            reply.error = QStringLiteral("not connected");
            return reply;
        }
        QElapsedTimer clock;
        clock.start();
        // One write: a separate small header would wait on Nagle and delayed ACKs.
        m_socket->write("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + QByteArray::number(body.size())
                        + "\r\n\r\n" + body);
        QByteArray head;
        while (!head.contains("\r\n\r\n")) {
            if (!waitRead(clock, timeoutMs, reply))
                return reply;
            head += m_socket->readAll();
        }
        const qsizetype split = head.indexOf("\r\n\r\n") + 4;
        if (!head.startsWith("HTTP/1.1 200")) {
            reply.error = QString::fromUtf8(head.left(head.indexOf("\r\n")));
            if (head.startsWith("HTTP/1.1 501"))
                reply.error += QStringLiteral(": the cluster's demo server predates POST /echo; restart the cluster "
                                              "(tests/cluster/down.sh, up.sh) from this tree");
            return reply;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArrayView(head).sliced(split));
        reply.bytes = head.size() - split;
        while (reply.bytes < body.size()) {
            if (!waitRead(clock, timeoutMs, reply))
                return reply;
            const QByteArray data = m_socket->readAll();
            hash.addData(data);
            reply.bytes += data.size();
        }
        reply.sha256 = hash.result();
        reply.ok = reply.bytes == body.size();
        return reply;
    }

    void close() { m_socket.reset(); }

private:
    bool waitRead(const QElapsedTimer &clock, int timeoutMs, EchoReply &reply)
    {
        if (m_socket->bytesAvailable() > 0 || m_socket->waitForReadyRead(int(qMax<qint64>(1, timeoutMs - clock.elapsed()))))
            return true;
        reply.error = QStringLiteral("no answer after %1 bytes: %2").arg(reply.bytes).arg(m_socket->errorString());
        return false;
    }

    std::unique_ptr<QTcpSocket> m_socket;
};

// One request on a fresh connection.
inline EchoReply echoOnce(quint16 port, const QByteArray &body, int timeoutMs = 60000)
{
    EchoConnection connection;
    if (!connection.connect(port, timeoutMs)) {
        EchoReply reply;
        reply.error = QStringLiteral("cannot connect to 127.0.0.1:%1").arg(port);
        return reply;
    }
    return connection.echo(body, timeoutMs);
}

inline QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace KajiTest
