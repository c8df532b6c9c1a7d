#pragma once

#include "editor/editorhooks.h"
#include "editor/manifestvalidation.h"
#include "editor/schemaset.h"

#include <QHash>

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

    // The same for a text of many documents of different kinds (the apply
    // window): each document is checked against the set of its own
    // group-version, by document path ("apis/apps/v1"); one still loading
    // is left alone, one that failed gets the note of `unavailable`.
    using SchemasForKind = std::function<Models::SchemaSetPtr(const Models::GroupVersionKind &gvk)>;
    static ManifestCheck checkEach(QHash<QString, Models::SchemaSetPtr> schemas, QHash<QString, QString> unavailable);
    static HoverProvider hoverByKind(SchemasForKind schemas);
    static CompletionProvider completionByKind(SchemasForKind schemas);
};

} // namespace Kaji::Ui
