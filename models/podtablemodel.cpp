#include "podtablemodel.h"

#include "findingbadges.h"

#include <QDateTime>

#include <algorithm>

#include <utility>

namespace Kaji::Models {

PodTableModel::PodTableModel(QObject *parent) : KeyedTableModel(parent)
{
    FindingBadges::follow(this, [] { return QStringLiteral("Pod"); }, [this](const QString &key) { return rowForKey(key); });
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

void PodTableModel::setUsage(UsageFiguresPtr figures)
{
    m_usage = std::move(figures);
    // Before the signal: a proxy sorted by a usage column re-sorts at once.
    invalidateSortRanks();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Cpu), index(rowCount() - 1, MemoryOfLimit),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

const UsageFigures::Figure *PodTableModel::figureAt(int row) const
{
    if (!m_usage)
        return nullptr;
    // Indexed on the pool for these very rows unless rows came or went
    // since; then looked up until the next reading.
    if (m_usage->rowsIndexed(rowsVersion()))
        return m_usage->podAtRow(row);
    return m_usage->pod(keyAt(row));
}

qint64 PodTableModel::usageValue(int column, int row) const
{
    const UsageFigures::Figure *figure = figureAt(row);
    const Kube::PodRecord &pod = recordAt(row);
    if (!figure)
        return -1;
    const auto percent = [](qint64 used, qint64 of) { return of > 0 ? used * 100 / of : -1; };
    switch (column) {
    case Cpu: return figure->cpuMillis;
    case CpuOfRequest: return percent(figure->cpuMillis, pod.cpuRequestMillis);
    case CpuOfLimit: return percent(figure->cpuMillis, pod.cpuLimitMillis);
    case Memory: return figure->memoryBytes;
    case MemoryOfRequest: return percent(figure->memoryBytes, pod.memoryRequestBytes);
    case MemoryOfLimit: return percent(figure->memoryBytes, pod.memoryLimitBytes);
    default: return -1;
    }
}

QVariant PodTableModel::usageCell(int column, int row, int role) const
{
    if (!m_usage) // nothing read (the pane was not shown yet): no claim either way
        return {};
    const Kube::PodRecord &pod = recordAt(row);
    const qint64 value = usageValue(column, row);
    if (value >= 0) {
        if (role == Qt::ToolTipRole)
            return {};
        switch (column) {
        case Cpu: return UsageFigures::cpuText(value);
        case Memory: return UsageFigures::memoryText(value);
        default: return QString::number(value) + u'%';
        }
    }
    if (role == Qt::DisplayRole)
        return QStringLiteral("\u2013"); // a dash, never a 0 that was not measured
    if (!figureAt(row)) {
        // metrics-server only has figures of running pods, as the kubelet.
        if (pod.phase != QLatin1String("Running"))
            return tr("No usage: the pod is not running (%1).").arg(pod.status.status);
        return m_usage->podGap(pod.namespaceName, pod.name);
    }
    const bool cpu = column == CpuOfRequest || column == CpuOfLimit;
    return column == CpuOfRequest || column == MemoryOfRequest ? UsageFigures::noRequest(cpu) : UsageFigures::noLimit(cpu);
}

int PodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kube::PodRecord &pod = recordAt(index.row());
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
        default:
            if (isUsageColumn(index.column()))
                return usageValue(index.column(), index.row()); // -1 without a figure, as sortKey()
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (isUsageColumn(index.column()))
        return usageCell(index.column(), index.row(), role);
    switch (index.column()) {
    case Namespace: return pod.namespaceName;
    case Name: return pod.name;
    case Ready: return readyText(pod);
    case Status: return pod.status.status;
    case Restarts: return Kube::formatRestarts(pod.status, now());
    case Age: return ageText(pod, now());
    case Ip: return pod.podIp;
    case Node: return pod.nodeName;
    default: return {};
    }
}

QString PodTableModel::readyText(const Kube::PodRecord &pod)
{
    return QString::number(pod.status.readyContainers) + u'/' + QString::number(pod.status.totalContainers);
}

QString PodTableModel::ageText(const Kube::PodRecord &pod, qint64 now)
{
    return pod.createdEpochSecs ? Kube::humanDuration(now - pod.createdEpochSecs) : QString();
}

bool PodTableModel::mayBeInFormattedCells(const QString &text) const
{
    if (text == m_formattedAskedFor)
        return m_formattedMayHold;
    const QLatin1String durations = Kube::durationTextCharacters();
    m_formattedAskedFor = text;
    m_formattedMayHold = std::all_of(text.cbegin(), text.cend(), [&](QChar c) {
        return c == u'/' || durations.contains(c.toLower()); // "/": READY's "1/2"
    });
    return m_formattedMayHold;
}

// The record's own texts first, the formatted ones only when none of them
// holds the text and the text could be in them at all ("web" cannot): most
// rows a filter reads are settled without building a string.
bool PodTableModel::rowContains(int row, const TextFinder &text) const
{
    const Kube::PodRecord &pod = recordAt(row);
    const auto holds = [&text](QStringView cell) { return text.foundIn(cell); };
    if (holds(pod.namespaceName) || holds(pod.name) || holds(pod.status.status) || holds(pod.podIp)
        || holds(pod.nodeName))
        return true;
    if (!mayBeInFormattedCells(text.text()))
        return false;
    const qint64 at = now();
    return holds(readyText(pod)) || holds(Kube::formatRestarts(pod.status, at)) || holds(ageText(pod, at));
}

SortKey PodTableModel::sortKey(int column, int row) const
{
    // Pods without a figure (-1) below every figure: the busiest first
    // when sorted descending, which is what a usage column is sorted for.
    if (isUsageColumn(column))
        return SortKey{true, double(usageValue(column, row)), {}, {}};
    return recordSortKey(recordAt(row), column);
}

SortKey PodTableModel::recordSortKey(const Kube::PodRecord &pod, int column)
{
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

PodTableModel::Prepared::KeyOfRecords PodTableModel::detachedSortKey(int column) const
{
    if (isUsageColumn(column) || column < 0 || column >= ColumnCount)
        return {};
    return [column](const QList<Shared> &records, int row) { return recordSortKey(*records.at(row), column); };
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
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Cpu: return tr("CPU in use (millicores), from metrics.k8s.io as kubectl top shows it");
        case CpuOfRequest: return tr("CPU in use as a percentage of the pod's CPU request");
        case CpuOfLimit: return tr("CPU in use as a percentage of the pod's CPU limit: at 100% the kernel throttles it");
        case Memory: return tr("Memory in use (working set), from metrics.k8s.io as kubectl top shows it");
        case MemoryOfRequest: return tr("Memory in use as a percentage of the pod's memory request");
        case MemoryOfLimit: return tr("Memory in use as a percentage of the pod's memory limit: at 100% it is OOM-killed");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
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
    case Cpu: return tr("CPU");
    case CpuOfRequest: return tr("CPU/R");
    case CpuOfLimit: return tr("CPU/L");
    case Memory: return tr("Memory");
    case MemoryOfRequest: return tr("Mem/R");
    case MemoryOfLimit: return tr("Mem/L");
    default: return {};
    }
}

} // namespace Kaji::Models
