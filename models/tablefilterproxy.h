#pragma once

#include "labelselector.h"
#include "leavingrows.h"
#include "readingcolumns.h"
#include "rowordering.h"

#include <QSortFilterProxyModel>

// GUI thread.
namespace Kaji::Models {

// Sorts by SortRole and filters by what the user typed: plain text matches
// any cell but a reading's (ReadingColumns); a label selector ("app=web", "tier in (a,b)", "-l app=web")
// matches the objects' labels, as `kubectl get -l` does.
class TableFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TableFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    // Why the last text was not a usable selector; empty when it was fine.
    QString selectorError() const { return m_selectorError; }
    bool filtersByLabels() const { return m_selector.has_value(); }
    // Rows of these namespaces only; empty for all. Cluster-wide objects
    // (keys without a namespace) always show.
    void setNamespaces(const QStringList &namespaces);
    QStringList namespaces() const { return m_namespaces; }

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool namespaceAccepts(int sourceRow, const QModelIndex &sourceParent) const;
    void beforeSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void afterSourceDataChanged();

    bool textAccepts(int sourceRow, const QModelIndex &sourceParent) const;
    void setTextFilter(const QString &text);

    const RowOrdering *m_ordering = nullptr; // the source's, when it has one
    const ReadingColumns *m_readingColumns = nullptr; // likewise
    const LeavingRows *m_leaving = nullptr; // likewise
    std::optional<Kube::LabelSelector> m_selector;
    QStringList m_namespaces;
    QString m_selectorError;
    QString m_filterText; // what the text filter looks for, as typed (trimmed)
    QList<QMetaObject::Connection> m_sourceHooks;
    bool m_sortAfterChange = false; // the current dataChanged re-sorts once, at its end
};

} // namespace Kaji::Models
