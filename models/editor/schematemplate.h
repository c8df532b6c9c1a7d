#pragma once

#include "schemaset.h"

// Pure functions; any thread.
namespace Kaji::Models {

// A new object to start editing from: apiVersion, kind, metadata.name (and
// namespace when given), and every required field, recursively, with a
// placeholder of its type (its default or first allowed value when the
// schema has one). A `spec` is filled in even where the schema does not
// require it: it is where a new object's desired state goes (a Deployment
// without one has no containers to fill in).
class SchemaTemplate {
public:
    static nlohmann::json object(const SchemaSet &schemas, const GroupVersionKind &gvk, const QString &name = {},
        const QString &namespaceName = {});
    // The same as YAML (Models::toYaml), ready for the editor.
    static QString yaml(const SchemaSet &schemas, const GroupVersionKind &gvk, const QString &name = {},
        const QString &namespaceName = {});
};

} // namespace Kaji::Models
