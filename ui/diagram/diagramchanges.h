#pragma once

#include "diagram/diagramgraph.h"
#include "diagrampicture.h"

#include <QList>
#include <QMetaType>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <utility>

// Plain values; made on the layouter's worker, read by DiagramScene on the
// GUI thread.
namespace Kaji::Ui {

// What differs between the picture a scene shows and the next one, worked
// out off the GUI thread so that an update under churn touches only the
// items that changed: at 10,000 pods a status change of a few hundred must
// not walk every item on the GUI thread.
struct DiagramChanges {
    // Nothing shown to compare with (the first picture, a cleared scene):
    // the scene builds every item; the lists below are then empty.
    bool complete = true;
    QList<int> nodes; // indexes into the graph's nodes: new, or drawn differently
    QStringList removedNodes; // ids
    QList<std::pair<int, QString>> edges; // (index into the graph's edges, key): new or changed
    QStringList removedEdges; // keys
    bool frames = true; // the architecture's section frames differ
    QRectF bounds; // the picture's, so the GUI thread need not add it up
    QStringList kinds; // the kinds in the graph, once each, for the filter
};

// An edge's identity across updates: its ends and kind, and for repeats of
// the same triple their order ("#1", "#2").
QStringList diagramEdgeKeys(const Models::DiagramGraph &graph);

// Everything is new: for a scene that shows nothing yet.
DiagramChanges completeChanges(const Models::DiagramGraph &graph, const DiagramPicture &picture);

// What turns (`shownGraph`, `shownPicture`) into (`graph`, `picture`).
DiagramChanges diagramChanges(const Models::DiagramGraph &shownGraph, const DiagramPicture &shownPicture,
    const Models::DiagramGraph &graph, const DiagramPicture &picture);

} // namespace Kaji::Ui

Q_DECLARE_METATYPE(Kaji::Ui::DiagramChanges)
