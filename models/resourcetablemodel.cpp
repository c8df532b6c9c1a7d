#include "resourcetablemodel.h"

#include "columnnames.h"
#include "findingbadges.h"
#include "labelselector.h"
#include "podstatus.h"
#include "timesincecells.h"

#include <QDateTime>

#include <algorithm>

namespace Kaji::Models {
namespace {

// "2/3" as (2, 3); (-1, -1) for anything else.
std::pair<int, int> fraction(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0)
        return {-1, -1};
    bool okA = false, okB = false;
    const int a = text.left(slash).toInt(&okA);
    const int b = text.mid(slash + 1).toInt(&okB);
    return okA && okB ? std::pair{a, b} : std::pair{-1, -1};
}

bool oneOf(const QString &value, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(), [&](const char *w) { return value == QLatin1String(w); });
}

} // namespace

ResourceTableModel::ResourceTableModel(Kube::ApiResource resource, QObject *parent)
    : KeyedTableModel(parent), m_resource(std::move(resource))
{
    FindingBadges::follow(this, [this] { return m_resource.kind; }, [this](const QString &key) { return rowForKey(key); });
}

qint64 ResourceTableModel::now() const
{
    return m_fixedNow ? m_fixedNow : QDateTime::currentSecsSinceEpoch();
}

void ResourceTableModel::applyBatch(const Kube::TableChangeBatchPtr &batch)
{
    if (!batch->columns.isEmpty() && batch->columns != m_columns) {
        // New columns change the shape: only a full reset says that.
        beginResetModel();
        m_columns = batch->columns;
        m_ageColumn = -1;
        m_timeSinceColumns.clear();
        for (int i = 0; i < m_columns.size(); ++i) {
            if (m_columns[i].name == QLatin1String("Age"))
                m_ageColumn = i;
            else if (isTimeSinceColumn(m_columns[i].name))
                m_timeSinceColumns.append(i);
        }
        invalidateSortRanks();
        endResetModel();
    }
    if (m_timeSinceColumns.isEmpty()) {
        applyRows(*batch);
        return;
    }
    Kube::TableChangeBatch stamped = *batch;
    const qint64 printed = now();
    for (Kube::SharedRecord<Kube::TableRow> &shared : stamped.upserted) {
        Kube::TableRow row = *shared;
        row.printedEpochSecs = printed;
        shared = std::move(row);
    }
    applyRows(stamped);
}

qint64 ResourceTableModel::timeSinceSecs(const Kube::TableRow &row, int server) const
{
    const qint64 printed = parseHumanDuration(row.cells.value(server));
    if (printed < 0 || row.printedEpochSecs <= 0)
        return -1;
    return printed + std::max<qint64>(0, now() - row.printedEpochSecs);
}

QString ResourceTableModel::timeSinceCell(const Kube::TableRow &row, int server) const
{
    const qint64 secs = timeSinceSecs(row, server);
    return secs < 0 ? row.cells.value(server) : Kube::humanDuration(secs);
}

int ResourceTableModel::columnNamed(const QString &name) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i + (m_resource.namespaced ? 1 : 0);
    }
    return -1;
}

Health ResourceTableModel::healthOf(const QList<Kube::TableColumn> &columns, const Kube::TableRow &row)
{
    if (row.deleting)
        return Health::Progressing;
    Health health = Health::Healthy;
    for (int i = 0; i < columns.size() && i < row.cells.size(); ++i) {
        const QString &name = columns[i].name;
        const QString &value = row.cells[i];
        if (name == QLatin1String("Ready") || name == QLatin1String("Completions")) {
            // Deployments, StatefulSets, ReplicaSets, Jobs: fewer than wanted.
            const auto [have, want] = fraction(value);
            if (have >= 0 && have < want)
                health = name == QLatin1String("Ready") ? Health::Failing : Health::Progressing;
        } else if (name == QLatin1String("Status")) {
            if (oneOf(value, {"Failed", "NotReady", "Lost", "Pending", "Terminating", "Unknown", "Error"})
                || value.contains(QLatin1String("NotReady")) || value.contains(QLatin1String("Pressure")))
                return Health::Failing;
            if (oneOf(value, {"Complete", "Completed", "Succeeded"}))
                health = Health::Finished;
        } else if (name == QLatin1String("Type") && value == QLatin1String("Warning")) {
            return Health::Failing; // Events
        }
    }
    // DaemonSets print desired and ready as separate numbers.
    const auto find = [&](const char *n) {
        for (int i = 0; i < columns.size() && i < row.cells.size(); ++i) {
            if (columns[i].name == QLatin1String(n))
                return row.cells[i];
        }
        return QString();
    };
    const QString desired = find("Desired");
    const QString ready = find("Ready");
    if (!desired.isEmpty() && !ready.contains(u'/') && ready.toInt() < desired.toInt())
        return Health::Failing;
    return health;
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // The usage columns come with the server's: an empty table has none.
    return serverColumnCount() + (hasUsageColumns() && !m_columns.isEmpty() ? int(UsageColumnCount) : 0);
}

bool ResourceTableModel::hasUsageColumns() const
{
    return m_resource.group.isEmpty() && m_resource.resource == QLatin1String("nodes");
}

int ResourceTableModel::usageColumn(int column) const
{
    if (!hasUsageColumns() || m_columns.isEmpty())
        return -1;
    const int usage = column - serverColumnCount();
    return usage >= 0 && usage < UsageColumnCount ? usage : -1;
}

void ResourceTableModel::setUsage(UsageFiguresPtr figures)
{
    m_usage = std::move(figures);
    invalidateSortRanks(); // before the signal: a live sort re-sorts at once
    if (rowCount() > 0 && usageColumn(firstUsageColumn()) >= 0)
        Q_EMIT dataChanged(index(0, firstUsageColumn()), index(rowCount() - 1, firstUsageColumn() + UsageColumnCount - 1));
}

void ResourceTableModel::setAllocatable(QHash<QString, std::pair<qint64, qint64>> allocatable)
{
    m_allocatable = std::move(allocatable);
    setUsage(m_usage);
}

qint64 ResourceTableModel::usageValue(int usage, const Kube::TableRow &row) const
{
    const UsageFigures::Figure *figure = m_usage ? m_usage->node(row.name) : nullptr;
    if (!figure)
        return -1;
    const auto allocatable = m_allocatable.constFind(row.name);
    const auto percent = [&](qint64 used, bool cpu) -> qint64 {
        if (allocatable == m_allocatable.cend())
            return -1;
        const qint64 of = cpu ? allocatable->first : allocatable->second;
        return of > 0 ? used * 100 / of : -1;
    };
    switch (usage) {
    case UsageCpu: return figure->cpuMillis;
    case UsageCpuPercent: return percent(figure->cpuMillis, true);
    case UsageMemory: return figure->memoryBytes;
    case UsageMemoryPercent: return percent(figure->memoryBytes, false);
    default: return -1;
    }
}

QVariant ResourceTableModel::usageCell(int usage, const Kube::TableRow &row, int role) const
{
    if (!m_usage)
        return {};
    const qint64 value = usageValue(usage, row);
    if (value >= 0) {
        if (role == Qt::ToolTipRole)
            return {};
        switch (usage) {
        case UsageCpu: return UsageFigures::cpuText(value);
        case UsageMemory: return UsageFigures::memoryText(value);
        default: return QString::number(value) + u'%';
        }
    }
    if (role == Qt::DisplayRole)
        return QStringLiteral("\u2013"); // a dash, never a 0 that was not measured
    if (!m_usage->node(row.name))
        return m_usage->nodeGap(row.name);
    return tr("The node's allocatable resources are not known yet.");
}

QString ResourceTableModel::cell(const Kube::TableRow &row, int column) const
{
    if (m_resource.namespaced && column == 0)
        return row.namespaceName;
    const int server = serverColumn(column);
    if (server == m_ageColumn && row.createdEpochSecs > 0)
        return Kube::humanDuration(now() - row.createdEpochSecs);
    if (m_timeSinceColumns.contains(server))
        return timeSinceCell(row, server);
    return row.cells.value(server);
}

SortKey ResourceTableModel::sortKey(const Kube::TableRow &row, int column) const
{
    if (m_resource.namespaced && column == 0)
        return {false, 0, row.namespaceName, row.name}; // ties by name, as kubectl lists them
    if (const int usage = usageColumn(column); usage >= 0)
        return {true, double(usageValue(usage, row)), {}, {}}; // -1 without a figure: below all
    const int server = serverColumn(column);
    if (server < 0 || server >= m_columns.size())
        return {};
    const auto number = [](double value) { return SortKey{true, value, {}, {}}; };
    if (server == m_ageColumn)
        return number(-double(row.createdEpochSecs)); // younger first when ascending
    if (m_timeSinceColumns.contains(server)) {
        const qint64 secs = timeSinceSecs(row, server);
        if (secs >= 0)
            return number(double(secs)); // most recent first when ascending
    }
    const QStringView text = server < row.cells.size() ? QStringView(row.cells.at(server)) : QStringView();
    const QString &type = m_columns.at(server).type;
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return number(text.toDouble());
    const auto [have, want] = fraction(text);
    if (have >= 0)
        return number(have * 100000.0 + want);
    return {false, 0, text, {}};
}

bool ResourceTableModel::rowLessThan(int column, int leftRow, int rightRow) const
{
    return lessBySortKey(column, leftRow, rightRow,
                         [this, column](int row) { return sortKey(recordAt(row), column); });
}

void ResourceTableModel::prepareOrdering(int column) const
{
    prepareSortRanks(column, [this, column](int row) { return sortKey(recordAt(row), column); });
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kube::TableRow &row = recordAt(index.row());
    switch (role) {
    case HealthRole: return int(healthOf(m_columns, row));
    case KeyRole: return row.key();
    case LabelsRole: return QVariant::fromValue(row.labels);
    case FindingSeverityRole:
    case FindingTextRole: return FindingBadges::data(m_resource.kind, row.key(), role);
    case SortRole: {
        if (m_resource.namespaced && index.column() == 0)
            return row.key();
        const SortKey key = sortKey(row, index.column());
        return key.isNumber ? QVariant(key.number) : QVariant(key.text.toString());
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (const int usage = usageColumn(index.column()); usage >= 0)
            return usageCell(usage, row, role);
        return cell(row, index.column());
    default: return {};
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (m_resource.namespaced && section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Namespace");
        return {};
    }
    if (const int usage = usageColumn(section); usage >= 0) {
        if (role == Qt::DisplayRole) {
            switch (usage) {
            case UsageCpu: return tr("CPU");
            case UsageCpuPercent: return tr("CPU %");
            case UsageMemory: return tr("Memory");
            default: return tr("Memory %");
            }
        }
        if (role == Qt::ToolTipRole) {
            switch (usage) {
            case UsageCpu: return tr("CPU in use (millicores), from metrics.k8s.io as kubectl top shows it");
            case UsageCpuPercent: return tr("CPU in use as a percentage of the node's allocatable CPU");
            case UsageMemory: return tr("Memory in use (working set), from metrics.k8s.io as kubectl top shows it");
            default: return tr("Memory in use as a percentage of the node's allocatable memory");
            }
        }
        return {};
    }
    const Kube::TableColumn &column = m_columns.at(serverColumn(section));
    if (role == Qt::DisplayRole)
        return translatedColumnName(column.name);
    if (role == Qt::ToolTipRole)
        return column.description;
    return {};
}

} // namespace Kaji::Models
