#include "capacitytotals.h"

#include "diagram/factfields.h"
#include "usagequantity.h"

#include <algorithm>

namespace Kaji::Models {
namespace {

// A node's allocatable CPU (millicores) or memory (bytes); 0 when unset.
qint64 allocatable(const nlohmann::json &list, const char *key, bool isCpu)
{
    const nlohmann::json &value = factAt(list, {key});
    if (!value.is_string())
        return 0;
    const std::string &text = value.get_ref<const std::string &>();
    return isCpu ? Kube::nanocoresToMillis(Kube::cpuNanocores(text).value_or(0)) : Kube::memoryBytes(text).value_or(0);
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

void addPodLoad(NodeLoads &loads, const Kube::PodRecord &pod, int sign)
{
    if (pod.nodeName.isEmpty() || pod.phase == u"Succeeded" || pod.phase == u"Failed")
        return;
    const auto it = loads.find(pod.nodeName);
    CapacityRow &row = it != loads.end() ? *it : loads[pod.nodeName];
    const Kube::NodeShare &share = pod.nodeShare;
    row.cpuRequestMillis += sign * share.cpuRequestMillis;
    row.cpuLimitMillis += sign * share.cpuLimitMillis;
    row.memoryRequestBytes += sign * share.memoryRequestBytes;
    row.memoryLimitBytes += sign * share.memoryLimitBytes;
    row.pods += sign;
    if (row.pods <= 0)
        loads.remove(pod.nodeName);
}

CapacityTotals capacityTotals(const QHash<QString, Kube::ObjectFacts> &nodes, const NodeLoads &loads,
                              const Kube::MetricsSample *sample)
{
    QHash<QString, CapacityRow> rows;
    rows.reserve(nodes.size());
    for (const Kube::ObjectFacts &node : nodes) {
        CapacityRow &row = rows[node.name];
        row = loads.value(node.name);
        row.node = node.name;
        const nlohmann::json &gives = factAt(node.fields, {"status", "allocatable"});
        row.cpuAllocatableMillis = allocatable(gives, "cpu", true);
        row.memoryAllocatableBytes = allocatable(gives, "memory", false);
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
