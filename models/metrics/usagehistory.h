#pragma once

#include "compactfigure.h"
#include "metricssampler.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

// Any thread, one thread at a time per object. Copies are cheap and share
// their readings, which never change once recorded: App::MetricsController
// records a copy on the pool while the GUI thread reads its own.
namespace Kaji::Models {

// The usage of every node and container since Kaji connected, for a
// bounded window: the last `capacity` readings, fewer when that many would
// hold more than `budgetBytes` (but never fewer than `FloorReadings`, what
// the diagnosis's usage rules read). A reading without a sample of an
// object is a gap, never a 0. Four bytes per container and reading (figures
// in 16 bits, CompactFigure): 15,000 containers for an hour at 15 s hold
// 14 MB; 100,000 would hold 96 MB for the hour, so the default budget keeps
// them for 20 minutes instead.
//
// Stored by reading, not by series: each reading is one immutable frame of
// every series' values, indexed by a number each series gets when first
// seen. Recording writes one new frame and touches nothing else, and a copy
// of the history is a copy of pointers. (Stored by series, a reading wrote
// into 15,000 separate arrays and cleared the oldest slot of each: ~20 ms
// at 10,000 pods, and a copy meant copying 30 MB.)
class UsageHistory {
public:
    static constexpr qint64 DefaultBudgetBytes = 32'000'000;
    static constexpr int FloorReadings = 60; // 15 minutes at 15 s
    explicit UsageHistory(int capacity = 240, qint64 budgetBytes = DefaultBudgetBytes);

    struct Point {
        qint64 timeMs = 0;
        bool present = false; // false: no sample in this reading (a gap)
        qint64 cpuMillis = 0;
        qint64 memoryBytes = 0; // to 1/4,096 of the figure (CompactFigure)
    };

    // Adds one reading; lists that failed leave gaps for their objects.
    void record(const Kube::MetricsSample &sample);
    void clear();

    int readings() const { return m_readings; }
    int capacity() const { return m_capacity; }
    // How many readings are held now: up to `capacity`, fewer while the
    // budget cannot hold that many of every series.
    int window() const { return m_readings - m_firstHeld; }
    // The oldest reading first; empty for an object never sampled.
    QList<Point> node(const QString &name) const;
    QList<Point> pod(const QString &namespaceName, const QString &name) const; // its containers summed
    QList<Point> container(const QString &namespaceName, const QString &pod, const QString &container) const;
    // Only the last `readings` readings (fewer when fewer were recorded).
    QList<Point> recentOfContainer(const QString &namespaceName, const QString &pod, const QString &container,
                                   int readings) const;
    QStringList containers(const QString &namespaceName, const QString &pod) const;
    // Memory of the frames and the index, each counted once however many
    // copies share it.
    qint64 bytesHeld() const;

private:
    struct Value { // CompactFigure codes
        quint16 cpuMillis = CompactFigure::Missing;
        quint16 memoryKiB = CompactFigure::Missing;
    };
    // One reading: every series' value by its number; numbers past the end
    // were not handed out yet at that reading (Missing).
    struct Frame {
        qint64 takenMs = 0;
        std::vector<Value> values;
    };
    struct PodEntry {
        QStringList names; // containers, in the order first seen
        std::vector<int> ids; // their series, in the order of names
    };
    // Which series number an object has. Replaced (copied, then changed)
    // only when objects come or go; namespaces are hashes of their own, so a
    // new pod copies its namespace's hash, not every pod's.
    struct Index {
        QHash<QString, int> nodes;
        QHash<QString, QHash<QString, PodEntry>> pods; // namespace -> pod ->
        int series = 0; // numbers handed out
        std::vector<int> freeIds; // of objects gone for the whole window
    };
    static constexpr int Freed = -2; // m_lastSeen of a number on freeIds

    const Frame *frame(int reading) const { return m_frames[size_t(reading % m_capacity)].get(); }
    int podSeries(const QString &namespaceName, const QString &pod, const QString &container) const;
    QList<Point> points(int id, int last = -1) const;
    void dropStale(std::shared_ptr<Index> &changed);
    void shrinkToBudget(size_t series);

    int m_capacity;
    qint64 m_budgetBytes;
    int m_readings = 0; // readings recorded so far; the current one is m_readings - 1
    int m_firstHeld = 0; // the oldest reading still held
    std::vector<std::shared_ptr<const Frame>> m_frames; // by reading % capacity
    std::shared_ptr<const Index> m_index;
    std::vector<int> m_lastSeen; // reading each series number last had a value in
};

} // namespace Kaji::Models
