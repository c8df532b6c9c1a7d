#include "usagehistory.h"

#include "usagequantity.h"

#include <algorithm>

namespace Kaji::Models {
namespace {

QString podKey(const QString &ns, const QString &pod)
{
    return ns + u'/' + pod;
}

quint32 clampedField(qint64 value)
{
    return quint32(std::clamp<qint64>(value, 0, 0xFFFFFFFEu));
}

} // namespace

UsageHistory::UsageHistory(int capacity) : m_capacity(std::max(capacity, 2)), m_times(size_t(m_capacity), 0) {}

void UsageHistory::clear()
{
    m_readings = 0;
    m_nodes.clear();
    m_pods.clear();
}

UsageHistory::Series UsageHistory::newSeries() const
{
    Series s;
    s.cpuMillis.assign(size_t(m_capacity), Missing);
    s.memoryKiB.assign(size_t(m_capacity), Missing);
    return s;
}

void UsageHistory::put(Series &s, qint64 cpuMillis, qint64 memoryBytes)
{
    const size_t at = size_t(slot(m_readings - 1));
    s.cpuMillis[at] = clampedField(cpuMillis);
    s.memoryKiB[at] = clampedField(memoryBytes / 1024);
    s.lastSeen = m_readings - 1;
}

void UsageHistory::record(const Kube::MetricsSample &sample)
{
    ++m_readings;
    const size_t at = size_t(slot(m_readings - 1));
    m_times[at] = sample.takenMs;
    // The slot being reused belonged to the oldest reading: clear it everywhere.
    const auto forget = [at](Series &s) {
        s.cpuMillis[at] = Missing;
        s.memoryKiB[at] = Missing;
    };
    for (Series &s : m_nodes)
        forget(s);
    for (PodSeries &pod : m_pods)
        std::for_each(pod.containers.begin(), pod.containers.end(), forget);
    if (sample.nodes) {
        for (const Kube::NodeUsage &node : sample.nodes->items) {
            auto it = m_nodes.find(node.name);
            if (it == m_nodes.end())
                it = m_nodes.insert(node.name, newSeries());
            put(*it, Kube::nanocoresToMillis(node.usage.cpuNanocores), node.usage.memoryBytes);
        }
    }
    if (sample.pods) {
        for (const Kube::PodUsage &pod : sample.pods->items) {
            PodSeries &series = m_pods[podKey(pod.namespaceName, pod.name)];
            series.lastSeen = m_readings - 1;
            for (const Kube::ContainerUsage &c : pod.containers) {
                qsizetype index = series.names.indexOf(c.name);
                if (index < 0) {
                    series.names.append(c.name);
                    series.containers.push_back(newSeries());
                    index = series.names.size() - 1;
                }
                put(series.containers[size_t(index)], Kube::nanocoresToMillis(c.usage.cpuNanocores), c.usage.memoryBytes);
            }
        }
    }
    dropStale();
}

// Objects with no sample in the whole window (deleted pods) free their series.
void UsageHistory::dropStale()
{
    const int oldest = m_readings - m_capacity;
    m_nodes.removeIf([oldest](const auto &it) { return it.value().lastSeen < oldest; });
    m_pods.removeIf([oldest](const auto &it) { return it.value().lastSeen < oldest; });
}

QList<UsageHistory::Point> UsageHistory::points(const Series *s, int last) const
{
    QList<Point> out;
    if (!s)
        return out;
    int first = std::max(0, m_readings - m_capacity);
    if (last >= 0)
        first = std::max(first, m_readings - last);
    out.reserve(m_readings - first);
    for (int reading = first; reading < m_readings; ++reading) {
        const size_t at = size_t(slot(reading));
        Point p;
        p.timeMs = m_times[at];
        p.present = s->cpuMillis[at] != Missing;
        if (p.present) {
            p.cpuMillis = s->cpuMillis[at];
            p.memoryBytes = qint64(s->memoryKiB[at]) * 1024;
        }
        out.append(p);
    }
    return out;
}

QList<UsageHistory::Point> UsageHistory::node(const QString &name) const
{
    const auto it = m_nodes.constFind(name);
    return points(it == m_nodes.cend() ? nullptr : &*it);
}

QList<UsageHistory::Point> UsageHistory::container(const QString &namespaceName, const QString &pod,
                                                    const QString &container) const
{
    const auto it = m_pods.constFind(podKey(namespaceName, pod));
    if (it == m_pods.cend())
        return {};
    const qsizetype index = it->names.indexOf(container);
    return points(index < 0 ? nullptr : &it->containers[size_t(index)]);
}

QList<UsageHistory::Point> UsageHistory::recentOfContainer(const QString &namespaceName, const QString &pod,
                                                            const QString &container, int readings) const
{
    const auto it = m_pods.constFind(podKey(namespaceName, pod));
    if (it == m_pods.cend())
        return {};
    const qsizetype index = it->names.indexOf(container);
    return points(index < 0 ? nullptr : &it->containers[size_t(index)], readings);
}

QStringList UsageHistory::containers(const QString &namespaceName, const QString &pod) const
{
    const auto it = m_pods.constFind(podKey(namespaceName, pod));
    return it == m_pods.cend() ? QStringList() : it->names;
}

// A reading counts for the pod when any of its containers had a sample.
QList<UsageHistory::Point> UsageHistory::pod(const QString &namespaceName, const QString &name) const
{
    QList<Point> sum;
    for (const QString &c : containers(namespaceName, name)) {
        const QList<Point> part = container(namespaceName, name, c);
        if (sum.isEmpty()) {
            sum = part;
            continue;
        }
        for (qsizetype i = 0; i < sum.size() && i < part.size(); ++i) {
            if (!part[i].present)
                continue;
            sum[i].present = true;
            sum[i].cpuMillis += part[i].cpuMillis;
            sum[i].memoryBytes += part[i].memoryBytes;
        }
    }
    return sum;
}

qint64 UsageHistory::bytesHeld() const
{
    const qint64 perSeries = qint64(sizeof(Series)) + 2 * qint64(m_capacity) * qint64(sizeof(quint32)) + 64;
    qint64 series = m_nodes.size();
    for (const PodSeries &pod : m_pods)
        series += qint64(pod.containers.size());
    return series * perSeries + m_pods.size() * qint64(sizeof(PodSeries)) + qint64(m_times.size() * sizeof(qint64));
}

} // namespace Kaji::Models
