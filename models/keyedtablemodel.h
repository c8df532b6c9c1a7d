#pragma once

#include "changedetails.h"
#include "keyedrows.h"
#include "leavingrows.h"
#include "sortranks.h"

#include "sharedrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <numeric>

// GUI thread.
namespace Kaji::Models {

// Told of every record a KeyedTableModel takes in or lets go, before its
// rows signal: figures over all rows (the Overview's pod counts) follow a
// change in proportion to it instead of reading every row again.
template<typename Record>
class RecordObserver {
public:
    virtual ~RecordObserver() = default;
    // A list: every record before is gone, `records` are the rows now.
    virtual void recordsReset(const QList<Kube::SharedRecord<Record>> &records) = 0;
    // One record added (`before` null), changed, or removed (`after` null).
    virtual void recordReplaced(const Record *before, const Record *after) = 0;
};

// Rows keyed by "namespace/name", updated in place from a store's change
// batches (reset, upserted, removed): changed rows emit dataChanged, new
// ones are inserted in one block at the end, removed ones go in contiguous
// runs. Only a reset batch resets, so selection and scroll stay put.
// Sorting and filtering are the proxy's job.
//
// Records live in slots that never move, each a handle to the record the
// store and the batch hold too (Kube::SharedRecord); the rows are a list of
// slot numbers. Removing a run of rows then moves four bytes per later row, not
// the records themselves: with records of 440 bytes (a pod), 1,250 removals
// scattered over 100,000 rows moved about 27 GB and held the GUI thread for
// 3.6 s. Slots freed by removals take the next new rows.
template<typename Record>
class KeyedTableModel : public QAbstractTableModel, public LeavingRows, public KeyedRows, public ChangeDetails {
public:
    using QAbstractTableModel::QAbstractTableModel;
    using Shared = Kube::SharedRecord<Record>;

    int rowForKey(const QString &key) const
    {
        const int slot = m_slotOf.value(key, -1);
        return slot < 0 ? -1 : m_rowOfSlot.at(slot);
    }
    const Record &recordAt(int row) const { return *m_slots.at(m_order.at(row)); }
    // Every row, in row order, for work handed to another thread: handles
    // to the records, which never change (eight bytes a row).
    QList<Shared> records() const
    {
        QList<Shared> out;
        out.reserve(m_order.size());
        for (const int slot : m_order)
            out.append(m_slots.at(slot));
        return out;
    }
    // Every row's key in row order, and a number that changes whenever rows
    // come, go or move: work done off the GUI thread for the rows of one
    // version (UsageFigures::indexRows) is still valid while the version is.
    QList<QString> rowKeys() const override
    {
        QList<QString> out;
        out.reserve(m_order.size());
        for (const int slot : m_order)
            out.append(m_slotKeys.at(slot));
        return out;
    }
    quint64 rowsVersion() const { return m_rowsVersion; }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_order.size()); }
    bool isLeaving(int row) const override { return m_leavingFrom >= 0 && row >= m_leavingFrom; }
    const QList<int> *changedRowsInSpan() const override { return m_changedInSpan; }
    const QList<int> *movedRows() const override { return m_movedTo; }

    // One observer at most (null: none); it must outlive the model or be
    // unset first. It is told of the rows there are at once.
    void setRecordObserver(RecordObserver<Record> *observer)
    {
        m_observer = observer;
        if (m_observer)
            m_observer->recordsReset(records());
    }

    void clear()
    {
        beginResetModel();
        resetRows({});
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
            resetRows(batch.upserted);
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
        return m_sortRanks.lessThan(column, a, b, rowCount(), keyOf);
    }
    void prepareSortRanks(int column, const SortRanks::KeyOf &keyOf) const
    {
        m_sortRanks.prepare(column, rowCount(), keyOf);
    }
    // Subclasses call this when what their rows sort by changes otherwise
    // (new columns).
    void invalidateSortRanks() { m_sortRanks.invalidate(); }

private:
    // The first list, or a list again: slots in row order, implicitly
    // shared with the batch until the first change.
    void resetRows(const QList<Shared> &records)
    {
        if (m_observer)
            m_observer->recordsReset(records);
        m_slots = records;
        m_free.clear();
        m_order.resize(records.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        m_slotKeys.clear();
        m_slotKeys.reserve(records.size());
        m_slotOf.clear();
        m_slotOf.reserve(records.size());
        m_rowOfSlot = m_order;
        for (int row = 0; row < m_slots.size(); ++row) {
            m_slotKeys.append(m_slots.at(row).key());
            m_slotOf.insert(m_slotKeys.last(), row);
        }
        m_sortRanks.invalidate();
        ++m_rowsVersion;
    }

    // One namespace's rows replaced (a store watching that namespace alone
    // listed it, or stopped watching it); the other namespaces' rows, and
    // the view's selection, stay.
    void replaceScope(const QString &namespaceName, const QList<Shared> &records)
    {
        const QString prefix = namespaceName + u'/';
        QSet<QString> kept;
        for (const Shared &record : records)
            kept.insert(record.key());
        QStringList gone;
        for (const int slot : std::as_const(m_order)) {
            const QString &key = m_slotKeys.at(slot);
            if (key.startsWith(prefix) && !kept.contains(key))
                gone.append(key);
        }
        removeKeys(gone);
        upsertRows(records);
    }

    // Changed rows are signalled one by one while they are few. Many are
    // signalled as one span, once they all hold their new values, with the
    // rows in it that changed (ChangeDetails): a burst of thousands of
    // changes (a rollout, a batch held up behind a busy connection thread)
    // then costs the proxy one placing of those rows and the view one
    // layout change, where a signal per row cost a pass over every row each
    // (seconds at 100,000 rows).
    void upsertRows(const QList<Shared> &records)
    {
        QList<Shared> added;
        QList<int> changed;
        for (const Shared &record : records) {
            const int row = rowForKey(record.key());
            if (row < 0) {
                added.append(record);
                continue;
            }
            Shared &slot = m_slots[m_order.at(row)];
            if (m_observer)
                m_observer->recordReplaced(&*slot, &*record);
            slot = record;
            changed.append(row);
        }
        // One signal for all the changed rows, naming them: the proxy
        // places them in one pass over its rows. A signal per row cost a
        // pass each: at 50,000 pods a batch of 50 changes held the GUI
        // thread 60-130 ms. (One by one, a row would also be placed among
        // others already holding new values.)
        if (!changed.isEmpty()) {
            m_sortRanks.invalidate(); // before the signal: the proxy re-sorts at once
            std::sort(changed.begin(), changed.end());
            changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
            m_changedInSpan = &changed;
            Q_EMIT this->dataChanged(this->index(changed.first(), 0),
                                     this->index(changed.last(), this->columnCount() - 1));
            m_changedInSpan = nullptr;
        }
        if (!added.isEmpty()) {
            const int first = rowCount();
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (const Shared &record : std::as_const(added))
                appendRow(record);
            m_sortRanks.invalidate();
            ++m_rowsVersion;
            endInsertRows();
        }
    }

    void appendRow(const Shared &record)
    {
        if (m_observer)
            m_observer->recordReplaced(nullptr, &*record);
        int slot;
        if (m_free.isEmpty()) {
            slot = int(m_slots.size());
            reserveSlotsFor(slot + 1);
            m_slots.append(record);
            m_slotKeys.append(record.key());
            m_rowOfSlot.append(-1);
        } else {
            slot = m_free.takeLast();
            m_slots[slot] = record;
            m_slotKeys[slot] = record.key();
        }
        m_slotOf.insert(m_slotKeys.at(slot), slot);
        m_rowOfSlot[slot] = int(m_order.size());
        m_order.append(slot);
    }

    void removeKeys(const QStringList &keys)
    {
        QList<int> rows;
        for (const QString &key : keys) {
            const int row = rowForKey(key);
            if (row >= 0)
                rows.append(row);
        }
        if (rows.isEmpty())
            return;
        std::sort(rows.begin(), rows.end(), std::greater<>());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        qsizetype runs = 1;
        for (qsizetype i = 1; i < rows.size(); ++i)
            runs += rows[i] != rows[i - 1] - 1 ? 1 : 0;
        if (runs >= ManyRuns) {
            removeScattered(rows);
            return;
        }
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
                freeRow(row);
            m_order.remove(first, last - first + 1);
            m_sortRanks.invalidate();
            ++m_rowsVersion;
            endRemoveRows();
        }
        reindexFrom(rows.last());
    }

    // Many runs (LeavingRows): the rows that stay keep their order and move
    // up, the leaving ones go to the end in one layout change, and that
    // block is removed.
    void removeScattered(const QList<int> &rows)
    {
        const int count = rowCount();
        QList<bool> leaving(count, false);
        for (const int row : rows)
            leaving[row] = true;
        QList<int> newRow(count);
        QList<int> order;
        order.reserve(count);
        int stay = 0, leave = count - int(rows.size());
        for (int row = 0; row < count; ++row)
            newRow[row] = leaving[row] ? leave++ : stay++;
        for (int row = 0; row < count; ++row) {
            if (!leaving[row])
                order.append(m_order.at(row));
        }
        for (int row = 0; row < count; ++row) {
            if (leaving[row])
                order.append(m_order.at(row));
        }
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before)
            after.append(this->index(newRow.at(index.row()), index.column()));
        m_order = std::move(order);
        m_leavingFrom = stay;
        // Before the signal: whoever the layout change reaches finds rows by
        // key where they now are.
        reindexFrom(0);
        m_sortRanks.invalidate();
        ++m_rowsVersion;
        changePersistentIndexList(before, after);
        m_movedTo = &newRow;
        Q_EMIT layoutChanged();
        m_movedTo = nullptr;

        beginRemoveRows({}, stay, count - 1);
        for (int row = stay; row < count; ++row)
            freeRow(row);
        m_order.resize(stay);
        m_leavingFrom = -1;
        ++m_rowsVersion;
        endRemoveRows();
    }

    void freeRow(int row)
    {
        const int slot = m_order.at(row);
        if (m_observer)
            m_observer->recordReplaced(&*m_slots.at(slot), nullptr);
        m_slotOf.remove(m_slotKeys.at(slot));
        m_rowOfSlot[slot] = -1;
        m_slots[slot] = Shared(); // its hold on the record goes now, the slot later
        m_slotKeys[slot].clear();
        m_free.append(slot);
    }

    // Room for `slots`, grown by an eighth rather than QList's doubling: a
    // table just past a power of two would otherwise hold up to as many
    // empty slots as rows (their keys and row numbers too).
    void reserveSlotsFor(qsizetype slots)
    {
        if (slots <= m_slots.capacity())
            return;
        const qsizetype room = slots + std::max<qsizetype>(256, slots / 8);
        m_slots.reserve(room);
        m_slotKeys.reserve(room);
        m_rowOfSlot.reserve(room);
    }

    void reindexFrom(int row)
    {
        for (int r = row; r < m_order.size(); ++r)
            m_rowOfSlot[m_order.at(r)] = r;
    }

    // Runs of removed rows from which one layout change and one removal
    // cost less than a removal each: the view's header walks every row per
    // removal signal, where TableFilterProxy follows the layout change by
    // the rows' new numbers (movedRows) without sorting.
    static constexpr int ManyRuns = 8;

    RecordObserver<Record> *m_observer = nullptr;
    QList<Shared> m_slots; // never move; freed ones hold nothing
    QList<QString> m_slotKeys; // m_slots[i].key(), shared with the store
    QList<int> m_free; // slots free for new rows
    QList<int> m_order; // row -> slot
    // Key -> slot, which stays while the row lives, and slot -> row: rows
    // that move (a removal, removeScattered's layout change) update ints,
    // not a hash of their keys (at 100,000 rows, a third of the GUI
    // thread's time under churn went into hashing keys again).
    QHash<QString, int> m_slotOf;
    QList<int> m_rowOfSlot; // -1 for a free slot
    int m_leavingFrom = -1; // rows from here on are leaving (removeScattered)
    const QList<int> *m_changedInSpan = nullptr; // while a span of changed rows is signalled
    const QList<int> *m_movedTo = nullptr; // while removeScattered's layout change is signalled
    mutable SortRanks m_sortRanks; // built while the proxy sorts, a const call
    quint64 m_rowsVersion = 0;
};

} // namespace Kaji::Models
