// TableFilterProxy: how a change of the rows shown is told to views.

#include "tablefilterproxy.h"

#include "rowplacement.h"

#include <algorithm>

namespace Kaji::Models {

namespace {

// Removals or insertions in more runs than this are told as one block and
// one layout change: the view's header walks every row for each.
constexpr int FewRuns = 3;

} // namespace

// From the rows shown to `target`, with at most one removal, one insertion
// and one layout change (each costs the view's header a walk over every
// row); removals and insertions in a few runs are told as they are, which
// costs the view less than a layout change.
void TableFilterProxy::showRows(const std::vector<int> &target)
{
    std::vector<char> inTarget(m_proxyOf.size(), 0);
    for (const int row : target)
        inTarget[size_t(row)] = 1;
    std::vector<int> going; // places shown now
    for (size_t at = 0; at < m_rows.size(); ++at) {
        if (!inTarget[size_t(m_rows[at])])
            going.push_back(int(at));
    }
    const bool goingInRuns = RowPlacement::runs(going) <= FewRuns;
    if (goingInRuns)
        removeRuns(going);
    // Do the rows left have the order they have in `target`?
    std::vector<int> coming; // places in `target`
    bool reordered = false;
    int expected = 0;
    for (size_t at = 0; at < target.size(); ++at) {
        const int shownAt = m_proxyOf[size_t(target[at])];
        if (shownAt < 0)
            coming.push_back(int(at));
        else if (shownAt != expected++)
            reordered = true;
    }
    if (goingInRuns && !reordered && RowPlacement::runs(coming) <= FewRuns) {
        insertRuns(target, coming);
        return;
    }
    // The rows that come are added at the end; one layout change puts
    // every row in its place and the rows that go after the rest, from
    // where they go at once.
    if (!coming.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(coming.size()) - 1);
        for (const int at : coming)
            m_rows.push_back(target[size_t(at)]);
        indexRows();
        endInsertRows();
    }
    std::vector<int> rows = target;
    for (const int at : going) {
        if (!goingInRuns)
            rows.push_back(m_rows[size_t(at)]);
    }
    relayout(std::move(rows));
    if (!goingInRuns && !going.empty()) {
        const int stay = int(target.size());
        beginRemoveRows({}, stay, int(m_rows.size()) - 1);
        for (size_t at = size_t(stay); at < m_rows.size(); ++at)
            m_proxyOf[size_t(m_rows[at])] = -1;
        m_rows.resize(size_t(stay));
        endRemoveRows();
    }
}

// Bottom up, so the runs above keep their places.
void TableFilterProxy::removeRuns(const std::vector<int> &positions)
{
    size_t end = positions.size();
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && positions[begin - 1] == positions[begin] - 1)
            --begin;
        const int first = positions[begin], last = positions[end - 1];
        beginRemoveRows({}, first, last);
        for (int at = first; at <= last; ++at)
            m_proxyOf[size_t(m_rows[size_t(at)])] = -1;
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        indexRows();
        endRemoveRows();
        end = begin;
    }
}

// `positions` are places in `target` of rows not shown yet; the rest of
// `target` is shown, in this order. Top down: each run's place is right
// once the runs above it are in.
void TableFilterProxy::insertRuns(const std::vector<int> &target, const std::vector<int> &positions)
{
    size_t begin = 0;
    while (begin < positions.size()) {
        size_t end = begin + 1;
        while (end < positions.size() && positions[end] == positions[end - 1] + 1)
            ++end;
        const int first = positions[begin], last = positions[end - 1];
        beginInsertRows({}, first, last);
        m_rows.insert(m_rows.begin() + first, target.begin() + first, target.begin() + last + 1);
        indexRows();
        endInsertRows();
        begin = end;
    }
}

// The same rows in another order; selection and current row follow them.
void TableFilterProxy::relayout(std::vector<int> rows)
{
    if (rows == m_rows)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(index.row() < int(m_rows.size()) ? m_rows[size_t(index.row())] : -1);
    m_rows = std::move(rows);
    indexRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sourceRows[size_t(i)];
        const int row = source < 0 ? -1 : m_proxyOf[size_t(source)];
        after.append(row < 0 ? QModelIndex() : createIndex(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TableFilterProxy::indexRows()
{
    std::fill(m_proxyOf.begin(), m_proxyOf.end(), -1);
    for (size_t at = 0; at < m_rows.size(); ++at)
        m_proxyOf[size_t(m_rows[at])] = int(at);
}

// One signal over the shown rows that changed: a view repaints what is in
// sight of it either way.
void TableFilterProxy::emitDataChanged(const std::vector<int> &sourceRows, int firstColumn, int lastColumn,
                                       const QList<int> &roles)
{
    int first = -1, last = -1;
    for (const int row : sourceRows) {
        const int at = m_proxyOf[size_t(row)];
        if (at < 0)
            continue;
        first = first < 0 ? at : std::min(first, at);
        last = std::max(last, at);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn), roles);
}

} // namespace Kaji::Models
