#include "portforwardtunnel.h"

#include "timeouts.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>
#include <QWebSocket>

namespace Kaji::Kube {
namespace {

const QString Subprotocol = QStringLiteral("v4.channel.k8s.io");
constexpr qint64 Chunk = 256 * 1024;
// Queue limits: beyond HighWater a side stops reading from the other, below
// LowWater it starts again. TCP flow control then pushes back to the sender.
constexpr qint64 HighWater = 4 * 1024 * 1024;
constexpr qint64 LowWater = 1024 * 1024;
// Some proxies and load balancers drop WebSockets that stay silent.
constexpr int KeepAliveMs = 30000;
// Pings left unanswered before the server is taken for stalled (the
// connection may stay open with nothing behind it).
constexpr int MaxUnansweredPings = 3;
constexpr int DrainPollMs = 5;

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::PortForwardTunnel", text);
}

} // namespace

PortForwardTunnel::PortForwardTunnel(QTcpSocket *local, QObject *parent)
    : QObject(parent), m_local(local)
{
    m_local->setParent(this);
    // Leave unread bytes in the kernel, where TCP flow control applies.
    m_local->setReadBufferSize(Chunk);
    // Small request/response exchanges must not wait for Nagle's algorithm.
    m_local->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_local, &QTcpSocket::readyRead, this, &PortForwardTunnel::pumpLocal);
    connect(m_local, &QTcpSocket::bytesWritten, this, [this] {
        if (m_remotePaused && m_local->bytesToWrite() < LowWater)
            resumeRemote();
    });
    connect(m_local, &QTcpSocket::disconnected, this, &PortForwardTunnel::onLocalClosed);
    m_drainPoll.setSingleShot(true);
    m_drainPoll.setInterval(DrainPollMs);
    connect(&m_drainPoll, &QTimer::timeout, this, &PortForwardTunnel::pumpLocal);
    m_keepAlive.setInterval(KeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        if (!m_ws || !m_upgraded)
            return;
        if (++m_unansweredPings > MaxUnansweredPings) {
            // Ends like a closed WebSocket: the local connection closes and
            // the client sees it, instead of waiting forever.
            m_ws->disconnect(this);
            m_ws->abort();
            onRemoteClosed();
            return;
        }
        m_ws->ping();
    });
    m_handshake.setSingleShot(true);
    connect(&m_handshake, &QTimer::timeout, this, [this] {
        if (m_upgraded || !m_ws)
            return;
        m_ws->disconnect(this);
        m_ws->abort();
        Q_EMIT failed(Timeouts::noAnswerWithin(m_handshake.interval()), 0, false);
    });
}

PortForwardTunnel::~PortForwardTunnel()
{
    // The sockets die after this object: their last signals must not reach it.
    if (m_ws)
        m_ws->disconnect(this);
    m_local->disconnect(this);
}

int PortForwardTunnel::handshakeStatus(const QString &errorString)
{
    // Qt 6.4 gives no access to the refused response, only this text.
    static const QRegularExpression status(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch match = status.match(errorString);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

void PortForwardTunnel::open(const WebSocketDial &dial)
{
    if (m_ws) {
        m_ws->disconnect(this);
        m_ws->abort();
        m_ws->deleteLater();
    }
    m_headerLeft[0] = m_headerLeft[1] = 2;
    m_ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_ws, &QWebSocket::connected, this, &PortForwardTunnel::onUpgraded);
    connect(m_ws, &QWebSocket::binaryMessageReceived, this, &PortForwardTunnel::onMessage);
    connect(m_ws, &QWebSocket::bytesWritten, this, &PortForwardTunnel::pumpLocal);
    connect(m_ws, &QWebSocket::disconnected, this, &PortForwardTunnel::onRemoteClosed);
    connect(m_ws, &QWebSocket::pong, this, [this] { m_unansweredPings = 0; });
    connect(m_ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &PortForwardTunnel::onSocketError);
    m_unansweredPings = 0;
    m_handshake.start(Timeouts::current().requestMs);
    QSslSocket *tls = openWebSocket(m_ws, dial, Subprotocol);
    // TLS 1.3 tickets arrive after the handshake; the session keeps the
    // latest so the next connection resumes instead of a full handshake.
    if (tls) {
        connect(tls, &QSslSocket::newSessionTicketReceived, this,
                [this, tls] { Q_EMIT sessionTicket(tls->sslConfiguration().sessionTicket()); });
    }
}

void PortForwardTunnel::abort()
{
    // Each socket's close would otherwise call back into the other's.
    if (m_ws) {
        m_ws->disconnect(this);
        m_ws->abort();
    }
    m_local->disconnect(this);
    m_local->abort();
    finish();
}

void PortForwardTunnel::onUpgraded()
{
    if (m_ws->subprotocol() != Subprotocol) {
        const QString text = message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardTunnel",
                                                       "the server did not accept the WebSocket protocol %1"))
                                 .arg(Subprotocol);
        m_ws->disconnect(this);
        m_ws->abort();
        Q_EMIT failed(text, 0, false);
        return;
    }
    m_upgraded = true;
    m_handshake.stop();
    m_wire = m_ws->findChild<QAbstractSocket *>();
    if (m_wire)
        m_wire->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_keepAlive.start();
    Q_EMIT upgraded();
    pumpLocal();
    if (m_localClosed)
        onLocalClosed();
}

void PortForwardTunnel::onMessage(const QByteArray &frame)
{
    if (frame.isEmpty())
        return;
    const int channel = quint8(frame.at(0));
    if (channel > 1)
        return;
    QByteArrayView payload = QByteArrayView(frame).sliced(1);
    // Each channel starts with the port number (2 bytes, little endian).
    const qsizetype strip = qMin<qsizetype>(m_headerLeft[channel], payload.size());
    m_headerLeft[channel] -= int(strip);
    payload = payload.sliced(strip);
    if (payload.isEmpty())
        return;
    if (channel == 1) {
        m_errorText += payload;
        Q_EMIT failed(QString::fromUtf8(m_errorText).trimmed(), 0, true);
        return;
    }
    m_local->write(payload.data(), payload.size());
    m_bytesIn += payload.size();
    Q_EMIT transferred(payload.size(), 0);
    if (m_local->bytesToWrite() > HighWater)
        pauseRemote();
}

void PortForwardTunnel::pauseRemote()
{
    // QWebSocket has no pause: stop it from seeing the wire's readyRead and
    // cap the wire's buffer, so unread frames stay in the kernel.
    if (!m_wire || m_remotePaused)
        return;
    m_remotePaused = true;
    m_wire->setReadBufferSize(Chunk);
    m_wire->blockSignals(true);
}

void PortForwardTunnel::resumeRemote()
{
    m_remotePaused = false;
    if (!m_wire)
        return;
    m_wire->blockSignals(false);
    m_wire->setReadBufferSize(0);
    if (m_wire->state() != QAbstractSocket::ConnectedState) {
        onRemoteClosed(); // a close seen while its signals were blocked
        return;
    }
    if (m_wire->bytesAvailable() > 0)
        QMetaObject::invokeMethod(m_wire, "readyRead", Qt::QueuedConnection);
}

void PortForwardTunnel::pumpLocal()
{
    if (!m_upgraded || !m_ws)
        return;
    while (m_local->bytesAvailable() > 0 && (m_localClosed || queuedForServer() < HighWater)) {
        QByteArray frame(1, '\0');
        frame += m_local->read(Chunk);
        m_ws->sendBinaryMessage(frame);
        m_bytesOut += frame.size() - 1;
        Q_EMIT transferred(0, frame.size() - 1);
    }
    // Held back by bytes TLS has encrypted and the wire not yet taken: no
    // signal tells when those leave (measured: waiting on one stalled
    // transfers to a quarter of their speed), so look again shortly.
    if (m_local->bytesAvailable() > 0 && !m_localClosed)
        m_drainPoll.start();
}

qint64 PortForwardTunnel::queuedForServer() const
{
    // QWebSocket counts what waits to be encrypted, not what TLS already
    // encrypted and queued for the wire: both are held in this process.
    const auto *tls = qobject_cast<const QSslSocket *>(m_wire.data());
    return m_ws->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

void PortForwardTunnel::onSocketError()
{
    if (m_upgraded || !m_ws)
        return;
    m_handshake.stop();
    const QString text = m_ws->errorString();
    m_ws->disconnect(this);
    Q_EMIT failed(text, handshakeStatus(text), false);
}

void PortForwardTunnel::onLocalClosed()
{
    m_localClosed = true;
    if (!m_upgraded) {
        // Nothing was sent yet: there is nobody to tell.
        if (m_ws)
            m_ws->abort();
        finish();
        return;
    }
    pumpLocal();
    // No half-close in this protocol: closing the WebSocket ends both ways.
    if (m_ws && m_ws->state() == QAbstractSocket::ConnectedState)
        m_ws->close();
    else
        finish();
}

void PortForwardTunnel::onRemoteClosed()
{
    if (!m_upgraded)
        return; // reported by onSocketError
    m_keepAlive.stop();
    m_ws->disconnect(this); // the WebSocket is done; its later signals are noise
    if (m_local->state() == QAbstractSocket::UnconnectedState)
        finish();
    else
        m_local->disconnectFromHost(); // after the queued bytes; finish() follows
    connect(m_local, &QTcpSocket::disconnected, this, &PortForwardTunnel::finish, Qt::UniqueConnection);
}

void PortForwardTunnel::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_keepAlive.stop();
    m_handshake.stop();
    Q_EMIT finished();
    deleteLater();
}

} // namespace Kaji::Kube
