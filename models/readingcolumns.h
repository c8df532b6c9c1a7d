#pragma once

// GUI thread.
namespace Kaji::Models {

// A table model with columns that show periodic readings (usage from
// metrics.k8s.io) rather than the object: TableFilterProxy leaves them out
// of the text filter. Why: a row that matched by its CPU figure would come
// and go with every reading, and a filter that reads those cells must
// filter every row again on each reading (~50 ms at 10,000 rows); without
// them a reading only re-sorts. Text typed to find objects (names, nodes,
// statuses, IPs) matches as before.
class ReadingColumns {
public:
    virtual ~ReadingColumns() = default;
    virtual bool isReadingColumn(int column) const = 0;
};

} // namespace Kaji::Models
