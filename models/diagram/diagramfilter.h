#pragma once

#include "diagramgraph.h"
#include "diagraminput.h"

// Pure function; any thread.
namespace Kaji::Models {

// What the user narrowed a built graph to, applied in this order:
// 1. kinds: nodes of other kinds go, with their edges (no edge is made up
//    across a removed node);
// 2. label selector (kubectl syntax): nodes whose labels match stay; nodes
//    without labels never match a non-empty selector, and aggregates match
//    on the labels all their pods share. A selector that does not parse
//    filters nothing and adds a note saying why;
// 3. problems only: whole connected components that hold a node with
//    isProblem(state) stay, so a failing pod keeps its owner and claims.
// The filter works on the graph, not on the input: filtering the input would
// make references to the objects it dropped look missing.
DiagramGraph applyFilter(const DiagramGraph &graph, const DiagramFilter &filter);

} // namespace Kaji::Models
