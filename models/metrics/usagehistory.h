#pragma once

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
// bounded window: the last `capacity` readings. A reading without a sample
// of an object is a gap, never a 0. Eight bytes per container and reading:
// 10,000 pods, an hour at 15 s, fit in ~30 MB.
//
// Stored by reading, not by series: each reading is one immutable frame of
// every series' values, indexed by a number each series gets when first
// seen. Recording writes one new frame and touches nothing else, and a copy
// of the history is a copy of pointers. (Stored by series, a reading wrote
// into 15,000 separate arrays and cleared the oldest slot of each: ~20 ms
// at 10,000 pods, and a copy meant copying 30 MB.)
class UsageHistory {
public:
    explicit UsageHistory(int capacity = 240);

    struct Point {
        qint64 timeMs = 0;
        bool present = false; // false: no sample in this reading (a gap)
        qint64 cpuMillis = 0;
        qint64 memoryBytes = 0; // to the KiB below
    };

    // Adds one reading; lists that failed leave gaps for their objects.
    void record(const Kube::MetricsSample &sample);
    void clear();

    int readings() const { return m_readings; }
    int capacity() const { return m_capacity; }
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
    struct Value {
        quint32 cpuMillis = Missing;
        quint32 memoryKiB = Missing;
    };
    static constexpr quint32 Missing = 0xFFFFFFFFu;
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

    int m_capacity;
    int m_readings = 0; // readings recorded so far; the current one is m_readings - 1
    std::vector<std::shared_ptr<const Frame>> m_frames; // by reading % capacity
    std::shared_ptr<const Index> m_index;
    std::vector<int> m_lastSeen; // reading each series number last had a value in
};

} // namespace Kaji::Models
