#include "capacitytotals.h"

#include "diagram/factfields.h"
#include "usagequantity.h"

#include <algorithm>
#include <unordered_map>

namespace Kaji::Models {
namespace {

// Pods repeat the same few quantities ("100m", "128Mi"): each text is
// parsed once per count.
struct Quantities {
    std::unordered_map<std::string, qint64> cpu, memory;

    qint64 read(const nlohmann::json &list, const char *key, bool isCpu)
    {
        if (!list.is_object())
            return 0;
        const auto it = list.find(key);
        if (it == list.end() || !it->is_string())
            return 0;
        const std::string &text = it->get_ref<const std::string &>();
        auto &cache = isCpu ? cpu : memory;
        if (const auto hit = cache.find(text); hit != cache.end())
            return hit->second;
        const qint64 value = isCpu ? Kube::nanocoresToMillis(Kube::cpuNanocores(text).value_or(0))
                                   : Kube::memoryBytes(text).value_or(0);
        cache.emplace(text, value);
        return value;
    }
};

bool has(const nlohmann::json &list, const char *key)
{
    return list.is_object() && list.contains(key);
}

// Adds one container's resources; a limit alone is the request too, as the
// API server defaults it.
void addContainer(CapacityRow &row, const nlohmann::json &resources, Quantities &q)
{
    const nlohmann::json &requests = factAt(resources, {"requests"});
    const nlohmann::json &limits = factAt(resources, {"limits"});
    const qint64 cpuLimit = q.read(limits, "cpu", true), memoryLimit = q.read(limits, "memory", false);
    row.cpuRequestMillis += has(requests, "cpu") ? q.read(requests, "cpu", true) : cpuLimit;
    row.memoryRequestBytes += has(requests, "memory") ? q.read(requests, "memory", false) : memoryLimit;
    row.cpuLimitMillis += cpuLimit;
    row.memoryLimitBytes += memoryLimit;
}

void addPod(CapacityRow &row, const nlohmann::json &fields, Quantities &q)
{
    ++row.pods;
    const nlohmann::json &containers = factAt(fields, {"spec", "containers"});
    if (containers.is_array()) {
        for (const nlohmann::json &container : containers)
            addContainer(row, factAt(container, {"resources"}), q);
    }
    // Sidecars (restartable init containers) run beside the app for the pod's life.
    const nlohmann::json &inits = factAt(fields, {"spec", "initContainers"});
    if (inits.is_array()) {
        for (const nlohmann::json &container : inits) {
            if (factText(container, {"restartPolicy"}) == QLatin1String("Always"))
                addContainer(row, factAt(container, {"resources"}), q);
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
    Quantities quantities;
    QHash<QString, CapacityRow> rows;
    rows.reserve(nodes.size());
    for (const Kube::ObjectFacts &node : nodes) {
        CapacityRow &row = rows[node.name];
        row.node = node.name;
        const nlohmann::json &allocatable = factAt(node.fields, {"status", "allocatable"});
        row.cpuAllocatableMillis = quantities.read(allocatable, "cpu", true);
        row.memoryAllocatableBytes = quantities.read(allocatable, "memory", false);
    }
    for (const Kube::ObjectFacts &pod : pods) {
        // Finished pods hold nothing; unscheduled ones hold nothing yet.
        const nlohmann::json &phase = factAt(pod.fields, {"status", "phase"});
        if (phase.is_string() && (phase == "Succeeded" || phase == "Failed"))
            continue;
        const nlohmann::json &node = factAt(pod.fields, {"spec", "nodeName"});
        if (!node.is_string())
            continue; // not scheduled yet
        const auto it = rows.find(QString::fromStdString(node.get_ref<const std::string &>()));
        if (it != rows.end())
            addPod(*it, pod.fields, quantities);
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
