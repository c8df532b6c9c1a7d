#pragma once

#include <QList>

// GUI thread.
namespace Kaji::Models {

// A table model that says, while it signals a change, more than the signal
// carries: which rows of a dataChanged span really changed, and where each
// row went in a layout change. TableFilterProxy then handles a change in
// proportion to its size. Why: a batch of 125 changes at 100,000 rows spans
// nearly every row, and a proxy that knows neither must filter every row of
// the span again, and sort every row again after a layout change.
class ChangeDetails {
public:
    virtual ~ChangeDetails() = default;
    // During a dataChanged over several rows: the rows in it that changed,
    // ascending; null when every row of the span did.
    virtual const QList<int> *changedRowsInSpan() const = 0;
    // During a layoutChanged: each row's number after it, by its number
    // before; null when the model does not know.
    virtual const QList<int> *movedRows() const = 0;
};

} // namespace Kaji::Models
