#pragma once

#include "clustercounts.h"

#include <QList>

#include <optional>
#include <vector>

// GUI thread (fed by the overview's controller); plain data otherwise.
namespace Kaji::Models {

// Pods by phase, restarts and Warning events since connect, one point per
// period (15 s) in a bounded ring (960 points: four hours). Recording twice
// within a period replaces that period's point; a period nobody recorded
// stays a gap, and so does a figure not known then (events are watched
// only while the overview is shown): never a 0 that was not counted.
class OverviewHistory {
public:
    static constexpr qint64 DefaultPeriodMs = 15000;
    static constexpr int DefaultCapacity = 960;

    explicit OverviewHistory(int capacity = DefaultCapacity, qint64 periodMs = DefaultPeriodMs);

    struct Point {
        qint64 timeMs = 0; // the start of its period
        std::optional<PodCounts> pods; // absent: a gap
        std::optional<int> warnings; // Warning events last seen in this period
        bool operator==(const Point &) const = default;
    };

    // What was counted at `nowMs`; a figure left out is not known now.
    void record(qint64 nowMs, const std::optional<PodCounts> &pods, std::optional<int> warnings);
    void clear();

    // The oldest first; a skipped stretch of periods appears as one gap
    // point at its start, so lines break there.
    QList<Point> points() const;
    int size() const { return m_size; }
    int capacity() const { return m_capacity; }
    qint64 periodMs() const { return m_periodMs; }
    // The start of the period `timeMs` falls in.
    qint64 periodStart(qint64 timeMs) const;

private:
    void push(Point point);
    Point &last();

    int m_capacity;
    qint64 m_periodMs;
    std::vector<Point> m_ring;
    int m_first = 0; // index of the oldest point
    int m_size = 0;
};

} // namespace Kaji::Models
