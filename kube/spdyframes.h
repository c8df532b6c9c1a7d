#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <memory>
#include <optional>

// SPDY/3.1 framing as Kubernetes uses it for port-forward (KEP-4006 tunnels
// it inside one WebSocket). Pure data handling; any thread, one user at a time.
namespace Kaji::Kube::Spdy {

enum class Type : quint16 {
    SynStream = 1,
    SynReply = 2,
    RstStream = 3,
    Settings = 4,
    Ping = 6,
    GoAway = 7,
    Headers = 8,
    WindowUpdate = 9,
};

constexpr quint8 FlagFin = 0x01;
constexpr quint32 StatusProtocolError = 1;
constexpr quint32 StatusCancel = 5;
constexpr quint32 SettingInitialWindowSize = 7;
constexpr qint64 DefaultWindow = 64 * 1024; // per stream and per session until SETTINGS say otherwise
constexpr int HeaderSize = 8;

// Name/value pairs; names lower case as SPDY/3 requires.
using Headers = QList<QPair<QByteArray, QByteArray>>;

quint32 readU32(const char *bytes); // big endian
quint32 streamIdOf(QByteArrayView payload); // the 31-bit id a control payload starts with

// One direction's header-block compression: zlib with the SPDY/3 dictionary,
// one stream for the whole session, flushed after each block.
class HeaderCompressor {
public:
    HeaderCompressor();
    ~HeaderCompressor();
    QByteArray compress(const Headers &headers);

private:
    struct Z;
    std::unique_ptr<Z> d;
};

class HeaderDecompressor {
public:
    HeaderDecompressor();
    ~HeaderDecompressor();
    // nullopt when the block is corrupt (a session error in SPDY).
    std::optional<Headers> decompress(QByteArrayView block);

private:
    struct Z;
    std::unique_ptr<Z> d;
};

QByteArray synStream(quint32 streamId, quint8 flags, const QByteArray &compressedHeaders);
// Appends one data frame to `out` (no intermediate copy of `data`).
void appendData(QByteArray &out, quint32 streamId, quint8 flags, QByteArrayView data);
// Writes a data frame's 8-byte header at `out`, for a payload put after it.
void writeDataHeader(char *out, quint32 streamId, quint8 flags, qint64 length);
QByteArray rstStream(quint32 streamId, quint32 status);
QByteArray settings(const QList<QPair<quint32, quint32>> &idValues);
QByteArray ping(quint32 id);
QByteArray goAway(quint32 lastGoodStreamId, quint32 status);
QByteArray windowUpdate(quint32 streamId, quint32 delta);

} // namespace Kaji::Kube::Spdy
