#pragma once

#include "clustersnapshot.h"
#include "finding.h"
#include "podconfigmapnames.h"
#include "snapshotread.h"

#include <QHash>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>

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
    struct Entry {
        std::string resourceVersion;
        // The clock's span in which the findings hold: from when they were
        // made (a clock set back would make "long ago" recent again) until
        // a "recent" comparison turns.
        qint64 validFrom = 0;
        qint64 validUntil = SnapshotReadLog::Forever;
        QList<std::pair<SnapshotRead, quint64>> reads; // with their versions when read
        Findings findings;
        bool containersWalked = false;
        quint64 seenInRun = 0;
    };
    bool stillHolds(const Entry &entry, qint64 now);
    quint64 versionNow(const SnapshotRead &read);

    // Found by a view of the uid (heterogeneous lookup).
    struct UidHash {
        using is_transparent = void;
        size_t operator()(std::string_view uid) const noexcept { return std::hash<std::string_view>{}(uid); }
    };
    std::unordered_map<std::string, Entry, UidHash, std::equal_to<>> m_entries; // by metadata.uid
    QHash<SnapshotRead, quint64> m_versions; // this run's, each computed once
    const ClusterSnapshot *m_snapshot = nullptr;
    const LogReader *m_logs = nullptr;
    quint64 m_run = 0;
    QStringList m_checked;
    int m_reused = 0;
    PodConfigMapNames m_configMapNames;
};

} // namespace Kaji::Models
