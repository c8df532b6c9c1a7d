#pragma once

#include "clustersnapshot.h"

#include <QSet>
#include <QString>

#include <limits>

// The thread running the rules; a read log is never shared between threads.
namespace Kaji::Models {

// One thing a rule read: named so the same read can be made on a later
// snapshot and what it found compared by version (resourceVersion), which
// is how the incremental diagnosis knows a pod's inputs did not change.
struct SnapshotRead {
    enum class Type : quint8 {
        Object, // find(kind, "ns/name")
        Events, // eventsFor(): key "Kind/ns/name"
        Owned, // ownedBy(kind, ...): key "OwnerKind/ns/owner"
        Kind, // items(kind): every object of the kind, versioned by its table's revision
        Available, // isAvailable(kind)
        Log, // a container's log: key "ns/pod/container/previous|current"
    };
    Type type = Type::Object;
    ClusterSnapshot::Kind kind = ClusterSnapshot::Pods;
    QString key;

    bool operator==(const SnapshotRead &other) const = default;
};
size_t qHash(const SnapshotRead &read, size_t seed = 0) noexcept;

// The version of what `read` names now: equal versions mean the same
// objects at the same resourceVersions (the whole object where it has none,
// as in fixtures), the same log lines, or the same absence; for a whole kind,
// the same table at the same revision.
quint64 versionOf(const SnapshotRead &read, const ClusterSnapshot &snapshot, const LogReader &logs);
// An object's version on its own: its resourceVersion, else its content.
quint64 objectVersion(const Json &object);

// What one pod's diagnosis read, gathered while a Recording of it is active
// on this thread: ClusterSnapshot's lookups add themselves, the rules add
// what the snapshot cannot see (time, usage).
class SnapshotReadLog {
public:
    static constexpr qint64 Forever = std::numeric_limits<qint64>::max();

    void add(const SnapshotRead &read) { m_reads.insert(read); }
    // A comparison with the clock that turns at `epochSecs` ("finished
    // within the last hour" stops being true): the result holds until then.
    void holdsUntil(qint64 epochSecs) { m_validUntil = qMin(m_validUntil, epochSecs); }
    // Something without a version was read (container usage changes with
    // every reading): the result holds for this run only.
    void markVolatile() { m_volatile = true; }

    const QSet<SnapshotRead> &reads() const { return m_reads; }
    qint64 validUntil() const { return m_validUntil; }
    bool isVolatile() const { return m_volatile; }

    // The log recording on this thread, or null (nearly always: only the
    // incremental diagnosis records).
    static SnapshotReadLog *current();
    // Adds `read` to the current log; `key` is only built when one records.
    template<typename KeyFn>
    static void note(SnapshotRead::Type type, ClusterSnapshot::Kind kind, KeyFn &&key)
    {
        if (SnapshotReadLog *log = current())
            log->add(SnapshotRead{type, kind, QString(key())});
    }

    // Makes `log` current on this thread for its lifetime (nesting restores
    // the outer one).
    class Recording {
    public:
        explicit Recording(SnapshotReadLog *log);
        ~Recording();
        Recording(const Recording &) = delete;
        Recording &operator=(const Recording &) = delete;

    private:
        SnapshotReadLog *m_outer;
    };

private:
    QSet<SnapshotRead> m_reads;
    qint64 m_validUntil = Forever;
    bool m_volatile = false;
};

} // namespace Kaji::Models
