#pragma once

#include "palettemodel.h"

// GUI thread.
namespace Kaji::Models {

// The rows of one table as the palette's Object entries: each row's key
// ("namespace/name", or "name" for cluster-wide kinds; KeyedRows) named by
// its name, with the kind and namespace beside it. Rows of one namespace
// share one detail string, so 100,000 pods cost one new string each.
void appendObjectEntries(QList<PaletteEntry> &entries, const QList<QString> &keys, const QString &resourceId,
                         const QString &kindName);

} // namespace Kaji::Models
