#pragma once

#include "diagramgraph.h"

#include <QByteArray>
#include <QList>

// Pure functions; any thread (the layout worker calls them).
namespace Kaji::Models {

// Graphviz lays a graph out in time that grows much faster than its size, and
// moves every node when one is added: each connected component is laid out
// alone and cached by its structure, and Kaji packs them in this order.

// The connected components (edges taken both ways, and a node with the
// parent it is drawn inside; an edge to an id that is no node is ignored), each as indexes into graph.nodes in
// ascending order. Components are ordered by their namespace (the smallest non-empty one among their nodes; components
// of cluster-scoped objects only come first), then by their first node by column, then name, then id.
QList<QList<int>> diagramComponents(const DiagramGraph &graph);

// A digest (SHA-1, 20 bytes) of what decides one component's layout: its
// nodes' ids, kinds, columns, parents and number of detail lines, and its
// edges (ends and kind). Status, reasons and detail text leave it unchanged,
// so a pod turning ready repaints without a new layout. Independent of the
// order of graph.nodes and graph.edges.
QByteArray componentHash(const DiagramGraph &graph, const QList<int> &component);

} // namespace Kaji::Models
