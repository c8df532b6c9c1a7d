#pragma once

#include "spdytunnel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

// Lives on its session's thread; all I/O is asynchronous.
namespace Kaji::Kube {

// One accepted local TCP connection carried by a pair of streams in the
// forward's SPDY tunnel, as kubectl does it: an error stream (we send
// nothing on it; the server writes why the pod's port failed) and a data
// stream, both naming the port and a request id the server pairs them by.
class PortForwardStreams : public QObject, public SpdyStreamSink {
    Q_OBJECT
public:
    // Takes ownership of `local`.
    explicit PortForwardStreams(QTcpSocket *local, QObject *parent = nullptr);
    ~PortForwardStreams() override;

    void attach(SpdyTunnel *tunnel, quint16 port, int requestId);
    bool isAttached() const { return m_dataId != 0; }
    void abort();
    // Hands the still unattached connection over (to a per-connection
    // WebSocket when the server has no tunnel); this object then finishes.
    QTcpSocket *takeLocal();

Q_SIGNALS:
    void failed(const QString &message); // the pod side's error text
    void transferred(qint64 bytesIn, qint64 bytesOut); // increments
    void finished(); // both sides are done; deletes itself later

private:
    void streamReplied(quint32 id) override;
    void streamData(quint32 id, QByteArrayView data) override;
    void streamFinished(quint32 id) override;
    void streamReset(quint32 id, bool tunnelEnded) override;
    void pumpLocal();
    void onLocalClosed();
    void closeLocal();
    void finish();

    QTcpSocket *m_local;
    QPointer<SpdyTunnel> m_tunnel;
    QTimer m_linger; // after our FIN, how long the server's is waited for
    QByteArray m_errorText;
    quint32 m_errorId = 0;
    quint32 m_dataId = 0;
    bool m_replied = false; // the data stream's SYN_REPLY came
    bool m_remotePaused = false;
    bool m_localClosed = false;
    bool m_finished = false;
};

} // namespace Kaji::Kube
