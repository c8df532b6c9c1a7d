#pragma once

#include "diagramgraph.h"

#include <QString>

#include <nlohmann/json.hpp>

// Pure functions; any thread (`kaji diagram -o json|dot`).
namespace Kaji::Models {

// {"view", "nodes": [{id, kind, namespace, name, column, details, state,
// reasons, resourceId, labels, [explanation], [parent], [aggregate: {counts:
// {state: n}, members}], [finding: {severity, text}]}], "edges": [{from, to,
// kind, state, label}], "notes"}. States and kinds by their stable names.
// Keys sorted, graph order kept: the same graph gives the same bytes.
nlohmann::json diagramToJson(const DiagramGraph &graph);

// A Graphviz digraph, left to right, a rank per column: labels are the name
// and the detail lines; kind, namespace and state (and edge kind, state)
// are attributes for scripts and stylesheets. Every string is quoted and
// escaped, so no name can break the syntax.
QString diagramToDot(const DiagramGraph &graph);

} // namespace Kaji::Models
