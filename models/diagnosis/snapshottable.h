#pragma once

#include "frozenjson.h"
#include "podrequests.h"

#include <QHash>
#include <QList>

#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Built on one thread; once in a ClusterSnapshot, read-only and shareable
// with a worker. Only its sole holder may change it (put, remove).
namespace Kaji::Models {

// Up to three names as the documents hold them: views into the text of the
// items, so indexing converts and allocates no name (20,000 pods,
// kaji_bench_diagnosis: 65 -> 29 ms of CPU).
struct SnapshotTextKey {
    std::string_view kind, namespaceName, name;
    bool operator==(const SnapshotTextKey &other) const = default;
};
size_t qHash(const SnapshotTextKey &key, size_t seed = 0) noexcept;

// One kind's objects in a snapshot and the indexes its lookups use. Every
// copy of a snapshot shares its tables, and a kind that did not change
// between two runs keeps its table. The pods' table changes in place
// instead of being built anew: at 100,000 pods the build hashed every pod
// in each run, though a CronJob had changed two of them.
//
// Indexes hold positions in items(). Removing an object moves the last one
// into its place, so the order of items() is the order of arrival, not
// the API's; lookups that return several objects sort them by name.
class SnapshotTable {
public:
    enum class Indexes : quint8 {
        Common, // by name, and by controller (ownerReferences)
        Pods, // also by namespace
        Events, // also by the object they are about, oldest first
    };
    SnapshotTable(Indexes indexes, std::vector<FrozenJson> items);

    const std::vector<FrozenJson> &items() const { return m_items; }
    // Changes with every change of the table and differs between tables, so
    // equal revisions mean the same objects. A rule that read every object
    // of a kind is judged by it instead of by a hash over all of them (a
    // pass over every pod in each run while a pod is pending).
    quint64 revision() const { return m_revision; }
    // By {"", namespace, name}; -1 when not held.
    int indexOf(const SnapshotTextKey &namespacedName) const;
    // Objects controlled by {OwnerKind, namespace, owner}.
    QList<int> ownedBy(const SnapshotTextKey &owner) const;
    // Pods of a namespace (Indexes::Pods).
    QList<int> inNamespace(std::string_view namespaceName) const;
    // Events about {Kind, namespace, name}, oldest first (Indexes::Events).
    QList<int> eventsAbout(const SnapshotTextKey &object) const;
    // Pods of a namespace with the label key=value (Indexes::Pods), in no
    // order. Indexed for a namespace when first asked: a Service's selector
    // then costs the pods it matches, not a look at every pod of its
    // namespace (4,000 Services over 20,000 pods: most of a run's time).
    // Asking changes nothing a reader sees; any thread may.
    QList<int> withLabel(std::string_view namespaceName, std::string_view key, std::string_view value) const;

    // The requests of the pods on each node (Indexes::Pods). Summed when
    // first asked, then kept as pods are put and removed: while a pod is
    // pending, each run read every pod's spec for these sums. Any thread may
    // ask; the reference stays valid while the table lives.
    const NodeRequests &requestedByNode() const;

    // Changes, for a table nothing else holds: `item` replaces the object
    // of the same namespace and name, or is added.
    void put(FrozenJson item);
    // Returns whether an object of that name was held.
    bool remove(std::string_view namespaceName, std::string_view name);

private:
    // A posting list's key views the text of `anchor`, which it keeps alive
    // while the objects that made it come and go.
    struct Postings {
        QList<int> indexes;
        FrozenJson anchor;
    };
    void indexAt(int i);
    void unindexAt(int i);
    void sortByName(QList<int> &indexes) const;
    bool eventBefore(int a, int b) const;
    static Postings &postingsFor(QHash<SnapshotTextKey, Postings> &index, const SnapshotTextKey &key,
                                 const FrozenJson &anchor);
    static void dropPosting(QHash<SnapshotTextKey, Postings> &index, const SnapshotTextKey &key, int i);
    // A namespace's pods by {key, value, ""} of their labels; keys view the
    // documents, so the whole index goes with any change (put, remove).
    using LabelIndex = QHash<SnapshotTextKey, QList<int>>;
    const LabelIndex &labelIndexOf(std::string_view namespaceName) const;

    static quint64 nextRevision();

    Indexes m_indexes;
    quint64 m_revision = nextRevision();
    std::vector<FrozenJson> m_items;
    QHash<SnapshotTextKey, int> m_byName; // {"", namespace, name}
    QHash<SnapshotTextKey, Postings> m_byOwner; // {OwnerKind, namespace, owner}
    // {"", namespace, ""}: pods. A pod's place in its namespace's list is
    // kept, so that one goes in constant time: a namespace may hold 100,000.
    QHash<SnapshotTextKey, Postings> m_byNamespace;
    std::vector<int> m_namespaceSlot;
    QHash<SnapshotTextKey, Postings> m_eventsByObject; // {Kind, namespace, name}: events, oldest first
    // For what is made when first asked: readers of a shared table may ask at once.
    mutable std::mutex m_lazyMutex;
    mutable QHash<std::string, LabelIndex> m_labelsByNamespace;
    mutable std::optional<NodeRequests> m_nodeRequests;
};

} // namespace Kaji::Models
