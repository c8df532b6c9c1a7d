#include "capacitytotals.h"

#include "diagram/factfields.h"
#include "usagequantity.h"

#include <algorithm>

namespace Kaji::Models {
namespace {

qint64 cpuMillis(const nlohmann::json &list)
{
    const QString text = factText(list, {"cpu"});
    const auto nanos = text.isEmpty() ? std::nullopt : Kube::cpuNanocores(text.toStdString());
    return nanos ? Kube::nanocoresToMillis(*nanos) : 0;
}

qint64 memoryBytes(const nlohmann::json &list)
{
    const QString text = factText(list, {"memory"});
    return text.isEmpty() ? 0 : Kube::memoryBytes(text.toStdString()).value_or(0);
}

// Adds one container's resources; a limit alone is the request too, as the
// API server defaults it.
void addContainer(CapacityRow &row, const nlohmann::json &resources)
{
    const nlohmann::json &requests = factAt(resources, {"requests"});
    const nlohmann::json &limits = factAt(resources, {"limits"});
    const qint64 cpuLimit = cpuMillis(limits), memoryLimit = memoryBytes(limits);
    const qint64 cpuRequest = cpuMillis(requests), memoryRequest = memoryBytes(requests);
    row.cpuRequestMillis += factAt(requests, {"cpu"}).is_null() ? cpuLimit : cpuRequest;
    row.memoryRequestBytes += factAt(requests, {"memory"}).is_null() ? memoryLimit : memoryRequest;
    row.cpuLimitMillis += cpuLimit;
    row.memoryLimitBytes += memoryLimit;
}

void addPod(CapacityRow &row, const nlohmann::json &fields)
{
    ++row.pods;
    const nlohmann::json &containers = factAt(fields, {"spec", "containers"});
    if (containers.is_array()) {
        for (const nlohmann::json &container : containers)
            addContainer(row, factAt(container, {"resources"}));
    }
    // Sidecars (restartable init containers) run beside the app for the pod's life.
    const nlohmann::json &inits = factAt(fields, {"spec", "initContainers"});
    if (inits.is_array()) {
        for (const nlohmann::json &container : inits) {
            if (factText(container, {"restartPolicy"}) == QLatin1String("Always"))
                addContainer(row, factAt(container, {"resources"}));
        }
    }
}

void addTo(CapacityRow &total, const CapacityRow &row)
{
    total.cpuRequestMillis += row.cpuRequestMillis;
    total.cpuLimitMillis += row.cpuLimitMillis;
    total.cpuAllocatableMillis += row.cpuAllocatableMillis;
    total.memoryRequestBytes += row.memoryRequestBytes;
    total.memoryLimitBytes += row.memoryLimitBytes;
    total.memoryAllocatableBytes += row.memoryAllocatableBytes;
    total.pods += row.pods;
}

} // namespace

CapacityTotals capacityTotals(const QHash<QString, Kube::ObjectFacts> &nodes,
                              const QHash<QString, Kube::ObjectFacts> &pods, const Kube::MetricsSample *sample)
{
    QHash<QString, CapacityRow> rows;
    rows.reserve(nodes.size());
    for (const Kube::ObjectFacts &node : nodes) {
        CapacityRow &row = rows[node.name];
        row.node = node.name;
        const nlohmann::json &allocatable = factAt(node.fields, {"status", "allocatable"});
        row.cpuAllocatableMillis = cpuMillis(allocatable);
        row.memoryAllocatableBytes = memoryBytes(allocatable);
    }
    for (const Kube::ObjectFacts &pod : pods) {
        // Finished pods hold nothing; unscheduled ones hold nothing yet.
        const QString phase = factText(pod.fields, {"status", "phase"});
        if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed"))
            continue;
        const auto it = rows.find(factText(pod.fields, {"spec", "nodeName"}));
        if (it != rows.end())
            addPod(*it, pod.fields);
    }
    if (sample && sample->nodes) {
        for (const Kube::NodeUsage &usage : sample->nodes->items) {
            const auto it = rows.find(usage.name);
            if (it == rows.end())
                continue;
            it->cpuUsageMillis = Kube::nanocoresToMillis(usage.usage.cpuNanocores);
            it->memoryUsageBytes = usage.usage.memoryBytes;
        }
    }
    CapacityTotals totals;
    totals.nodes = rows.values();
    std::sort(totals.nodes.begin(), totals.nodes.end(), [](const CapacityRow &a, const CapacityRow &b) { return a.node < b.node; });
    bool everyUsage = !totals.nodes.isEmpty();
    qint64 cpu = 0, memory = 0;
    for (const CapacityRow &row : std::as_const(totals.nodes)) {
        addTo(totals.total, row);
        everyUsage = everyUsage && row.cpuUsageMillis && row.memoryUsageBytes;
        cpu += row.cpuUsageMillis.value_or(0);
        memory += row.memoryUsageBytes.value_or(0);
    }
    // A partial sum would read as a low figure: no total unless all were measured.
    if (everyUsage) {
        totals.total.cpuUsageMillis = cpu;
        totals.total.memoryUsageBytes = memory;
    }
    return totals;
}

} // namespace Kaji::Models
