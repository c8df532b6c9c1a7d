#include "diagramarranger.h"

#include "architecturelayout.h"
#include "layoutthread.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Kaji::Ui {
namespace {

constexpr double RankSeparation = 56;
constexpr double LabelRoom = 28; // around an edge label between two columns
constexpr quint64 CacheGenerations = 8; // arranges a layout outlives unused
constexpr qsizetype CacheFloor = 1024; // entries kept regardless of age

// Which connected component each node belongs to: the smallest node index
// in it (graph order), so components come out in the graph's stable order.
std::vector<int> componentRoots(const Models::DiagramGraph &graph, const QHash<QString, int> &index)
{
    std::vector<int> root(graph.nodes.size());
    std::iota(root.begin(), root.end(), 0);
    const auto find = [&root](int i) {
        while (root[i] != i)
            i = root[i] = root[root[i]];
        return i;
    };
    for (const Models::DiagramEdge &edge : graph.edges) {
        const int from = index.value(edge.from, -1);
        const int to = index.value(edge.to, -1);
        if (from < 0 || to < 0)
            continue;
        const int a = find(from);
        const int b = find(to);
        if (a != b)
            root[std::max(a, b)] = std::min(a, b);
    }
    for (int i = 0; i < int(root.size()); ++i)
        root[i] = find(i);
    return root;
}

} // namespace

DiagramPicture DiagramArranger::arrange(const Models::DiagramGraph &graph, const DiagramMeasures &measures)
{
    if (graph.view == Models::DiagramView::Architecture)
        return ArchitectureLayout::arrange(graph, measures);
    const QList<Component> components = componentsOf(graph, measures);
    const QList<ComponentInput> missing = uncached(components);
    if (!missing.isEmpty()) {
        QFuture<QList<ComponentLayout>> future = LayoutThread::instance().layOut(missing);
        future.waitForFinished();
        if (future.resultCount() > 0)
            remember(missing, future.result());
    }
    return compose(graph, components);
}

QList<DiagramArranger::Component> DiagramArranger::componentsOf(
    const Models::DiagramGraph &graph, const DiagramMeasures &measures) const
{
    QHash<QString, int> index;
    index.reserve(graph.nodes.size());
    for (int i = 0; i < graph.nodes.size(); ++i)
        index.insert(graph.nodes[i].id, i);
    const std::vector<int> roots = componentRoots(graph, index);

    QList<Component> components;
    QHash<int, int> componentOfRoot;
    QHash<int, int> localIndex; // node index → its box in its component
    for (int i = 0; i < graph.nodes.size(); ++i) {
        auto it = componentOfRoot.constFind(roots[i]);
        if (it == componentOfRoot.constEnd()) {
            it = componentOfRoot.insert(roots[i], int(components.size()));
            Component added;
            added.key = graph.nodes[i].id;
            added.input.rankSeparation = RankSeparation;
            components.append(added);
        }
        const Models::DiagramNode &node = graph.nodes[i];
        Component &component = components[it.value()];
        localIndex.insert(i, int(component.nodes.size()));
        component.nodes.append(i);
        component.input.boxes.append({ node.id, measures.nodes.value(node.id, QSizeF(160, 48)), node.column });
    }
    for (int e = 0; e < graph.edges.size(); ++e) {
        const Models::DiagramEdge &edge = graph.edges[e];
        const int from = index.value(edge.from, -1);
        const int to = index.value(edge.to, -1);
        if (from < 0 || to < 0)
            continue;
        Component &component = components[componentOfRoot.value(roots[from])];
        component.edges.append(e);
        component.input.links.append({ localIndex.value(from), localIndex.value(to) });
        const double label = measures.labelWidths.value(e);
        if (label > 0)
            component.input.rankSeparation = std::max(component.input.rankSeparation, label + LabelRoom);
    }
    for (Component &component : components)
        component.hash = component.input.structuralHash();
    return components;
}

const ComponentLayout *DiagramArranger::cached(const Component &component) const
{
    const auto entry = m_cache.constFind(component.hash);
    return entry != m_cache.constEnd() && entry->input == component.input ? &entry->layout : nullptr;
}

QList<ComponentInput> DiagramArranger::uncached(const QList<Component> &components) const
{
    QList<ComponentInput> inputs;
    QSet<size_t> asked;
    for (const Component &component : components) {
        if (!cached(component) && !asked.contains(component.hash)) {
            asked.insert(component.hash);
            inputs.append(component.input);
        }
    }
    return inputs;
}

void DiagramArranger::remember(const QList<ComponentInput> &inputs, const QList<ComponentLayout> &layouts)
{
    for (qsizetype i = 0; i < inputs.size() && i < layouts.size(); ++i)
        m_cache.insert(inputs[i].structuralHash(), CacheEntry { inputs[i], layouts[i], m_use });
}

DiagramPicture DiagramArranger::compose(const Models::DiagramGraph &graph, const QList<Component> &components)
{
    ++m_use;
    QList<ComponentLayout> layouts;
    QList<ComponentPacker::Item> items;
    for (const Component &component : components) {
        const ComponentLayout *layout = cached(component);
        // Only when the layout thread was stopped (the application quits).
        layouts.append(layout ? *layout : plainLayout(component.input));
        if (layout)
            m_cache[component.hash].lastUsed = m_use;
        items.append({ component.key, layouts.constLast().size });
    }
    const QHash<QString, QPointF> places = m_packer.place(items);

    DiagramPicture picture;
    picture.edges.resize(graph.edges.size());
    for (qsizetype c = 0; c < components.size(); ++c) {
        const Component &component = components[c];
        const ComponentLayout &layout = layouts[c];
        picture.components.insert(component.key, places.value(component.key));
        if (!layout.error.isEmpty())
            picture.errors.append(layout.error);
        for (qsizetype b = 0; b < component.nodes.size(); ++b) {
            const QSizeF size = component.input.boxes[b].size;
            const QPointF centre = layout.centres.value(b);
            picture.nodes.insert(graph.nodes[component.nodes[b]].id,
                { component.key, QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size) });
        }
        for (qsizetype l = 0; l < component.edges.size(); ++l) {
            const EdgeRoute route = layout.routes.value(l);
            DiagramPicture::Edge &edge = picture.edges[component.edges[l]];
            edge.component = component.key;
            edge.path = route.path;
            edge.hasArrow = route.hasArrow;
            edge.arrowBase = route.arrowBase;
            edge.arrowTip = route.arrowTip;
            edge.labelAt = route.path.isEmpty() ? QPointF() : route.path.pointAtPercent(0.5);
        }
    }
    if (m_cache.size() > CacheFloor) {
        m_cache.removeIf([this](const auto &entry) { return entry.value().lastUsed + CacheGenerations < m_use; });
    }
    return picture;
}

} // namespace Kaji::Ui
