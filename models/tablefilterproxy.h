#pragma once

#include "rowfilter.h"

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>

#include <vector>

// GUI thread.
namespace Kaji::Models {

class ChangeDetails;
class RowOrdering;

// The rows of a table model that RowFilter accepts, sorted by a column's
// SortRole (through the model's RowOrdering when it has one), kept sorted
// and filtered as the model changes.
//
// Why not QSortFilterProxyModel: at 100,000 rows its bookkeeping was most
// of the GUI thread's time under churn. A batch of 125 changes took
// 110-160 ms: every removed run walked its whole mapping, and a span of
// changed rows was filtered and placed again row by row or sorted again in
// full. Here a change costs in proportion to its size: the rows are one
// vector of source row numbers (and its inverse), changed rows are placed
// by binary search, and what the view is told is at most one removal, one
// insertion and one layout change per change of the model (a view's header
// walks every row for each removal or insertion it is told of).
class TableFilterProxy : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit TableFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    // Why the last text was not a usable selector; empty when it was fine.
    QString selectorError() const { return m_filter.selectorError(); }
    bool filtersByLabels() const { return m_filter.filtersByLabels(); }
    // Rows of these namespaces only; empty for all. Cluster-wide objects
    // (keys without a namespace) always show.
    void setNamespaces(const QStringList &namespaces);
    QStringList namespaces() const { return m_filter.namespaces(); }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What the model says.
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &parents, LayoutChangeHint hint);
    void sourceLayoutChanged(const QList<QPersistentModelIndex> &parents, LayoutChangeHint hint);
    void sourceResetBegins();
    void sourceResetEnds();

    // Row order.
    bool lessThan(int left, int right) const;
    std::vector<int> sortedFully(std::vector<int> rows) const;
    std::vector<int> placed(const std::vector<int> &base, std::vector<int> entering) const;
    bool placingCostsMoreThanSorting(size_t entering, size_t base) const;

    // The rows to show after `changed` rows changed.
    std::vector<int> rowsAfterChange(const std::vector<int> &changed, bool refilter, bool reorder) const;
    // Filtering after the filter changed; only the rows that can change
    // are read again.
    void refilter(RowFilter::Change change);
    std::vector<int> acceptedRows() const;

    // From the rows shown to `target`, told to the view.
    void showRows(const std::vector<int> &target);
    void removeRuns(const std::vector<int> &positions);
    void insertRuns(const std::vector<int> &target, const std::vector<int> &positions);
    void relayout(std::vector<int> rows);
    void indexRows();
    void emitDataChanged(const std::vector<int> &sourceRows, int firstColumn, int lastColumn, const QList<int> &roles);

    RowFilter m_filter;
    const RowOrdering *m_ordering = nullptr; // the source's, when it has one
    const ChangeDetails *m_details = nullptr; // likewise
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_rows; // proxy row -> source row
    std::vector<int> m_proxyOf; // source row -> proxy row, -1 when not shown
    QList<QMetaObject::Connection> m_sourceHooks;
    // Between a layout change's two signals: the persistent indexes and
    // their sources, which the model keeps up to date through the change.
    QModelIndexList m_layoutPersistent;
    QList<QPersistentModelIndex> m_layoutSources;
    bool m_resetting = false;
};

} // namespace Kaji::Models
