#pragma once

#include "metricssampler.h"
#include "objectfacts.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Pure functions; any thread.
namespace Kaji::Models {

// One node's (or the cluster's) CPU and memory: what pods use (the latest
// metrics reading; absent when it had no figure for the node), what the pods
// scheduled there request and are limited to (summed as `kubectl describe
// node` does: a container without a value adds nothing), and what the node
// can give pods.
struct CapacityRow {
    QString node; // empty for the total
    std::optional<qint64> cpuUsageMillis;
    std::optional<qint64> memoryUsageBytes;
    qint64 cpuRequestMillis = 0, cpuLimitMillis = 0, cpuAllocatableMillis = 0;
    qint64 memoryRequestBytes = 0, memoryLimitBytes = 0, memoryAllocatableBytes = 0;
    int pods = 0; // pods that hold resources there (not finished)
};

struct CapacityTotals {
    QList<CapacityRow> nodes; // by name
    CapacityRow total; // usage present only when every node had a figure
};

// `pods` as the PodResources watch keeps them (spec.nodeName, the
// containers' resources, status.phase); `sample` may be null.
CapacityTotals capacityTotals(const QHash<QString, Kube::ObjectFacts> &nodes,
                              const QHash<QString, Kube::ObjectFacts> &pods, const Kube::MetricsSample *sample);

} // namespace Kaji::Models
