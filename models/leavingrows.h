#pragma once

// GUI thread.
namespace Kaji::Models {

// A table model that removes many scattered rows at once moves them to its
// end first, in one layout change, and then removes that block. Rows in the
// block are leaving: a proxy puts them at its own end at the layout change,
// and the removal that follows takes them from there in one run. Why: a
// view's header walks every row for each removed run it is told of; 1,250
// scattered removals at 100,000 rows held the GUI thread for two seconds.
class LeavingRows {
public:
    virtual ~LeavingRows() = default;
    virtual bool isLeaving(int row) const = 0;
};

} // namespace Kaji::Models
