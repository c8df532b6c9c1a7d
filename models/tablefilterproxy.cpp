#include "tablefilterproxy.h"

#include "changedetails.h"
#include "rowordering.h"
#include "rowplacement.h"
#include "tableroles.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Kaji::Models {

namespace {

// Whether a layout change of the model reaches its top-level rows (an
// invalid parent stands for them, as no parent at all does).
bool reachesRows(const QList<QPersistentModelIndex> &parents)
{
    return parents.isEmpty() || std::any_of(parents.cbegin(), parents.cend(), [](const auto &p) { return !p.isValid(); });
}

} // namespace

TableFilterProxy::TableFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void TableFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &hook : std::as_const(m_sourceHooks))
        disconnect(hook);
    m_sourceHooks.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_ordering = dynamic_cast<const RowOrdering *>(model);
    m_details = dynamic_cast<const ChangeDetails *>(model);
    m_filter.setModel(model);
    if (model) {
        using M = QAbstractItemModel;
        m_sourceHooks = {
            connect(model, &M::rowsInserted, this, &TableFilterProxy::sourceRowsInserted),
            connect(model, &M::rowsAboutToBeRemoved, this, &TableFilterProxy::sourceRowsAboutToBeRemoved),
            connect(model, &M::rowsRemoved, this, &TableFilterProxy::sourceRowsRemoved),
            connect(model, &M::dataChanged, this, &TableFilterProxy::sourceDataChanged),
            connect(model, &M::layoutAboutToBeChanged, this, &TableFilterProxy::sourceLayoutAboutToBeChanged),
            connect(model, &M::layoutChanged, this, &TableFilterProxy::sourceLayoutChanged),
            connect(model, &M::headerDataChanged, this,
                    [this](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal)
                            Q_EMIT headerDataChanged(orientation, first, last);
                    }),
            // Rare for a table (columns of a kind change with a reset):
            // the rows are built again.
            connect(model, &M::modelAboutToBeReset, this, &TableFilterProxy::sourceResetBegins),
            connect(model, &M::modelReset, this, &TableFilterProxy::sourceResetEnds),
            connect(model, &M::columnsAboutToBeInserted, this, &TableFilterProxy::sourceResetBegins),
            connect(model, &M::columnsInserted, this, &TableFilterProxy::sourceResetEnds),
            connect(model, &M::columnsAboutToBeRemoved, this, &TableFilterProxy::sourceResetBegins),
            connect(model, &M::columnsRemoved, this, &TableFilterProxy::sourceResetEnds),
            connect(model, &M::columnsAboutToBeMoved, this, &TableFilterProxy::sourceResetBegins),
            connect(model, &M::columnsMoved, this, &TableFilterProxy::sourceResetEnds),
            connect(model, &M::rowsAboutToBeMoved, this, &TableFilterProxy::sourceResetBegins),
            connect(model, &M::rowsMoved, this, &TableFilterProxy::sourceResetEnds),
        };
    }
    m_proxyOf.assign(size_t(model ? model->rowCount() : 0), -1);
    m_rows = model ? sortedFully(acceptedRows()) : std::vector<int>();
    indexRows();
    endResetModel();
}

// --- The model's interface ---------------------------------------------

QModelIndex TableFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TableFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TableFilterProxy::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int TableFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TableFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty() && columnCount() > 0;
}

QModelIndex TableFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TableFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid()
        || sourceIndex.row() >= int(m_proxyOf.size()))
        return {};
    const int row = m_proxyOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

// Column titles do not depend on the rows (the base class asks the first
// row for its column, and an empty table would have none).
QVariant TableFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section < 0 || section >= int(m_rows.size()))
        return {};
    return sourceModel()->headerData(m_rows[size_t(section)], orientation, role);
}

// --- Sorting and filtering ----------------------------------------------

void TableFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // Stable from the order shown: rows equal by the new column keep the
    // order the previous one gave them, as users of sortable tables expect.
    if (column < 0) {
        relayout(sortedFully(m_rows));
        return;
    }
    std::vector<int> rows = m_rows;
    if (m_ordering)
        m_ordering->prepareOrdering(m_sortColumn);
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) { return lessThan(a, b); });
    relayout(std::move(rows));
}

void TableFilterProxy::setFilterText(const QString &text)
{
    refilter(m_filter.setText(text));
}

void TableFilterProxy::setNamespaces(const QStringList &namespaces)
{
    refilter(m_filter.setNamespaces(namespaces));
}

bool TableFilterProxy::lessThan(int left, int right) const
{
    if (m_sortColumn < 0)
        return left < right;
    if (m_sortOrder == Qt::DescendingOrder)
        std::swap(left, right);
    if (m_ordering)
        return m_ordering->rowLessThan(m_sortColumn, left, right);
    const QVariant a = sourceModel()->index(left, m_sortColumn).data(SortRole);
    const QVariant b = sourceModel()->index(right, m_sortColumn).data(SortRole);
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

// Rows in the model's order, then sorted stably: equal rows keep it.
std::vector<int> TableFilterProxy::sortedFully(std::vector<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    if (m_sortColumn < 0)
        return rows;
    if (m_ordering)
        m_ordering->prepareOrdering(m_sortColumn);
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) { return lessThan(a, b); });
    return rows;
}

// k rows placed one by one cost k·log n comparisons of rows where they
// lie; one sort costs a ranking of every row (SortRanks) and n·log n
// comparisons of two ints.
bool TableFilterProxy::placingCostsMoreThanSorting(size_t entering, size_t base) const
{
    return double(entering) * std::log2(double(base) + 2) > double(base) / 4;
}

std::vector<int> TableFilterProxy::placed(const std::vector<int> &base, std::vector<int> entering) const
{
    if (entering.empty())
        return base;
    if (m_sortColumn < 0 || !placingCostsMoreThanSorting(entering.size(), base.size()))
        return RowPlacement::place(base, std::move(entering), [this](int a, int b) { return lessThan(a, b); });
    std::vector<int> rows = base;
    std::sort(entering.begin(), entering.end());
    rows.insert(rows.end(), entering.begin(), entering.end());
    if (m_ordering)
        m_ordering->prepareOrdering(m_sortColumn);
    // Stable from the rows' current order: equal rows stay where they were.
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) { return lessThan(a, b); });
    return rows;
}

std::vector<int> TableFilterProxy::acceptedRows() const
{
    std::vector<int> rows;
    const int count = int(m_proxyOf.size());
    rows.reserve(size_t(count));
    for (int row = 0; row < count; ++row) {
        if (m_filter.accepts(row))
            rows.push_back(row);
    }
    return rows;
}

// A narrower filter can only hide shown rows, a wider one only show hidden
// ones: typing a filter key by key reads fewer rows with each key.
void TableFilterProxy::refilter(RowFilter::Change change)
{
    if (change == RowFilter::Change::None || !sourceModel())
        return;
    std::vector<int> kept;
    kept.reserve(m_rows.size());
    for (const int row : m_rows) {
        if (change == RowFilter::Change::Wider || m_filter.accepts(row))
            kept.push_back(row);
    }
    std::vector<int> entering;
    if (change != RowFilter::Change::Narrower) {
        for (int row = 0; row < int(m_proxyOf.size()); ++row) {
            if (m_proxyOf[size_t(row)] < 0 && m_filter.accepts(row))
                entering.push_back(row);
        }
    }
    showRows(placed(kept, std::move(entering)));
}

// --- What the model says ------------------------------------------------

void TableFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    const int count = last - first + 1;
    for (int &row : m_rows)
        row += row >= first ? count : 0;
    m_proxyOf.insert(m_proxyOf.begin() + first, size_t(count), -1);
    indexRows();
    std::vector<int> entering;
    for (int row = first; row <= last; ++row) {
        if (m_filter.accepts(row))
            entering.push_back(row);
    }
    showRows(placed(m_rows, std::move(entering)));
}

void TableFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    std::vector<int> kept;
    kept.reserve(m_rows.size());
    for (const int row : m_rows) {
        if (row < first || row > last)
            kept.push_back(row);
    }
    if (kept.size() != m_rows.size())
        showRows(kept);
}

void TableFilterProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    const int count = last - first + 1;
    for (int &row : m_rows)
        row -= row > last ? count : 0;
    m_proxyOf.erase(m_proxyOf.begin() + first, m_proxyOf.begin() + last + 1);
    indexRows();
}

// Changed rows are filtered again only when the filter reads what changed,
// and placed again only when they are out of order now; rows that did not
// change are not read. The model says which rows of a span changed
// (ChangeDetails); otherwise every row of the span did.
void TableFilterProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid() || m_resetting)
        return;
    std::vector<int> changed;
    if (const QList<int> *rows = m_details ? m_details->changedRowsInSpan() : nullptr) {
        changed.assign(rows->cbegin(), rows->cend());
    } else {
        changed.resize(size_t(bottomRight.row() - topLeft.row() + 1));
        std::iota(changed.begin(), changed.end(), topLeft.row());
    }
    const bool refilter = m_filter.reads(topLeft.column(), bottomRight.column(), roles);
    const bool reorder = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column()
        && (roles.isEmpty() || roles.contains(SortRole));
    if (refilter || reorder)
        showRows(rowsAfterChange(changed, refilter, reorder));
    emitDataChanged(changed, topLeft.column(), bottomRight.column(), roles);
}

std::vector<int> TableFilterProxy::rowsAfterChange(const std::vector<int> &changed, bool refilter, bool reorder) const
{
    std::vector<char> leaves(m_rows.size(), 0); // by place: shown, hidden now
    std::vector<char> changedAt(m_rows.size(), 0); // by place: shown, changed, still shown
    std::vector<int> entering; // hidden rows shown now
    for (const int row : changed) {
        const int at = m_proxyOf[size_t(row)];
        const bool accepted = refilter ? m_filter.accepts(row) : at >= 0;
        if (at >= 0)
            (accepted ? changedAt : leaves)[size_t(at)] = 1;
        else if (accepted)
            entering.push_back(row);
    }
    std::vector<int> kept;
    std::vector<char> keptChanged;
    kept.reserve(m_rows.size());
    keptChanged.reserve(m_rows.size());
    for (size_t at = 0; at < m_rows.size(); ++at) {
        if (!leaves[at]) {
            kept.push_back(m_rows[at]);
            keptChanged.push_back(changedAt[at]);
        }
    }
    if (!reorder)
        return placed(kept, std::move(entering));
    if (placingCostsMoreThanSorting(changed.size(), kept.size())) {
        // Many rows changed (a reading of every pod's usage): one sort,
        // stable from the order shown.
        std::sort(entering.begin(), entering.end());
        kept.insert(kept.end(), entering.begin(), entering.end());
        if (m_ordering)
            m_ordering->prepareOrdering(m_sortColumn);
        std::stable_sort(kept.begin(), kept.end(), [this](int a, int b) { return lessThan(a, b); });
        return kept;
    }
    // Changed rows still in order with the rows around them stay put; the
    // rest are placed again.
    const std::vector<int> moving =
        RowPlacement::outOfOrder(kept, keptChanged, [this](int a, int b) { return lessThan(a, b); });
    if (moving.empty())
        return placed(kept, std::move(entering));
    std::vector<char> isMoving(m_proxyOf.size(), 0);
    for (const int row : moving)
        isMoving[size_t(row)] = 1;
    std::erase_if(kept, [&](int row) { return isMoving[size_t(row)] != 0; });
    entering.insert(entering.end(), moving.begin(), moving.end());
    return placed(kept, std::move(entering));
}

void TableFilterProxy::sourceLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &parents,
                                                    LayoutChangeHint hint)
{
    if (m_resetting || !reachesRows(parents))
        return;
    Q_UNUSED(hint);
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_layoutPersistent = persistentIndexList();
    m_layoutSources.clear();
    for (const QModelIndex &index : std::as_const(m_layoutPersistent))
        m_layoutSources.append(QPersistentModelIndex(mapToSource(index)));
}

// The rows follow their new numbers (ChangeDetails::movedRows) and keep
// their order; rows the model is about to remove (LeavingRows) go to the
// end, where its removal finds them in one run. A model that does not say
// where rows went gets its rows filtered and sorted again.
void TableFilterProxy::sourceLayoutChanged(const QList<QPersistentModelIndex> &parents, LayoutChangeHint hint)
{
    if (m_resetting || !reachesRows(parents))
        return;
    Q_UNUSED(hint);
    const QList<int> *moved = m_details ? m_details->movedRows() : nullptr;
    if (moved && moved->size() == qsizetype(m_proxyOf.size())) {
        for (int &row : m_rows)
            row = moved->at(row);
        const auto staying = std::stable_partition(m_rows.begin(), m_rows.end(),
                                                   [this](int row) { return !m_filter.isLeaving(row); });
        if (m_sortColumn < 0)
            std::sort(m_rows.begin(), staying);
    } else {
        m_proxyOf.assign(size_t(sourceModel()->rowCount()), -1);
        m_rows = sortedFully(acceptedRows());
    }
    indexRows();
    QModelIndexList after;
    after.reserve(m_layoutPersistent.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSources))
        after.append(mapFromSource(source));
    changePersistentIndexList(m_layoutPersistent, after);
    m_layoutPersistent.clear();
    m_layoutSources.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TableFilterProxy::sourceResetBegins()
{
    if (std::exchange(m_resetting, true))
        return;
    beginResetModel();
}

void TableFilterProxy::sourceResetEnds()
{
    if (!std::exchange(m_resetting, false))
        return;
    m_proxyOf.assign(size_t(sourceModel()->rowCount()), -1);
    m_rows = sortedFully(acceptedRows());
    indexRows();
    endResetModel();
}

} // namespace Kaji::Models
