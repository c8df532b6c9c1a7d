#include "usagefigures.h"

#include "metricsgap.h"
#include "usagequantity.h"

#include <utility>

namespace Kaji::Models {

UsageFigures::UsageFigures(const Kube::MetricsSample &sample, QString podGap, QString nodeGap)
    : m_takenMs(sample.takenMs), m_podGap(std::move(podGap)), m_nodeGap(std::move(nodeGap))
{
    if (sample.pods) {
        m_pods.reserve(qsizetype(sample.pods->items.size()));
        for (const Kube::PodUsage &pod : sample.pods->items) {
            const Kube::Usage total = pod.total();
            m_pods.insert(pod.namespaceName + u'/' + pod.name, {Kube::nanocoresToMillis(total.cpuNanocores), total.memoryBytes});
        }
    }
    if (sample.nodes) {
        for (const Kube::NodeUsage &node : sample.nodes->items)
            m_nodes.insert(node.name, {Kube::nanocoresToMillis(node.usage.cpuNanocores), node.usage.memoryBytes});
    }
}

const UsageFigures::Figure *UsageFigures::pod(const QString &namespaceName, const QString &name) const
{
    return pod(namespaceName + u'/' + name);
}

const UsageFigures::Figure *UsageFigures::pod(const QString &key) const
{
    const auto it = m_pods.constFind(key);
    return it == m_pods.cend() ? nullptr : &*it;
}

void UsageFigures::indexRows(const QList<QString> &keys, quint64 rowsVersion)
{
    m_byRow.resize(size_t(keys.size()));
    for (qsizetype row = 0; row < keys.size(); ++row)
        m_byRow[size_t(row)] = pod(keys[row]);
    m_rowsVersion = rowsVersion;
    m_rowsIndexed = true;
}

const UsageFigures::Figure *UsageFigures::node(const QString &name) const
{
    const auto it = m_nodes.constFind(name);
    return it == m_nodes.cend() ? nullptr : &*it;
}

QString UsageFigures::podGap(const QString &namespaceName, const QString &name) const
{
    return !m_podGap.isEmpty() ? m_podGap : notScrapedYet(QStringLiteral("pod ") + namespaceName + u'/' + name).text;
}

QString UsageFigures::nodeGap(const QString &name) const
{
    return !m_nodeGap.isEmpty() ? m_nodeGap : notScrapedYet(QStringLiteral("node ") + name).text;
}

QString UsageFigures::cpuText(qint64 millis)
{
    return QString::number(millis) + u'm';
}

QString UsageFigures::memoryText(qint64 bytes)
{
    // kubectl top: whole MiB, rounded down.
    return QString::number(bytes / (1024 * 1024)) + QStringLiteral("Mi");
}

QString UsageFigures::percentText(qint64 used, qint64 of)
{
    return of > 0 ? QString::number(used * 100 / of) + u'%' : QString();
}

QString UsageFigures::noRequest(bool cpu)
{
    return cpu ? tr("No CPU request is set.") : tr("No memory request is set.");
}

QString UsageFigures::noLimit(bool cpu)
{
    return cpu ? tr("No CPU limit: at least one container has none.")
               : tr("No memory limit: at least one container has none.");
}

} // namespace Kaji::Models
