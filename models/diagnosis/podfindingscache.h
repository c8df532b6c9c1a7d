#pragma once

#include "clustersnapshot.h"
#include "finding.h"
#include "podconfigmapnames.h"
#include "snapshotread.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <string_view>

// The thread running the rules, one run at a time; whoever keeps it between
// runs hands it to one run after the other.
namespace Kaji::Models {
struct RuleContext;

// The incremental part of the diagnosis: what PodRules::checkState found
// about each pod, kept between runs with everything it read (the pod's
// resourceVersion, the objects, events and logs it looked up, the moment a
// "recent" comparison turns). A pod is diagnosed again only when one of
// those changed; otherwise its findings are reused without reading it.
// Healthy steady pods read nothing but themselves, so in a large cluster a
// run costs work for the pods that changed, not for all of them.
class PodFindingsCache {
public:
    void beginRun(const ClusterSnapshot &snapshot, const LogReader &logs);
    // The pod's state findings, added to `context`, reused or made anew;
    // returns whether its containers were walked (PodRules::checkState).
    bool checkState(RuleContext &context, const Json &pod);
    // Forgets the pods the run did not see.
    void finishRun();
    // Findings are worded when made: a new language starts afresh.
    void clear() { m_entries.clear(); }

    // Pods of the last run diagnosed anew ("ns/name"), and how many were reused.
    const QStringList &checkedLastRun() const { return m_checked; }
    int reusedLastRun() const { return m_reused; }
    size_t size() const { return m_entries.size(); }
    // What else is kept between runs about each pod (ConfigMapRules).
    PodConfigMapNames &configMapNames() { return m_configMapNames; }

private:
    // A pod's metadata.uid in 16 bytes instead of a string of 36 on the
    // heap: an entry is kept for every pod, 100,000 of them in a large
    // cluster.
    struct PodUid {
        quint64 high = 0, low = 0;
        bool operator==(const PodUid &) const = default;
        friend size_t qHash(const PodUid &uid, size_t seed = 0) noexcept { return qHashMulti(seed, uid.high, uid.low); }
    };
    static PodUid uidOf(std::string_view uid);
    static quint64 versionNumberOf(std::string_view resourceVersion);

    // What a pod's diagnosis read and found; most pods read nothing beyond
    // themselves and have nothing wrong, and keep none.
    struct Details {
        QList<std::pair<SnapshotRead, quint64>> reads; // with their versions when read
        Findings findings;
    };
    struct Entry {
        quint64 resourceVersion = 0; // versionNumberOf()
        // The clock's span in which the findings hold: from when they were
        // made (a clock set back would make "long ago" recent again) until
        // a "recent" comparison turns.
        qint64 validFrom = 0;
        qint64 validUntil = SnapshotReadLog::Forever;
        std::shared_ptr<const Details> details; // null: nothing read, nothing found
        quint32 seenInRun = 0;
        bool containersWalked = false;
    };
    bool stillHolds(const Entry &entry, qint64 now);
    quint64 versionNow(const SnapshotRead &read);

    QHash<PodUid, Entry> m_entries;
    QHash<SnapshotRead, quint64> m_versions; // this run's, each computed once
    const ClusterSnapshot *m_snapshot = nullptr;
    const LogReader *m_logs = nullptr;
    quint32 m_run = 0;
    QStringList m_checked;
    int m_reused = 0;
    PodConfigMapNames m_configMapNames;
};

} // namespace Kaji::Models
