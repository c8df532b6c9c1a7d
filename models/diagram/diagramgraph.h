#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Plain values; any thread (built on a worker, drawn on the GUI thread).
namespace Kaji::Models {

enum class DiagramView { Architecture, Workloads, Storage, Network };

// What a node's state means; colours and icons are the view's business.
// The last four are not failures: they say what Kaji could not see, and why.
enum class DiagramState {
    Ok,
    Progressing, // rolling out, pending for a normal reason (WaitForFirstConsumer), starting
    Warning, // degraded: not all ready, released volume, stale lease
    Failed, // crash loop, failed volume, a Service that reaches no pod
    Finished, // completed Job or pod: done, not broken
    Missing, // referenced but absent: a dangling reference, drawn, never left out
    Hidden, // RBAC does not let this user read it ("hidden by permissions")
    NotObservable, // a managed control plane keeps it out of sight
    NotDetected, // looked for and not found, e.g. kube-proxy replaced by a CNI
    Unknown, // not read yet
};

enum class DiagramEdgeKind {
    Owns, // controller → what it created (Deployment → ReplicaSet → Pod, Job → Pod)
    Scales, // HPA → its target
    Routes, // Ingress → Service, Service → EndpointSlice
    Targets, // EndpointSlice → Pod (by targetRef.uid)
    Claims, // Pod/StatefulSet → PVC
    Binds, // PVC → PV
    Provisions, // StorageClass → PV/PVC
    Uses, // Ingress → IngressClass, Ingress → TLS Secret
    Talks, // architecture: a component → the API server, API server → etcd
};

// Edge states say whether traffic or a binding works; Normal for structure.
enum class DiagramEdgeState { Normal, Ready, ServingNotReady, Terminating, Broken };

struct DiagramNode {
    // Stable across updates: "Kind/namespace/name" for objects, "missing:…"
    // for dangling references, "pods:<owner id>" for an aggregate.
    QString id;
    QString kind; // API kind ("Deployment") or a component ("Kubelet", "ContainerRuntime", "Etcd", …)
    QString namespaceName;
    QString name;
    QStringList details; // short lines under the name: "3/3 ready", "10Gi RWO", "containerd 2.1.4"
    DiagramState state = DiagramState::Ok;
    QStringList reasons; // why it is not Ok, for the user (translated)
    QString explanation; // architecture: what it does and what breaks when it fails (translated)
    int column = 0; // kinds form columns, left to right
    QString parent; // architecture: the card this component is drawn inside (a node's kubelet)
    // The object behind it, for the details panel; empty for components
    // that are no API object and for missing ones.
    QString resourceId; // "deployments.apps", "pods", ...
    // The object's labels, for the label filter (applyFilter): filtering the
    // built graph, not the input, keeps references to unlabelled objects from
    // turning into false "missing" nodes. An aggregate holds the labels all
    // its members share.
    QList<std::pair<QString, QString>> labels;
    // An aggregate stands for many pods: counts per state and the members'
    // names (expanding it shows them). Nothing is dropped silently.
    bool aggregate = false;
    QList<std::pair<DiagramState, int>> counts;
    QStringList members;
    // Worst severity of the diagnosis findings about it (Severity as int), -1 none.
    int findingSeverity = -1;
    QString findingText;

    bool operator==(const DiagramNode &) const = default;
};

struct DiagramEdge {
    QString from;
    QString to;
    DiagramEdgeKind kind = DiagramEdgeKind::Owns;
    DiagramEdgeState state = DiagramEdgeState::Normal;
    QString label; // "80 → http", "/api", "RWO"

    bool operator==(const DiagramEdge &) const = default;
};

struct DiagramGraph {
    DiagramView view = DiagramView::Workloads;
    QList<DiagramNode> nodes; // in a stable order: namespace, column, name
    QList<DiagramEdge> edges;
    // What the reader must know about the whole picture: kinds hidden by
    // permissions, namespaces narrowed to, kinds the server does not serve.
    QStringList notes;

    const DiagramNode *node(const QString &id) const;
    bool operator==(const DiagramGraph &) const = default;
};

// Stable names for JSON, dot and scripts: "ok", "missing", "hidden", ...
QString diagramStateName(DiagramState state);
QString diagramViewName(DiagramView view); // "architecture", "workloads", "storage", "network"
QString diagramEdgeKindName(DiagramEdgeKind kind);
QString diagramEdgeStateName(DiagramEdgeState state);
// Translated, for legends and tooltips.
QString diagramStateLabel(DiagramState state);
// True for states that deserve attention ("problems only" keeps them).
bool isProblem(DiagramState state);

} // namespace Kaji::Models

Q_DECLARE_METATYPE(Kaji::Models::DiagramGraph)
