#pragma once

#include "diagramgraph.h"
#include "diagraminput.h"
#include "findingbadges.h"

// Pure functions; any thread (the GUI builds on the thread pool, the
// command line on its main thread).
namespace Kaji::Models {

// The graph of one view, filtered as the user asked. Keys the input's pod
// list first when it has not been keyed yet (that work stays off the GUI thread).
DiagramGraph buildDiagram(DiagramView view, DiagramInput input, const DiagramOptions &options,
                          const DiagramFilter &filter = {});
// Marks each node that the latest diagnosis has findings about.
void markFindings(DiagramGraph &graph, const FindingBadges::Table &badges);

} // namespace Kaji::Models
