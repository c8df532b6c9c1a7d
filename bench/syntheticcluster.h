#pragma once

#include "diagram/diagraminput.h"

// A cluster's worth of diagram input without a cluster: `namespaces`
// namespaces, each with Deployments (a ReplicaSet, pods, a Service and its
// EndpointSlice each) and a StatefulSet with claims bound to volumes of one
// StorageClass, `podsPerNamespace` pods in all per namespace. Objects go
// through the same pruning (objectFactsFromJson) and pod reader as live ones.
Kaji::Models::DiagramInput syntheticCluster(int namespaces, int podsPerNamespace, qint64 nowEpochSecs);

// Changes the state of `count` pods (round robin from `start`): running ↔
// crash-looping, as churn on a live cluster would.
void churnPods(Kaji::Models::DiagramInput &input, int start, int count);
