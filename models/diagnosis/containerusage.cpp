#include "containerusage.h"

#include "clustersnapshot.h"
#include "metrics/usagehistory.h"
#include "usagequantity.h"


namespace Kaji::Models {
namespace {

QString key(const QString &ns, const QString &pod, const QString &container)
{
    return ns + u'/' + pod + u'/' + container;
}

// Whether a rule will want this container's usage: a limit to compare it
// with, or an OOM kill to explain.
bool worthReading(const Json &spec, const Json *status)
{
    if (!jsonChild(jsonChild(spec, "resources"), "limits").empty())
        return true;
    return status && jsonChild(jsonChild(jsonChild(*status, "lastState"), "terminated"), "reason").text() == "OOMKilled";
}

} // namespace

ContainerUsage ContainerUsage::fromReading(const Kube::PodUsageList &pods, qint64 takenMs)
{
    ContainerUsage usage;
    for (const Kube::PodUsage &pod : pods.items) {
        for (const Kube::ContainerUsage &c : pod.containers)
            usage.add(pod.namespaceName, pod.name, c.name,
                      {{takenMs, Kube::nanocoresToMillis(c.usage.cpuNanocores), c.usage.memoryBytes}});
    }
    return usage;
}

ContainerUsage ContainerUsage::fromHistory(const UsageHistory &history, const ClusterSnapshot &snapshot, int readings)
{
    ContainerUsage usage;
    if (history.readings() == 0)
        return usage;
    // Every pod of each run's snapshot passes here: names are compared as
    // views into the documents, and made only for containers worth reading.
    for (const Json &pod : snapshot.items(ClusterSnapshot::Pods)) {
        const Json &containers = jsonChild(jsonChild(pod, "spec"), "containers");
        const Json &statuses = jsonChild(jsonChild(pod, "status"), "containerStatuses");
        if (!containers.is_array())
            continue;
        for (const Json &container : containers) {
            const std::string_view containerName = jsonChild(container, "name").text();
            const Json *status = nullptr;
            if (statuses.is_array()) {
                for (const Json &s : statuses) {
                    if (jsonChild(s, "name").text() == containerName)
                        status = &s;
                }
            }
            if (!worthReading(container, status))
                continue;
            const Json &metadata = jsonChild(pod, "metadata");
            const QString ns = jsonText(metadata, "namespace"), name = jsonText(metadata, "name");
            const QString containerText = jsonText(container, "name");
            QList<Point> points;
            for (const UsageHistory::Point &p : history.recentOfContainer(ns, name, containerText, readings)) {
                if (p.present)
                    points.append({p.timeMs, p.cpuMillis, p.memoryBytes});
            }
            if (!points.isEmpty())
                usage.add(ns, name, containerText, std::move(points));
        }
    }
    return usage;
}

void ContainerUsage::add(const QString &namespaceName, const QString &pod, const QString &container, QList<Point> points)
{
    m_series.insert(key(namespaceName, pod, container), std::move(points));
}

const QList<ContainerUsage::Point> *ContainerUsage::series(const QString &namespaceName, const QString &pod,
                                                           const QString &container) const
{
    const auto it = m_series.constFind(key(namespaceName, pod, container));
    return it == m_series.cend() ? nullptr : &*it;
}

} // namespace Kaji::Models
