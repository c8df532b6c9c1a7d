#pragma once

#include "metricssampler.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

// GUI thread (fed from the poller's results).
namespace Kaji::Models {

// The usage of every node and container since Kaji connected, for a
// bounded window: the last `capacity` readings, in a ring all series share.
// A reading without a sample of an object is a gap, never a 0. Eight bytes
// per container and reading: 10,000 pods, an hour at 15 s, fit in ~30 MB.
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
    qint64 bytesHeld() const;

private:
    struct Series {
        std::vector<quint32> cpuMillis; // Missing where no sample
        std::vector<quint32> memoryKiB;
        int lastSeen = 0; // reading number
    };
    static constexpr quint32 Missing = 0xFFFFFFFFu;

    // A pod's containers, found with one lookup per pod and reading.
    struct PodSeries {
        QStringList names;
        std::vector<Series> containers; // in the order of names
        int lastSeen = 0;
    };

    Series newSeries() const;
    void put(Series &s, qint64 cpuMillis, qint64 memoryBytes);
    QList<Point> points(const Series *s, int last = -1) const;
    void dropStale();
    int slot(int reading) const { return reading % m_capacity; }

    int m_capacity;
    int m_readings = 0; // readings recorded so far; the current one is m_readings - 1
    std::vector<qint64> m_times;
    QHash<QString, Series> m_nodes; // by node name
    QHash<QString, PodSeries> m_pods; // by "ns/pod"
};

} // namespace Kaji::Models
