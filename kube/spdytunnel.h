#pragma once

#include "spdyframereader.h"
#include "spdyframes.h"
#include "websocketconnection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QIODevice;

// Lives on its session's thread; all I/O is asynchronous.
namespace Kaji::Kube {

// What a stream's owner hears from the tunnel. Called directly (not through
// signals) so data reaches one owner, not every stream's.
class SpdyStreamSink {
public:
    virtual ~SpdyStreamSink() = default;
    virtual void streamReplied(quint32 id) = 0;
    // The stream's next bytes, valid during the call only.
    virtual void streamData(quint32 id, QByteArrayView data) = 0;
    virtual void streamFinished(quint32 id) = 0; // the peer sends no more on it
    // The peer reset it, or the tunnel itself ended (`tunnelEnded`).
    virtual void streamReset(quint32 id, bool tunnelEnded) = 0;
};

// One SPDY/3.1 session tunnelled in one WebSocket (KEP-4006 subprotocol
// SPDY/3.1+portforward.k8s.io): every local connection of a forward becomes
// a pair of streams here instead of a WebSocket of its own.
// Flow control: we grant the peer window as we consume; we honour the
// peer's window once it shows that it keeps one (sends WINDOW_UPDATE or
// SETTINGS). Kubernetes' SPDY library never does, and ignores windows, as
// kubectl does; backpressure then comes from the WebSocket's TCP connection.
class SpdyTunnel : public QObject {
    Q_OBJECT
public:
    static const QString Subprotocol;

    explicit SpdyTunnel(QObject *parent = nullptr);
    ~SpdyTunnel() override;

    void open(const WebSocketDial &dial);
    // Ends every stream now. The tunnel deletes itself after ending, as it
    // does after failed() and ended(): hold it in a QPointer.
    void abort();
    // No new streams; the tunnel closes once its streams are done.
    void closeWhenIdle();

    bool isReady() const { return m_ready; }
    bool isOpening() const { return !m_ready && !m_ended; }
    // Ready, not told to go away, stream ids left.
    bool acceptsStreams() const;
    int streamCount() const { return int(m_streams.size()); }

    // Opens a stream (SYN_STREAM). Data may follow at once, as SPDY allows;
    // the peer's reply comes as streamReplied().
    quint32 openStream(const Spdy::Headers &headers, SpdyStreamSink *sink, bool fin = false);
    void write(quint32 id, QByteArrayView data, bool fin = false);
    // Sends up to `max` bytes of `source` on `id`, read straight into the
    // outgoing WebSocket frame. Returns how many (0: none were there).
    qint64 writeFrom(quint32 id, QIODevice *source, qint64 max);
    void finish(quint32 id); // FIN: we send no more
    void reset(quint32 id); // RST_STREAM CANCEL; the stream is forgotten
    // The owner passed `bytes` on: the peer may send that much more.
    void consumed(quint32 id, qint64 bytes);
    // How much more may be written on `id` now (large when the peer keeps no window).
    qint64 sendWindow(quint32 id) const;

    // Whether writers may queue more: the WebSocket's queue is short enough.
    // writable() tells when it is again.
    bool isWritable() const;
    // While paused, frames stay in the kernel (TCP pushes back on the server).
    void pauseReading();
    void resumeReading();

    // Frames are gathered into one WebSocket message until uncork(): a new
    // connection's two SYN_STREAMs and first data leave together.
    void cork() { ++m_corked; }
    void uncork();

Q_SIGNALS:
    void ready();
    // The WebSocket never opened. `protocolRefused`: the server spoke but
    // not this subprotocol (an older server): fall back to other transports.
    void failed(const QString &message, int httpStatus, bool protocolRefused);
    void writable(); // the WebSocket's queue got short; writers may go on
    void windowOpened(); // the peer granted more send window
    void goneAway(); // the peer takes no new streams
    void ended(const QString &reason); // after ready(): the tunnel is closed
    void sessionTicket(const QByteArray &ticket);

private:
    struct Stream {
        SpdyStreamSink *sink = nullptr;
        qint64 sendWindow = Spdy::DefaultWindow;
        qint64 unacked = 0; // received and consumed, not yet granted back
        bool localFinished = false;
        bool remoteFinished = false;
    };

    void onConnected();
    void onMessage(QByteArrayView bytes);
    void onDisconnected();
    void onSocketError(const QString &message, int httpStatus);
    void onControl(const Spdy::Piece &frame);
    void onData(const Spdy::Piece &piece);
    void onStreamFin(quint32 id);
    void spendWindow(Stream &stream, qint64 bytes);
    void send(const QByteArray &bytes);
    void sendPing();
    void checkWritable();
    void forget(quint32 id);
    void end(const QString &reason);

    QPointer<WebSocketConnection> m_ws;
    Spdy::FrameReader m_reader;
    Spdy::HeaderCompressor m_compressor;
    Spdy::HeaderDecompressor m_decompressor;
    QHash<quint32, Stream> m_streams;
    QByteArray m_corkedBytes;
    QTimer m_keepAlive;
    QTimer m_drainPoll; // while the WebSocket's queue is above the low mark
    quint32 m_nextStreamId = 1; // odd: client-initiated
    quint32 m_nextPingId = 1; // odd: ours
    int m_unansweredPings = 0;
    int m_corked = 0;
    int m_paused = 0;
    qint64 m_sessionUnacked = 0;
    qint64 m_sessionSendWindow = Spdy::DefaultWindow;
    qint64 m_initialSendWindow = Spdy::DefaultWindow;
    bool m_peerKeepsWindows = false;
    bool m_ready = false;
    bool m_goneAway = false;
    bool m_closeWhenIdle = false;
    bool m_ended = false;
    bool m_deleting = false;
};

} // namespace Kaji::Kube
