#pragma once

#include "apiresource.h"
#include "keyedtablemodel.h"
#include "metrics/usagefigures.h"
#include "rowordering.h"
#include "tablerow.h"
#include "tableroles.h"

// GUI thread.
namespace Kaji::Models {

// Any kind as `kubectl get -o wide` prints it: the server's own columns
// (custom resources' printer columns included), a Namespace column first for
// namespaced kinds, and AGE kept current from the creation time rather than
// frozen at the moment the server printed it.
class ResourceTableModel : public KeyedTableModel<Kube::TableRow>, public RowOrdering {
    Q_OBJECT
public:
    explicit ResourceTableModel(Kube::ApiResource resource, QObject *parent = nullptr);

    const Kube::ApiResource &resource() const { return m_resource; }
    void applyBatch(const Kube::TableChangeBatchPtr &batch);
    // AGE and "time since" cells are read from the clock at each data()
    // call: views repaint now and then to move them on.
    void setNow(qint64 epochSecs) { m_fixedNow = epochSecs; } // tests: a fixed clock

    // Nodes only: usage columns after the server's, as `kubectl top nodes`
    // prints them (percentages of allocatable), from the latest reading.
    enum UsageColumn { UsageCpu, UsageCpuPercent, UsageMemory, UsageMemoryPercent, UsageColumnCount };
    bool hasUsageColumns() const;
    // The UsageColumn at table column `column`, or -1.
    int usageColumn(int column) const;
    int firstUsageColumn() const { return serverColumnCount(); }
    // Null: nothing read, the cells stay empty. One dataChanged over the usage columns.
    void setUsage(UsageFiguresPtr figures);
    const UsageFiguresPtr &usage() const { return m_usage; }
    // Each node's allocatable CPU (millicores) and memory (bytes).
    void setAllocatable(QHash<QString, std::pair<qint64, qint64>> allocatable);

    // Column of the server's column `name` ("Status", "Ready"), or -1.
    int columnNamed(const QString &name) const;
    static Health healthOf(const QList<Kube::TableColumn> &columns, const Kube::TableRow &row);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool rowLessThan(int column, int leftRow, int rightRow) const override;
    void prepareOrdering(int column) const override;

private:
    int serverColumn(int column) const { return column - (m_resource.namespaced ? 1 : 0); }
    int serverColumnCount() const { return int(m_columns.size()) + (m_resource.namespaced ? 1 : 0); }
    qint64 usageValue(int usage, const Kube::TableRow &row) const; // -1 without a figure
    QVariant usageCell(int usage, const Kube::TableRow &row, int role) const;
    QString cell(const Kube::TableRow &row, int column) const;
    // A cell's value as it sorts: numbers (counts, "2/3" fractions, AGE)
    // before text, numbers by value.
    SortKey sortKey(const Kube::TableRow &row, int column) const;
    qint64 now() const;

    Kube::ApiResource m_resource;
    QList<Kube::TableColumn> m_columns;
    // A "time since" cell moved on by the time passed since it was printed;
    // the server's text when that cannot be read.
    QString timeSinceCell(const Kube::TableRow &row, int server) const;
    qint64 timeSinceSecs(const Kube::TableRow &row, int server) const;

    int m_ageColumn = -1; // server column index of AGE
    QList<int> m_timeSinceColumns; // server column indexes (isTimeSinceColumn)
    qint64 m_fixedNow = 0;
    UsageFiguresPtr m_usage;
    QHash<QString, std::pair<qint64, qint64>> m_allocatable;
};

} // namespace Kaji::Models
