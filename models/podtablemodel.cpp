#include "podtablemodel.h"

#include "findingbadges.h"

#include <QDateTime>

#include <utility>

namespace Kaji::Models {

PodTableModel::PodTableModel(QObject *parent) : KeyedTableModel(parent)
{
    FindingBadges::follow(this);
}

qint64 PodTableModel::now() const
{
    return m_fixedNow ? m_fixedNow : QDateTime::currentSecsSinceEpoch();
}

PodTableModel::Health PodTableModel::healthOf(const Kube::PodRecord &pod)
{
    const QString &status = pod.status.status;
    if (status == QLatin1String("Completed"))
        return Health::Finished;
    if (status == QLatin1String("Running") && pod.status.readyContainers == pod.status.totalContainers)
        return Health::Healthy;
    const bool initialising = status.startsWith(QLatin1String("Init:")) && !status.contains(QLatin1String("Error"))
        && !status.contains(QLatin1String("BackOff"));
    if (initialising || status == QLatin1String("ContainerCreating") || status == QLatin1String("PodInitializing")
        || status == QLatin1String("Terminating"))
        return Health::Progressing;
    // Pending, not ready, back-offs, errors: something needs a look.
    return Health::Failing;
}

int PodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kube::PodRecord &pod = m_records.at(index.row());
    if (role == HealthRole)
        return int(healthOf(pod));
    if (role == KeyRole)
        return pod.key();
    if (role == LabelsRole)
        return QVariant::fromValue(pod.labels);
    if (role == FindingSeverityRole || role == FindingTextRole)
        return FindingBadges::data(QStringLiteral("Pod"), pod.key(), role);
    if (role == SortRole) {
        switch (index.column()) {
        case Restarts: return pod.status.restarts;
        case Age: return -pod.createdEpochSecs; // younger first when ascending
        case Ready: return pod.status.readyContainers * 1000 + pod.status.totalContainers;
        case Namespace: return pod.key(); // ties broken by name, as kubectl lists them
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Namespace: return pod.namespaceName;
    case Name: return pod.name;
    case Ready: return QStringLiteral("%1/%2").arg(pod.status.readyContainers).arg(pod.status.totalContainers);
    case Status: return pod.status.status;
    case Restarts: return Kube::formatRestarts(pod.status, now());
    case Age: return pod.createdEpochSecs ? Kube::humanDuration(now() - pod.createdEpochSecs) : QString();
    case Ip: return pod.podIp;
    case Node: return pod.nodeName;
    default: return {};
    }
}

SortKey PodTableModel::sortKey(int column, int row) const
{
    const Kube::PodRecord &pod = m_records.at(row);
    const auto number = [](double value) { return SortKey{true, value, {}, {}}; };
    switch (column) {
    case Namespace: return {false, 0, pod.namespaceName, pod.name}; // ties by name, as kubectl lists them
    case Name: return {false, 0, pod.name, {}};
    case Ready: return number(double(pod.status.readyContainers) * 65536 + pod.status.totalContainers);
    case Status: return {false, 0, pod.status.status, {}};
    case Restarts: return number(pod.status.restarts);
    case Age: return number(-double(pod.createdEpochSecs)); // younger first when ascending
    case Ip: return {false, 0, pod.podIp, {}};
    case Node: return {false, 0, pod.nodeName, {}};
    default: return {};
    }
}

bool PodTableModel::rowLessThan(int column, int leftRow, int rightRow) const
{
    return lessBySortKey(column, leftRow, rightRow, [this, column](int row) { return sortKey(column, row); });
}

void PodTableModel::prepareOrdering(int column) const
{
    prepareSortRanks(column, [this, column](int row) { return sortKey(column, row); });
}

QVariant PodTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Namespace: return tr("Namespace");
    case Name: return tr("Name");
    case Ready: return tr("Ready");
    case Status: return tr("Status");
    case Restarts: return tr("Restarts");
    case Age: return tr("Age");
    case Ip: return tr("IP");
    case Node: return tr("Node");
    default: return {};
    }
}

} // namespace Kaji::Models
