#pragma once

#include "editor/editorhooks.h"
#include "editor/manifestvalidation.h"
#include "editor/schemaset.h"

#include <functional>

// The editor's hooks answered from the cluster's schema. The check runs on
// the validation worker (it owns its schema set); hover and completion run
// on the GUI thread and read the set the window holds at that moment.
namespace Kaji::Ui {

class SchemaHooks {
public:
    // The schema set the editor works with now; null while it loads.
    using CurrentSchemas = std::function<Models::SchemaSetPtr()>;

    // Unknown fields, wrong types and missing required fields as
    // diagnostics. With no set: one note saying why, when `unavailable` is
    // not empty.
    static ManifestCheck check(Models::SchemaSetPtr schemas, const QString &unavailable = {});
    // The field's documentation, as `kubectl explain` words it.
    static HoverProvider hover(CurrentSchemas schemas);
    // The keys the schema allows at the cursor, required ones first.
    static CompletionProvider completion(CurrentSchemas schemas);
};

} // namespace Kaji::Ui
