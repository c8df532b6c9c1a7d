#include "websocketframereader.h"

#include <QtEndian>

#include <cstring>
#include <utility>

namespace Kaji::Kube::WebSocket {
namespace {

bool knownOpcode(quint8 opcode)
{
    return opcode <= 0x2 || (opcode >= 0x8 && opcode <= 0xa);
}

// The codes a peer may send (RFC 6455 7.4.1, and 1012-1014 that IANA added
// since); 1005, 1006 and 1015 only ever stand for "none" locally.
bool validCloseCode(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

// The header's size, once its first two bytes are known.
qsizetype headerSize(const char *head)
{
    const quint8 second = quint8(head[1]);
    const quint8 length = second & 0x7f;
    const qsizetype size = 2 + (length == 126 ? 2 : length == 127 ? 8 : 0);
    return size + ((second & 0x80) ? 4 : 0);
}

} // namespace

void mask(char *data, qsizetype size, const char key[4], quint64 offset)
{
    quint64 wide;
    char pattern[8];
    for (int i = 0; i < 8; ++i)
        pattern[i] = key[(offset + quint64(i)) % 4];
    std::memcpy(&wide, pattern, 8);
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 chunk;
        std::memcpy(&chunk, data + i, 8);
        chunk ^= wide;
        std::memcpy(data + i, &chunk, 8);
    }
    for (; i < size; ++i)
        data[i] ^= key[(offset + quint64(i)) % 4];
}

void FrameReader::feed(char *bytes, qsizetype size)
{
    m_input = bytes;
    m_inputSize = size;
}

std::optional<Piece> FrameReader::fail(ReadError error)
{
    m_error = error;
    m_inputSize = 0;
    return std::nullopt;
}

// Gathers the header into m_head and checks it. Whatever can be judged from
// its first two bytes is judged then, so an error never waits on bytes a
// hostile server may never send.
bool FrameReader::readHeader()
{
    const auto take = [this](qsizetype want) {
        const qsizetype n = qMin(want - m_headFill, m_inputSize);
        std::memcpy(m_head + m_headFill, m_input, size_t(n));
        m_headFill += n;
        m_input += n;
        m_inputSize -= n;
        return m_headFill == want;
    };
    if (m_headFill < 2) {
        if (!take(2))
            return false;
        const quint8 first = quint8(m_head[0]);
        const quint8 opcode = first & 0x0f;
        const bool fin = first & 0x80;
        if (first & 0x70) {
            fail(ReadError::ReservedBits);
            return false;
        }
        if (!knownOpcode(opcode)) {
            fail(ReadError::UnknownOpcode);
            return false;
        }
        if (opcode & 0x8) {
            if (!fin) {
                fail(ReadError::FragmentedControl);
                return false;
            }
            if ((quint8(m_head[1]) & 0x7f) > MaxControlPayload) {
                fail(ReadError::ControlTooLarge);
                return false;
            }
        } else if (opcode == quint8(Opcode::Continuation) && !m_inMessage) {
            fail(ReadError::UnexpectedContinuation);
            return false;
        } else if (opcode != quint8(Opcode::Continuation) && m_inMessage) {
            fail(ReadError::UnfinishedMessage);
            return false;
        }
    }
    const qsizetype size = headerSize(m_head);
    if (!take(size))
        return false;
    if ((quint8(m_head[1]) & 0x7f) == 127 && (quint8(m_head[2]) & 0x80)) {
        fail(ReadError::LengthTooLarge);
        return false;
    }
    return true;
}

std::optional<Piece> FrameReader::next()
{
    if (m_error != ReadError::None)
        return std::nullopt;
    if (m_inData)
        return dataPiece();
    if (m_controlLength >= 0)
        return controlFrame();
    if (!readHeader())
        return std::nullopt;
    m_headFill = 0;
    const auto *head = reinterpret_cast<const uchar *>(m_head);
    const quint8 opcode = head[0] & 0x0f;
    m_fin = head[0] & 0x80;
    m_masked = head[1] & 0x80;
    quint64 length = head[1] & 0x7f;
    qsizetype offset = 2;
    if (length == 126) {
        length = qFromBigEndian<quint16>(head + 2);
        offset = 4;
    } else if (length == 127) {
        length = qFromBigEndian<quint64>(head + 2);
        offset = 10;
    }
    if (m_masked)
        std::memcpy(m_key, m_head + offset, 4);
    m_maskOffset = 0;
    if (opcode & 0x8) {
        m_controlOpcode = Opcode(opcode);
        m_controlLength = qsizetype(length);
        m_control.clear();
        return controlFrame();
    }
    if (opcode != quint8(Opcode::Continuation)) {
        m_messageOpcode = Opcode(opcode);
        m_startPending = true;
    }
    m_inMessage = !m_fin;
    m_inData = true;
    m_dataLeft = length;
    return dataPiece();
}

std::optional<Piece> FrameReader::dataPiece()
{
    // An empty frame is one piece of its own; otherwise a piece needs bytes.
    if (m_dataLeft > 0 && m_inputSize == 0)
        return std::nullopt;
    const qsizetype take = qsizetype(qMin<quint64>(m_dataLeft, quint64(m_inputSize)));
    if (m_masked)
        mask(m_input, take, m_key, m_maskOffset);
    Piece piece;
    piece.opcode = m_messageOpcode;
    piece.payload = QByteArrayView(m_input, take);
    m_input += take;
    m_inputSize -= take;
    m_maskOffset += quint64(take);
    m_dataLeft -= quint64(take);
    piece.messageStart = std::exchange(m_startPending, false);
    piece.frameEnd = m_dataLeft == 0;
    piece.messageEnd = piece.frameEnd && m_fin;
    m_inData = !piece.frameEnd;
    return piece;
}

std::optional<Piece> FrameReader::controlFrame()
{
    // Whole where it lies, else gathered first.
    QByteArrayView payload;
    if (m_control.isEmpty() && m_inputSize >= m_controlLength) {
        payload = QByteArrayView(m_input, m_controlLength);
        if (m_masked)
            mask(m_input, m_controlLength, m_key);
        m_input += m_controlLength;
        m_inputSize -= m_controlLength;
    } else {
        const qsizetype take = qMin(m_controlLength - m_control.size(), m_inputSize);
        m_control.append(m_input, take);
        m_input += take;
        m_inputSize -= take;
        if (m_control.size() < m_controlLength)
            return std::nullopt;
        if (m_masked)
            mask(m_control.data(), m_control.size(), m_key);
        payload = m_control;
    }
    m_controlLength = -1;
    Piece piece;
    piece.opcode = m_controlOpcode;
    piece.payload = payload;
    if (piece.opcode == Opcode::Close) {
        if (payload.size() == 1)
            return fail(ReadError::InvalidClose);
        if (payload.size() >= 2) {
            piece.closeCode = qFromBigEndian<quint16>(payload.data());
            if (!validCloseCode(piece.closeCode) || !payload.sliced(2).isValidUtf8())
                return fail(ReadError::InvalidClose);
        }
    }
    return piece;
}

} // namespace Kaji::Kube::WebSocket
