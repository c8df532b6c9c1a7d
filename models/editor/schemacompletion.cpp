#include "schemacompletion.h"

#include "schemaexplain.h"

#include <algorithm>

namespace Kaji::Models {

QList<SchemaCompletion> SchemaCompletions::complete(
    const SchemaSet &schemas, const GroupVersionKind &gvk, QStringView pointer, const QStringList &present)
{
    SchemaSet::Field field = schemas.field(gvk, pointer);
    if (!field.node)
        return {};
    const SchemaNode *schema = field.node->target();
    // The place of a list rather than of one of its items: offer an item's keys.
    if (schema->items && !field.list) {
        field.list = schema;
        schema = schema->items->target();
    }
    const QStringList mapKeys = field.list ? field.list->listMapKeys : QStringList();
    QList<SchemaCompletion> keyed, required, rest;
    for (const auto &[name, node] : schema->properties) {
        SchemaCompletion completion;
        completion.key = QString::fromStdString(name);
        if (present.contains(completion.key))
            continue;
        completion.type = node->typeName();
        completion.summary = SchemaExplain::firstSentence(node->describe());
        completion.required = schema->required.contains(completion.key);
        completion.listMapKey = mapKeys.contains(completion.key);
        (completion.listMapKey ? keyed : completion.required ? required : rest).append(completion);
    }
    // Map keys in the order the list declares them (containerPort, then protocol).
    std::sort(keyed.begin(), keyed.end(), [&mapKeys](const SchemaCompletion &a, const SchemaCompletion &b) {
        return mapKeys.indexOf(a.key) < mapKeys.indexOf(b.key);
    });
    return keyed + required + rest;
}

} // namespace Kaji::Models
