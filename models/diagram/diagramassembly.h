#pragma once

#include "diagramgraph.h"
#include "diagraminput.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// Used by one builder on the thread that builds the graph (a worker).
namespace Kaji::Models {

// Collects one view's nodes and edges while a builder walks the facts, then
// hands them over sorted, so the same input always gives the same bytes
// whatever order the hashes held it in. Looks nodes up by id in a hash:
// DiagramGraph::node() scans, and builders ask thousands of times.
class DiagramAssembly {
public:
    DiagramAssembly(DiagramView view, const DiagramInput &input, const DiagramOptions &options);

    // Cluster-scoped objects ("") are always in scope.
    bool inScope(const QString &namespaceName) const;
    // The objects of a kind in scope, sorted by key.
    QList<const Kube::ObjectFacts *> objects(DiagramKind kind) const;
    // The pods in scope, in no particular order (sorting 10,000 costs more
    // than all else; callers sort what reaches the output).
    QList<const Kube::PodRecord *> pods() const;

    bool contains(const QString &id) const { return m_index.contains(id); }
    // The first node of an id wins, so a pod or claim reached twice is drawn once.
    bool addNode(DiagramNode node);
    void addEdge(const QString &from, const QString &to, DiagramEdgeKind kind,
        DiagramEdgeState state = DiagramEdgeState::Normal, const QString &label = {});

    // A node for an object that is referenced but not among the facts of its
    // kind: Missing (a dangling reference, edge Broken) only when the kind
    // was read where it would be; Hidden when permissions kept it out of
    // sight; Unknown while the kind loads or after it failed.
    struct Reference {
        QString id;
        DiagramState state;
        DiagramEdgeState edgeState;
    };
    Reference addReference(DiagramKind kind, const QString &namespaceName, const QString &name, int column);
    // A reference to a kind Kaji does not read (a custom resource an HPA scales).
    Reference addUnreadReference(const QString &kind, const QString &namespaceName, const QString &name, int column);

    // Notes for the kinds a view reads that were not fully readable, so a
    // picture with holes says where they are.
    void noteAccess(const QList<DiagramKind> &kinds, bool pods);

    DiagramGraph finish();

private:
    DiagramGraph m_graph;
    const DiagramInput &m_input;
    QSet<QString> m_scope;
    struct EdgeKey {
        QString from;
        QString to;
        DiagramEdgeKind kind;
        bool operator==(const EdgeKey &) const = default;
        friend size_t qHash(const EdgeKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.from, key.to, int(key.kind));
        }
    };

    QHash<QString, qsizetype> m_index;
    QSet<EdgeKey> m_edgeKeys;
};

// The node every object of `kind` starts from: id, names, column, resource, labels.
DiagramNode objectNode(DiagramKind kind, const Kube::ObjectFacts &object, int column);

// The object of `key` ("namespace/name", or "name" when cluster-scoped), or null.
const Kube::ObjectFacts *findObject(const KindFacts &facts, const QString &key);

// What to conclude about an object of a kind that is not among its facts.
DiagramState absentState(const KindFacts &facts, const QString &namespaceName);

} // namespace Kaji::Models
