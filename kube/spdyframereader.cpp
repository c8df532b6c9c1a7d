#include "spdyframereader.h"

#include <cstring>

namespace Kaji::Kube::Spdy {

void FrameReader::feed(QByteArrayView bytes)
{
    m_input = bytes;
}

bool FrameReader::fillHeader()
{
    const qsizetype take = qMin<qsizetype>(HeaderSize - m_headFill, m_input.size());
    std::memcpy(m_head + m_headFill, m_input.data(), size_t(take));
    m_headFill += int(take);
    m_input = m_input.sliced(take);
    return m_headFill == HeaderSize;
}

std::optional<Piece> FrameReader::next()
{
    Piece piece;
    if (m_dataLeft > 0) {
        if (m_input.isEmpty())
            return std::nullopt;
        const qsizetype take = qMin<qsizetype>(m_dataLeft, m_input.size());
        piece.streamId = m_dataStream;
        piece.payload = m_input.first(take);
        m_input = m_input.sliced(take);
        m_dataLeft -= take;
        piece.last = m_dataLeft == 0;
        piece.flags = piece.last ? m_dataFlags : 0;
        return piece;
    }
    if (m_controlLength < 0) {
        if (m_input.isEmpty() || !fillHeader())
            return std::nullopt;
        m_headFill = 0;
        const quint32 first = readU32(m_head);
        const quint32 second = readU32(m_head + 4);
        const qsizetype length = qsizetype(second & 0xffffff);
        if (!(first & 0x80000000u)) {
            m_dataStream = first & 0x7fffffff;
            m_dataFlags = quint8(second >> 24);
            if (length == 0) { // FIN alone, as kubectl and we send it
                piece.streamId = m_dataStream;
                piece.flags = m_dataFlags;
                return piece;
            }
            m_dataLeft = length;
            return next();
        }
        m_controlLength = length;
        m_control.clear();
    }
    // A control frame: whole where it lies, else gathered first.
    const auto controlPiece = [&](QByteArrayView payload) {
        piece.control = true;
        piece.type = Type(readU32(m_head) & 0xffff);
        piece.flags = quint8(readU32(m_head + 4) >> 24);
        piece.payload = payload;
        m_controlLength = -1;
        return piece;
    };
    if (m_control.isEmpty() && m_input.size() >= m_controlLength) {
        const QByteArrayView payload = m_input.first(m_controlLength);
        m_input = m_input.sliced(m_controlLength);
        return controlPiece(payload);
    }
    const qsizetype take = qMin<qsizetype>(m_controlLength - m_control.size(), m_input.size());
    m_control.append(m_input.first(take));
    m_input = m_input.sliced(take);
    if (m_control.size() < m_controlLength)
        return std::nullopt;
    return controlPiece(m_control);
}

} // namespace Kaji::Kube::Spdy
