#pragma once

#include "websocketrequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractSocket;
class QTcpSocket;
class QWebSocket;

// Lives on its session's thread (the GUI thread or a command's main thread);
// all I/O is asynchronous.
namespace Kaji::Kube {

// One accepted local TCP connection carried over one port-forward WebSocket
// (v4.channel.k8s.io, one port: data on channel 0, errors on channel 1).
// Reads from each side only while the other side's queue is short, so a slow
// reader on either end slows the sender instead of filling memory.
class PortForwardTunnel : public QObject {
    Q_OBJECT
public:
    // Takes ownership of `local`.
    PortForwardTunnel(QTcpSocket *local, QObject *parent = nullptr);
    ~PortForwardTunnel() override;

    // Opens the WebSocket. Again after failed(…, upgraded = false) to try
    // another pod or fresh credentials with the same local connection.
    void open(const WebSocketDial &dial);
    void abort();

    bool isUpgraded() const { return m_upgraded; }
    qint64 bytesIn() const { return m_bytesIn; } // pod → local client
    qint64 bytesOut() const { return m_bytesOut; } // local client → pod

    // The HTTP status in a refused upgrade, 0 when there was none.
    static int handshakeStatus(const QString &errorString);

Q_SIGNALS:
    void upgraded();
    // `upgraded` false: the WebSocket never opened (refused, unreachable);
    // the local connection is kept for another open(). True: the pod side
    // reported an error (text of the error channel) and the tunnel ends.
    void failed(const QString &message, int httpStatus, bool upgraded);
    void transferred(qint64 bytesIn, qint64 bytesOut); // increments
    void sessionTicket(const QByteArray &ticket); // for resuming TLS on the next tunnel
    void finished(); // both sides are closed; the tunnel deletes itself later

private:
    void onUpgraded();
    void onMessage(const QByteArray &message);
    void onSocketError();
    void pumpLocal();
    qint64 queuedForServer() const;
    void pauseRemote();
    void resumeRemote();
    void onLocalClosed();
    void onRemoteClosed();
    void finish();

    QTcpSocket *m_local;
    QPointer<QWebSocket> m_ws;
    QPointer<QAbstractSocket> m_wire; // the WebSocket's own TCP/TLS socket
    QTimer m_keepAlive;
    QTimer m_handshake; // until upgraded: a stalled server would never answer
    int m_unansweredPings = 0;
    QTimer m_drainPoll; // while the encrypted queue is full
    int m_headerLeft[2] = {2, 2}; // port header bytes still to strip, per channel
    QByteArray m_errorText;
    bool m_upgraded = false;
    bool m_remotePaused = false;
    bool m_localClosed = false;
    bool m_finished = false;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
};

} // namespace Kaji::Kube
