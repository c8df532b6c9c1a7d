#pragma once

#include "sortranks.h"

#include "sharedrecord.h"

#include <QHash>
#include <QList>
#include <QString>

#include <any>
#include <functional>
#include <vector>

class QThreadPool;

// Made on a worker thread from records no one changes; read on the GUI thread.
namespace Kaji::Models {

// The worker that prepares large resets: one thread, apart from the
// shared pool, which may be busy with a diagnosis or a diagram.
QThreadPool *resetPreparationPool();

// What a KeyedTableModel builds over the rows of a reset, built ahead of it
// off the GUI thread. At 100,000 pods the first list held the GUI thread
// for 258 ms in one event, and perf (at 60,000) put most of that event in
// these: the Overview's tally 39 %, the sort ranks 30 %, the key hash 13 %
// and the key list 11 %.
template<typename Record>
struct PreparedRows {
    using Shared = Kube::SharedRecord<Record>;
    // A pure function of the records (RecordObserver::summarizer).
    using Summarize = std::function<std::any(const QList<Shared> &)>;
    // Row `row`'s sort key in a column, reading the records alone.
    using KeyOfRecords = std::function<SortKey(const QList<Shared> &records, int row)>;

    QList<Shared> records; // slots, in row order
    QList<QString> keys; // records[i].key()
    QHash<QString, int> slotOf;
    std::any summary; // empty without a summarizer
    int rankedColumn = -1; // -1: no ranks
    std::vector<int> ranks;

    static PreparedRows prepare(const QList<Shared> &records, const Summarize &summarize, int column,
                                const KeyOfRecords &keyOf)
    {
        PreparedRows out;
        out.records = records;
        out.keys.reserve(records.size());
        out.slotOf.reserve(records.size());
        for (qsizetype row = 0; row < records.size(); ++row) {
            out.keys.append(records.at(row).key());
            out.slotOf.insert(out.keys.last(), int(row));
        }
        if (summarize)
            out.summary = summarize(records);
        if (column >= 0 && keyOf) {
            out.ranks = SortRanks::rank(int(records.size()), [&](int row) { return keyOf(records, row); });
            out.rankedColumn = column;
        }
        return out;
    }
};

} // namespace Kaji::Models
