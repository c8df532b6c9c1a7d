#pragma once

#include "labelselector.h"

#include <QSortFilterProxyModel>

// GUI thread.
namespace Kaji::Models {

// Sorts by SortRole and filters by what the user typed: plain text matches
// any cell; a label selector ("app=web", "tier in (a,b)", "-l app=web")
// matches the objects' labels, as `kubectl get -l` does.
class TableFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TableFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    // Why the last text was not a usable selector; empty when it was fine.
    QString selectorError() const { return m_selectorError; }
    bool filtersByLabels() const { return m_selector.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Kube::LabelSelector> m_selector;
    QString m_selectorError;
};

} // namespace Kaji::Models
