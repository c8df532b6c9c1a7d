#include "websocketconnection.h"

#include "timeouts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QtEndian>

#include <cstring>

namespace Kaji::Kube {
namespace {

// What one read takes from the TLS socket; payload is handed on from there.
constexpr qint64 ReadChunk = 256 * 1024;
// What the TLS socket may hold decrypted before it stops reading the wire.
constexpr qint64 SocketBuffer = 1024 * 1024;
// Control frames (close, ping, pong) carry at most 125 bytes (RFC 6455 5.5).
constexpr quint64 MaxControlPayload = 125;
constexpr qsizetype MaxFrameHeader = 14;
constexpr qsizetype MaxHandshake = 64 * 1024;
constexpr quint8 OpContinuation = 0x0, OpBinary = 0x2, OpClose = 0x8, OpPing = 0x9, OpPong = 0xa;

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::WebSocketConnection", text);
}

// Clients mask every byte they send (RFC 6455 5.3); eight at a time.
// `offset`: where in the payload `data` starts, for a payload masked in parts.
void mask(char *data, qsizetype size, const char key[4], quint64 offset = 0)
{
    quint64 wide;
    char pattern[8];
    for (int i = 0; i < 8; ++i)
        pattern[i] = key[(offset + i) % 4];
    std::memcpy(&wide, pattern, 8);
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 chunk;
        std::memcpy(&chunk, data + i, 8);
        chunk ^= wide;
        std::memcpy(data + i, &chunk, 8);
    }
    for (; i < size; ++i)
        data[i] ^= key[(offset + i) % 4];
}

} // namespace

WebSocketConnection::WebSocketConnection(QObject *parent) : QObject(parent)
{
    m_handshake.setSingleShot(true);
    connect(&m_handshake, &QTimer::timeout, this, [this] { fail(Timeouts::noAnswerWithin(m_handshake.interval())); });
}

WebSocketConnection::~WebSocketConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void WebSocketConnection::open(const WebSocketDial &dial, const QByteArray &subprotocol, int handshakeMs)
{
    m_handshake.start(handshakeMs > 0 ? handshakeMs : Timeouts::current().requestMs);
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
    // Over TLS, bytesWritten() tells when data was encrypted, not when the
    // wire took it: the queue bytesToWrite() counts shrinks on this one.
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &WebSocketConnection::bytesWritten);
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
    m_handshake.stop();
    m_socket->setReadBufferSize(SocketBuffer);
    Q_EMIT connected();
    return true;
}

void WebSocketConnection::readFrames()
{
    while (!m_paused && !m_done && m_socket) {
        const qsizetype available = m_buffer.size() - m_pos;
        if (m_payloadLeft > 0) {
            // Data is handed on where it lies, in whatever pieces it came.
            if (available == 0) {
                if (!readMore())
                    return; // readyRead() brings the rest
                continue;
            }
            const qsizetype take = qsizetype(qMin<quint64>(m_payloadLeft, quint64(available)));
            char *piece = m_buffer.data() + m_pos;
            if (m_masked)
                mask(piece, take, m_maskKey, m_maskOffset);
            m_maskOffset += quint64(take);
            m_pos += take;
            m_payloadLeft -= quint64(take);
            Q_EMIT received(QByteArrayView(piece, take));
            continue;
        }
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
        const quint8 opcode = available >= 1 ? head[0] & 0x0f : 0;
        const bool control = opcode & 0x8;
        if (available < offset || (control && quint64(available - offset) < length)) {
            if (available >= offset && length > MaxControlPayload) {
                fail(message(QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketConnection", "the server sent a frame too large")));
                return;
            }
            if (!readMore())
                return;
            continue;
        }
        m_masked = masked;
        if (masked)
            std::memcpy(m_maskKey, head + offset - 4, 4);
        m_pos += offset;
        if (!control) {
            m_payloadLeft = length;
            m_maskOffset = 0;
            // Exec's channel protocol puts a channel byte at each message's
            // start; a continuation frame carries on the message before.
            if (opcode != OpContinuation)
                Q_EMIT messageStarted();
            continue;
        }
        char *payload = m_buffer.data() + m_pos;
        if (masked)
            mask(payload, qsizetype(length), m_maskKey);
        m_pos += qsizetype(length);
        if (!readControlFrame(opcode, QByteArrayView(payload, qsizetype(length))))
            return;
    }
}

bool WebSocketConnection::readMore()
{
    if (m_socket->bytesAvailable() == 0)
        return false;
    // What is left is a frame header or a small control frame cut in two:
    // it moves to the front, and the rest of the buffer is read into.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(qMax<qsizetype>(kept + MaxFrameHeader, ReadChunk));
    const qint64 got = m_socket->read(m_buffer.data() + kept, m_buffer.size() - kept);
    m_buffer.resize(kept + qMax<qint64>(got, 0));
    return got > 0;
}

bool WebSocketConnection::readControlFrame(quint8 opcode, QByteArrayView payload)
{
    switch (opcode) {
    case OpPing:
        sendFrame(OpPong, payload);
        return true;
    case OpClose:
        if (!m_closing)
            sendFrame(OpClose, payload.first(qMin<qsizetype>(2, payload.size())));
        m_closing = true;
        m_socket->disconnectFromHost();
        return false;
    default: // pong, and opcodes not defined yet
        return true;
    }
}

void WebSocketConnection::send(QByteArrayView data)
{
    sendFrame(OpBinary, data);
}

qsizetype WebSocketConnection::writeHeader(char *end, quint8 opcode, qsizetype n, const char key[4])
{
    // Written backwards from `end`, where the payload starts.
    char *p = end - 4;
    std::memcpy(p, key, 4);
    if (n < 126) {
        *--p = char(0x80 | n);
    } else if (n <= 0xffff) {
        p -= 2;
        qToBigEndian(quint16(n), p);
        *--p = char(0x80 | 126);
    } else {
        p -= 8;
        qToBigEndian(quint64(n), p);
        *--p = char(0x80 | 127);
    }
    *--p = char(0x80 | opcode);
    return end - p;
}

void WebSocketConnection::sendFrame(quint8 opcode, QByteArrayView payload)
{
    if (!m_socket || !m_upgraded || m_done)
        return;
    m_out.resize(MaxFrameHeader + payload.size());
    std::memcpy(m_out.data() + MaxFrameHeader, payload.data(), size_t(payload.size()));
    char key[4];
    const quint32 random = QRandomGenerator::global()->generate();
    std::memcpy(key, &random, 4);
    char *body = m_out.data() + MaxFrameHeader;
    const qsizetype headSize = writeHeader(body, opcode, payload.size(), key);
    mask(body, payload.size(), key);
    m_socket->write(body - headSize, headSize + payload.size());
}

void WebSocketConnection::sendInPlace(qsizetype capacity, const std::function<qsizetype(char *)> &fill)
{
    if (!m_socket || !m_upgraded || m_done)
        return;
    m_out.resize(MaxFrameHeader + capacity);
    char *body = m_out.data() + MaxFrameHeader;
    const qsizetype n = fill(body);
    if (n < 0)
        return;
    char key[4];
    const quint32 random = QRandomGenerator::global()->generate();
    std::memcpy(key, &random, 4);
    const qsizetype headSize = writeHeader(body, OpBinary, n, key);
    mask(body, n, key);
    m_socket->write(body - headSize, headSize + n);
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
    m_handshake.stop();
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
    m_handshake.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT failed(text, status);
}

} // namespace Kaji::Kube
