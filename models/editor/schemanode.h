#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

// Immutable once its SchemaSet is built; any thread.
namespace Kaji::Models {

// One schema of an OpenAPI v3 document, its references resolved to
// pointers into the same SchemaSet. A property written as
// `allOf: [{$ref: X}]` is a node of its own (its description and default)
// whose `ref` is X: structure comes from target(), words from the node.
struct SchemaNode {
    enum class Type : quint8 { Any, String, Integer, Number, Boolean, Object, Array };

    Type type = Type::Any;
    bool nullable = false;
    // int-or-string (built-in IntOrString, or x-kubernetes-int-or-string):
    // an integer or a string, nothing below.
    bool intOrString = false;
    // A resource.Quantity: written as a string or a number ("500m", 2).
    bool quantity = false;
    // x-kubernetes-preserve-unknown-fields: keys the schema does not name are kept.
    bool preserveUnknown = false;
    // x-kubernetes-embedded-resource: apiVersion, kind and metadata are implied.
    bool embeddedResource = false;
    // additionalProperties: false. Without it, and without properties, an
    // object takes any keys (RawExtension, free-form maps).
    bool noAdditional = false;

    QString name; // the component name ("io.k8s.api.apps.v1.DeploymentSpec"), empty inline
    QString description;
    QString format;
    nlohmann::json defaultValue; // null when there is none
    std::vector<nlohmann::json> enumValues;
    QStringList required;
    std::map<std::string, const SchemaNode *, std::less<>> properties;
    const SchemaNode *additional = nullptr; // additionalProperties as a schema
    const SchemaNode *items = nullptr;
    const SchemaNode *ref = nullptr; // $ref or allOf: [{$ref}]
    QString listType; // x-kubernetes-list-type: atomic, set, map
    QStringList listMapKeys; // x-kubernetes-list-map-keys
    // `required` and the map keys of a keyed list as the JSON tree spells
    // keys: validation looks them up in every object of a large document.
    std::vector<std::string> requiredKeys;
    std::vector<std::string> mapKeys; // empty unless x-kubernetes-list-type is map

    // The schema that says what may be written here: `ref` followed to its end.
    const SchemaNode *target() const;
    // Words for the reader: this node's own, else those of its target.
    QString describe() const;
    const nlohmann::json &defaultOrTarget() const;
    // Keys not named in properties are errors here.
    bool closed() const { return !preserveUnknown && !additional && (noAdditional || !properties.empty()); }
    // The type as `kubectl explain` shows it: "string", "[]Container",
    // "map[string]string", "Object", "IntOrString".
    QString typeName() const;
};

} // namespace Kaji::Models
