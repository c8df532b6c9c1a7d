#pragma once

#include <QStringView>

#include <functional>
#include <vector>

// GUI thread.
namespace Kaji::Models {

// A row's value in one column as it sorts: numbers before text, numbers by
// value, text by UTF-16 code units (as QString's operator< orders it), and
// `tieBreak` when two texts are equal. The views point into the model's
// records and are read at once.
struct SortKey {
    bool isNumber = false;
    double number = 0;
    QStringView text;
    QStringView tieBreak;

    friend bool operator<(const SortKey &a, const SortKey &b);
};

// Every row's rank by one column, built when a full sort is under way, so
// that the rest of that sort compares two ints from one small array.
//
// Why: a 50,000-row sort compares about 750,000 pairs in an order unrelated
// to where the rows live. Reading each pair from its record and its strings
// misses the cache twice per comparison (about 200 ms for a text column).
// Copying the column's keys into one buffer in row order, sorting that, and
// comparing ranks costs a fraction of it.
//
// Ranks are dropped on every change to the rows, before the model signals
// it: live re-sorting of a few changed rows compares directly, and never
// sees a rank from before the change.
class SortRanks {
public:
    using KeyOf = std::function<SortKey(int row)>;

    void invalidate()
    {
        m_rankedColumn = -1;
        m_countedColumn = -1;
        m_comparisons = 0;
    }

    // Whether row `a` sorts before row `b` in `column`.
    bool lessThan(int column, int a, int b, int rowCount, const KeyOf &keyOf)
    {
        if (column == m_rankedColumn)
            return m_ranks[size_t(a)] < m_ranks[size_t(b)];
        if (column != m_countedColumn) {
            m_countedColumn = column;
            m_comparisons = 0;
        }
        // More comparisons than rows since the last change: that is a sort
        // of the whole table (n log n of them), not rows being re-placed.
        if (++m_comparisons > rowCount) {
            build(column, rowCount, keyOf);
            return m_ranks[size_t(a)] < m_ranks[size_t(b)];
        }
        return keyOf(a) < keyOf(b);
    }

    // Ranks `column` now: a whole-table sort by it follows.
    void prepare(int column, int rowCount, const KeyOf &keyOf)
    {
        if (column != m_rankedColumn)
            build(column, rowCount, keyOf);
    }

    // Ranks built elsewhere (off the GUI thread, for rows a reset brings),
    // by `column`, one per row.
    void adopt(int column, std::vector<int> ranks)
    {
        m_ranks = std::move(ranks);
        m_rankedColumn = column;
    }
    // The column the last whole-table sort was by, kept through changes:
    // the one worth ranking ahead of the next (-1: none yet).
    int lastSortedColumn() const { return m_lastSortedColumn; }

    int rankedColumn() const { return m_rankedColumn; } // tests

    // Every row's rank by its key: what build() makes, for any thread.
    static std::vector<int> rank(int rowCount, const KeyOf &keyOf);

private:
    void build(int column, int rowCount, const KeyOf &keyOf)
    {
        m_ranks = rank(rowCount, keyOf);
        m_rankedColumn = column;
        m_lastSortedColumn = column;
    }

    int m_rankedColumn = -1;
    int m_lastSortedColumn = -1;
    std::vector<int> m_ranks; // by row
    int m_countedColumn = -1;
    qint64 m_comparisons = 0;
};

} // namespace Kaji::Models
