#include "schemanode.h"

namespace Kaji::Models {

const SchemaNode *SchemaNode::target() const
{
    // References form chains only through wrappers; a bound keeps a cycle
    // of bad references from hanging a worker.
    const SchemaNode *node = this;
    for (int hops = 0; node->ref && hops < 16; ++hops)
        node = node->ref;
    return node;
}

QString SchemaNode::describe() const
{
    int hops = 0;
    for (const SchemaNode *node = this; node && hops < 16; node = node->ref, ++hops) {
        if (!node->description.isEmpty())
            return node->description;
    }
    return {};
}

const nlohmann::json &SchemaNode::defaultOrTarget() const
{
    return defaultValue.is_null() ? target()->defaultValue : defaultValue;
}

static QString shortName(const QString &component)
{
    return component.mid(component.lastIndexOf(QLatin1Char('.')) + 1);
}

QString SchemaNode::typeName() const
{
    const SchemaNode *node = target();
    if (node->intOrString)
        return QStringLiteral("IntOrString");
    if (node->quantity)
        return QStringLiteral("Quantity");
    switch (node->type) {
    case Type::String: return QStringLiteral("string");
    case Type::Integer: return QStringLiteral("integer");
    case Type::Number: return QStringLiteral("number");
    case Type::Boolean: return QStringLiteral("boolean");
    case Type::Array: return QStringLiteral("[]") + (node->items ? node->items->typeName() : QStringLiteral("Object"));
    case Type::Object:
    case Type::Any: break;
    }
    if (!node->name.isEmpty() && !node->properties.empty())
        return shortName(node->name);
    if (node->additional)
        return QStringLiteral("map[string]") + node->additional->typeName();
    return QStringLiteral("Object");
}

} // namespace Kaji::Models
