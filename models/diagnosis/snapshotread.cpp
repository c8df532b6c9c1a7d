#include "snapshotread.h"


#include <QHashFunctions>

namespace Kaji::Models {
namespace {

thread_local SnapshotReadLog *t_current = nullptr;

// Distinct from any hash of a resourceVersion in practice; what matters is
// that "absent" stays equal to itself and differs from "present".
constexpr quint64 Absent = 0x9e3779b97f4a7c15ULL;

quint64 combine(quint64 seed, quint64 value)
{
    return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

quint64 listVersion(const QList<const Json *> &objects)
{
    quint64 version = quint64(objects.size());
    for (const Json *object : objects)
        version = combine(version, objectVersion(*object));
    return version;
}

} // namespace

size_t qHash(const SnapshotRead &read, size_t seed) noexcept
{
    return qHashMulti(seed, quint8(read.type), int(read.kind), read.key);
}

quint64 objectVersion(const Json &object)
{
    const Json &version = jsonChild(jsonChild(object, "metadata"), "resourceVersion");
    if (version.is_string())
        return qHash(QByteArrayView(version.text()), 1);
    return object.contentHash();
}

quint64 versionOf(const SnapshotRead &read, const ClusterSnapshot &snapshot, const LogReader &logs)
{
    switch (read.type) {
    case SnapshotRead::Type::Object: {
        const qsizetype slash = read.key.indexOf(u'/');
        const Json *object = snapshot.find(read.kind, read.key.left(slash), read.key.mid(slash + 1));
        return object ? objectVersion(*object) : Absent;
    }
    case SnapshotRead::Type::Events:
    case SnapshotRead::Type::Owned: {
        const QStringList parts = read.key.split(u'/');
        if (parts.size() != 3)
            return Absent;
        return listVersion(read.type == SnapshotRead::Type::Events
                               ? snapshot.eventsFor(parts[0], parts[1], parts[2])
                               : snapshot.ownedBy(read.kind, parts[0], parts[1], parts[2]));
    }
    case SnapshotRead::Type::Kind:
        // A table built anew is a new version even with the same objects:
        // the pods that read it are diagnosed again, which is only work.
        return combine(snapshot.isAvailable(read.kind) ? 1 : 0, snapshot.revisionOf(read.kind));
    case SnapshotRead::Type::Available:
        return snapshot.isAvailable(read.kind) ? 1 : 0;
    case SnapshotRead::Type::Log: {
        const QStringList parts = read.key.split(u'/');
        if (parts.size() != 4 || !logs)
            return Absent;
        const std::optional<QStringList> lines = logs(parts[0], parts[1], parts[2], parts[3] == QLatin1String("previous"));
        if (!lines)
            return Absent;
        quint64 version = quint64(lines->size());
        for (const QString &line : *lines)
            version = combine(version, qHash(line));
        return version;
    }
    }
    return Absent;
}

SnapshotReadLog *SnapshotReadLog::current()
{
    return t_current;
}

SnapshotReadLog::Recording::Recording(SnapshotReadLog *log)
    : m_outer(t_current)
{
    t_current = log;
}

SnapshotReadLog::Recording::~Recording()
{
    t_current = m_outer;
}

} // namespace Kaji::Models
