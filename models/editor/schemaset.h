#pragma once

#include "groupversionkind.h"
#include "schemanode.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringView>

#include <deque>
#include <memory>

// Built on any thread (a worker: parsing takes tens of milliseconds), then
// immutable: every const function may be called from any thread at once.
namespace Kaji::Models {

// The schemas of one group-version, as one OpenAPI v3 document of
// /openapi/v3 serves them: every kind of it (custom resources included)
// and every schema they refer to (ObjectMeta, PodSpec, ...).
class SchemaSet {
public:
    struct Parsed {
        std::shared_ptr<const SchemaSet> set; // null when `error` is set
        QString error;
    };
    // Reads an OpenAPI v3 document (components.schemas).
    static Parsed parse(const QByteArray &document);
    static Parsed fromJson(const nlohmann::json &document);

    // The schema of a kind (x-kubernetes-group-version-kind), or null.
    const SchemaNode *kindSchema(const GroupVersionKind &gvk) const;
    QList<GroupVersionKind> kinds() const;
    // A component by its name ("io.k8s.api.core.v1.PodSpec"), or null.
    const SchemaNode *component(const QString &name) const;

    // What a JSON pointer below an object of `gvk` refers to.
    struct Field {
        const SchemaNode *node = nullptr; // as written (its words); null: not in the schema
        QString name; // the last key ("replicas"); empty for the object itself or an item
        // The list this is an item of, when the pointer ends at an index.
        const SchemaNode *list = nullptr;
        // The walk reached a schema that says nothing below it (preserved
        // unknown fields, int-or-string) before the pointer ended.
        bool opaque = false;
    };
    // Walks key → properties[key] or additionalProperties, index → items,
    // following references; "" is the object itself. Any token walks into an
    // array, so "/spec/containers/-" is the place of a new container.
    Field field(const GroupVersionKind &gvk, QStringView pointer) const;
    static Field walk(const SchemaNode *root, QStringView pointer);

    int componentCount() const { return int(m_components.size()); }

private:
    friend class SchemaSetBuilder;

    std::deque<SchemaNode> m_nodes; // stable addresses: nodes point at each other
    QHash<QString, const SchemaNode *> m_components;
    QHash<QString, const SchemaNode *> m_kinds; // "group/version/Kind"
    QList<GroupVersionKind> m_kindList;
};

using SchemaSetPtr = std::shared_ptr<const SchemaSet>;

// A JSON pointer's tokens, unescaped ("a~1b" → "a/b").
QStringList pointerTokens(QStringView pointer);

} // namespace Kaji::Models

Q_DECLARE_METATYPE(Kaji::Models::SchemaSetPtr)
