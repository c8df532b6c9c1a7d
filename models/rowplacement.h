#pragma once

#include <functional>
#include <vector>

// Any thread; pure functions over row numbers.
namespace Kaji::Models::RowPlacement {

// A strict weak order of rows.
using Less = std::function<bool(int left, int right)>;

// `base` (ordered by `less`) with `entering` placed where they order: each
// after the rows it orders equal to, entering rows that order equal in the
// order of their numbers. Costs k·log n comparisons for k entering rows,
// plus a copy of `base`.
std::vector<int> place(const std::vector<int> &base, std::vector<int> entering, const Less &less);

// The changed rows of `rows` (ordered by `less` before they changed) that
// are now out of order: the rest, changed or not, stay ordered where they
// are. Walks `rows` once; two comparisons per changed row.
std::vector<int> outOfOrder(const std::vector<int> &rows, const std::vector<char> &changedAt, const Less &less);

// How many runs of consecutive numbers `ascending` holds.
int runs(const std::vector<int> &ascending);

} // namespace Kaji::Models::RowPlacement
