#include "schematemplate.h"

#include "yamlwriter.h"

namespace Kaji::Models {

namespace {

constexpr int maxDepth = 12; // recursive schemas (JSONSchemaProps) end somewhere

nlohmann::json placeholder(const SchemaNode *node, int depth);

nlohmann::json requiredFields(const SchemaNode *schema, int depth)
{
    nlohmann::json object = nlohmann::json::object();
    if (depth > maxDepth)
        return object;
    for (const auto &[name, child] : schema->properties) {
        const bool wanted = schema->required.contains(QString::fromStdString(name)) || name == "spec";
        if (wanted)
            object[name] = placeholder(child, depth + 1);
    }
    return object;
}

nlohmann::json placeholder(const SchemaNode *node, int depth)
{
    const SchemaNode *schema = node->target();
    if (!schema->enumValues.empty())
        return schema->enumValues.front();
    const nlohmann::json &defaultValue = node->defaultOrTarget();
    if (!defaultValue.is_null() && !defaultValue.is_object())
        return defaultValue;
    if (schema->intOrString)
        return "";
    if (schema->quantity)
        return "0";
    switch (schema->type) {
    case SchemaNode::Type::String: return "";
    case SchemaNode::Type::Integer:
    case SchemaNode::Type::Number: return 0;
    case SchemaNode::Type::Boolean: return false;
    case SchemaNode::Type::Array: {
        nlohmann::json list = nlohmann::json::array();
        // One item to fill in when items have required fields (a container's name).
        if (schema->items && !schema->items->target()->required.isEmpty() && depth <= maxDepth)
            list.push_back(placeholder(schema->items, depth + 1));
        return list;
    }
    case SchemaNode::Type::Object:
    case SchemaNode::Type::Any: break;
    }
    return requiredFields(schema, depth);
}

} // namespace

nlohmann::json SchemaTemplate::object(
    const SchemaSet &schemas, const GroupVersionKind &gvk, const QString &name, const QString &namespaceName)
{
    nlohmann::json object = nlohmann::json::object();
    if (const SchemaNode *root = schemas.kindSchema(gvk))
        object = requiredFields(root->target(), 0);
    object["apiVersion"] = gvk.apiVersion().toStdString();
    object["kind"] = gvk.kind.toStdString();
    nlohmann::json &metadata = object["metadata"];
    if (!metadata.is_object())
        metadata = nlohmann::json::object();
    metadata["name"] = name.toStdString();
    if (!namespaceName.isEmpty())
        metadata["namespace"] = namespaceName.toStdString();
    return object;
}

QString SchemaTemplate::yaml(
    const SchemaSet &schemas, const GroupVersionKind &gvk, const QString &name, const QString &namespaceName)
{
    return toYaml(object(schemas, gvk, name, namespaceName));
}

} // namespace Kaji::Models
