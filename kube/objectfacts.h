#pragma once

#include "objectindex.h"
#include "sharedrecord.h"
#include "tablerow.h"

#include <QList>
#include <QMetaType>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Plain data; any thread.
namespace Kaji::Kube {

// Which parts of an object to keep, as dotted paths from the object's root
// ("spec.selector", "status", "metadata.annotations"). A path keeps its whole
// subtree; a path through a list applies to every element
// ("spec.volumeClaimTemplates.metadata.name"). A dot inside a key is
// escaped with a backslash: in C++ source "metadata.annotations.a\\.b/c".
// Metadata's name, namespace,
// uid, resourceVersion, labels and owners are always read into ObjectFacts
// (with creation and deletion), and only there: `fields` does not repeat them
// even when a path names them, so labels are not held twice. A path that
// keeps all annotations leaves out kubectl's last-applied-configuration (a
// copy of the whole manifest; a Secret's holds its data): only a path naming
// that annotation keeps it.
using FactShape = QStringList;

// One object of any kind reduced to what the diagrams read: its metadata,
// plus a pruned copy of the fields its shape keeps (same structure as the
// API object, so readers use the paths they know). A Deployment costs a few
// hundred bytes instead of the tens of kilobytes of its JSON tree.
struct ObjectFacts {
    QString namespaceName;
    QString name;
    QString uid;
    QString resourceVersion;
    qint64 createdEpochSecs = 0;
    bool deleting = false;
    QList<std::pair<QString, QString>> labels;
    QList<OwnerReference> owners;
    nlohmann::json fields = nlohmann::json::object();

    QString key() const { return namespaceName.isEmpty() ? name : namespaceName + u'/' + name; }
};

inline IndexedFields indexedFields(const ObjectFacts &facts)
{
    QList<QString> owners;
    for (const OwnerReference &owner : facts.owners)
        owners.append(owner.uid);
    return {facts.namespaceName, {}, std::move(owners), facts.labels};
}

inline void shareIndexedStrings(ObjectFacts &facts, ObjectIndex &index)
{
    QString noNode;
    QList<QString> noOwners;
    index.shareStrings(facts.namespaceName, noNode, noOwners, facts.labels);
}

// The object's metadata and its fields pruned to `shape`. A value that is
// not a JSON object gives facts with an empty name.
ObjectFacts objectFactsFromJson(const nlohmann::json &object, const FactShape &shape);

// Changes since the last batch, as TableChangeBatch: `reset` for a first list.
struct FactChangeBatch {
    bool reset = false;
    QString scope; // a namespace: the batch concerns its objects only
    QList<SharedRecord<ObjectFacts>> upserted; // shared with the store
    QStringList removed; // keys
};
using FactChangeBatchPtr = QSharedPointer<const FactChangeBatch>;

} // namespace Kaji::Kube

Q_DECLARE_METATYPE(Kaji::Kube::FactChangeBatchPtr)
