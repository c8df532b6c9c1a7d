#include "logstore.h"

#include <cstring>

namespace Kaji::Models {

void LogStore::append(QByteArrayView text, qint64 timestamp, quint16 source, LogSeverity severity)
{
    // Lines beyond 4 GiB would not fit LogLine; no log line is that long.
    const qsizetype length = std::min<qsizetype>(text.size(), std::numeric_limits<quint32>::max());
    if (m_blocks.isEmpty() || m_blocks.last()->capacity - m_blocks.last()->used < length)
        m_blocks.append(std::make_shared<Block>(std::max(BlockBytes, length)));
    Block &block = *m_blocks.last();
    if (length > 0)
        std::memcpy(block.data.get() + block.used, text.data(), size_t(length));
    if (m_count % ChunkLines == 0 && m_count / ChunkLines == m_chunks.size())
        m_chunks.append(std::make_shared<Chunk>());
    LogLine &line = (*m_chunks[m_count / ChunkLines])[size_t(m_count % ChunkLines)];
    line.timestamp = timestamp;
    line.block = quint32(m_blocks.size() - 1);
    line.offset = quint32(block.used);
    line.length = quint32(length);
    line.source = source;
    line.severity = severity;
    block.used += length;
    m_bytes += length;
    ++m_count;
}

void LogStore::clear()
{
    // Snapshots still being searched keep their blocks alive.
    m_blocks.clear();
    m_chunks.clear();
    m_count = 0;
    m_bytes = 0;
}

LogStore::Snapshot LogStore::snapshot() const
{
    Snapshot s;
    s.blocks.reserve(m_blocks.size());
    for (const auto &b : m_blocks)
        s.blocks.append(b);
    s.chunks.reserve(m_chunks.size());
    for (const auto &c : m_chunks)
        s.chunks.append(c);
    s.count = m_count;
    return s;
}

} // namespace Kaji::Models
