#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// WebSocket (RFC 6455) framing as a client reads it. Pure data handling; any
// thread, one user at a time.
namespace Kaji::Kube::WebSocket {

enum class Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xa,
};

// Control frames (close, ping, pong) carry at most 125 bytes (RFC 6455 5.5).
constexpr qsizetype MaxControlPayload = 125;
// FIN/opcode, length byte, 64-bit length, masking key.
constexpr qsizetype MaxFrameHeader = 14;
constexpr quint16 CloseNormal = 1000;
constexpr quint16 CloseProtocolError = 1002;

// Why a stream cannot be read on. Each is a protocol error that RFC 6455
// says ends the connection; none depends on how the bytes were cut.
enum class ReadError {
    None,
    ReservedBits, // RSV1-3 set: an extension we never negotiated changed the payload
    UnknownOpcode, // 0x3-0x7, 0xb-0xf
    ControlTooLarge, // a control frame over 125 bytes
    FragmentedControl, // a control frame without FIN
    LengthTooLarge, // a 64-bit length with its top bit set
    UnexpectedContinuation, // a continuation frame with no message begun
    UnfinishedMessage, // a new message while the last one still has fragments to come
    InvalidClose, // a close payload of one byte, a code no endpoint may send, or a reason not UTF-8
};

// One piece of what the stream carries. Control frames come whole. Data
// frames come as pieces as their bytes arrive, so bulk data is handed on
// where it lies instead of being gathered into frames first.
struct Piece {
    // Data: the message's opcode (Text or Binary), also for its continuation
    // frames. Control: the frame's own.
    Opcode opcode = Opcode::Binary;
    QByteArrayView payload; // unmasked; valid until the next call to feed() or next()
    bool messageStart = false; // data: the message's first bytes (or, when empty, the whole of it)
    bool frameEnd = true; // data: the frame's last piece
    bool messageEnd = false; // data: the message's last piece (its final frame's end)
    // Close: the status code, 0 when the payload gives none (1005 in RFC
    // terms); the reason is the payload after the code.
    quint16 closeCode = 0;

    bool isControl() const { return quint8(opcode) & 0x8; }
};

// Clients mask every byte they send (RFC 6455 5.3), eight at a time; the
// same undoes a mask. `offset`: where in the payload `data` starts, for a
// payload masked in parts.
void mask(char *data, qsizetype size, const char key[4], quint64 offset = 0);

// Cuts a server's byte stream into frames however the socket split it.
// feed() some bytes, then call next() until it says nothing is left: the
// pieces point into the fed bytes, which must stay put until then, and are
// unmasked in place when the server masks (it should not; it is undone
// rather than refused). Only a frame header or a control frame cut in two
// is copied. next() returns nothing once it has taken all the input, and
// after an error. Frames after a close are read on: nothing should follow
// one, but a server's writers may race its close, and the connection has
// always handed on what still came.
class FrameReader {
public:
    void feed(char *bytes, qsizetype size);
    std::optional<Piece> next();
    ReadError error() const { return m_error; }

private:
    bool readHeader();
    std::optional<Piece> dataPiece();
    std::optional<Piece> controlFrame();
    std::optional<Piece> fail(ReadError error);

    char *m_input = nullptr; // what feed() gave and next() has not handed on
    qsizetype m_inputSize = 0;
    char m_head[MaxFrameHeader] = {};
    qsizetype m_headFill = 0;
    QByteArray m_control; // a control frame's payload arriving in parts
    qsizetype m_controlLength = -1; // set while a control frame's payload is read
    Opcode m_controlOpcode = Opcode::Close;
    bool m_inData = false; // a data frame's payload is being handed on
    quint64 m_dataLeft = 0;
    bool m_fin = false; // of the current frame
    bool m_masked = false;
    char m_key[4] = {};
    quint64 m_maskOffset = 0;
    bool m_inMessage = false; // a message has begun and its final frame not yet
    bool m_startPending = false; // its first piece not handed on yet
    Opcode m_messageOpcode = Opcode::Binary;
    ReadError m_error = ReadError::None;
};

} // namespace Kaji::Kube::WebSocket
