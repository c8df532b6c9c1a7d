#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>

// A value type; any thread.
namespace Kaji::Models {

// Log lines on their way to a LogModel: `text` holds whole lines, each
// ending in '\n' (the last may lack it), without the server's timestamp
// prefix; one timestamp (nanoseconds since the epoch, 0 if unknown) per
// line; and, for logs merged from several pods, one source index per line
// (empty: all from source 0).
struct LogBatch {
    QByteArray text;
    QList<qint64> timestamps;
    QList<quint16> sources;
};

} // namespace Kaji::Models

Q_DECLARE_METATYPE(Kaji::Models::LogBatch)
