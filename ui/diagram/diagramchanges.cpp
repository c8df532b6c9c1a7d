#include "diagramchanges.h"

#include <QHash>
#include <QSet>

namespace Kaji::Ui {
namespace {

QStringList kindsOf(const Models::DiagramGraph &graph)
{
    QStringList kinds;
    QSet<QString> seen;
    for (const Models::DiagramNode &node : graph.nodes) {
        if (!seen.contains(node.kind)) {
            seen.insert(node.kind);
            kinds.append(node.kind);
        }
    }
    return kinds;
}

bool sameRoute(const DiagramPicture::Edge &a, const DiagramPicture::Edge &b)
{
    return a.component == b.component && a.hasArrow == b.hasArrow && a.arrowBase == b.arrowBase
        && a.arrowTip == b.arrowTip && a.labelAt == b.labelAt && a.path == b.path;
}

} // namespace

QStringList diagramEdgeKeys(const Models::DiagramGraph &graph)
{
    QStringList keys;
    keys.reserve(graph.edges.size());
    QHash<QString, int> seen;
    for (const Models::DiagramEdge &edge : graph.edges) {
        QString key = edge.from + u'\n' + edge.to + u'\n' + Models::diagramEdgeKindName(edge.kind);
        const int repeat = seen[key]++;
        if (repeat > 0)
            key += u'#' + QString::number(repeat);
        keys.append(key);
    }
    return keys;
}

DiagramChanges completeChanges(const Models::DiagramGraph &graph, const DiagramPicture &picture)
{
    DiagramChanges changes;
    changes.bounds = picture.bounds();
    changes.kinds = kindsOf(graph);
    return changes;
}

DiagramChanges diagramChanges(const Models::DiagramGraph &shownGraph, const DiagramPicture &shownPicture,
    const Models::DiagramGraph &graph, const DiagramPicture &picture)
{
    DiagramChanges changes = completeChanges(graph, picture);
    changes.complete = false;

    QHash<QString, const Models::DiagramNode *> shownNodes;
    shownNodes.reserve(shownGraph.nodes.size());
    for (const Models::DiagramNode &node : shownGraph.nodes)
        shownNodes.insert(node.id, &node);
    QSet<QString> present;
    present.reserve(graph.nodes.size());
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const Models::DiagramNode &node = graph.nodes[i];
        present.insert(node.id);
        const Models::DiagramNode *before = shownNodes.value(node.id);
        const auto placed = picture.nodes.constFind(node.id);
        const auto placedBefore = shownPicture.nodes.constFind(node.id);
        const bool samePlace = placed != picture.nodes.constEnd() && placedBefore != shownPicture.nodes.constEnd()
            && placed->component == placedBefore->component && placed->rect == placedBefore->rect
            && placed->card == placedBefore->card;
        if (!before || !samePlace || !(*before == node))
            changes.nodes.append(i);
    }
    for (const Models::DiagramNode &node : shownGraph.nodes) {
        if (!present.contains(node.id))
            changes.removedNodes.append(node.id);
    }

    const QStringList shownKeys = diagramEdgeKeys(shownGraph);
    QHash<QString, int> shownEdges;
    shownEdges.reserve(shownKeys.size());
    for (int e = 0; e < shownKeys.size(); ++e)
        shownEdges.insert(shownKeys[e], e);
    const QStringList keys = diagramEdgeKeys(graph);
    QSet<QString> kept;
    for (int e = 0; e < keys.size(); ++e) {
        kept.insert(keys[e]);
        const int before = shownEdges.value(keys[e], -1);
        const bool same = before >= 0 && before < shownPicture.edges.size() && e < picture.edges.size()
            && shownGraph.edges[before] == graph.edges[e] && sameRoute(shownPicture.edges[before], picture.edges[e]);
        if (!same)
            changes.edges.append({ e, keys[e] });
    }
    for (const QString &key : shownKeys) {
        if (!kept.contains(key))
            changes.removedEdges.append(key);
    }

    changes.frames = picture.frames.size() != shownPicture.frames.size();
    for (qsizetype f = 0; !changes.frames && f < picture.frames.size(); ++f) {
        const DiagramPicture::Frame &a = picture.frames[f];
        const DiagramPicture::Frame &b = shownPicture.frames[f];
        changes.frames = a.rect != b.rect || a.title != b.title || a.subtitle != b.subtitle
            || a.unobservable != b.unobservable;
    }
    return changes;
}

} // namespace Kaji::Ui
