#include "rowplacement.h"

#include <algorithm>

namespace Kaji::Models::RowPlacement {

std::vector<int> place(const std::vector<int> &base, std::vector<int> entering, const Less &less)
{
    std::sort(entering.begin(), entering.end());
    std::stable_sort(entering.begin(), entering.end(), less);
    std::vector<int> out;
    out.reserve(base.size() + entering.size());
    auto from = base.begin();
    for (const int row : entering) {
        // Rows sorted after each other land at or after the last one's place.
        const auto at = std::upper_bound(from, base.end(), row, less);
        out.insert(out.end(), from, at);
        out.push_back(row);
        from = at;
    }
    out.insert(out.end(), from, base.end());
    return out;
}

std::vector<int> outOfOrder(const std::vector<int> &rows, const std::vector<char> &changedAt, const Less &less)
{
    const size_t count = rows.size();
    // For each place, the next unchanged row after it (-1: none).
    std::vector<int> nextUnchanged(count, -1);
    for (size_t at = count; at-- > 1;)
        nextUnchanged[at - 1] = changedAt[at] ? nextUnchanged[at] : rows[at];
    std::vector<int> out;
    int kept = -1; // the last row that stays
    for (size_t at = 0; at < count; ++at) {
        const int row = rows[at];
        if (!changedAt[at]) {
            kept = row;
            continue;
        }
        const int next = nextUnchanged[at];
        const bool afterKept = kept < 0 || !less(row, kept);
        const bool beforeNext = next < 0 || !less(next, row);
        if (afterKept && beforeNext)
            kept = row;
        else
            out.push_back(row);
    }
    return out;
}

int runs(const std::vector<int> &ascending)
{
    int count = 0;
    for (size_t i = 0; i < ascending.size(); ++i)
        count += i == 0 || ascending[i] != ascending[i - 1] + 1 ? 1 : 0;
    return count;
}

} // namespace Kaji::Models::RowPlacement
