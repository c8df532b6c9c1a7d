#pragma once

// GUI thread.
namespace Kaji::Models {

// A table model that compares two of its rows by a column directly, without
// building QVariants: one click on a header of a 50,000-row table makes the
// sorting proxy compare about 800,000 pairs, and live re-sorting compares
// every changed row again.
class RowOrdering {
public:
    virtual ~RowOrdering() = default;
    // Strict weak order of the rows' values in `column`, as SortRole orders
    // them.
    virtual bool rowLessThan(int column, int leftRow, int rightRow) const = 0;
    // A whole-table sort by `column` follows: a model may prepare for it
    // (SortRanks) rather than find out from the comparisons.
    virtual void prepareOrdering(int column) const = 0;
};

} // namespace Kaji::Models
