#include "schemaset.h"

#include <QCoreApplication>

namespace Kaji::Models {

namespace {

QString text(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

bool flag(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

QStringList texts(const nlohmann::json &object, const char *key)
{
    QStringList list;
    const auto it = object.find(key);
    if (it != object.end() && it->is_array()) {
        for (const auto &item : *it) {
            if (item.is_string())
                list.append(QString::fromStdString(item.get<std::string>()));
        }
    }
    return list;
}

SchemaNode::Type typeOf(const QString &type)
{
    using Type = SchemaNode::Type;
    static const QHash<QString, Type> types { { QStringLiteral("string"), Type::String },
        { QStringLiteral("integer"), Type::Integer }, { QStringLiteral("number"), Type::Number },
        { QStringLiteral("boolean"), Type::Boolean }, { QStringLiteral("object"), Type::Object },
        { QStringLiteral("array"), Type::Array } };
    return types.value(type, Type::Any);
}

} // namespace

// Turns components.schemas into nodes in two passes: every schema becomes a
// node (inline ones too), then `$ref`s are pointed at their components, so
// recursive schemas (a CRD's JSONSchemaProps) cost nothing special.
class SchemaSetBuilder {
public:
    explicit SchemaSetBuilder(SchemaSet &set)
        : m_set(set)
    {
    }

    QString build(const nlohmann::json &document)
    {
        const auto localized
            = [](const char *source) { return QCoreApplication::translate("Kaji::Models::SchemaSet", source); };
        if (!document.is_object())
            return localized(QT_TRANSLATE_NOOP("Kaji::Models::SchemaSet", "the schema document is not a JSON object"));
        const auto components = document.find("components");
        if (components == document.end() || !components->is_object() || !components->contains("schemas")
            || !(*components)["schemas"].is_object())
            return localized(
                QT_TRANSLATE_NOOP("Kaji::Models::SchemaSet", "the schema document has no components.schemas"));
        for (const auto &[name, schema] : (*components)["schemas"].items()) {
            SchemaNode *node = create(schema, 0);
            node->name = QString::fromStdString(name);
            m_set.m_components.insert(node->name, node);
            addKinds(schema, node);
        }
        static const QString prefix = QStringLiteral("#/components/schemas/");
        for (const auto &[node, ref] : m_refs) {
            if (ref.startsWith(prefix))
                node->ref = m_set.m_components.value(ref.mid(prefix.size()));
        }
        // Quantity says "string" but the API server takes numbers too (cpu: 2).
        if (auto *quantity = m_set.m_components.value(QStringLiteral("io.k8s.apimachinery.pkg.api.resource.Quantity")))
            const_cast<SchemaNode *>(quantity)->quantity = true;
        return {};
    }

private:
    SchemaNode *create(const nlohmann::json &schema, int depth)
    {
        SchemaNode &node = m_set.m_nodes.emplace_back();
        if (!schema.is_object() || depth > 64)
            return &node;
        const QString ref = text(schema, "$ref");
        if (!ref.isEmpty())
            m_refs.emplace_back(&node, ref);
        if (const auto allOf = schema.find("allOf"); allOf != schema.end() && allOf->is_array() && !allOf->empty()) {
            const auto &first = allOf->front();
            if (first.is_object() && first.contains("$ref"))
                m_refs.emplace_back(&node, text(first, "$ref"));
            else
                node.ref = create(first, depth + 1);
        }
        node.type = typeOf(text(schema, "type"));
        node.format = text(schema, "format");
        node.description = text(schema, "description");
        node.nullable = flag(schema, "nullable");
        node.intOrString = flag(schema, "x-kubernetes-int-or-string") || node.format == QLatin1String("int-or-string");
        node.preserveUnknown = flag(schema, "x-kubernetes-preserve-unknown-fields");
        node.embeddedResource = flag(schema, "x-kubernetes-embedded-resource");
        node.required = texts(schema, "required");
        node.listType = text(schema, "x-kubernetes-list-type");
        node.listMapKeys = texts(schema, "x-kubernetes-list-map-keys");
        for (const QString &key : std::as_const(node.required))
            node.requiredKeys.push_back(key.toStdString());
        if (node.listType == QLatin1String("map")) {
            for (const QString &key : std::as_const(node.listMapKeys))
                node.mapKeys.push_back(key.toStdString());
        }
        if (const auto it = schema.find("default"); it != schema.end())
            node.defaultValue = *it;
        if (const auto it = schema.find("enum"); it != schema.end() && it->is_array())
            node.enumValues.assign(it->begin(), it->end());
        if (const auto it = schema.find("properties"); it != schema.end() && it->is_object()) {
            for (const auto &[key, property] : it->items())
                node.properties.emplace(key, create(property, depth + 1));
        }
        if (const auto it = schema.find("additionalProperties"); it != schema.end()) {
            if (it->is_object())
                node.additional = create(*it, depth + 1);
            else if (it->is_boolean() && it->get<bool>())
                node.additional = &m_set.m_nodes.emplace_back();
            else if (it->is_boolean())
                node.noAdditional = true;
        }
        if (const auto it = schema.find("items"); it != schema.end() && it->is_object())
            node.items = create(*it, depth + 1);
        if (node.type == SchemaNode::Type::Any && (!node.properties.empty() || node.additional))
            node.type = SchemaNode::Type::Object;
        return &node;
    }

    void addKinds(const nlohmann::json &schema, const SchemaNode *node)
    {
        const auto it = schema.find("x-kubernetes-group-version-kind");
        if (it == schema.end() || !it->is_array())
            return;
        for (const auto &entry : *it) {
            if (!entry.is_object())
                continue;
            const GroupVersionKind gvk { text(entry, "group"), text(entry, "version"), text(entry, "kind") };
            if (!gvk.isValid())
                continue;
            m_set.m_kinds.insert(gvk.group + QLatin1Char('/') + gvk.version + QLatin1Char('/') + gvk.kind, node);
            m_set.m_kindList.append(gvk);
        }
    }

    SchemaSet &m_set;
    std::vector<std::pair<SchemaNode *, QString>> m_refs;
};

SchemaSet::Parsed SchemaSet::fromJson(const nlohmann::json &document)
{
    auto set = std::make_shared<SchemaSet>();
    SchemaSetBuilder builder(*set);
    if (QString error = builder.build(document); !error.isEmpty())
        return { nullptr, error };
    return { std::move(set), {} };
}

SchemaSet::Parsed SchemaSet::parse(const QByteArray &document)
{
    nlohmann::json json = nlohmann::json::parse(document.constBegin(), document.constEnd(), nullptr, false);
    if (json.is_discarded())
        return { nullptr,
            QCoreApplication::translate("Kaji::Models::SchemaSet", "the schema document is not valid JSON") };
    return fromJson(json);
}

} // namespace Kaji::Models
