#pragma once

#include "clustersnapshot.h"
#include "containerusage.h"
#include "finding.h"

#include "frozenjson.h"

#include <string_view>

// Used by the engine's thread while one diagnosis runs.
namespace Kaji::Models {
class PodConfigMapNames;

// What every rule reads and where it writes; shared helpers turn API fields
// into evidence so all rules quote the cluster the same way.
struct RuleContext {
    const ClusterSnapshot &snapshot;
    const LogReader &logs;
    // Epoch seconds: what "recent" is measured against. Rules compare with
    // it through within(), which tells the incremental diagnosis until when
    // a pod's findings hold.
    qint64 now = 0;
    Findings &findings;

    struct NodeCapacity {
        QString name;
        qint64 cpuMillis;
        qint64 memoryBytes;
        const Json *taints;
        std::string_view nameText; // `name` in the node's document
    };
    QList<NodeCapacity> nodeCapacity; // schedulable nodes, parsed once per run
    bool nodeCapacityKnown = false;
    // Findings by "Kind/namespace/name": workload and Service rules ask
    // about thousands of pods.
    QHash<QString, QList<qsizetype>> findingIndex;
    // Recent usage from metrics.k8s.io; null when none was read. Read it
    // through usage().
    const ContainerUsage *recentUsage = nullptr;
    // The ConfigMaps pods name, kept between runs (PodFindingsCache); null:
    // every pod's spec is read.
    PodConfigMapNames *podConfigMaps = nullptr;

    void add(Finding finding);
    // Whether `epochSecs` lies at most `windowSecs` before now.
    bool within(qint64 epochSecs, qint64 windowSecs) const;
    // The recent usage (may be null); a pod's findings that read it hold
    // for this run only, as usage changes with every reading.
    const ContainerUsage *usage() const;
    // The findings already made about an object (pods are diagnosed first,
    // so workload and Service rules can point at them).
    QList<const Finding *> findingsAbout(const ObjectRef &object) const;
};

// One container of a pod with its spec and status side by side.
struct ContainerView {
    QString name;
    bool init = false;
    const Json *spec = nullptr; // never null
    const Json *status = nullptr; // null before the kubelet reported it
    ObjectRef pod;

    // "status.containerStatuses[orders-api]" / "status.initContainerStatuses[migrate]"
    QString statusPath() const;
    const Json &state(const char *which) const; // "waiting", "running", "terminated"
    const Json &lastTerminated() const;
};

QString metaName(const Json &object);
QString metaNamespace(const Json &object);
// The same as a view into the document: for lookups that make no string.
std::string_view metaNamespaceText(const Json &object);
ObjectRef refOf(const Json &object, const QString &kind);

Evidence statusEvidence(const ObjectRef &object, const QString &fieldPath, const QString &text);
Evidence eventEvidence(const Json &event);
Evidence objectEvidence(const ObjectRef &object, const QString &text);
Evidence logEvidence(const ObjectRef &pod, const QString &container, bool previous, int lineNumber,
                     const QString &text);

// Events about `object` whose reason is one of `reasons` (all when empty),
// newest last.
QList<const Json *> eventsWith(const ClusterSnapshot &snapshot, const ObjectRef &object,
                                         const QStringList &reasons = {});
// The newest matching event whose message contains `needle` (any when empty).
const Json *lastEvent(const ClusterSnapshot &snapshot, const ObjectRef &object, const QStringList &reasons,
                                const QString &needle = {});

// RFC 3339 as the API writes it; 0 when missing or malformed.
qint64 parseApiTime(const QString &text);
// A condition of status.conditions by type, or null.
const Json &conditionOf(const Json &object, const char *type);

// `kubectl` with the object's namespace flag: "kubectl -n shop describe pod/x".
QString kubectlCommand(const ObjectRef &object, const QString &verb, const QString &extra = {});

} // namespace Kaji::Models
