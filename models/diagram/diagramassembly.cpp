#include "diagramassembly.h"

#include "diagramids.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace Kaji::Models {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::DiagramAssembly)
};

template<typename T> void sortByKey(QList<const T *> &items)
{
    std::sort(items.begin(), items.end(), [](const T *a, const T *b) {
        if (a->namespaceName != b->namespaceName)
            return a->namespaceName < b->namespaceName;
        return a->name < b->name;
    });
}

QString absentReason(DiagramState state, const KindFacts &facts, const QString &resource)
{
    switch (state) {
    case DiagramState::Missing: return Text::tr("Referenced, but does not exist");
    case DiagramState::Hidden: return Text::tr("Your permissions do not allow reading %1").arg(resource);
    default: break;
    }
    if (facts.access == KindAccess::Failed)
        return Text::tr("%1 could not be read: %2").arg(resource, facts.message);
    return Text::tr("%1 not loaded yet").arg(resource);
}

} // namespace

DiagramState absentState(const KindFacts &facts, const QString &namespaceName)
{
    switch (facts.access) {
    case KindAccess::Readable:
        // Listing across namespaces was refused: only the namespaces read
        // can show that something is absent.
        if (!namespaceName.isEmpty() && !facts.narrowedTo.isEmpty() && !facts.narrowedTo.contains(namespaceName))
            return DiagramState::Hidden;
        return DiagramState::Missing;
    case KindAccess::NotServed: return DiagramState::Missing;
    case KindAccess::Forbidden: return DiagramState::Hidden;
    case KindAccess::Loading:
    case KindAccess::Failed: break;
    }
    return DiagramState::Unknown;
}

DiagramNode objectNode(DiagramKind kind, const Kube::ObjectFacts &object, int column)
{
    const DiagramKindInfo &info = diagramKindInfo(kind);
    DiagramNode node;
    node.id = diagramNodeId(info.apiKind, object.namespaceName, object.name);
    node.kind = info.apiKind;
    node.namespaceName = object.namespaceName;
    node.name = object.name;
    node.column = column;
    node.resourceId = info.resourceId();
    node.labels = object.labels;
    return node;
}

const Kube::ObjectFacts *findObject(const KindFacts &facts, const QString &key)
{
    const auto it = facts.objects.constFind(key);
    return it == facts.objects.constEnd() ? nullptr : &it.value();
}

DiagramAssembly::DiagramAssembly(DiagramView view, const DiagramInput &input, const DiagramOptions &options)
    : m_input(input)
    , m_scope(options.namespaces.cbegin(), options.namespaces.cend())
{
    m_graph.view = view;
    // About one node per object: growing a list of 15,000 nodes moves them
    // one by one at each step.
    qsizetype objects = input.pods.size();
    for (const KindFacts &facts : input.kinds)
        objects += facts.objects.size();
    m_graph.nodes.reserve(objects);
    m_graph.edges.reserve(objects);
}

bool DiagramAssembly::inScope(const QString &namespaceName) const
{
    return m_scope.isEmpty() || namespaceName.isEmpty() || m_scope.contains(namespaceName);
}

QList<const Kube::ObjectFacts *> DiagramAssembly::objects(DiagramKind kind) const
{
    QList<const Kube::ObjectFacts *> result;
    const KindFacts &facts = m_input.facts(kind);
    result.reserve(facts.objects.size());
    for (const Kube::ObjectFacts &object : facts.objects) {
        if (inScope(object.namespaceName))
            result.append(&object);
    }
    sortByKey(result);
    return result;
}

QList<const Kube::PodRecord *> DiagramAssembly::pods() const
{
    QList<const Kube::PodRecord *> result;
    result.reserve(m_input.pods.size());
    for (const Kube::PodRecord &pod : m_input.pods) {
        if (inScope(pod.namespaceName))
            result.append(&pod);
    }
    return result;
}

bool DiagramAssembly::addNode(DiagramNode node)
{
    if (m_index.contains(node.id))
        return false;
    m_index.insert(node.id, m_graph.nodes.size());
    m_graph.nodes.append(std::move(node));
    return true;
}

void DiagramAssembly::addEdge(
    const QString &from, const QString &to, DiagramEdgeKind kind, DiagramEdgeState state, const QString &label)
{
    EdgeKey key {from, to, kind};
    if (m_edgeKeys.contains(key))
        return;
    m_edgeKeys.insert(std::move(key));
    m_graph.edges.append({from, to, kind, state, label});
}

DiagramAssembly::Reference DiagramAssembly::addReference(
    DiagramKind kind, const QString &namespaceName, const QString &name, int column)
{
    const DiagramKindInfo &info = diagramKindInfo(kind);
    const KindFacts &facts = m_input.facts(kind);
    const DiagramState state = absentState(facts, namespaceName);
    DiagramNode node;
    // A hidden or unknown object may well exist: it keeps the id it will
    // have once it can be read, so a selection survives.
    node.id = state == DiagramState::Missing ? missingNodeId(info.apiKind, namespaceName, name)
                                             : diagramNodeId(info.apiKind, namespaceName, name);
    node.kind = info.apiKind;
    node.namespaceName = namespaceName;
    node.name = name;
    node.state = state;
    node.reasons = {absentReason(state, facts, info.resource)};
    node.column = column;
    const QString id = node.id;
    addNode(std::move(node));
    return {id, state, state == DiagramState::Missing ? DiagramEdgeState::Broken : DiagramEdgeState::Normal};
}

DiagramAssembly::Reference DiagramAssembly::addUnreadReference(
    const QString &kind, const QString &namespaceName, const QString &name, int column)
{
    DiagramNode node;
    node.id = diagramNodeId(kind, namespaceName, name);
    node.kind = kind;
    node.namespaceName = namespaceName;
    node.name = name;
    node.state = DiagramState::Unknown;
    node.reasons = {Text::tr("Kaji does not read %1 objects").arg(kind)};
    node.column = column;
    const QString id = node.id;
    addNode(std::move(node));
    return {id, DiagramState::Unknown, DiagramEdgeState::Normal};
}

void DiagramAssembly::noteAccess(const QList<DiagramKind> &kinds, bool pods)
{
    struct Entry {
        QString resource;
        KindAccess access;
        QString message;
        QStringList narrowedTo;
    };
    QList<Entry> entries;
    if (pods)
        entries.append({QStringLiteral("pods"), m_input.podAccess, {}, m_input.podsNarrowedTo});
    for (DiagramKind kind : kinds) {
        const KindFacts &facts = m_input.facts(kind);
        entries.append({diagramKindInfo(kind).resource, facts.access, facts.message, facts.narrowedTo});
    }
    QStringList hidden;
    QStringList loading;
    QStringList notServed;
    for (const Entry &entry : std::as_const(entries)) {
        switch (entry.access) {
        case KindAccess::Forbidden: hidden.append(entry.resource); break;
        case KindAccess::Loading: loading.append(entry.resource); break;
        case KindAccess::NotServed: notServed.append(entry.resource); break;
        case KindAccess::Failed:
            m_graph.notes.append(Text::tr("%1 could not be read: %2").arg(entry.resource, entry.message));
            break;
        case KindAccess::Readable:
            if (!entry.narrowedTo.isEmpty()) {
                QStringList namespaces = entry.narrowedTo;
                namespaces.sort();
                m_graph.notes.append(Text::tr("%1 read only in namespaces %2 (permissions)")
                                         .arg(entry.resource, namespaces.join(QStringLiteral(", "))));
            }
            break;
        }
    }
    const QString separator = QStringLiteral(", ");
    if (!hidden.isEmpty())
        m_graph.notes.prepend(Text::tr("Hidden by permissions: %1").arg(hidden.join(separator)));
    if (!loading.isEmpty())
        m_graph.notes.append(Text::tr("Still loading: %1").arg(loading.join(separator)));
    if (!notServed.isEmpty())
        m_graph.notes.append(Text::tr("Not served by this cluster: %1").arg(notServed.join(separator)));
}

DiagramGraph DiagramAssembly::finish()
{
    // Namespaces ranked once: comparing two equal namespace strings per
    // comparison was a third of the sort of 15,000 nodes.
    QHash<QString, int> namespaceRank;
    for (const DiagramNode &node : std::as_const(m_graph.nodes))
        namespaceRank.insert(node.namespaceName, 0);
    QStringList namespaces = namespaceRank.keys();
    std::sort(namespaces.begin(), namespaces.end());
    for (int i = 0; i < namespaces.size(); ++i)
        namespaceRank[namespaces.at(i)] = i;
    QList<std::pair<int, qsizetype>> order;
    order.reserve(m_graph.nodes.size());
    for (qsizetype i = 0; i < m_graph.nodes.size(); ++i)
        order.append({namespaceRank.value(m_graph.nodes.at(i).namespaceName), i});
    std::sort(order.begin(), order.end(), [this](const auto &x, const auto &y) {
        if (x.first != y.first)
            return x.first < y.first;
        const DiagramNode &a = m_graph.nodes.at(x.second);
        const DiagramNode &b = m_graph.nodes.at(y.second);
        if (a.column != b.column)
            return a.column < b.column;
        if (a.name != b.name)
            return a.name < b.name;
        return a.id < b.id;
    });
    QList<DiagramNode> nodes;
    nodes.reserve(order.size());
    QList<qsizetype> position(order.size());
    for (const auto &[rank, i] : std::as_const(order)) {
        position[i] = nodes.size();
        nodes.append(std::move(m_graph.nodes[i]));
    }
    m_graph.nodes = std::move(nodes);
    // Edges follow their ends' order: integers compare faster than ids, and
    // an edge to an id that is no node still sorts by its text, last.
    const qsizetype none = position.size();
    const auto positionOf = [&](const QString &id) {
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? none : position.at(*it);
    };
    QList<std::tuple<qsizetype, qsizetype, int, qsizetype>> edgeOrder;
    edgeOrder.reserve(m_graph.edges.size());
    for (qsizetype i = 0; i < m_graph.edges.size(); ++i) {
        const DiagramEdge &edge = m_graph.edges.at(i);
        edgeOrder.append({positionOf(edge.from), positionOf(edge.to), int(edge.kind), i});
    }
    std::sort(edgeOrder.begin(), edgeOrder.end(), [this, none](const auto &x, const auto &y) {
        if (std::tie(std::get<0>(x), std::get<1>(x), std::get<2>(x))
            != std::tie(std::get<0>(y), std::get<1>(y), std::get<2>(y)))
            return std::tie(std::get<0>(x), std::get<1>(x), std::get<2>(x))
                < std::tie(std::get<0>(y), std::get<1>(y), std::get<2>(y));
        if (std::get<0>(x) != none && std::get<1>(x) != none)
            return false; // the same edge: deduplicated, never two
        const DiagramEdge &a = m_graph.edges.at(std::get<3>(x));
        const DiagramEdge &b = m_graph.edges.at(std::get<3>(y));
        return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    });
    QList<DiagramEdge> edges;
    edges.reserve(edgeOrder.size());
    for (const auto &entry : std::as_const(edgeOrder))
        edges.append(std::move(m_graph.edges[std::get<3>(entry)]));
    m_graph.edges = std::move(edges);
    m_index.clear();
    m_edgeKeys.clear();
    return std::move(m_graph);
}

} // namespace Kaji::Models
