#pragma once

#include "diagramgraph.h"
#include "diagraminput.h"

// Pure function; any thread (a worker builds it, the GUI thread draws it).
namespace Kaji::Models {

// Ingress → Service → EndpointSlice → Pod: who reaches what, and where a
// route or a selector leads nowhere. Pods are joined to slices by
// endpoints[].targetRef.uid, slices to Services by the label
// kubernetes.io/service-name; a Service's problems (a selector matching no
// pod, pods none of which is ready, a named targetPort no pod declares, a
// LoadBalancer without an address) are its reasons.
DiagramGraph buildNetworkGraph(const DiagramInput &input, const DiagramOptions &options);

} // namespace Kaji::Models
