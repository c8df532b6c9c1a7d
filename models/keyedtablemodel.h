#pragma once

#include "changedetails.h"
#include "keyedrows.h"
#include "leavingrows.h"
#include "preparedrows.h"
#include "sortranks.h"

#include "sharedrecord.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

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
    using Shared = Kube::SharedRecord<Record>;
    virtual ~RecordObserver() = default;
    // What recordsReset makes of a list, as a function of the records
    // alone: for a large list the model runs it on a worker thread, and
    // hands its result to recordsReset. None: recordsReset works it out.
    virtual typename PreparedRows<Record>::Summarize summarizer() const { return {}; }
    // A list: every record before is gone, `records` are the rows now.
    // `summary` is what summarizer() made of them, or empty.
    virtual void recordsReset(const QList<Shared> &records, const std::any &summary) = 0;
    // One record added (`before` null), changed, or removed (`after` null).
    virtual void recordReplaced(const Record *before, const Record *after) = 0;
};

// Rows keyed by "namespace/name", updated in place from a store's change
// batches (reset, upserted, removed): changed rows emit dataChanged, new
// ones are inserted in one block at the end, removed ones go in contiguous
// runs. Only a reset batch resets, so selection and scroll stay put.
// Sorting and filtering are the proxy's job.
//
// A large list (the first one of 100,000 pods) is prepared off the GUI
// thread (PreparedRows) and taken in as one cheap reset; batches that come
// meanwhile wait for it, in order. Until then the rows are the ones before.
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
    using Prepared = PreparedRows<Record>;

    int rowForKey(const QString &key) const
    {
        const int slot = m_slotOf.value(key, -1);
        return slot < 0 ? -1 : m_rowOfSlot.at(slot);
    }
    const Record &recordAt(int row) const { return *m_slots.at(m_order.at(row)); }
    // "namespace/name", the string the store keys the record by.
    const QString &keyAt(int row) const { return m_slotKeys.at(m_order.at(row)); }
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
    // The list is kept until rows change: each metrics reading asks for it,
    // and building it anew is a pass over every row on the GUI thread (about
    // 18 ms at 100,000 pods) even when nothing changed since the last one.
    QList<QString> rowKeys() const override
    {
        if (m_rowKeysVersion != m_rowsVersion || m_rowKeys.size() != m_order.size()) {
            m_rowKeys.clear();
            m_rowKeys.reserve(m_order.size());
            for (const int slot : m_order)
                m_rowKeys.append(m_slotKeys.at(slot));
            m_rowKeysVersion = m_rowsVersion;
        }
        return m_rowKeys;
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
        ++m_observerVersion; // a summary prepared for the one before is not this one's
        if (m_observer)
            m_observer->recordsReset(records(), {});
    }

    void clear()
    {
        dropPreparedReset();
        beginResetModel();
        resetRows(Prepared::prepare({}, {}, -1, {}), {});
        endResetModel();
    }

    // Lists of at least `rows` records are prepared off the GUI thread.
    void setBackgroundResetFrom(qsizetype rows) { m_backgroundResetFrom = rows; }
    // Whether a list is being prepared (its rows are not in yet).
    bool isPreparingReset() const { return m_preparing; }

protected:
    template<typename Batch>
    void applyRows(const Batch &batch)
    {
        if (batch.reset && batch.scope.isEmpty()) {
            dropPreparedReset(); // this list replaces the one being prepared
            if (batch.upserted.size() >= m_backgroundResetFrom) {
                prepareReset(batch.upserted);
                return;
            }
            beginResetModel();
            resetRows(Prepared::prepare(batch.upserted, {}, -1, {}), {});
            endResetModel();
            return;
        }
        if (m_preparing) {
            m_waiting.append({batch.reset, batch.scope, batch.upserted, batch.removed});
            return;
        }
        if (batch.reset) {
            replaceScope(batch.scope, batch.upserted);
            return;
        }
        removeKeys(batch.removed);
        upsertRows(batch.upserted);
    }

    // How `column` sorts, as a function of the records alone (a worker
    // ranks a large list's rows by it ahead of the reset); none when the
    // column's keys need more than the record (usage figures).
    virtual typename Prepared::KeyOfRecords detachedSortKey(int column) const
    {
        Q_UNUSED(column);
        return {};
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
    // The column the last whole-table sort was by (-1: none yet).
    int lastSortedColumn() const { return m_sortRanks.lastSortedColumn(); }

private:
    // A batch that came while a list was being prepared.
    struct WaitingBatch {
        bool reset = false;
        QString scope;
        QList<Shared> upserted;
        QStringList removed;
    };

    // The first list, or a list again: slots in row order, implicitly
    // shared with the batch until the first change.
    void resetRows(const Prepared &rows, const std::any &summary)
    {
        if (m_observer)
            m_observer->recordsReset(rows.records, summary);
        m_slots = rows.records;
        m_free.clear();
        m_order.resize(rows.records.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        m_rowOfSlot = m_order;
        m_slotKeys = rows.keys;
        m_slotOf = rows.slotOf;
        m_sortRanks.invalidate();
        if (rows.rankedColumn >= 0)
            m_sortRanks.adopt(rows.rankedColumn, rows.ranks);
        ++m_rowsVersion;
    }

    // The observer's summary and the ranks by the column last sorted by
    // are made on the worker too, so the reset itself only swaps them in.
    void prepareReset(const QList<Shared> &records)
    {
        m_preparing = true;
        const quint64 generation = m_resetGeneration;
        const quint64 observerVersion = m_observerVersion;
        const int column = m_sortRanks.lastSortedColumn();
        auto keyOf = column >= 0 ? detachedSortKey(column) : typename Prepared::KeyOfRecords();
        auto summarize = m_observer ? m_observer->summarizer() : typename Prepared::Summarize();
        auto *watcher = new QFutureWatcher<Prepared>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, observerVersion] {
            watcher->deleteLater();
            if (generation != m_resetGeneration)
                return; // a later list or a clear() took its place
            const Prepared prepared = watcher->result();
            m_preparing = false;
            beginResetModel();
            resetRows(prepared, observerVersion == m_observerVersion ? prepared.summary : std::any());
            endResetModel();
            for (const WaitingBatch &batch : std::exchange(m_waiting, {}))
                applyRows(batch);
        });
        watcher->setFuture(QtConcurrent::run(resetPreparationPool(), [records, summarize, column, keyOf] {
            return Prepared::prepare(records, summarize, keyOf ? column : -1, keyOf);
        }));
    }

    void dropPreparedReset()
    {
        ++m_resetGeneration;
        m_preparing = false;
        m_waiting.clear();
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
    mutable QList<QString> m_rowKeys; // rowKeys() of m_rowKeysVersion, shared with its callers
    mutable quint64 m_rowKeysVersion = 0;
    // Large lists (prepareReset).
    static constexpr qsizetype DefaultBackgroundResetFrom = 20000;
    qsizetype m_backgroundResetFrom = DefaultBackgroundResetFrom;
    bool m_preparing = false;
    quint64 m_resetGeneration = 0; // a preparation from an older one is dropped
    quint64 m_observerVersion = 0;
    QList<WaitingBatch> m_waiting;
};

} // namespace Kaji::Models
