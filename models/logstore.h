#pragma once

#include "logclassifier.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <array>
#include <memory>

// Written on the GUI thread; snapshots are read on pool threads.
namespace Kaji::Models {

// Where one line's bytes are, and what is known about it.
struct LogLine {
    qint64 timestamp = 0; // nanoseconds since the epoch, 0 if unknown
    quint32 block = 0;
    quint32 offset = 0;
    quint32 length = 0; // without the '\n'
    quint16 source = 0;
    LogSeverity severity = LogSeverity::None;
};

// Append-only storage for millions of lines: their bytes packed into large
// blocks and fixed-size chunks of LogLine records, instead of a QString per
// line (a million lines cost their bytes plus 24 bytes each). Blocks and
// chunks never move once written, so a Snapshot can be read on another
// thread while more lines are appended behind it.
class LogStore {
public:
    static constexpr qsizetype BlockBytes = 4 << 20;
    static constexpr qsizetype ChunkLines = 1 << 14;

    struct Block {
        explicit Block(qsizetype size) : data(new char[size_t(size)]), capacity(size) {}
        std::unique_ptr<char[]> data;
        qsizetype capacity;
        qsizetype used = 0;
    };
    using Chunk = std::array<LogLine, ChunkLines>;

    // The lines [0, count) as they were when taken.
    struct Snapshot {
        QList<std::shared_ptr<const Block>> blocks;
        QList<std::shared_ptr<const Chunk>> chunks;
        qsizetype count = 0;
        const LogLine &line(qsizetype i) const { return (*chunks[i / ChunkLines])[size_t(i % ChunkLines)]; }
        QByteArrayView text(qsizetype i) const
        {
            const LogLine &l = line(i);
            return {blocks[l.block]->data.get() + l.offset, qsizetype(l.length)};
        }
    };

    // `text` excludes the newline.
    void append(QByteArrayView text, qint64 timestamp, quint16 source, LogSeverity severity);
    void clear();

    qsizetype size() const { return m_count; }
    qsizetype bytes() const { return m_bytes; }
    const LogLine &line(qsizetype i) const { return (*m_chunks[i / ChunkLines])[size_t(i % ChunkLines)]; }
    QByteArrayView text(qsizetype i) const
    {
        const LogLine &l = line(i);
        return {m_blocks[l.block]->data.get() + l.offset, qsizetype(l.length)};
    }
    Snapshot snapshot() const;

private:
    QList<std::shared_ptr<Block>> m_blocks;
    QList<std::shared_ptr<Chunk>> m_chunks;
    qsizetype m_count = 0;
    qsizetype m_bytes = 0;
};

} // namespace Kaji::Models
