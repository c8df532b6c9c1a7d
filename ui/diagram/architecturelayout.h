#pragma once

#include "diagram/diagramgraph.h"
#include "diagrampicture.h"

#include <QCoreApplication>

// GUI thread (plain computation, no Graphviz).
namespace Kaji::Ui {

// The architecture view as a grid: one band per section (DiagramNode::column,
// top to bottom), its top-level nodes in rows; a node others name as their
// `parent` becomes a card holding them (a cluster node holding its kubelet
// and container runtime). Sections are titled by what they hold: the
// control plane (a managed one when none of it can be observed), nodes,
// add-ons. Edges are straight, border to border; one that would pass
// through other boxes is drawn only when it carries a problem (a broken
// kubelet connection), not when it restates the structure.
class ArchitectureLayout {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Ui::ArchitectureLayout)
public:
    static DiagramPicture arrange(const Models::DiagramGraph &graph, const DiagramMeasures &measures);
    // The one component everything of this view belongs to.
    static QString componentKey();
};

} // namespace Kaji::Ui
