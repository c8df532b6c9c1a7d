#include "tablefilterproxy.h"

#include "tableroles.h"

#include <QRegularExpression>

#include <utility>

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
    for (const QMetaObject::Connection &hook : std::as_const(m_sourceHooks))
        disconnect(hook);
    m_sourceHooks.clear();
    m_ordering = dynamic_cast<const RowOrdering *>(model);
    m_readingColumns = dynamic_cast<const ReadingColumns *>(model);
    m_leaving = dynamic_cast<const LeavingRows *>(model);
    // Slots run in the order they were connected: the first hook sees each
    // dataChanged before the base class does, the second after it.
    if (model)
        m_sourceHooks.append(
            connect(model, &QAbstractItemModel::dataChanged, this, &TableFilterProxy::beforeSourceDataChanged));
    QSortFilterProxyModel::setSourceModel(model);
    if (model)
        m_sourceHooks.append(
            connect(model, &QAbstractItemModel::dataChanged, this, &TableFilterProxy::afterSourceDataChanged));
}

// A reading of usage changes the sort column of every row at once. The base
// class then takes each changed row out of its order and puts it back with
// a binary search of its own: at 10,000 rows that held the GUI thread for
// about 100 ms. Sorting every row again, once, by ranks built in one pass
// (SortRanks), costs a few milliseconds, and the layout change it signals
// keeps selection and scroll position as the base class's re-sort did.
//
// Only when no filter reads the changed cells: the text filter reads every
// cell but readings' (ReadingColumns), label and namespace filters read
// labels and keys. Otherwise rows could come and go with their new values,
// and only the base class's path filters changed rows again.
void TableFilterProxy::beforeSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                               const QList<int> &roles)
{
    m_sortAfterChange = false;
    const int column = sortColumn();
    if (!dynamicSortFilter() || column < 0 || column < topLeft.column() || column > bottomRight.column()
        || topLeft.parent().isValid())
        return;
    if (!roles.isEmpty() && !roles.contains(sortRole()))
        return;
    const auto readings = [&] {
        for (int c = topLeft.column(); c <= bottomRight.column(); ++c) {
            if (!m_readingColumns || !m_readingColumns->isReadingColumn(c))
                return false;
        }
        return true;
    };
    if (!m_selector && !filterRegularExpression().pattern().isEmpty() && !readings())
        return;
    if (m_selector && (roles.isEmpty() || roles.contains(LabelsRole)))
        return;
    // A few rows (a pod's status changed) are re-placed cheaper one by one.
    constexpr int ManyRows = 64;
    if (bottomRight.row() - topLeft.row() + 1 < ManyRows)
        return;
    m_sortAfterChange = true;
    setDynamicSortFilter(false);
}

void TableFilterProxy::afterSourceDataChanged()
{
    if (!std::exchange(m_sortAfterChange, false))
        return;
    if (m_ordering)
        m_ordering->prepareOrdering(sortColumn());
    setDynamicSortFilter(true); // sorts every row once
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
            setTextFilter(trimmed);
            return;
        }
        setTextFilter(QString());
        invalidateFilter();
        return;
    }
    setTextFilter(trimmed);
}

// The base class's fixed-string pattern stays the record of whether a text
// filter is on (and filters again when it changes); textAccepts reads the
// text itself.
void TableFilterProxy::setTextFilter(const QString &text)
{
    m_filterText = text;
    setFilterFixedString(text);
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
    if (m_leaving && m_leaving->isLeaving(sourceRow))
        return false;
    if (!namespaceAccepts(sourceRow, sourceParent))
        return false;
    if (m_selector) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        return m_selector->matches(index.data(LabelsRole).value<Kube::LabelSelector::Labels>());
    }
    return textAccepts(sourceRow, sourceParent);
}

// As the base class with every column a key column, without readings'.
// The text is a plain string, looked for in each cell without a regular
// expression: a QRegularExpression match costs an allocation per cell, and
// typing a filter reads every cell of every row (1.4 million at 100,000
// pods).
bool TableFilterProxy::textAccepts(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const int columns = sourceModel()->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        if (m_readingColumns && m_readingColumns->isReadingColumn(column))
            continue;
        const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
        if (index.data(filterRole()).toString().contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Kaji::Models
