#pragma once

#include "textfinder.h"

// GUI thread.
namespace Kaji::Models {

// A table model that can say whether a row's cells hold a text (case
// insensitive), readings' cells aside (ReadingColumns), from its records
// rather than through data(). TableFilterProxy's text filter asks it when
// the model has it. Why: through data() each cell is a QVariant and often a
// new QString; a key typed into the filter of 100,000 pods read 800,000
// cells that way and stalled the GUI thread for up to 130 ms (issue 21).
// What it says must be what the cells' DisplayRole text says.
class RowText {
public:
    virtual ~RowText() = default;
    virtual bool rowContains(int row, const TextFinder &text) const = 0;
};

} // namespace Kaji::Models
