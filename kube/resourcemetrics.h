#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Plain data and decoders; any thread (decoding runs on the connection thread).
namespace Kaji::Kube {

// One sample of metrics.k8s.io: usage over `windowMs` ending at
// `timestampSecs`. CPU in nanocores, memory in bytes (working set).
struct Usage {
    qint64 cpuNanocores = 0;
    qint64 memoryBytes = 0;
};

struct NodeUsage {
    QString name;
    qint64 timestampSecs = 0;
    qint64 windowMs = 0;
    Usage usage;
};

struct ContainerUsage {
    QString name;
    Usage usage;
};

struct PodUsage {
    QString namespaceName;
    QString name;
    qint64 timestampSecs = 0;
    qint64 windowMs = 0;
    QList<ContainerUsage> containers;

    // The pod's usage: the sum of its containers', as kubectl top adds them.
    Usage total() const;
};

// A NodeMetricsList / PodMetricsList body; nullopt when it is not JSON.
// Items with unreadable quantities keep 0 for that resource and are counted.
struct NodeUsageList {
    QList<NodeUsage> items;
    int unreadable = 0;
};
struct PodUsageList {
    QList<PodUsage> items;
    int unreadable = 0;
};
std::optional<NodeUsageList> decodeNodeMetrics(const QByteArray &json);
std::optional<PodUsageList> decodePodMetrics(const QByteArray &json);

// "20.064s", "1m0.5s", "15s": Go duration text as the API writes `window`.
qint64 durationMs(std::string_view text);

} // namespace Kaji::Kube
