#include "overviewhistory.h"

#include <algorithm>

namespace Kaji::Models {

OverviewHistory::OverviewHistory(int capacity, qint64 periodMs)
    : m_capacity(std::max(2, capacity)), m_periodMs(std::max<qint64>(1, periodMs))
{
    m_ring.resize(size_t(m_capacity));
}

qint64 OverviewHistory::periodStart(qint64 timeMs) const
{
    // Floor, also for times before the epoch (tests use small numbers).
    qint64 start = (timeMs / m_periodMs) * m_periodMs;
    if (start > timeMs)
        start -= m_periodMs;
    return start;
}

void OverviewHistory::record(qint64 nowMs, const std::optional<PodCounts> &pods, std::optional<int> warnings)
{
    const qint64 start = periodStart(nowMs);
    if (m_size > 0) {
        Point &latest = last();
        if (start < latest.timeMs)
            return; // the clock went back: keep what was counted
        if (start == latest.timeMs) {
            // The newest count of the period stands; a figure not known now
            // does not erase one counted earlier in it.
            if (pods)
                latest.pods = pods;
            if (warnings)
                latest.warnings = warnings;
            return;
        }
        if (start > latest.timeMs + m_periodMs)
            push({latest.timeMs + m_periodMs, std::nullopt, std::nullopt});
    }
    push({start, pods, warnings});
}

void OverviewHistory::clear()
{
    m_first = 0;
    m_size = 0;
}

QList<OverviewHistory::Point> OverviewHistory::points() const
{
    QList<Point> list;
    list.reserve(m_size);
    for (int i = 0; i < m_size; ++i)
        list.append(m_ring[size_t((m_first + i) % m_capacity)]);
    return list;
}

void OverviewHistory::push(Point point)
{
    if (m_size < m_capacity) {
        m_ring[size_t((m_first + m_size) % m_capacity)] = std::move(point);
        ++m_size;
        return;
    }
    m_ring[size_t(m_first)] = std::move(point);
    m_first = (m_first + 1) % m_capacity;
}

OverviewHistory::Point &OverviewHistory::last()
{
    return m_ring[size_t((m_first + m_size - 1) % m_capacity)];
}

} // namespace Kaji::Models
