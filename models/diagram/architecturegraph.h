#pragma once

#include "diagramgraph.h"
#include "diagraminput.h"

// Pure function; any thread (a worker builds it, the GUI thread draws it).
namespace Kaji::Models {

// The cluster as its parts: the control plane (column 0: API server
// instances, version and readyz checks, etcd, the scheduler and controller
// manager by their leader Leases, control-plane mirror pods), one card per
// node with its kubelet and container runtime inside (column 1; `parent`
// names the card), and the add-ons kube-proxy and cluster DNS (column 2).
// The view lays it out as a grid. What a managed control plane keeps out of
// sight is NotObservable inside a "managed control plane" card, what RBAC
// hides is Hidden: neither is ever drawn as missing or failed.
DiagramGraph buildArchitectureGraph(const DiagramInput &input, const DiagramOptions &options);

} // namespace Kaji::Models
