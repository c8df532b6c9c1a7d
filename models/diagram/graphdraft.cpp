#include "graphdraft.h"

#include "diagramids.h"

#include <algorithm>
#include <vector>

namespace Kaji::Models {

GraphDraft::GraphDraft(DiagramView view)
{
    m_graph.view = view;
}

DiagramNode &GraphDraft::addNode(DiagramNode node)
{
    if (DiagramNode *existing = m_byId.value(node.id))
        return *existing;
    DiagramNode &stored = m_nodes.emplace_back(std::move(node));
    m_byId.insert(stored.id, &stored);
    return stored;
}

QString GraphDraft::addReference(const DiagramNode &node)
{
    DiagramNode &stored = addNode(node);
    for (const QString &reason : node.reasons)
        raiseState(stored, node.state, reason);
    return stored.id;
}

DiagramNode *GraphDraft::find(const QString &id)
{
    return m_byId.value(id);
}

void GraphDraft::addEdge(DiagramEdge edge)
{
    // A set of keys, not QList::contains: a network graph has thousands of edges.
    const QString key = edge.from + u'\n' + edge.to + u'\n' + QString::number(int(edge.kind)) + u'\n'
        + QString::number(int(edge.state)) + u'\n' + edge.label;
    if (m_edgeKeys.contains(key))
        return;
    m_edgeKeys.insert(key);
    m_graph.edges.append(std::move(edge));
}

void GraphDraft::addNote(const QString &note)
{
    if (!note.isEmpty() && !m_graph.notes.contains(note))
        m_graph.notes.append(note);
}

DiagramGraph GraphDraft::take()
{
    // Sorting pointers, then moving each node once, is cheaper than swapping
    // nodes of a dozen strings each through the sort.
    std::vector<DiagramNode *> order;
    order.reserve(m_nodes.size());
    for (DiagramNode &node : m_nodes)
        order.push_back(&node);
    std::sort(order.begin(), order.end(), [](const DiagramNode *a, const DiagramNode *b) {
        return std::tie(a->namespaceName, a->column, a->name, a->kind, a->id)
            < std::tie(b->namespaceName, b->column, b->name, b->kind, b->id);
    });
    m_graph.nodes.reserve(qsizetype(order.size()));
    for (DiagramNode *node : order)
        m_graph.nodes.append(std::move(*node));
    m_nodes.clear();
    m_byId.clear();
    m_edgeKeys.clear();
    std::sort(m_graph.edges.begin(), m_graph.edges.end(), [](const DiagramEdge &a, const DiagramEdge &b) {
        return std::tie(a.from, a.to, a.kind, a.label, a.state) < std::tie(b.from, b.to, b.kind, b.label, b.state);
    });
    return std::move(m_graph);
}

DiagramNode diagramNode(const QString &kind, const QString &namespaceName, const QString &name, int column,
                        const QString &resourceId)
{
    DiagramNode node;
    node.id = diagramNodeId(kind, namespaceName, name);
    node.kind = kind;
    node.namespaceName = namespaceName;
    node.name = name;
    node.column = column;
    node.resourceId = resourceId;
    return node;
}

int severityOf(DiagramState state)
{
    switch (state) {
    case DiagramState::Failed:
    case DiagramState::Missing: return 3;
    case DiagramState::Warning: return 2;
    case DiagramState::Progressing:
    case DiagramState::Unknown: return 1;
    case DiagramState::Ok:
    case DiagramState::Finished:
    case DiagramState::Hidden:
    case DiagramState::NotObservable:
    case DiagramState::NotDetected: return 0;
    }
    return 0;
}

void raiseState(DiagramNode &node, DiagramState state, const QString &reason)
{
    if (severityOf(state) > severityOf(node.state))
        node.state = state;
    if (!reason.isEmpty() && !node.reasons.contains(reason))
        node.reasons.append(reason);
}

} // namespace Kaji::Models
