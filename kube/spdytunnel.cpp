#include "spdytunnel.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Kaji::Kube {
namespace {

constexpr int PingMs = 10000; // as kubectl
constexpr int MaxUnansweredPings = 3; // then the tunnel is taken for dead
// What we let the peer send before we grant more, per stream and session;
// granted back in halves so the peer never waits on us on a fast link.
constexpr qint64 ReceiveWindow = 16 * 1024 * 1024;
constexpr qint64 GrantAt = ReceiveWindow / 2;
// Data frames of at most 32 KiB, as kubectl sends: the Go SPDY library
// behind the kubelet allocates one buffer per frame, and larger ones are
// costlier there. Several go in one WebSocket message, so the TLS and
// WebSocket layers still work in large pieces.
constexpr qint64 MaxDataFrame = 32 * 1024;
constexpr qint64 MaxMessage = 256 * 1024;
// Writers stop queueing above the high mark and go on below the low one:
// enough in flight to fill the link, not so much that memory balloons.
constexpr qint64 WriteHighWater = 4 * 1024 * 1024;
constexpr qint64 WriteLowWater = 1024 * 1024;
constexpr int DrainPollMs = 5;
constexpr qint64 NoWindow = qint64(1) << 40; // the peer keeps none
constexpr quint32 StatusRefusedStream = 3;
constexpr quint32 LastStreamId = 0x7fff0000; // leaves room below 2^31

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::SpdyTunnel", text);
}

} // namespace

const QString SpdyTunnel::Subprotocol = QStringLiteral("SPDY/3.1+portforward.k8s.io");

SpdyTunnel::SpdyTunnel(QObject *parent) : QObject(parent)
{
    // TLS gives no reliable signal when the wire takes encrypted bytes, so
    // while writers wait the queue is looked at every few milliseconds.
    m_drainPoll.setInterval(DrainPollMs);
    connect(&m_drainPoll, &QTimer::timeout, this, &SpdyTunnel::checkWritable);
    m_keepAlive.setInterval(PingMs);
    connect(&m_keepAlive, &QTimer::timeout, this, &SpdyTunnel::sendPing);
}

SpdyTunnel::~SpdyTunnel()
{
    if (m_ws)
        m_ws->disconnect(this); // it dies with us; its last signals are noise
}

void SpdyTunnel::open(const WebSocketDial &dial)
{
    m_ws = new WebSocketConnection(this);
    connect(m_ws, &WebSocketConnection::connected, this, &SpdyTunnel::onConnected);
    connect(m_ws, &WebSocketConnection::received, this, &SpdyTunnel::onMessage);
    connect(m_ws, &WebSocketConnection::bytesWritten, this, &SpdyTunnel::checkWritable);
    connect(m_ws, &WebSocketConnection::disconnected, this, &SpdyTunnel::onDisconnected);
    connect(m_ws, &WebSocketConnection::failed, this, &SpdyTunnel::onSocketError);
    connect(m_ws, &WebSocketConnection::sessionTicket, this, &SpdyTunnel::sessionTicket);
    m_ws->open(dial, Subprotocol.toLatin1());
}

void SpdyTunnel::abort()
{
    if (m_ws) {
        m_ws->disconnect(this);
        m_ws->abort();
    }
    end(QString());
}

void SpdyTunnel::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (!m_streams.isEmpty())
        return;
    if (m_ws) {
        m_ws->disconnect(this);
        if (m_ready && !m_ended)
            m_ws->close(); // a close frame, then TCP closes
        else
            m_ws->abort();
    }
    end(QString());
}

bool SpdyTunnel::acceptsStreams() const
{
    return m_ready && !m_ended && !m_goneAway && !m_closeWhenIdle && m_nextStreamId < LastStreamId;
}

void SpdyTunnel::onConnected()
{
    if (m_ws->subprotocol() != Subprotocol.toLatin1()) {
        const QString text = message(QT_TRANSLATE_NOOP("Kaji::Kube::SpdyTunnel",
                                                       "the server did not accept the WebSocket protocol %1"))
                                 .arg(Subprotocol);
        m_ws->disconnect(this);
        m_ws->abort();
        m_ended = true;
        Q_EMIT failed(text, 0, true);
        deleteLater();
        return;
    }
    m_ready = true;
    // Should the peer keep windows, let it send far ahead of our grants.
    cork();
    send(Spdy::settings({{Spdy::SettingInitialWindowSize, quint32(ReceiveWindow)}}));
    send(Spdy::windowUpdate(0, quint32(ReceiveWindow - Spdy::DefaultWindow)));
    uncork();
    m_keepAlive.start();
    Q_EMIT ready();
}

void SpdyTunnel::onSocketError(const QString &text, int status)
{
    if (m_ready || m_ended)
        return; // once open, disconnected() tells
    m_ended = true;
    // A server without the tunnel routes the request to the kubelet's
    // WebSocket handler, which answers 400 to a subprotocol it does not know.
    Q_EMIT failed(text, status, status == 400);
    deleteLater();
}

void SpdyTunnel::onDisconnected()
{
    if (!m_ready)
        return; // onSocketError() reports it
    end(m_ended ? QString() : message(QT_TRANSLATE_NOOP("Kaji::Kube::SpdyTunnel", "the server closed the tunnel")));
}

void SpdyTunnel::end(const QString &reason)
{
    if (m_ended && m_streams.isEmpty() && m_deleting)
        return;
    m_deleting = true;
    const bool wasOpen = m_ready && !m_ended;
    m_ended = true;
    m_keepAlive.stop();
    if (m_ws)
        m_ws->disconnect(this);
    const auto streams = std::exchange(m_streams, {});
    for (auto it = streams.constBegin(); it != streams.constEnd(); ++it)
        it->sink->streamReset(it.key(), true);
    if (wasOpen)
        Q_EMIT ended(reason);
    deleteLater(); // holders keep QPointers
}

void SpdyTunnel::onMessage(QByteArrayView bytes)
{
    m_reader.feed(bytes);
    while (!m_ended) {
        const std::optional<Spdy::Piece> piece = m_reader.next();
        if (!piece)
            break;
        if (piece->control)
            onControl(*piece);
        else
            onData(*piece);
    }
}

void SpdyTunnel::onData(const Spdy::Piece &piece)
{
    const quint32 id = piece.streamId;
    auto it = m_streams.find(id);
    if (it == m_streams.end()) {
        consumed(0, piece.payload.size()); // a stream we reset: only the session window counts it
        return;
    }
    if (!piece.payload.isEmpty())
        it->sink->streamData(id, piece.payload);
    if (piece.last && (piece.flags & Spdy::FlagFin))
        onStreamFin(id);
}

void SpdyTunnel::onStreamFin(quint32 id)
{
    auto it = m_streams.find(id); // the sink may have reset it
    if (it == m_streams.end())
        return;
    it->remoteFinished = true;
    const bool done = it->localFinished;
    it->sink->streamFinished(id);
    if (done)
        forget(id);
}

void SpdyTunnel::onControl(const Spdy::Piece &frame)
{
    const QByteArrayView p = frame.payload;
    const quint32 id = Spdy::streamIdOf(p);
    using Spdy::Type;
    // Every header block goes through the one decompressor, in order, or
    // the ones after it cannot be read.
    const auto headerBlock = [&](qsizetype offset) {
        if (p.size() < offset || !m_decompressor.decompress(p.sliced(offset))) {
            send(Spdy::goAway(m_nextStreamId, Spdy::StatusProtocolError));
            if (m_ws)
                m_ws->close();
            end(message(QT_TRANSLATE_NOOP("Kaji::Kube::SpdyTunnel", "the server sent a header block that cannot be read")));
            return false;
        }
        return true;
    };
    switch (frame.type) {
    case Type::SynReply:
    case Type::Headers: {
        if (!headerBlock(4))
            return;
        auto it = m_streams.find(id);
        if (it == m_streams.end())
            return;
        if (frame.type == Type::SynReply)
            it->sink->streamReplied(id);
        if (frame.flags & Spdy::FlagFin)
            onStreamFin(id);
        return;
    }
    case Type::SynStream:
        // The server opens no streams in port-forward: refuse politely.
        if (headerBlock(10))
            send(Spdy::rstStream(id, StatusRefusedStream));
        return;
    case Type::RstStream:
        if (auto it = m_streams.find(id); it != m_streams.end()) {
            SpdyStreamSink *sink = it->sink;
            m_streams.erase(it);
            sink->streamReset(id, false);
        }
        return;
    case Type::Settings: {
        const quint32 count = p.size() >= 4 ? Spdy::readU32(p.constData()) : 0;
        for (quint32 i = 0; i < count && 4 + 8 * qsizetype(i + 1) <= p.size(); ++i) {
            const char *entry = p.constData() + 4 + 8 * i;
            if ((Spdy::readU32(entry) & 0xffffff) != Spdy::SettingInitialWindowSize)
                continue;
            const qint64 value = Spdy::readU32(entry + 4);
            for (Stream &stream : m_streams)
                stream.sendWindow += value - m_initialSendWindow;
            m_initialSendWindow = value;
            m_peerKeepsWindows = true;
            Q_EMIT windowOpened();
        }
        return;
    }
    case Type::Ping:
        if (p.size() < 4)
            return;
        if (Spdy::readU32(p.constData()) % 2 == 1)
            m_unansweredPings = 0; // the answer to ours
        else
            send(Spdy::ping(Spdy::readU32(p.constData()))); // theirs: echo it
        return;
    case Type::GoAway: {
        m_goneAway = true;
        // Streams above the last one it took were never seen by the server.
        QList<quint32> unseen;
        for (auto it = m_streams.constBegin(); it != m_streams.constEnd(); ++it) {
            if (it.key() > id)
                unseen.append(it.key());
        }
        for (quint32 stream : unseen) {
            if (auto it = m_streams.find(stream); it != m_streams.end()) {
                SpdyStreamSink *sink = it->sink;
                m_streams.erase(it);
                sink->streamReset(stream, true);
            }
        }
        Q_EMIT goneAway();
        if (m_streams.isEmpty())
            closeWhenIdle();
        return;
    }
    case Type::WindowUpdate: {
        if (p.size() < 8)
            return;
        const qint64 delta = Spdy::readU32(p.constData() + 4) & 0x7fffffff;
        m_peerKeepsWindows = true;
        if (id == 0)
            m_sessionSendWindow += delta;
        else if (auto it = m_streams.find(id); it != m_streams.end())
            it->sendWindow += delta;
        Q_EMIT windowOpened();
        return;
    }
    }
}

quint32 SpdyTunnel::openStream(const Spdy::Headers &headers, SpdyStreamSink *sink, bool fin)
{
    const quint32 id = m_nextStreamId;
    m_nextStreamId += 2;
    Stream stream;
    stream.sink = sink;
    stream.sendWindow = m_initialSendWindow;
    stream.localFinished = fin;
    m_streams.insert(id, stream);
    send(Spdy::synStream(id, fin ? Spdy::FlagFin : 0, m_compressor.compress(headers)));
    return id;
}

qint64 SpdyTunnel::sendWindow(quint32 id) const
{
    if (!m_peerKeepsWindows)
        return NoWindow;
    const auto it = m_streams.constFind(id);
    return it == m_streams.constEnd() ? 0 : qMin(it->sendWindow, m_sessionSendWindow);
}

void SpdyTunnel::write(quint32 id, QByteArrayView data, bool fin)
{
    auto it = m_streams.find(id);
    if (it == m_streams.end() || it->localFinished)
        return;
    const qint64 size = data.size();
    QByteArray out;
    out.reserve(size + (size / MaxDataFrame + 1) * Spdy::HeaderSize);
    do {
        const QByteArrayView piece = data.first(qMin<qsizetype>(data.size(), MaxDataFrame));
        data = data.sliced(piece.size());
        Spdy::appendData(out, id, fin && data.isEmpty() ? Spdy::FlagFin : 0, piece);
    } while (!data.isEmpty());
    spendWindow(*it, size);
    it->localFinished = fin;
    const bool done = fin && it->remoteFinished;
    send(out);
    if (done)
        forget(id);
}

qint64 SpdyTunnel::writeFrom(quint32 id, QIODevice *source, qint64 max)
{
    auto it = m_streams.find(id);
    max = qMin(qMin(max, MaxMessage), source->bytesAvailable());
    if (it == m_streams.end() || it->localFinished || max <= 0 || !m_ws || m_ended)
        return 0;
    if (m_corked > 0) { // the frame joins the gathered ones
        const QByteArray bytes = source->read(max);
        write(id, bytes);
        return bytes.size();
    }
    const qint64 frames = (max + MaxDataFrame - 1) / MaxDataFrame;
    qint64 got = 0;
    m_ws->sendInPlace(max + frames * Spdy::HeaderSize, [&](char *message) -> qsizetype {
        char *at = message;
        while (got < max) {
            const qint64 want = qMin(MaxDataFrame, max - got);
            const qint64 read = source->read(at + Spdy::HeaderSize, want);
            if (read <= 0)
                break;
            Spdy::writeDataHeader(at, id, 0, read);
            at += Spdy::HeaderSize + read;
            got += read;
            if (read < want)
                break;
        }
        return got > 0 ? at - message : -1;
    });
    got = qMax<qint64>(got, 0);
    if (!m_drainPoll.isActive() && !isWritable())
        m_drainPoll.start();
    spendWindow(*it, got);
    return got;
}

void SpdyTunnel::spendWindow(Stream &stream, qint64 bytes)
{
    // Windows count payload bytes, not frame headers.
    if (!m_peerKeepsWindows)
        return;
    stream.sendWindow -= bytes;
    m_sessionSendWindow -= bytes;
}

void SpdyTunnel::finish(quint32 id)
{
    auto it = m_streams.find(id);
    if (it == m_streams.end() || it->localFinished)
        return;
    write(id, {}, true);
}

void SpdyTunnel::reset(quint32 id)
{
    if (!m_streams.remove(id))
        return;
    send(Spdy::rstStream(id, Spdy::StatusCancel));
    forget(id);
}

void SpdyTunnel::forget(quint32 id)
{
    m_streams.remove(id);
    if (m_streams.isEmpty() && (m_closeWhenIdle || m_goneAway))
        closeWhenIdle();
}

void SpdyTunnel::consumed(quint32 id, qint64 bytes)
{
    m_sessionUnacked += bytes;
    if (m_sessionUnacked >= GrantAt) {
        send(Spdy::windowUpdate(0, quint32(m_sessionUnacked)));
        m_sessionUnacked = 0;
    }
    if (id == 0)
        return;
    auto it = m_streams.find(id);
    if (it == m_streams.end() || it->remoteFinished)
        return;
    it->unacked += bytes;
    if (it->unacked >= GrantAt) {
        send(Spdy::windowUpdate(id, quint32(it->unacked)));
        it->unacked = 0;
    }
}

bool SpdyTunnel::isWritable() const
{
    return m_ws && m_ws->bytesToWrite() < WriteHighWater;
}

void SpdyTunnel::pauseReading()
{
    if (m_paused++ == 0 && m_ws)
        m_ws->setPaused(true);
}

void SpdyTunnel::resumeReading()
{
    if (m_paused == 0 || --m_paused > 0 || !m_ws)
        return;
    m_ws->setPaused(false);
}

void SpdyTunnel::send(const QByteArray &bytes)
{
    if (m_corked > 0) {
        m_corkedBytes += bytes;
        return;
    }
    if (m_ws && !m_ended) {
        m_ws->send(bytes);
        if (!m_drainPoll.isActive() && !isWritable())
            m_drainPoll.start();
    }
}

void SpdyTunnel::checkWritable()
{
    if (!m_ws || m_ended) {
        m_drainPoll.stop();
        return;
    }
    if (m_ws->bytesToWrite() >= WriteLowWater)
        return;
    m_drainPoll.stop();
    Q_EMIT writable();
}

void SpdyTunnel::uncork()
{
    if (m_corked == 0 || --m_corked > 0 || m_corkedBytes.isEmpty())
        return;
    send(std::exchange(m_corkedBytes, {}));
}

void SpdyTunnel::sendPing()
{
    if (++m_unansweredPings > MaxUnansweredPings) {
        if (m_ws)
            m_ws->abort();
        end(message(QT_TRANSLATE_NOOP("Kaji::Kube::SpdyTunnel", "the tunnel stopped answering pings")));
        return;
    }
    send(Spdy::ping(m_nextPingId));
    m_nextPingId += 2;
}

} // namespace Kaji::Kube
