#pragma once

#include "websocketframereader.h"
#include "websocketrequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QSslSocket;

// Lives on its owner's thread; all I/O is asynchronous.
namespace Kaji::Kube {

// A client WebSocket (RFC 6455) carrying one byte stream in binary frames.
// QWebSocket (Qt 6.4) cannot offer a subprotocol whose name has a '/',
// which KEP-4006's SPDY/3.1+portforward.k8s.io has; owning the socket also
// lets the tunnel read and write in large pieces and stop reading at will.
class WebSocketConnection : public QObject {
    Q_OBJECT
public:
    explicit WebSocketConnection(QObject *parent = nullptr);
    ~WebSocketConnection() override;

    // Connects, then upgrades; failed() follows when that takes longer than
    // `handshakeMs` (0: Timeouts::requestMs), as against a stalled server
    // whose kernel accepts the connection while the process says nothing.
    void open(const WebSocketDial &dial, const QByteArray &subprotocol, int handshakeMs = 0);
    QByteArray subprotocol() const { return m_subprotocol; } // the server's choice
    void send(QByteArrayView data); // one binary frame
    // One binary frame of at most `capacity` bytes that `fill` writes in
    // place and returns the size of (negative: nothing to send), so bulk
    // data goes from its source into the frame without a copy between.
    void sendInPlace(qsizetype capacity, const std::function<qsizetype(char *payload)> &fill);
    void close(); // a close frame, then TCP closes
    void abort();
    qint64 bytesToWrite() const;
    // While paused, what arrives stays in the kernel (TCP pushes back).
    void setPaused(bool paused);

Q_SIGNALS:
    void connected();
    // Never connected, or the upgrade was refused (`httpStatus` then set).
    void failed(const QString &message, int httpStatus);
    // The next bytes of the stream the binary frames carry, as they arrive
    // (not cut at frame boundaries); valid during the call only.
    void received(QByteArrayView data);
    // A new message begins: the next received() bytes are its first.
    void messageStarted();
    void bytesWritten();
    void disconnected(); // after connected()
    void sessionTicket(const QByteArray &ticket);

private:
    void onEncrypted();
    void onReadyRead();
    bool readHandshake();
    void readFrames();
    bool readMore();
    bool readControlFrame(const WebSocket::Piece &frame);
    void readError(WebSocket::ReadError error);
    void sendFrame(WebSocket::Opcode opcode, QByteArrayView payload);
    qsizetype writeHeader(char *end, WebSocket::Opcode opcode, qsizetype size, const char key[4]);
    void fail(const QString &message, int status = 0);

    QPointer<QSslSocket> m_socket;
    QTimer m_handshake;
    WebSocketDial m_dial;
    QByteArray m_key;
    QByteArray m_offered;
    QByteArray m_subprotocol;
    // The handshake while it arrives; then what was read last, which the
    // reader hands on in place and is only read into again once it is done.
    QByteArray m_buffer;
    WebSocket::FrameReader m_reader;
    QByteArray m_out; // the frame being sent, kept to spare an allocation per frame
    bool m_upgraded = false;
    bool m_paused = false;
    bool m_closing = false;
    bool m_done = false;
};

} // namespace Kaji::Kube
