#pragma once

// GUI thread.
namespace Kaji::Models {

// A table model that removes many scattered rows at once moves them to its
// end first, in one layout change, and then removes that block. Rows in the
// block are leaving: a proxy that stops showing them at the layout change
// has nothing left to take out when they go. Why: a sorting proxy and the
// view's header each spend a pass over every row per removed run; 1,250
// scattered removals at 100,000 rows held the GUI thread for two seconds,
// where one layout change costs about one sort.
class LeavingRows {
public:
    virtual ~LeavingRows() = default;
    virtual bool isLeaving(int row) const = 0;
};

} // namespace Kaji::Models
