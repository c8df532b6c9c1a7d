#include "podtablemodel.h"

#include <QDateTime>

#include <algorithm>

namespace Kaji::Models {

PodTableModel::PodTableModel(QObject *parent) : QAbstractTableModel(parent) {}

qint64 PodTableModel::now() const
{
    return m_fixedNow ? m_fixedNow : QDateTime::currentSecsSinceEpoch();
}

void PodTableModel::clear()
{
    beginResetModel();
    m_pods.clear();
    m_rows.clear();
    endResetModel();
}

void PodTableModel::applyBatch(const Kube::PodChangeBatchPtr &batch)
{
    if (batch->reset) {
        beginResetModel();
        m_pods = batch->upserted;
        m_rows.clear();
        reindexFrom(0);
        endResetModel();
        return;
    }
    removeKeys(batch->removed);
    QList<Kube::PodRecord> added;
    for (const Kube::PodRecord &pod : batch->upserted) {
        const int row = m_rows.value(pod.key(), -1);
        if (row < 0) {
            added.append(pod);
            continue;
        }
        m_pods[row] = pod;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        // New rows go at the end in one block; sorting is the proxy's job.
        const int first = int(m_pods.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_pods.append(added);
        reindexFrom(first);
        endInsertRows();
    }
}

void PodTableModel::removeKeys(const QStringList &keys)
{
    QList<int> rows;
    for (const QString &key : keys) {
        const int row = m_rows.value(key, -1);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Remove contiguous runs from the bottom up so earlier rows keep their
    // numbers until their own run is removed.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        ++i;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rows.remove(m_pods[row].key());
        m_pods.remove(first, last - first + 1);
        endRemoveRows();
    }
    reindexFrom(rows.last());
}

void PodTableModel::reindexFrom(int row)
{
    for (int r = row; r < m_pods.size(); ++r)
        m_rows.insert(m_pods[r].key(), r);
}

void PodTableModel::refreshTimes()
{
    if (!m_pods.isEmpty())
        Q_EMIT dataChanged(index(0, Restarts), index(int(m_pods.size()) - 1, Age), {Qt::DisplayRole});
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

int PodTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pods.size());
}

int PodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kube::PodRecord &pod = m_pods.at(index.row());
    if (role == HealthRole)
        return int(healthOf(pod));
    if (role == KeyRole)
        return pod.key();
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
