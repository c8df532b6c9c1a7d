#pragma once

#include "diagramgraph.h"

#include <QHash>
#include <QSet>

#include <deque>

// Used by one graph builder at a time, on whatever thread builds the graph.
namespace Kaji::Models {

// Collects a graph's nodes, edges and notes once each and hands them out
// sorted, so the same input gives the same graph byte for byte, whatever
// order the input's hashes were walked in. A node reached twice (a pod behind
// two Services, a missing Service named by two Ingresses) is one node.
class GraphDraft {
public:
    explicit GraphDraft(DiagramView view);

    // The node with node.id; `node` is taken only if there is none yet. The
    // reference stays valid while the assembly lives.
    DiagramNode &addNode(DiagramNode node);
    // A node several objects refer to (a missing Service two Ingresses
    // name): the first is kept, and each later one's reasons are added.
    QString addReference(const DiagramNode &node);
    DiagramNode *find(const QString &id);
    void addEdge(DiagramEdge edge); // an identical edge is kept once
    void addNote(const QString &note);
    // Nodes by namespace, column, name (then kind and id); edges by their ends.
    DiagramGraph take();

private:
    DiagramGraph m_graph;
    std::deque<DiagramNode> m_nodes;
    QHash<QString, DiagramNode *> m_byId;
    QSet<QString> m_edgeKeys;
};

// A node for an object or a component, its id made of kind, namespace and name.
DiagramNode diagramNode(const QString &kind, const QString &namespaceName, const QString &name, int column,
                        const QString &resourceId = {});

// How bad a state is, for keeping the worst of several; the states that say
// what could not be seen rank with Ok, as they are no fault.
int severityOf(DiagramState state);
// Makes `node` at least as bad as `state` and says why.
void raiseState(DiagramNode &node, DiagramState state, const QString &reason);

} // namespace Kaji::Models
