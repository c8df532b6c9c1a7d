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
constexpr qsizetype MaxHandshake = 64 * 1024;

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::WebSocketConnection", text);
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
    // Frames may have come with the answer.
    m_reader.feed(m_buffer.data() + end + 4, m_buffer.size() - end - 4);
    m_upgraded = true;
    m_handshake.stop();
    m_socket->setReadBufferSize(SocketBuffer);
    Q_EMIT connected();
    return true;
}

void WebSocketConnection::readFrames()
{
    while (!m_paused && !m_done && m_socket) {
        const std::optional<WebSocket::Piece> piece = m_reader.next();
        if (!piece) {
            if (m_reader.error() != WebSocket::ReadError::None) {
                readError(m_reader.error());
                return;
            }
            if (!readMore())
                return; // readyRead() brings the rest
            continue;
        }
        if (piece->isControl()) {
            if (!readControlFrame(*piece))
                return;
            continue;
        }
        // Exec's channel protocol puts a channel byte at each message's
        // start; a continuation frame carries on the message before.
        if (piece->messageStart)
            Q_EMIT messageStarted();
        // Data is handed on where it lies, in whatever pieces it came.
        if (!piece->payload.isEmpty())
            Q_EMIT received(piece->payload);
    }
}

bool WebSocketConnection::readMore()
{
    if (m_socket->bytesAvailable() == 0)
        return false;
    // The reader has taken all it was fed (a header or control frame cut in
    // two it keeps a copy of), so the buffer is free to read into again.
    m_buffer.resize(ReadChunk);
    const qint64 got = m_socket->read(m_buffer.data(), m_buffer.size());
    if (got <= 0)
        return false;
    m_reader.feed(m_buffer.data(), qsizetype(got));
    return true;
}

bool WebSocketConnection::readControlFrame(const WebSocket::Piece &frame)
{
    switch (frame.opcode) {
    case WebSocket::Opcode::Ping:
        sendFrame(WebSocket::Opcode::Pong, frame.payload);
        return true;
    case WebSocket::Opcode::Close:
        // The status code goes back, as RFC 6455 5.5.1 has it.
        if (!m_closing)
            sendFrame(WebSocket::Opcode::Close, frame.payload.first(qMin<qsizetype>(2, frame.payload.size())));
        m_closing = true;
        m_socket->disconnectFromHost();
        return false;
    default: // pong
        return true;
    }
}

void WebSocketConnection::readError(WebSocket::ReadError error)
{
    using WebSocket::ReadError;
    if (error == ReadError::InvalidClose) {
        // The server ends the connection either way: the data it sent stands,
        // and it hears why its close was not valid.
        if (!m_closing) {
            const char code[2] = {char(WebSocket::CloseProtocolError >> 8),
                                  char(WebSocket::CloseProtocolError & 0xff)};
            sendFrame(WebSocket::Opcode::Close, QByteArrayView(code, 2));
        }
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    const char *text = nullptr;
    switch (error) {
    case ReadError::ControlTooLarge:
    case ReadError::LengthTooLarge:
        text = QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketConnection", "the server sent a frame too large");
        break;
    case ReadError::ReservedBits:
        text = QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketConnection",
                                 "the server sent a WebSocket frame with reserved bits set");
        break;
    case ReadError::UnknownOpcode:
        text = QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketConnection",
                                 "the server sent a WebSocket frame of unknown type");
        break;
    case ReadError::FragmentedControl:
        text = QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketConnection",
                                 "the server sent a fragmented WebSocket control frame");
        break;
    case ReadError::UnexpectedContinuation:
    case ReadError::UnfinishedMessage:
        text = QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketConnection",
                                 "the server broke the order of a fragmented WebSocket message");
        break;
    case ReadError::InvalidClose: // handled above
    case ReadError::None:
        return;
    }
    fail(message(text));
}

void WebSocketConnection::send(QByteArrayView data)
{
    sendFrame(WebSocket::Opcode::Binary, data);
}

qsizetype WebSocketConnection::writeHeader(char *end, WebSocket::Opcode opcode, qsizetype n, const char key[4])
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
    *--p = char(0x80 | quint8(opcode));
    return end - p;
}

void WebSocketConnection::sendFrame(WebSocket::Opcode opcode, QByteArrayView payload)
{
    if (!m_socket || !m_upgraded || m_done)
        return;
    m_out.resize(WebSocket::MaxFrameHeader + payload.size());
    std::memcpy(m_out.data() + WebSocket::MaxFrameHeader, payload.data(), size_t(payload.size()));
    char key[4];
    const quint32 random = QRandomGenerator::global()->generate();
    std::memcpy(key, &random, 4);
    char *body = m_out.data() + WebSocket::MaxFrameHeader;
    const qsizetype headSize = writeHeader(body, opcode, payload.size(), key);
    WebSocket::mask(body, payload.size(), key);
    m_socket->write(body - headSize, headSize + payload.size());
}

void WebSocketConnection::sendInPlace(qsizetype capacity, const std::function<qsizetype(char *)> &fill)
{
    if (!m_socket || !m_upgraded || m_done)
        return;
    m_out.resize(WebSocket::MaxFrameHeader + capacity);
    char *body = m_out.data() + WebSocket::MaxFrameHeader;
    const qsizetype n = fill(body);
    if (n < 0)
        return;
    char key[4];
    const quint32 random = QRandomGenerator::global()->generate();
    std::memcpy(key, &random, 4);
    const qsizetype headSize = writeHeader(body, WebSocket::Opcode::Binary, n, key);
    WebSocket::mask(body, n, key);
    m_socket->write(body - headSize, headSize + n);
}

void WebSocketConnection::close()
{
    if (!m_socket || m_done)
        return;
    if (m_upgraded && !m_closing) {
        m_closing = true;
        sendFrame(WebSocket::Opcode::Close, QByteArrayView("\x03\xe8", 2)); // 1000: normal closure
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
