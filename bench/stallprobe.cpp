#include "stallprobe.h"

#include <algorithm>

StallProbe::StallProbe(int intervalMs, QObject *parent) : QObject(parent), m_intervalMs(intervalMs)
{
    // Precise: a coarse timer may legitimately fire 5% late, which would
    // count as a stall that is not one.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_latenessMs.clear();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double late = double(now - m_lastNs) / 1e6 - m_intervalMs;
    m_latenessMs.push_back(std::max(0.0, late));
    m_lastNs = now;
}

StallProbe::Summary StallProbe::summary() const
{
    Summary s;
    if (m_latenessMs.empty())
        return s;
    std::vector<double> sorted = m_latenessMs;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double q) { return sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))]; };
    s.p50Ms = at(0.50);
    s.p99Ms = at(0.99);
    s.maxMs = sorted.back();
    s.samples = sorted.size();
    return s;
}
