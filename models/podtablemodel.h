#pragma once

#include "metrics/usagefigures.h"
#include "podstore.h"

#include "keyedtablemodel.h"
#include "readingcolumns.h"
#include "rowordering.h"
#include "rowtext.h"
#include "tableroles.h"

// GUI thread.
namespace Kaji::Models {

// Pods as `kubectl get pods -o wide` shows them, updated in place from the
// store's change batches: rows are inserted, changed and removed without a
// reset (only the first list resets), so selection and scroll stay put.
class PodTableModel : public KeyedTableModel<Kube::PodRecord>, public RowOrdering, public ReadingColumns,
                      public RowText {
    Q_OBJECT
public:
    enum Column {
        Namespace,
        Name,
        Ready,
        Status,
        Restarts,
        Age,
        Cpu, // usage from the latest reading of metrics.k8s.io (setUsage)
        CpuOfRequest, // percent of the pod's CPU request
        CpuOfLimit,
        Memory,
        MemoryOfRequest,
        MemoryOfLimit,
        Ip,
        Node,
        ColumnCount
    };
    static bool isUsageColumn(int column) { return column >= Cpu && column <= MemoryOfLimit; }
    static constexpr int HealthRole = Models::HealthRole;
    static constexpr int KeyRole = Models::KeyRole;
    static constexpr int SortRole = Models::SortRole;
    using Health = Models::Health;

    explicit PodTableModel(QObject *parent = nullptr);

    void applyBatch(const Kube::PodChangeBatchPtr &batch) { applyRows(*batch); }
    // AGE and "(… ago)" are read from the clock at each data() call: views
    // repaint now and then to move them on.
    void setNow(qint64 epochSecs) { m_fixedNow = epochSecs; } // tests: a fixed clock

    static Health healthOf(const Kube::PodRecord &pod);
    // A reading's figures for the usage columns (null: none read, the cells
    // stay empty). One dataChanged over those columns; rows are not touched.
    void setUsage(UsageFiguresPtr figures);
    const UsageFiguresPtr &usage() const { return m_usage; }
    // Whether the rows were last sorted by a usage column: only then is a
    // reading worth indexing by row (UsageFigures::indexRows). Other cells
    // look up the few rows on screen by key; copying 100,000 row keys for
    // every reading cost the GUI thread 7-8 ms under churn, for an index
    // the next change of rows made stale.
    bool sortedByUsage() const { return isUsageColumn(lastSortedColumn()); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool rowLessThan(int column, int leftRow, int rightRow) const override;
    void prepareOrdering(int column) const override;
    bool isReadingColumn(int column) const override { return isUsageColumn(column); }
    bool rowContains(int row, const TextFinder &text) const override;

protected:
    Prepared::KeyOfRecords detachedSortKey(int column) const override;

private:
    SortKey sortKey(int column, int row) const;
    // A column's key read from the record alone; not for usage columns.
    static SortKey recordSortKey(const Kube::PodRecord &pod, int column);
    // Row `row`'s figure in the latest reading, null when it has none.
    const UsageFigures::Figure *figureAt(int row) const;
    // The usage column's value for row `row`: a number, or -1 when there is
    // no figure (no sample, or nothing to divide by).
    qint64 usageValue(int column, int row) const;
    QVariant usageCell(int column, int row, int role) const;
    qint64 now() const;
    // The cells' texts that are not a field of the record as it is.
    static QString readyText(const Kube::PodRecord &pod);
    static QString ageText(const Kube::PodRecord &pod, qint64 now);
    // Whether `text` may be in a READY, RESTARTS or AGE cell; remembered for
    // the last text asked about (a filter asks for each row).
    bool mayBeInFormattedCells(const QString &text) const;
    mutable QString m_formattedAskedFor;
    mutable bool m_formattedMayHold = true;
    qint64 m_fixedNow = 0;
    UsageFiguresPtr m_usage;
};

} // namespace Kaji::Models
