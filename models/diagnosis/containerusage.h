#pragma once

#include "metrics/usagehistory.h"
#include "resourcemetrics.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>
#include <unordered_map>

// Built on the GUI thread (or the command line's), then read-only: the
// engine's thread reads it.
namespace Kaji::Models {

// What containers used lately, for the rules that compare usage with
// limits: the recent readings of metrics.k8s.io (the GUI's history) or one
// reading (`kaji diagnose`). Readings without a sample are left out.
class ContainerUsage {
public:
    struct Point {
        qint64 timeMs = 0;
        qint64 cpuMillis = 0;
        qint64 memoryBytes = 0;
    };

    // One reading's containers.
    static ContainerUsage fromReading(const Kube::PodUsageList &pods, qint64 takenMs);
    // The last `readings` readings of a history (a copy, which shares its
    // readings), each container's read when a rule first asks: the rules ask
    // about a few containers (a limit to compare with, an OOM kill), and
    // reading every container of the cluster up front was a pass over every
    // pod in each run.
    static ContainerUsage fromHistory(UsageHistory history, int readings);

    void add(const QString &namespaceName, const QString &pod, const QString &container, QList<Point> points);
    // Oldest first; null when the container was not sampled.
    const QList<Point> *series(const QString &namespaceName, const QString &pod, const QString &container) const;

private:
    struct FromHistory {
        UsageHistory history;
        int readings = 0;
        std::mutex mutex; // rules may ask from more than one thread
        // Read so far; a node map, so a pointer handed out stays valid.
        std::unordered_map<QString, QList<Point>> read;
    };

    QHash<QString, QList<Point>> m_series; // "namespace/pod/container"
    std::shared_ptr<FromHistory> m_history; // null: m_series is all there is
};

using ContainerUsagePtr = std::shared_ptr<const ContainerUsage>;

} // namespace Kaji::Models
