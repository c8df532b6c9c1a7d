#include "portforwardstreams.h"

#include <QTcpSocket>

namespace Kaji::Kube {
namespace {

constexpr qint64 Chunk = 256 * 1024;
// Beyond HighWater queued for the local client, the tunnel stops reading;
// below LowWater it reads again.
constexpr qint64 HighWater = 4 * 1024 * 1024;
constexpr qint64 LowWater = 1024 * 1024;
constexpr int LingerMs = 10000;

} // namespace

PortForwardStreams::PortForwardStreams(QTcpSocket *local, QObject *parent) : QObject(parent), m_local(local)
{
    m_local->setParent(this);
    // Leave unread bytes in the kernel, where TCP flow control applies.
    m_local->setReadBufferSize(Chunk);
    // Small request/response exchanges must not wait for Nagle's algorithm.
    m_local->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_local, &QTcpSocket::readyRead, this, &PortForwardStreams::pumpLocal);
    connect(m_local, &QTcpSocket::bytesWritten, this, [this](qint64 written) {
        // Window is granted back only for what the client's socket took,
        // not for what waits in our queue, so a server that keeps windows
        // holds back a stream whose client does not read.
        if (m_tunnel && m_dataId)
            m_tunnel->consumed(m_dataId, written);
        if (m_remotePaused && m_local->bytesToWrite() < LowWater) {
            m_remotePaused = false;
            if (m_tunnel)
                m_tunnel->resumeReading();
        }
    });
    connect(m_local, &QTcpSocket::disconnected, this, &PortForwardStreams::onLocalClosed);
    m_linger.setSingleShot(true);
    m_linger.setInterval(LingerMs);
    connect(&m_linger, &QTimer::timeout, this, &PortForwardStreams::finish);
}

PortForwardStreams::~PortForwardStreams()
{
    m_local->disconnect(this);
    if (m_tunnel) {
        // No-ops for streams already done (or never opened: id 0).
        m_tunnel->reset(m_errorId);
        m_tunnel->reset(m_dataId);
        if (m_remotePaused)
            m_tunnel->resumeReading();
    }
}

void PortForwardStreams::attach(SpdyTunnel *tunnel, quint16 port, int requestId)
{
    m_tunnel = tunnel;
    connect(tunnel, &SpdyTunnel::writable, this, &PortForwardStreams::pumpLocal);
    connect(tunnel, &SpdyTunnel::windowOpened, this, &PortForwardStreams::pumpLocal);
    // Header names in lower case, as SPDY/3 requires.
    Spdy::Headers headers{{"streamtype", "error"}, {"port", QByteArray::number(port)},
                          {"requestid", QByteArray::number(requestId)}};
    tunnel->cork();
    m_errorId = tunnel->openStream(headers, this, true); // we never write on it
    headers[0].second = "data";
    m_dataId = tunnel->openStream(headers, this);
    tunnel->uncork();
}

void PortForwardStreams::streamReplied(quint32 id)
{
    // Kubernetes' SPDY server drops data that comes before its reply, so
    // the client's first bytes wait for it (one round trip; both streams
    // were opened at once, where kubectl waits for each in turn).
    if (id != m_dataId)
        return;
    m_replied = true;
    pumpLocal();
    if (m_localClosed)
        onLocalClosed();
}

QTcpSocket *PortForwardStreams::takeLocal()
{
    m_local->disconnect(this);
    m_local->setParent(nullptr);
    QTcpSocket *local = std::exchange(m_local, new QTcpSocket(this));
    finish();
    return local;
}

void PortForwardStreams::abort()
{
    m_local->disconnect(this);
    m_local->abort();
    finish();
}

void PortForwardStreams::pumpLocal()
{
    if (!m_tunnel || !m_replied || m_finished)
        return;
    while (m_local->bytesAvailable() > 0 && (m_tunnel->isWritable() || m_localClosed)) {
        const qint64 window = m_tunnel->sendWindow(m_dataId);
        if (window <= 0)
            return; // windowOpened() calls again
        const qint64 sent = m_tunnel->writeFrom(m_dataId, m_local, qMin(Chunk, window));
        if (sent <= 0)
            return;
        Q_EMIT transferred(0, sent);
        if (!m_tunnel)
            return;
    }
}

void PortForwardStreams::streamData(quint32 id, QByteArrayView data)
{
    if (id == m_errorId) {
        m_errorText += data;
        return;
    }
    if (m_local->state() == QAbstractSocket::ConnectedState)
        m_local->write(data.data(), data.size());
    else
        m_tunnel->consumed(id, data.size()); // dropped: nothing waits for the client
    Q_EMIT transferred(data.size(), 0);
    if (!m_remotePaused && m_local->bytesToWrite() > HighWater) {
        m_remotePaused = true;
        m_tunnel->pauseReading();
    }
}

void PortForwardStreams::streamFinished(quint32 id)
{
    if (id == m_errorId) {
        if (m_errorText.isEmpty())
            return;
        // The server could not reach the pod's port: this connection ends.
        Q_EMIT failed(QString::fromUtf8(m_errorText).trimmed());
        abort();
        return;
    }
    // The pod closed its side: so does the local connection, once our queue is written.
    closeLocal();
}

void PortForwardStreams::streamReset(quint32 id, bool tunnelEnded)
{
    if (id == m_errorId && !tunnelEnded)
        return;
    if (id == m_dataId)
        m_dataId = 0;
    if (tunnelEnded)
        m_tunnel.clear();
    closeLocal();
}

void PortForwardStreams::closeLocal()
{
    if (m_local->state() == QAbstractSocket::UnconnectedState) {
        finish();
        return;
    }
    connect(m_local, &QTcpSocket::disconnected, this, &PortForwardStreams::finish, Qt::UniqueConnection);
    m_local->disconnectFromHost(); // after the queued bytes
}

void PortForwardStreams::onLocalClosed()
{
    m_localClosed = true;
    if (!m_tunnel || !m_dataId) {
        if (!isAttached())
            finish(); // nothing was sent: nobody to tell
        return;
    }
    if (!m_replied)
        return; // streamReplied() comes back here
    pumpLocal();
    if (!m_tunnel)
        return;
    // Like a TCP half-close: the server ends its side when the pod does.
    m_tunnel->finish(m_dataId);
    m_linger.start();
}

void PortForwardStreams::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_linger.stop();
    Q_EMIT finished();
    deleteLater();
}

} // namespace Kaji::Kube
