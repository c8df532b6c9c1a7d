#include "usagefigures.h"

#include "metricsgap.h"
#include "usagequantity.h"

#include <numeric>
#include <utility>

namespace Kaji::Models {

UsageFigures::UsageFigures(const Kube::MetricsSample &sample, QString podGap, QString nodeGap)
    : m_takenMs(sample.takenMs), m_podGap(std::move(podGap)), m_nodeGap(std::move(nodeGap))
{
    if (sample.pods) {
        for (const Kube::PodUsage &pod : sample.pods->items) {
            const Kube::Usage total = pod.total();
            m_pods[pod.namespaceName].insert(pod.name, {Kube::nanocoresToMillis(total.cpuNanocores), total.memoryBytes});
        }
    }
    if (sample.nodes) {
        for (const Kube::NodeUsage &node : sample.nodes->items)
            m_nodes.insert(node.name, {Kube::nanocoresToMillis(node.usage.cpuNanocores), node.usage.memoryBytes});
    }
}

const UsageFigures::Figure *UsageFigures::pod(const QString &namespaceName, const QString &name) const
{
    const auto ns = m_pods.constFind(namespaceName);
    if (ns == m_pods.cend())
        return nullptr;
    const auto it = ns->constFind(name);
    return it == ns->cend() ? nullptr : &*it;
}

void UsageFigures::indexRows(const QList<QString> &keys, quint64 rowsVersion)
{
    QHash<QString, const Figure *> byKey;
    byKey.reserve(std::accumulate(m_pods.cbegin(), m_pods.cend(), qsizetype(0),
                                  [](qsizetype n, const auto &ns) { return n + ns.size(); }));
    for (auto ns = m_pods.cbegin(); ns != m_pods.cend(); ++ns) {
        for (auto it = ns->cbegin(); it != ns->cend(); ++it)
            byKey.insert(ns.key() + u'/' + it.key(), &*it);
    }
    m_byRow.resize(size_t(keys.size()));
    for (qsizetype row = 0; row < keys.size(); ++row)
        m_byRow[size_t(row)] = byKey.value(keys[row], nullptr);
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
