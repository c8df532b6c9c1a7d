#include "logmerger.h"

#include <algorithm>

namespace Kaji::Models {

LogMerger::LogMerger(int holdBackMs, QObject *parent) : QObject(parent), m_holdBackMs(holdBackMs)
{
    m_clock.start();
    m_timer.setInterval(std::max(20, holdBackMs / 3));
    connect(&m_timer, &QTimer::timeout, this, &LogMerger::tick);
}

void LogMerger::addSource(quint16 source)
{
    m_sources.insert(source, Source{std::numeric_limits<qint64>::min(), m_clock.elapsed(), false});
}

void LogMerger::removeSource(quint16 source)
{
    m_sources.remove(source);
}

void LogMerger::tick()
{
    const qint64 now = m_clock.elapsed();
    if (m_sources.isEmpty()) {
        release(now - m_holdBackMs);
        return;
    }
    qint64 watermark = std::numeric_limits<qint64>::max();
    for (const Source &s : std::as_const(m_sources)) {
        const bool waiting = s.spoke ? now - s.heardMs < m_holdBackMs : now - s.heardMs < m_graceMs;
        if (waiting)
            watermark = std::min(watermark, s.newest);
    }
    release(now - m_graceMs, watermark);
}

void LogMerger::add(quint16 source, const LogBatch &batch)
{
    const qint64 now = m_clock.elapsed();
    if (auto it = m_sources.find(source); it != m_sources.end()) {
        it->heardMs = now;
        it->spoke = true;
        if (!batch.timestamps.isEmpty())
            it->newest = std::max(it->newest, batch.timestamps.last());
    }
    qsizetype lineNo = 0;
    for (QByteArrayView rest(batch.text); !rest.isEmpty(); ++lineNo) {
        const qsizetype newline = rest.indexOf('\n');
        const qsizetype length = newline < 0 ? rest.size() : newline + 1;
        QByteArray line = rest.first(length).toByteArray();
        if (!line.endsWith('\n'))
            line += '\n';
        m_pending.push_back({lineNo < batch.timestamps.size() ? batch.timestamps[lineNo] : 0, now, m_sequence++, source,
                             std::move(line)});
        rest = rest.sliced(length);
    }
    if (!m_pending.empty() && !m_timer.isActive())
        m_timer.start();
}

void LogMerger::reset()
{
    m_pending.clear();
    m_sources.clear();
    m_timer.stop();
}

void LogMerger::flush()
{
    release(std::numeric_limits<qint64>::max());
}

void LogMerger::release(qint64 arrivedBeforeMs, qint64 watermark)
{
    const auto split = std::stable_partition(m_pending.begin(), m_pending.end(), [&](const Pending &p) {
        return p.arrivedMs <= arrivedBeforeMs || p.timestamp <= watermark;
    });
    if (split == m_pending.begin()) {
        if (m_pending.empty())
            m_timer.stop();
        return;
    }
    std::sort(m_pending.begin(), split, [](const Pending &a, const Pending &b) {
        return std::tie(a.timestamp, a.sequence) < std::tie(b.timestamp, b.sequence);
    });
    LogBatch out;
    for (auto it = m_pending.begin(); it != split; ++it) {
        out.text += it->text;
        out.timestamps.append(it->timestamp);
        out.sources.append(it->source);
    }
    m_pending.erase(m_pending.begin(), split);
    if (m_pending.empty())
        m_timer.stop();
    Q_EMIT merged(out);
}

} // namespace Kaji::Models
