#include "websocketconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QtEndian>

#include <cstring>

namespace Kaji::Kube {
namespace {

constexpr qint64 ReadChunk = 1024 * 1024;
constexpr qsizetype MaxHandshake = 64 * 1024;
constexpr quint8 OpContinuation = 0x0, OpText = 0x1, OpBinary = 0x2, OpClose = 0x8, OpPing = 0x9, OpPong = 0xa;

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::WebSocketConnection", text);
}

// Clients mask every byte they send (RFC 6455 5.3); eight at a time.
void mask(char *data, qsizetype size, const char key[4])
{
    quint64 wide;
    char pattern[8];
    for (int i = 0; i < 8; ++i)
        pattern[i] = key[i % 4];
    std::memcpy(&wide, pattern, 8);
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 chunk;
        std::memcpy(&chunk, data + i, 8);
        chunk ^= wide;
        std::memcpy(data + i, &chunk, 8);
    }
    for (; i < size; ++i)
        data[i] ^= key[i % 4];
}

} // namespace

WebSocketConnection::WebSocketConnection(QObject *parent) : QObject(parent) {}

WebSocketConnection::~WebSocketConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void WebSocketConnection::open(const WebSocketDial &dial, const QByteArray &subprotocol)
{
    m_dial = dial;
    m_offered = subprotocol;
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
    m_key = nonce.toBase64();
    m_socket = new QSslSocket(this);
    m_socket->setProxy(dial.proxy);
    m_socket->setSslConfiguration(dial.tls);
    // tls-server-name is both the name sent (SNI) and the one verified.
    if (!dial.tlsServerName.isEmpty())
        m_socket->setPeerVerifyName(dial.tlsServerName);
    connect(m_socket, &QSslSocket::readyRead, this, &WebSocketConnection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &WebSocketConnection::bytesWritten);
    connect(m_socket, &QSslSocket::newSessionTicketReceived, this,
            [this] { Q_EMIT sessionTicket(m_socket->sslConfiguration().sessionTicket()); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (!m_upgraded)
            fail(m_socket->errorString());
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_upgraded && !m_done) {
            m_done = true;
            Q_EMIT disconnected();
        } else if (!m_upgraded) {
            fail(message(QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketConnection", "the server closed the connection")));
        }
    });
    const QUrl url = dial.request.url();
    const bool secure = url.scheme() == QLatin1String("wss");
    if (secure) {
        connect(m_socket, &QSslSocket::encrypted, this, &WebSocketConnection::onEncrypted);
        m_socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    } else {
        connect(m_socket, &QSslSocket::connected, this, &WebSocketConnection::onEncrypted);
        m_socket->connectToHost(url.host(), quint16(url.port(80)));
    }
}

void WebSocketConnection::onEncrypted()
{
    // Small request/response exchanges must not wait for Nagle's algorithm
    // (set now: Qt drops options given before the socket exists).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QUrl url = m_dial.request.url();
    QByteArray request = "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n";
    request += "Host: " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemovePath | QUrl::RemoveQuery).mid(2) + "\r\n";
    request += "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n";
    request += "Sec-WebSocket-Key: " + m_key + "\r\n";
    request += "Sec-WebSocket-Protocol: " + m_offered + "\r\n";
    for (const QByteArray &name : m_dial.request.rawHeaderList())
        request += name + ": " + m_dial.request.rawHeader(name) + "\r\n";
    request += "\r\n";
    m_socket->write(request);
}

void WebSocketConnection::onReadyRead()
{
    if (m_paused || m_done)
        return;
    if (!m_upgraded) {
        m_buffer += m_socket->readAll();
        if (!readHandshake())
            return;
    }
    readFrames();
}

bool WebSocketConnection::readHandshake()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > MaxHandshake)
            fail(message(QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketConnection", "the server's answer is not HTTP")));
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    const int status = statusLine.value(1).toInt();
    QByteArray accept;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "sec-websocket-accept")
            accept = value;
        else if (name == "sec-websocket-protocol")
            m_subprotocol = value;
    }
    if (status != 101) {
        // The body (a Kubernetes Status, usually) says why.
        const QByteArray body = m_buffer.mid(end + 4, 512).trimmed();
        fail(message(QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketConnection", "the upgrade was refused, status code: %1 %2"))
                 .arg(status)
                 .arg(QString::fromUtf8(body)),
             status);
        return false;
    }
    const QByteArray expected = QCryptographicHash::hash(m_key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                                         QCryptographicHash::Sha1)
                                    .toBase64();
    if (accept != expected) {
        fail(message(QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketConnection", "the server's WebSocket answer is not valid")));
        return false;
    }
    m_pos = end + 4;
    m_upgraded = true;
    m_socket->setReadBufferSize(ReadChunk);
    Q_EMIT connected();
    return true;
}

void WebSocketConnection::readFrames()
{
    for (;;) {
        if (m_paused || m_done || !m_socket)
            return;
        // Consumed bytes are dropped in one move, not one per frame.
        if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos > ReadChunk)) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        const qsizetype available = m_buffer.size() - m_pos;
        // Server frames: FIN/opcode, length (7, 16 or 64 bits), no mask.
        const auto *head = reinterpret_cast<const uchar *>(m_buffer.constData() + m_pos);
        quint64 length = available >= 2 ? head[1] & 0x7f : 0;
        qsizetype offset = 2;
        if (length == 126) {
            length = available >= 4 ? qFromBigEndian<quint16>(head + 2) : 0;
            offset = 4;
        } else if (length == 127) {
            length = available >= 10 ? qFromBigEndian<quint64>(head + 2) : 0;
            offset = 10;
        }
        const bool masked = available >= 2 && (head[1] & 0x80);
        if (masked)
            offset += 4;
        if (length > quint64(64 * 1024 * 1024)) {
            fail(message(QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketConnection", "the server sent a frame too large")));
            return;
        }
        if (available < offset || quint64(available - offset) < length) {
            if (m_socket->bytesAvailable() == 0)
                return; // readyRead() brings the rest
            m_buffer += m_socket->read(qMax<qint64>(ReadChunk, qint64(length) + offset - available));
            continue;
        }
        const quint8 opcode = head[0] & 0x0f;
        QByteArray payload = m_buffer.mid(m_pos + offset, qsizetype(length));
        if (masked)
            mask(payload.data(), payload.size(), m_buffer.constData() + m_pos + offset - 4);
        m_pos += offset + qsizetype(length);
        switch (opcode) {
        case OpBinary:
        case OpContinuation:
        case OpText:
            if (!payload.isEmpty())
                Q_EMIT received(payload);
            break;
        case OpPing:
            sendFrame(OpPong, payload);
            break;
        case OpPong:
            break;
        case OpClose:
            if (!m_closing)
                sendFrame(OpClose, QByteArrayView(payload).first(qMin<qsizetype>(2, payload.size())));
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        default:
            break;
        }
    }
}

void WebSocketConnection::send(QByteArrayView data)
{
    sendFrame(OpBinary, data);
}

void WebSocketConnection::sendFrame(quint8 opcode, QByteArrayView payload)
{
    if (!m_socket || !m_upgraded || m_done)
        return;
    QByteArray frame;
    frame.reserve(payload.size() + 14);
    frame.append(char(0x80 | opcode));
    const qsizetype n = payload.size();
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else if (n <= 0xffff) {
        frame.append(char(0x80 | 126));
        char length[2];
        qToBigEndian(quint16(n), length);
        frame.append(length, 2);
    } else {
        frame.append(char(0x80 | 127));
        char length[8];
        qToBigEndian(quint64(n), length);
        frame.append(length, 8);
    }
    char key[4];
    const quint32 random = QRandomGenerator::global()->generate();
    std::memcpy(key, &random, 4);
    frame.append(key, 4);
    const qsizetype start = frame.size();
    frame.append(payload.data(), n);
    mask(frame.data() + start, n, key);
    m_socket->write(frame);
}

void WebSocketConnection::close()
{
    if (!m_socket || m_done)
        return;
    if (m_upgraded && !m_closing) {
        m_closing = true;
        sendFrame(OpClose, QByteArrayView("\x03\xe8", 2)); // 1000: normal closure
    }
    m_socket->disconnectFromHost();
}

void WebSocketConnection::abort()
{
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

qint64 WebSocketConnection::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

void WebSocketConnection::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_socket && m_upgraded)
        QMetaObject::invokeMethod(this, &WebSocketConnection::readFrames, Qt::QueuedConnection);
}

void WebSocketConnection::fail(const QString &text, int status)
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT failed(text, status);
}

} // namespace Kaji::Kube
