#pragma once

#include "capacitytotals.h"
#include "diagnosis/finding.h"
#include "diagram/diagraminput.h"
#include "objectfacts.h"
#include "podrecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Pure functions over what the stores hold; any thread.
namespace Kaji::Models {

// Whether the objects behind a figure could be read, as their watch says.
struct SourceState {
    KindAccess access = KindAccess::Loading;
    QString message; // the server's words when not readable
    QStringList narrowedTo; // listing across namespaces was refused: only these were read

    bool operator==(const SourceState &) const = default;
};
SourceState sourceStateOf(const KindFacts &facts);

// Nodes by state. A node is counted once in ready / notReady / unknown (its
// Ready condition); cordoned and pressure cut across those.
struct NodeCounts {
    int total = 0;
    int ready = 0;
    int notReady = 0; // Ready=False
    int unknown = 0; // Ready=Unknown or no Ready condition: the kubelet stopped reporting
    int cordoned = 0; // spec.unschedulable
    QStringList notReadyNames; // not ready or unknown
    QStringList cordonedNames;
    QStringList pressure; // "node: MemoryPressure", one per condition that is True
    bool operator==(const NodeCounts &) const = default;
};
NodeCounts countNodes(const QHash<QString, Kube::ObjectFacts> &nodes);

// One workload kind by health: ready (all desired replicas ready, or a Job
// complete), progressing (rolling out, a Job running) or failing (fewer ready
// than desired and not progressing, a Job failed), failing ones named.
struct WorkloadCounts {
    enum class Kind { Deployment, StatefulSet, DaemonSet, Job };
    Kind kind = Kind::Deployment;
    int total = 0;
    int ready = 0;
    int progressing = 0;
    int failing = 0;
    qint64 readyReplicas = 0; // summed (Jobs: succeeded pods)
    qint64 desiredReplicas = 0; // summed (Jobs: completions)
    struct Failing {
        ObjectRef object;
        qint64 ready = 0;
        qint64 desired = 0;
        bool operator==(const Failing &) const = default;
    };
    QList<Failing> failingObjects; // sorted by namespace and name
    bool operator==(const WorkloadCounts &) const = default;
};
WorkloadCounts countWorkloads(WorkloadCounts::Kind kind, const QHash<QString, Kube::ObjectFacts> &objects);

// Pods by phase, and the waiting reasons that need a person.
struct PodCounts {
    int total = 0;
    int running = 0;
    int pending = 0;
    int succeeded = 0;
    int failed = 0;
    int unknown = 0; // phase Unknown or unset
    int crashLoop = 0; // a container waiting in CrashLoopBackOff
    int imagePull = 0; // ErrImagePull, ImagePullBackOff, ...
    qint64 restarts = 0; // summed over pods (the RESTARTS column)
    bool operator==(const PodCounts &) const = default;
};
// The pods by state, and what they hold on each node, in one pass.
struct PodTally {
    PodCounts counts;
    NodeLoads loads;
};
// A few comparisons and a lookup of the node per pod (see PodTallyKeeper
// for the Pods table's tally, kept as its rows change).
PodTally tallyPods(const QList<Kube::SharedRecord<Kube::PodRecord>> &pods);
// One pod counted in (sign 1) or out (-1): a changed pod is its old record
// out, its new one in.
void tallyPod(PodTally &tally, const Kube::PodRecord &pod, int sign = 1);

// A Warning event as the overview lists it, newest first.
struct WarningEvent {
    ObjectRef involved; // kind as the API names it ("Pod")
    QString name; // the Event's metadata.name
    QString reason;
    QString message;
    int count = 1;
    qint64 lastSeenMs = 0; // 0 when the event carries no time
};
// The `limit` most recent Warning events (every one when limit < 0).
QList<WarningEvent> recentWarnings(const QHash<QString, Kube::ObjectFacts> &events, int limit);
// How many of them were last seen at or after `sinceMs`.
int warningsSince(const QHash<QString, Kube::ObjectFacts> &events, qint64 sinceMs);
// When an event (reduced to facts) was last seen: lastTimestamp, then the
// series' or the event's own time, then firstTimestamp, then creation.
qint64 eventLastSeenMs(const Kube::ObjectFacts &event);

} // namespace Kaji::Models
