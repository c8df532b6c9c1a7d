#include "tablefilterproxy.h"

#include "tableroles.h"

namespace Kaji::Models {

TableFilterProxy::TableFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Live rows re-sort as their values change.
    setDynamicSortFilter(true);
}

void TableFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_ordering = dynamic_cast<const RowOrdering *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TableFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The base class returns at once when nothing changes.
    const bool changes = column != sortColumn() || order != sortOrder();
    if (m_ordering && column >= 0 && changes)
        m_ordering->prepareOrdering(column);
    QSortFilterProxyModel::sort(column, order);
}

bool TableFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_ordering)
        return m_ordering->rowLessThan(left.column(), left.row(), right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

void TableFilterProxy::setFilterText(const QString &text)
{
    QString trimmed = text.trimmed();
    const bool explicitSelector = trimmed.startsWith(QLatin1String("-l "));
    if (explicitSelector)
        trimmed = trimmed.mid(3).trimmed();
    const bool looksLikeSelector = explicitSelector || trimmed.contains(u'=') || trimmed.contains(QLatin1String(" in "))
        || trimmed.contains(QLatin1String(" notin "));
    m_selectorError.clear();
    m_selector.reset();
    if (looksLikeSelector) {
        m_selector = Kube::LabelSelector::parse(trimmed, &m_selectorError);
        // An unfinished selector ("app=") filters as text meanwhile.
        if (!m_selector) {
            setFilterFixedString(trimmed);
            return;
        }
        setFilterFixedString(QString());
        invalidateFilter();
        return;
    }
    setFilterFixedString(trimmed);
}

void TableFilterProxy::setNamespaces(const QStringList &namespaces)
{
    if (namespaces == m_namespaces)
        return;
    m_namespaces = namespaces;
    invalidateFilter();
}

bool TableFilterProxy::namespaceAccepts(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_namespaces.isEmpty())
        return true;
    const QString key = sourceModel()->index(sourceRow, 0, sourceParent).data(KeyRole).toString();
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 || m_namespaces.contains(QStringView(key).left(slash));
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!namespaceAccepts(sourceRow, sourceParent))
        return false;
    if (m_selector) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        return m_selector->matches(index.data(LabelsRole).value<Kube::LabelSelector::Labels>());
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Kaji::Models
