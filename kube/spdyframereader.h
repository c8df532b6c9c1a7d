#pragma once

#include "spdyframes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Pure data handling; any thread, one user at a time.
namespace Kaji::Kube::Spdy {

// One piece of what the tunnel's byte stream carries. Control frames come
// whole. Data frames come as pieces as their bytes arrive, so bulk data is
// handed on where it lies instead of being gathered into frames first.
struct Piece {
    bool control = false;
    Type type = Type::SynStream; // control frames only
    quint8 flags = 0; // control frames, and the last piece of a data frame
    quint32 streamId = 0; // data frames; control frames carry theirs in the payload
    QByteArrayView payload; // valid until the next call to feed() or next()
    bool last = true; // data: the frame's last piece (its flags then count)
};

// Cuts the tunnel's byte stream into frames however the WebSocket split it.
// feed() some bytes, then call next() until it says nothing is left: the
// pieces point into the fed bytes, which must stay put until then. Only a
// frame header or control frame cut in two is copied.
class FrameReader {
public:
    void feed(QByteArrayView bytes);
    std::optional<Piece> next();

private:
    bool fillHeader();

    QByteArrayView m_input; // what feed() gave and next() has not handed on
    char m_head[HeaderSize] = {};
    int m_headFill = 0;
    QByteArray m_control; // a control frame's payload arriving in parts
    qsizetype m_controlLength = -1; // set while one is being gathered
    qint64 m_dataLeft = 0; // of the data frame being handed on
    quint32 m_dataStream = 0;
    quint8 m_dataFlags = 0;
};

} // namespace Kaji::Kube::Spdy
