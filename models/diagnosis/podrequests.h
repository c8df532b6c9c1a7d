#pragma once

#include "frozenjson.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <unordered_map>

// One thread at a time per object.
namespace Kaji::Models {

struct ResourceRequests {
    qint64 cpuMillis = 0;
    qint64 memoryBytes = 0;
    bool operator==(const ResourceRequests &other) const = default;
};

// Hashes a std::string key and a view of one alike, so a map owning its keys
// is searched with a view into a document.
struct RequestTextHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>()(text); }
};

// What pod specs ask for, with each request text parsed once: a cluster's
// pods repeat a few ("100m", "128Mi"), and making a QString of each to
// parse it was a third of summing 100,000 pods. The memo owns its keys, so
// it may outlive the documents it read.
class PodRequests {
public:
    // Init containers run one at a time before the others, so a pod needs
    // the larger of the largest init container and its containers' sum.
    ResourceRequests of(const Json &podSpec);

private:
    using Memo = std::unordered_map<std::string, qint64, RequestTextHash, std::equal_to<>>;
    ResourceRequests ofContainer(const Json &container);
    static qint64 parsed(Memo &known, std::string_view text, qint64 (*parse)(const QString &));

    Memo m_cpu, m_memory;
};

// The requests of the pods bound to each node and not finished, summed, as
// the scheduler counts them against a node's allocatable. Kept as pods come,
// change and go (SnapshotTable), so a pending pod's diagnosis reads the sums
// instead of every pod's spec in each run.
class NodeRequests {
public:
    void add(const Json &pod) { count(pod, 1); }
    void subtract(const Json &pod) { count(pod, -1); }
    // Zero for a node no counted pod is bound to.
    ResourceRequests on(std::string_view node) const;

private:
    void count(const Json &pod, int sign);

    PodRequests m_requests;
    std::unordered_map<std::string, ResourceRequests, RequestTextHash, std::equal_to<>> m_byNode;
};

} // namespace Kaji::Models
