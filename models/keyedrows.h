#pragma once

#include <QList>
#include <QString>

// GUI thread.
namespace Kaji::Models {

// A table whose rows are keyed "namespace/name" ("name" when cluster-wide)
// hands every row's key at once, without a QVariant and a new string per
// row: the palette lists every object of the open tables when it opens,
// and at 100,000 pods asking each row for its key took most of 90 ms.
class KeyedRows {
public:
    virtual ~KeyedRows() = default;
    // In row order.
    virtual QList<QString> rowKeys() const = 0;
};

} // namespace Kaji::Models
