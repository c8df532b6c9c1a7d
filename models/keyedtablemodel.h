#pragma once

#include "sortranks.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>

// GUI thread.
namespace Kaji::Models {

// Rows keyed by "namespace/name", updated in place from a store's change
// batches (reset, upserted, removed): changed rows emit dataChanged, new
// ones are inserted in one block at the end, removed ones go in contiguous
// runs. Only a reset batch resets, so selection and scroll stay put.
// Sorting and filtering are the proxy's job.
template<typename Record>
class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowForKey(const QString &key) const { return m_rowOf.value(key, -1); }
    const Record &recordAt(int row) const { return m_records.at(row); }
    // Every row, implicitly shared: a copy costs nothing until the model changes.
    const QList<Record> &records() const { return m_records; }
    // Every row's key, implicitly shared as records(), and a number that
    // changes whenever rows come, go or move: work done off the GUI thread
    // for the rows of one version (UsageFigures::indexRows) is still valid
    // while the version is.
    const QList<QString> &rowKeys() const { return m_keys; }
    quint64 rowsVersion() const { return m_rowsVersion; }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }

    void clear()
    {
        beginResetModel();
        m_records.clear();
        m_keys.clear();
        m_rowOf.clear();
        m_sortRanks.invalidate();
        ++m_rowsVersion;
        endResetModel();
    }

protected:
    template<typename Batch>
    void applyRows(const Batch &batch)
    {
        if (batch.reset && !batch.scope.isEmpty()) {
            replaceScope(batch.scope, batch.upserted);
            return;
        }
        if (batch.reset) {
            beginResetModel();
            m_records = batch.upserted;
            m_keys.clear();
            m_rowOf.clear();
            appendKeys(0);
            m_sortRanks.invalidate();
            ++m_rowsVersion;
            endResetModel();
            return;
        }
        removeKeys(batch.removed);
        upsertRows(batch.upserted);
    }

    // Whether row `a` sorts before row `b` in `column`, by the rows' keys
    // or, during a whole-table sort, by their ranks (see SortRanks).
    bool lessBySortKey(int column, int a, int b, const SortRanks::KeyOf &keyOf) const
    {
        return m_sortRanks.lessThan(column, a, b, int(m_records.size()), keyOf);
    }
    void prepareSortRanks(int column, const SortRanks::KeyOf &keyOf) const
    {
        m_sortRanks.prepare(column, int(m_records.size()), keyOf);
    }
    // Subclasses call this when what their rows sort by changes otherwise
    // (new columns).
    void invalidateSortRanks() { m_sortRanks.invalidate(); }

    QList<Record> m_records;

private:
    // One namespace's rows replaced (a store watching that namespace alone
    // listed it, or stopped watching it); the other namespaces' rows, and
    // the view's selection, stay.
    void replaceScope(const QString &namespaceName, const QList<Record> &records)
    {
        const QString prefix = namespaceName + u'/';
        QSet<QString> kept;
        for (const Record &record : records)
            kept.insert(record.key());
        QStringList gone;
        for (const QString &key : std::as_const(m_keys)) {
            if (key.startsWith(prefix) && !kept.contains(key))
                gone.append(key);
        }
        removeKeys(gone);
        upsertRows(records);
    }

    void upsertRows(const QList<Record> &records)
    {
        QList<Record> added;
        for (const Record &record : records) {
            const int row = m_rowOf.value(record.key(), -1);
            if (row < 0) {
                added.append(record);
                continue;
            }
            m_records[row] = record;
            // Before the signal: the proxy re-sorts the row at once.
            m_sortRanks.invalidate();
            Q_EMIT this->dataChanged(this->index(row, 0), this->index(row, this->columnCount() - 1));
        }
        if (!added.isEmpty()) {
            const int first = int(m_records.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_records.append(added);
            appendKeys(first);
            m_sortRanks.invalidate();
            ++m_rowsVersion;
            endInsertRows();
        }
    }

    void removeKeys(const QStringList &keys)
    {
        QList<int> rows;
        for (const QString &key : keys) {
            const int row = m_rowOf.value(key, -1);
            if (row >= 0)
                rows.append(row);
        }
        if (rows.isEmpty())
            return;
        std::sort(rows.begin(), rows.end(), std::greater<>());
        // Bottom up, so earlier rows keep their numbers until their own run
        // is removed.
        qsizetype i = 0;
        while (i < rows.size()) {
            const int last = rows[i];
            int first = last;
            while (i + 1 < rows.size() && rows[i + 1] == first - 1)
                first = rows[++i];
            ++i;
            beginRemoveRows({}, first, last);
            for (int row = first; row <= last; ++row)
                m_rowOf.remove(m_keys[row]);
            m_records.remove(first, last - first + 1);
            m_keys.remove(first, last - first + 1);
            m_sortRanks.invalidate();
            ++m_rowsVersion;
            endRemoveRows();
        }
        reindexFrom(rows.last());
    }

    // Keys of the records from `row` on, built once per record: rebuilding
    // them on every removal cost more than the removal itself.
    void appendKeys(int row)
    {
        m_keys.reserve(m_records.size());
        for (int r = row; r < m_records.size(); ++r) {
            m_keys.append(m_records[r].key());
            m_rowOf.insert(m_keys.last(), r);
        }
    }

    void reindexFrom(int row)
    {
        for (int r = row; r < m_keys.size(); ++r)
            m_rowOf[m_keys[r]] = r;
    }

    QList<QString> m_keys; // m_records[i].key(), shared with m_rowOf's keys
    QHash<QString, int> m_rowOf;
    mutable SortRanks m_sortRanks; // built while the proxy sorts, a const call
    quint64 m_rowsVersion = 0;
};

} // namespace Kaji::Models
