#pragma once

// A TCP relay in front of the API server whose existing connections can be
// silenced: their sockets stay open and every byte either way is dropped,
// as when a VPN or NAT loses its state while neither end is told. New
// connections are relayed as before. Lives on the test's thread.

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace KajiTest {

class SilencingProxy : public QObject {
public:
    explicit SilencingProxy(quint16 upstreamPort) : m_upstreamPort(upstreamPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &SilencingProxy::accept);
        m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return int(m_pairs.size()); }
    // Every connection made so far goes silent for good.
    void silenceExisting()
    {
        for (Pair &pair : m_pairs)
            pair.silent = true;
    }

private:
    struct Pair {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        bool silent = false;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(this);
            client->setParent(this);
            const qsizetype index = m_pairs.size();
            m_pairs.append({client, upstream, false});
            connect(client, &QTcpSocket::readyRead, this, [this, index] { relay(index, true); });
            connect(upstream, &QTcpSocket::readyRead, this, [this, index] { relay(index, false); });
            // Bytes the client sent before the upstream connected wait in its buffer.
            connect(upstream, &QTcpSocket::connected, this, [this, index] { relay(index, true); });
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        }
    }

    void relay(qsizetype index, bool fromClient)
    {
        Pair &pair = m_pairs[index];
        if (!pair.client || !pair.upstream)
            return;
        QTcpSocket *from = fromClient ? pair.client.data() : pair.upstream.data();
        QTcpSocket *to = fromClient ? pair.upstream.data() : pair.client.data();
        if (fromClient && to->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray bytes = from->readAll();
        if (!pair.silent)
            to->write(bytes);
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QList<Pair> m_pairs;
};

} // namespace KajiTest
