#pragma once

#include "diagramgraph.h"
#include "diagraminput.h"

// Pure function; any thread (runs on a worker).
namespace Kaji::Models {

// The storage view: StorageClass → PersistentVolume ← PersistentVolumeClaim ←
// Pod, plus StatefulSet → the claims of its volumeClaimTemplates
// ("<template>-<sts>-<ordinal>"; templates whose claims are not all created
// say so in the StatefulSet's details) and generic ephemeral volumes (a pod's
// "<pod>-<volume>" claim). Columns: StorageColumn.
//
// A claim binds its volume by pvc.spec.volumeName and pv.spec.claimRef.uid;
// a mismatch draws a Broken edge. A claim's class: spec.storageClassName,
// the default class when unset, none for "" (static binding only). A pending
// claim says why from its Events (ClaimStates). References to objects that do
// not exist (a claim's StorageClass or volume, a pod's claim, a volume's
// claimRef) are Missing nodes with Broken edges; when the kind could not be
// read they are Hidden or Unknown instead, never Missing.
//
// With options.namespaces set, cluster-scoped objects appear when something
// in those namespaces refers to them (a volume when its claimRef is there).
DiagramGraph buildStorageGraph(const DiagramInput &input, const DiagramOptions &options);

} // namespace Kaji::Models
