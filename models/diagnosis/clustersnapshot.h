#pragma once

#include "frozenjson.h"
#include "snapshottable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

// Built on one thread, then read-only: safe to share with a worker.
namespace Kaji::Models {

// The objects diagnosis reads, as the API returns them, frozen (FrozenJson:
// a fifth of the memory of a nlohmann::json tree). Secrets and
// ConfigMaps carry keys only: their `data` maps hold null values (the loader
// drops the values as they arrive, so no secret stays in memory).
class ClusterSnapshot {
public:
    // Plural resource names, as in API paths; also the keys of fromJson().
    enum Kind {
        Pods, Events, Services, EndpointSlices, Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs,
        CronJobs, PersistentVolumeClaims, PersistentVolumes, StorageClasses, Nodes, Secrets, ConfigMaps,
        Ingresses, IngressClasses, HorizontalPodAutoscalers, PodDisruptionBudgets, CsiDrivers,
        ValidatingWebhooks, MutatingWebhooks, KindCount
    };
    static const char *resourceName(Kind kind);

    ClusterSnapshot() = default;
    // {"pods": [...], "events": [...], ...}; absent kinds count as not read.
    static ClusterSnapshot fromJson(const nlohmann::json &document);

    void setItems(Kind kind, std::vector<FrozenJson> items);
    void setItems(Kind kind, const std::vector<nlohmann::json> &items);
    // A table made for an earlier snapshot, shared with it (DiagnosisMirror).
    void setTable(Kind kind, std::shared_ptr<const SnapshotTable> table);
    // How a kind's table is indexed.
    static SnapshotTable::Indexes indexesOf(Kind kind);
    // A kind the loader could not read (forbidden, not served): rules that
    // need it say so instead of concluding from its absence.
    void markUnavailable(Kind kind) { m_available[kind] = false; }
    bool isAvailable(Kind kind) const;
    // The revision of the kind's table (SnapshotTable::revision), 0 without
    // one; not a read the log records.
    quint64 revisionOf(Kind kind) const { return m_tables[kind] ? m_tables[kind]->revision() : 0; }

    // The lookups below tell the read log recording on this thread what they
    // read (SnapshotReadLog), so a pod's diagnosis can be reused while none
    // of it changed.
    const std::vector<FrozenJson> &items(Kind kind) const;
    // The requests of the pods on each node (SnapshotTable::requestedByNode):
    // a read of every pod, as items(Pods).
    const NodeRequests &requestedByNode() const;
    const Json *find(Kind kind, const QString &namespaceName, const QString &name) const;
    // Events about an object, oldest first (by last timestamp).
    QList<const Json *> eventsFor(const QString &kind, const QString &namespaceName,
                                            const QString &name) const;
    // Pods whose labels match a selector map (Service spec.selector style).
    QList<const Json *> podsMatching(const QString &namespaceName, const Json &selector) const;
    // Pods controlled by an object (ownerReferences with controller=true).
    QList<const Json *> podsOwnedBy(const QString &ownerKind, const QString &namespaceName,
                                              const QString &ownerName) const;
    // Ready endpoints of a Service across its EndpointSlices (an endpoint
    // without a "ready" condition counts as ready, as the API documents);
    // -1 when the slices could not be read, or none exist for it yet.
    int readyEndpoints(const QString &namespaceName, const QString &service) const;
    QList<const Json *> ownedBy(Kind kind, const QString &ownerKind, const QString &namespaceName,
                                          const QString &ownerName) const;

    using TextKey = SnapshotTextKey;

private:
    QList<const Json *> documents(Kind kind, const QList<int> &indexes) const;

    std::shared_ptr<const SnapshotTable> m_tables[KindCount]; // null: no items
    bool m_available[KindCount] = {};
};

// Reads a container's log tail: previous=true for the instance that ended.
// Returns nothing when the log is not available.
using LogReader = std::function<std::optional<QStringList>(const QString &namespaceName, const QString &pod,
                                                           const QString &container, bool previous)>;

// Selector helpers shared by the rules.
bool labelsMatch(const Json &labels, const Json &selectorMap);
// A LabelSelector (matchLabels + matchExpressions).
bool labelSelectorMatches(const Json &labels, const Json &selector);

} // namespace Kaji::Models
