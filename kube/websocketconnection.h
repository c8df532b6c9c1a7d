#pragma once

#include "websocketrequest.h"

#include <QObject>
#include <QPointer>

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

    void open(const WebSocketDial &dial, const QByteArray &subprotocol);
    QByteArray subprotocol() const { return m_subprotocol; } // the server's choice
    void send(QByteArrayView data); // one binary frame
    void close(); // a close frame, then TCP closes
    void abort();
    qint64 bytesToWrite() const;
    // While paused, what arrives stays in the kernel (TCP pushes back).
    void setPaused(bool paused);

Q_SIGNALS:
    void connected();
    // Never connected, or the upgrade was refused (`httpStatus` then set).
    void failed(const QString &message, int httpStatus);
    void received(const QByteArray &data);
    void bytesWritten();
    void disconnected(); // after connected()
    void sessionTicket(const QByteArray &ticket);

private:
    void onEncrypted();
    void onReadyRead();
    bool readHandshake();
    void readFrames();
    void sendFrame(quint8 opcode, QByteArrayView payload);
    void fail(const QString &message, int status = 0);

    QPointer<QSslSocket> m_socket;
    WebSocketDial m_dial;
    QByteArray m_key;
    QByteArray m_offered;
    QByteArray m_subprotocol;
    QByteArray m_buffer; // what arrived and is not yet handled, from m_pos on
    qsizetype m_pos = 0;
    bool m_upgraded = false;
    bool m_paused = false;
    bool m_closing = false;
    bool m_done = false;
};

} // namespace Kaji::Kube
