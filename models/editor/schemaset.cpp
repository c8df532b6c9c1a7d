#include "schemaset.h"

namespace Kaji::Models {

const SchemaNode *SchemaSet::kindSchema(const GroupVersionKind &gvk) const
{
    return m_kinds.value(gvk.group + QLatin1Char('/') + gvk.version + QLatin1Char('/') + gvk.kind);
}

QList<GroupVersionKind> SchemaSet::kinds() const
{
    return m_kindList;
}

const SchemaNode *SchemaSet::component(const QString &name) const
{
    return m_components.value(name);
}

SchemaSet::Field SchemaSet::field(const GroupVersionKind &gvk, QStringView pointer) const
{
    return walk(kindSchema(gvk), pointer);
}

SchemaSet::Field SchemaSet::walk(const SchemaNode *root, QStringView pointer)
{
    Field field;
    field.node = root;
    if (!root)
        return field;
    for (const QString &token : pointerTokens(pointer)) {
        const SchemaNode *here = field.node->target();
        field.list = nullptr;
        if (here->type == SchemaNode::Type::Array || here->items) {
            field.list = here;
            field.name.clear();
            field.node = here->items;
        } else {
            field.name = token;
            const auto it = here->properties.find(token.toStdString());
            field.node = it != here->properties.end() ? it->second : here->additional;
        }
        if (!field.node) {
            // Below a preserved or free-form object nothing is known, and
            // nothing is wrong either.
            field.opaque = here->preserveUnknown || here->intOrString || !here->closed();
            return field;
        }
    }
    return field;
}

QStringList pointerTokens(QStringView pointer)
{
    QStringList tokens;
    if (pointer.isEmpty())
        return tokens;
    for (QStringView token : pointer.mid(1).split(QLatin1Char('/'))) {
        QString unescaped = token.toString();
        if (unescaped.contains(QLatin1Char('~')))
            unescaped.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        tokens.append(unescaped);
    }
    return tokens;
}

} // namespace Kaji::Models
