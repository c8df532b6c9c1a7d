#include "podtable.h"

namespace Kaji::App {
namespace {

QString orNone(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("<none>") : value;
}

} // namespace

// Column names are kubectl's, untranslated, so scripts can parse both alike.
QStringList PodTable::header() const
{
    QStringList columns;
    if (m_withNamespace)
        columns << QStringLiteral("NAMESPACE");
    columns << QStringLiteral("NAME") << QStringLiteral("READY") << QStringLiteral("STATUS")
            << QStringLiteral("RESTARTS") << QStringLiteral("AGE");
    if (m_wide)
        columns << QStringLiteral("IP") << QStringLiteral("NODE") << QStringLiteral("NOMINATED NODE")
                << QStringLiteral("READINESS GATES");
    return columns;
}

QStringList PodTable::row(const Kube::PodRecord &pod, qint64 nowEpochSecs) const
{
    QStringList cells;
    if (m_withNamespace)
        cells << pod.namespaceName;
    cells << pod.name
          << QStringLiteral("%1/%2").arg(pod.status.readyContainers).arg(pod.status.totalContainers)
          << pod.status.status << Kube::formatRestarts(pod.status, nowEpochSecs)
          << (pod.createdEpochSecs ? Kube::humanDuration(nowEpochSecs - pod.createdEpochSecs)
                                   : QStringLiteral("<unknown>"));
    if (m_wide) {
        cells << orNone(pod.podIp) << orNone(pod.nodeName) << orNone(pod.nominatedNodeName)
              << (pod.readinessGates
                      ? QStringLiteral("%1/%2").arg(pod.readinessGatesReady).arg(pod.readinessGates)
                      : QStringLiteral("<none>"));
    }
    return cells;
}

} // namespace Kaji::App
