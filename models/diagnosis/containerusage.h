#pragma once

#include "resourcemetrics.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

// Built on the GUI thread (or the command line's), then read-only: the
// engine's thread reads it.
namespace Kaji::Models {

class ClusterSnapshot;
class UsageHistory;

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
    // The last `readings` readings of the containers of `snapshot`'s pods
    // that set a limit or were OOM-killed: the ones rules look at.
    static ContainerUsage fromHistory(const UsageHistory &history, const ClusterSnapshot &snapshot, int readings);

    void add(const QString &namespaceName, const QString &pod, const QString &container, QList<Point> points);
    // Oldest first; null when the container was not sampled.
    const QList<Point> *series(const QString &namespaceName, const QString &pod, const QString &container) const;
    bool isEmpty() const { return m_series.isEmpty(); }

private:
    QHash<QString, QList<Point>> m_series; // "namespace/pod/container"
};

using ContainerUsagePtr = std::shared_ptr<const ContainerUsage>;

} // namespace Kaji::Models
