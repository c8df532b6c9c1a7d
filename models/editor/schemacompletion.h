#pragma once

#include "schemaset.h"

// Pure functions; any thread.
namespace Kaji::Models {

struct SchemaCompletion {
    QString key;
    QString type; // as FieldDocumentation::type
    QString summary; // the first sentence of its description
    bool required = false;
    bool listMapKey = false; // identifies the item in its keyed list (a container's name)
};

class SchemaCompletions {
public:
    // The keys the schema allows in the mapping at `pointer` (below an
    // object of `gvk`; "/spec/containers/0" or "/spec/containers/-" for an
    // item), minus those in `present`: the keys of a keyed list's items
    // first (x-kubernetes-list-map-keys), then required ones, then the rest,
    // each group in the schema's (alphabetical) order. Empty where the
    // schema names no keys (maps, preserved fields, unknown kinds).
    static QList<SchemaCompletion> complete(
        const SchemaSet &schemas, const GroupVersionKind &gvk, QStringView pointer, const QStringList &present = {});
};

} // namespace Kaji::Models
