#include "containerusage.h"

#include "usagequantity.h"

namespace Kaji::Models {
namespace {

QString key(const QString &ns, const QString &pod, const QString &container)
{
    return ns + u'/' + pod + u'/' + container;
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

ContainerUsage ContainerUsage::fromHistory(UsageHistory history, int readings)
{
    ContainerUsage usage;
    usage.m_history = std::make_shared<FromHistory>();
    usage.m_history->history = std::move(history);
    usage.m_history->readings = readings;
    return usage;
}

void ContainerUsage::add(const QString &namespaceName, const QString &pod, const QString &container, QList<Point> points)
{
    m_series.insert(key(namespaceName, pod, container), std::move(points));
}

const QList<ContainerUsage::Point> *ContainerUsage::series(const QString &namespaceName, const QString &pod,
                                                           const QString &container) const
{
    const QString name = key(namespaceName, pod, container);
    if (!m_history) {
        const auto it = m_series.constFind(name);
        return it == m_series.cend() ? nullptr : &*it;
    }
    const std::lock_guard lock(m_history->mutex);
    auto it = m_history->read.find(name);
    if (it == m_history->read.end()) {
        QList<Point> points;
        for (const UsageHistory::Point &p : m_history->history.recentOfContainer(namespaceName, pod, container, m_history->readings)) {
            if (p.present)
                points.append({p.timeMs, p.cpuMillis, p.memoryBytes});
        }
        it = m_history->read.emplace(name, std::move(points)).first;
    }
    // Readings without a sample are left out; none at all: not sampled.
    return it->second.isEmpty() ? nullptr : &it->second;
}

} // namespace Kaji::Models
