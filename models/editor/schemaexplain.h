#pragma once

#include "schemaset.h"

#include <QCoreApplication>

// Pure functions; any thread.
namespace Kaji::Models {

// What `kubectl explain` says about one field.
struct FieldDocumentation {
    bool found = false;
    GroupVersionKind gvk;
    QString name; // "replicas"; the kind for the object itself; "containers[]" for an item
    QString type; // "integer", "[]Container", "map[string]string", "Object"
    QString format; // "int32", "date-time"
    QString description;
    QString defaultValue; // as JSON ("1", "\"Always\""); empty without one
    QStringList enumValues; // as JSON
    bool required = false; // its parent requires it
    QStringList requiredFields; // what it requires below it

    // Plain text for a tooltip: a "name <type>" line, the description, then
    // default, allowed values and required fields when there are any.
    QString text() const;
};

class SchemaExplain {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::SchemaExplain)
public:
    // The field at `pointer` (JSON pointer below an object of `gvk`, "" for
    // the object). found is false where the schema says nothing.
    static FieldDocumentation explain(const SchemaSet &schemas, const GroupVersionKind &gvk, QStringView pointer);
    // The first sentence of a description, for a completion list.
    static QString firstSentence(const QString &description);
};

} // namespace Kaji::Models
