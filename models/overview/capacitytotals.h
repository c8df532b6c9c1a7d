#pragma once

#include "metricssampler.h"
#include "objectfacts.h"
#include "podrecord.h"

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

    bool operator==(const CapacityRow &) const = default;
};

struct CapacityTotals {
    QList<CapacityRow> nodes; // by name
    CapacityRow total; // usage present only when every node had a figure

    bool operator==(const CapacityTotals &) const = default;
};

// What the pods scheduled on each node hold there (requests, limits and the
// pods; no usage, no allocatable), by node name.
using NodeLoads = QHash<QString, CapacityRow>;
// Adds a pod to its node's load (sign 1), or takes it out (-1): finished
// pods hold nothing, unscheduled ones nothing yet. A node whose last pod is
// taken out leaves `loads`.
void addPodLoad(NodeLoads &loads, const Kube::PodRecord &pod, int sign = 1);

// Each node's load against what it can give; `sample` may be null. Loads on
// nodes not in `nodes` are left out.
CapacityTotals capacityTotals(const QHash<QString, Kube::ObjectFacts> &nodes, const NodeLoads &loads,
                              const Kube::MetricsSample *sample);

} // namespace Kaji::Models
