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
    m_containers.clear();
    m_podContainers.clear();
}

UsageHistory::Series &UsageHistory::series(QHash<QString, Series> &in, const QString &key)
{
    auto it = in.find(key);
    if (it == in.end()) {
        Series s;
        s.cpuMillis.assign(size_t(m_capacity), Missing);
        s.memoryKiB.assign(size_t(m_capacity), Missing);
        it = in.insert(key, std::move(s));
    }
    return *it;
}

void UsageHistory::put(Series &s, qint64 cpuMillis, qint64 memoryBytes)
{
    const int at = slot(m_readings - 1);
    s.cpuMillis[size_t(at)] = clampedField(cpuMillis);
    s.memoryKiB[size_t(at)] = clampedField(memoryBytes / 1024);
    s.lastSeen = m_readings - 1;
}

void UsageHistory::record(const Kube::MetricsSample &sample)
{
    ++m_readings;
    const int at = slot(m_readings - 1);
    m_times[size_t(at)] = sample.takenMs;
    // The slot being reused belonged to the oldest reading: clear it everywhere.
    for (auto *in : {&m_nodes, &m_containers}) {
        for (Series &s : *in) {
            s.cpuMillis[size_t(at)] = Missing;
            s.memoryKiB[size_t(at)] = Missing;
        }
    }
    if (sample.nodes) {
        for (const Kube::NodeUsage &node : sample.nodes->items)
            put(series(m_nodes, node.name), Kube::nanocoresToMillis(node.usage.cpuNanocores), node.usage.memoryBytes);
    }
    if (sample.pods) {
        for (const Kube::PodUsage &pod : sample.pods->items) {
            QStringList &names = m_podContainers[podKey(pod.namespaceName, pod.name)];
            for (const Kube::ContainerUsage &c : pod.containers) {
                if (!names.contains(c.name))
                    names.append(c.name);
                put(series(m_containers, podKey(pod.namespaceName, pod.name) + u'/' + c.name),
                    Kube::nanocoresToMillis(c.usage.cpuNanocores), c.usage.memoryBytes);
            }
        }
    }
    dropStale(m_nodes);
    dropStale(m_containers);
}

// Objects with no sample in the whole window (deleted pods) free their series.
void UsageHistory::dropStale(QHash<QString, Series> &in)
{
    const int oldest = m_readings - m_capacity;
    for (auto it = in.begin(); it != in.end();) {
        if (it->lastSeen < oldest) {
            if (&in == &m_containers) {
                const QString key = it.key();
                const QString pod = key.section(u'/', 0, 1);
                QStringList &names = m_podContainers[pod];
                names.removeAll(key.section(u'/', 2));
                if (names.isEmpty())
                    m_podContainers.remove(pod);
            }
            it = in.erase(it);
        } else {
            ++it;
        }
    }
}

QList<UsageHistory::Point> UsageHistory::points(const Series *s) const
{
    QList<Point> out;
    if (!s)
        return out;
    const int first = std::max(0, m_readings - m_capacity);
    out.reserve(m_readings - first);
    for (int reading = first; reading < m_readings; ++reading) {
        const int at = slot(reading);
        Point p;
        p.timeMs = m_times[size_t(at)];
        p.present = s->cpuMillis[size_t(at)] != Missing;
        if (p.present) {
            p.cpuMillis = s->cpuMillis[size_t(at)];
            p.memoryBytes = qint64(s->memoryKiB[size_t(at)]) * 1024;
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
    const auto it = m_containers.constFind(podKey(namespaceName, pod) + u'/' + container);
    return points(it == m_containers.cend() ? nullptr : &*it);
}

QStringList UsageHistory::containers(const QString &namespaceName, const QString &pod) const
{
    return m_podContainers.value(podKey(namespaceName, pod));
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
    return (m_nodes.size() + m_containers.size()) * perSeries + qint64(m_times.size() * sizeof(qint64));
}

} // namespace Kaji::Models
